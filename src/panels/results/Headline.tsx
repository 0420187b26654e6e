import type { Result } from '../../sim';
import { formatDays, formatMoney, formatMoneyShort } from '../../sim/summary';

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
}

/**
 * "20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M" as plain DOM text: it is
 * the figure a room reads first, so it loads with the first screen and never waits for a chart.
 * Its text equals `formatHeadline(headlineFigures(before, after), currency)`. It is the app's only
 * headline: the figures element stays the same node while answers arrive, so observers of its
 * `aria-busy` (tests, the frame-rate scripts) keep watching the right one.
 * @example <Headline before={baseline} after={result} currency="USD" context="AI-native · Q3" />
 */
export function Headline({ before, after, currency, context, pending = false, computedIn = 'main' }: HeadlineProps) {
  const people = (n: number) => (n === 1 ? 'person' : 'people');
  const handoffs = (n: number) => (n === 1 ? 'handoff' : 'handoffs');
  return (
    <p className="headline" data-testid="results-headline">
      <span className="headline-context">{context}</span>
      <span className="headline-figures" data-testid="scenario-figures" aria-live="polite" aria-busy={pending} data-computed-in={computedIn}>
        {after ? (
          <>
            <Part id="figure-people" before={String(before.headcount)} after={String(after.headcount)} unit={` ${people(after.headcount)}`} />
            {' · '}
            <Part id="figure-handoffs" before={String(before.handoffs)} after={String(after.handoffs)} unit={` ${handoffs(after.handoffs)}`} />
            {' · '}
            <Part id="figure-lead-time" before={formatDays(before.leadTimeDays)} after={formatDays(after.leadTimeDays)} unit=" days" />
            {' · '}
            <Part
              id="figure-cost"
              before={formatMoneyShort(before.cost.total, currency)}
              after={formatMoneyShort(after.cost.total, currency)}
              unit=""
              title={`${formatMoney(before.cost.total, currency)} → ${formatMoney(after.cost.total, currency)}`}
            />
          </>
        ) : (
          'Computing…'
        )}
      </span>
      {pending && after ? <span className="headline-pending">updating…</span> : null}
    </p>
  );
}

function Part({ id, before, after, unit, title }: { id: string; before: string; after: string; unit: string; title?: string }) {
  return (
    <span className="headline-part" title={title}>
      <span data-testid={id}>
        {before} → <strong>{after}</strong>
      </span>
      {unit}
    </span>
  );
}
