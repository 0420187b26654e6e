import { Fragment } from 'react';
import type { Result } from '../../sim';
import { HEADLINE_SEPARATOR, headlineFigures, headlineParts, type HeadlineKey, type HeadlinePart } from '../../readout';

/** Test ids of the four parts, which tests and scripts read. */
const PART_TEST_IDS: Record<HeadlineKey, string> = {
  people: 'figure-people',
  handoffs: 'figure-handoffs',
  leadTime: 'figure-lead-time',
  cost: 'figure-cost',
};

export interface HeadlineProps {
  before: Result;
  /** The shown answer; null while a large model's first answer is computed in the worker. */
  after: Result | null;
  currency: string;
  /** What "after" is, e.g. "AI-native · Q3". */
  context: string;
  /** True while a newer answer is computed (the figures shown are the last one's). */
  pending?: boolean;
  /** Where the answer was computed, for tests and scripts that wait on the worker. */
  computedIn?: 'main' | 'worker';
  /** The headcount's uncertainty band, e.g. "P10–P90: 7–10", when the scenario has ranges. */
  peopleRange?: string | null;
}

/**
 * "20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M" as plain DOM text: it is
 * the figure a room reads first, so it loads with the first screen and never waits for a chart.
 * Its text equals `formatHeadline(headlineFigures(before, after), currency)`. It is the app's only
 * headline: the figures element stays the same node while answers arrive, so observers of its
 * `aria-busy` (tests, the frame-rate scripts) keep watching the right one.
 * @example <Headline before={baseline} after={result} currency="USD" context="AI-native · Q3" />
 */
export function Headline({ before, after, currency, context, pending = false, computedIn = 'main', peopleRange = null }: HeadlineProps) {
  return (
    <p className="headline" data-testid="results-headline">
      <span className="headline-context">{context}</span>
      <span className="headline-figures" data-testid="scenario-figures" aria-live="polite" aria-busy={pending} data-computed-in={computedIn}>
        {after
          ? headlineParts(headlineFigures(before, after), currency).map((part, i) => (
              <Fragment key={part.key}>
                {i > 0 && HEADLINE_SEPARATOR}
                <Part part={part} range={part.key === 'people' ? peopleRange : null} />
              </Fragment>
            ))
          : 'Computing…'}
      </span>
      {pending && after ? <span className="headline-pending">updating…</span> : null}
    </p>
  );
}

function Part({ part, range }: { part: HeadlinePart; range: string | null }) {
  return (
    <span className="headline-part" title={part.full}>
      <span data-testid={PART_TEST_IDS[part.key]}>
        {part.before} → <strong>{part.after}</strong>
      </span>
      {part.unit}
      {range ? (
        <span className="headline-range" data-testid="figure-people-range">
          {` (${range})`}
        </span>
      ) : null}
    </span>
  );
}
