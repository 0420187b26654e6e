import { formatDays } from '../readout';

/**
 * The lead time of the highlighted critical path in After, with the baseline's for comparison
 * ("Critical path · 72.5 → 28.8 days"), and a word while a large model's answer is on its way.
 */
export function CriticalPathBadge({ before, after, pending }: { before: number; after: number; pending: boolean }) {
  return (
    <div className="critical-badge" data-testid="critical-path-badge" aria-live="polite">
      <span className="critical-badge-swatch" aria-hidden="true" />
      <span>Critical path</span>
      <b data-testid="critical-path-days">
        {formatDays(before)} → {formatDays(after)} days
      </b>
      {pending ? <span className="critical-badge-pending">updating…</span> : null}
    </div>
  );
}
