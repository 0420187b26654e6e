import type { Result } from '../../sim';
import { formatDays, formatMoney, formatMoneyShort } from '../../sim/summary';

export interface HeadlineProps {
  before: Result;
  after: Result;
  currency: string;
  /** What "after" is, e.g. "AI-native · Q3". */
  context: string;
}

/**
 * "20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M" as plain DOM text: it is
 * the figure a room reads first, so it loads with the first screen and never waits for a chart.
 * Its text equals `formatHeadline(headlineFigures(before, after), currency)`.
 */
export function Headline({ before, after, currency, context }: HeadlineProps) {
  const people = (n: number) => (n === 1 ? 'person' : 'people');
  const handoffs = (n: number) => (n === 1 ? 'handoff' : 'handoffs');
  return (
    <p className="headline" data-testid="results-headline">
      <span className="headline-context">{context}</span>
      <span className="headline-figures">
        <Part before={String(before.headcount)} after={String(after.headcount)} unit={` ${people(after.headcount)}`} />
        {' · '}
        <Part before={String(before.handoffs)} after={String(after.handoffs)} unit={` ${handoffs(after.handoffs)}`} />
        {' · '}
        <Part before={formatDays(before.leadTimeDays)} after={formatDays(after.leadTimeDays)} unit=" days" />
        {' · '}
        <Part
          before={formatMoneyShort(before.cost.total, currency)}
          after={formatMoneyShort(after.cost.total, currency)}
          unit=""
          title={`${formatMoney(before.cost.total, currency)} → ${formatMoney(after.cost.total, currency)}`}
        />
      </span>
    </p>
  );
}

function Part({ before, after, unit, title }: { before: string; after: string; unit: string; title?: string }) {
  return (
    <span className="headline-part" title={title}>
      {before} → <strong>{after}</strong>
      {unit}
    </span>
  );
}
