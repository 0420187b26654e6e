import { teamName, type FivefoldDocument } from '../../model';
import type { Result, SimWarning } from '../../sim';
import { formatDays, initiativeCheck } from '../../readout';

const loops = (v: number | null) => (v === null ? '—' : formatDays(v));

/**
 * Learning loops in the initiative's window, before → after, what that means for the target, and
 * whether waiting at handoffs (which AI does not shorten) now dominates lead time.
 */
export function InitiativeCheck({ doc, before, after }: { doc: FivefoldDocument; before: Result; after: Result }) {
  const check = initiativeCheck(doc, before, after);
  return (
    <div className="initiative-check">
      <p className="loops" data-testid="learning-loops">
        <span className="loops-figure">
          {loops(check.loopsBefore)} → <strong>{loops(check.loopsAfter)}</strong>
        </span>{' '}
        learning loops in {formatDays(check.windowDays)} days
        <span className="muted"> (lead time + {formatDays(check.measurementLagDays)} days to measure)</span>
      </p>
      <p className="check-sentence" data-testid="initiative-sentence">
        {check.sentence}
      </p>
      <p className={check.waiting.dominates ? 'waiting waiting-dominates' : 'waiting'} data-testid="waiting-sentence">
        {check.waiting.sentence}
      </p>
    </div>
  );
}

const CODE_LABELS: Record<SimWarning['code'], string> = {
  'no-control': 'No Control team',
  'big-team': 'Big team',
  'lead-time-above-baseline': 'Lead time above baseline',
  'lead-time-rose': 'Lead time rose',
};

/** The engine's warnings, each with the teams it concerns, by name. */
export function WarningList({ doc, warnings }: { doc: FivefoldDocument; warnings: SimWarning[] }) {
  if (warnings.length === 0) return <p className="muted" data-testid="no-warnings">No warnings from the simulation.</p>;
  return (
    <ul className="warning-list" data-testid="warning-list">
      {warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} data-code={w.code}>
          <strong>{CODE_LABELS[w.code] ?? w.code}.</strong> {w.message}
          {w.teams.length > 0 && <span className="warning-teams"> Teams: {w.teams.map((t) => teamName(doc, t)).join(', ')}.</span>}
        </li>
      ))}
    </ul>
  );
}
