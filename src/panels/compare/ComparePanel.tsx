import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { teamNames, type FivefoldDocument } from '../../model';
import type { Result } from '../../sim';
import type { CompareSide } from '../../sim/compare';
import { compareRows, formatCompareRow } from '../../readout/compare';
import { useComparePair } from '../../simulation/useLaneView';
import { choices, defaultPair, sideOf } from './choices';
import './compare.css';
import { formatNumber, peopleWord } from '../../readout/format';

export interface ComparePanelProps {
  doc: FivefoldDocument;
  /** The choice key of what the editor shows now, e.g. "ai-native@3": the right-hand side starts there. */
  shownKey: string;
}

const BASELINE_SIDE: CompareSide = { scenario: null, quarter: 0 };

/**
 * Two scenarios, or two quarters of one, side by side: headline figures, per layer, pyramid, groups.
 * The pair comes from the simulation service (a worker on large models); while it is computed the view
 * says so and shows no figures, so a pair that no longer matches the selects is never on screen.
 */
export function ComparePanel({ doc, shownKey }: ComparePanelProps) {
  const options = useMemo(() => choices(doc), [doc]);
  const [picked, setPicked] = useState<[string, string]>(() => defaultPair(doc, shownKey));
  // A deleted scenario or shortened adoption list falls back to what is shown now.
  const keys = picked.map((k) => (options.some((o) => o.key === k) ? k : shownKey)) as [string, string];
  const sides: [CompareSide, CompareSide] = [sideOf(doc, keys[0]) ?? BASELINE_SIDE, sideOf(doc, keys[1]) ?? BASELINE_SIDE];
  const view = useComparePair(doc, sides);
  const ids = [useId(), useId()];
  const labelOf = (k: string) => options.find((o) => o.key === k)?.label ?? k;
  const [labelA, labelB] = [labelOf(keys[0]), labelOf(keys[1])];

  return (
    <div className="compare" aria-busy={view.pending} data-computed-in={view.computedIn}>
      <div className="compare-pickers">
        {(['A', 'B'] as const).map((side, i) => (
          <span key={side} className="compare-picker">
            <label htmlFor={ids[i]}>{side}</label>
            <select id={ids[i]} value={keys[i]} onChange={(e) => setPicked((p) => (i === 0 ? [e.target.value, p[1]] : [p[0], e.target.value]))}>
              {options.map((o) => (
                <option key={o.key} value={o.key}>{o.label}</option>
              ))}
            </select>
          </span>
        ))}
        <span className="compare-status" role="status">
          {view.pending ? 'Computing…' : ''}
        </span>
      </div>
      {view.pending ? (
        <p className="compare-computing muted">
          Computing {labelA} against {labelB}…
        </p>
      ) : (
        <CompareBody doc={view.doc} a={view.answer[0]} b={view.answer[1]} labelA={labelA} labelB={labelB} />
      )}
    </div>
  );
}

interface CompareBodyProps {
  /** The document the pair was computed for: it stays the same object while teams are dragged. */
  doc: FivefoldDocument;
  a: Result;
  b: Result;
  labelA: string;
  labelB: string;
}

/** The table and the two group lists; memoised so a drag on the canvas does not redraw them. */
const CompareBody = memo(function CompareBody({ doc, a, b, labelA, labelB }: CompareBodyProps) {
  const rows = compareRows(doc, a, b);
  return (
    <div className="compare-body">
      <table className="figure-table compare-table" data-testid="compare-table">
        <caption className="visually-hidden">{`${labelA} against ${labelB}`}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{labelA}</th>
            <th scope="col">{labelB}</th>
            <th scope="col">B − A</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const cells = formatCompareRow(r, doc.currency);
            return (
              <tr key={r.key} className={r.indent ? 'indent' : undefined}>
                <th scope="row">{r.label}</th>
                <td>{cells.a}</td>
                <td>{cells.b}</td>
                <td className="delta">{cells.delta}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="compare-groups">
        <Groups doc={doc} title={labelA} result={a} />
        <Groups doc={doc} title={labelB} result={b} />
      </div>
    </div>
  );
});

/**
 * Groups shown before "Show all": a large model has hundreds (every team alone in the baseline), and
 * drawing them all would hold the page up for longer than the simulation itself now does.
 */
export const GROUPS_SHOWN = 50;

function Groups({ doc, title, result }: { doc: FivefoldDocument; title: string; result: Result }): ReactNode {
  const nameOf = teamNames(doc);
  const [all, setAll] = useState(false);
  const shown = all ? result.groups : result.groups.slice(0, GROUPS_SHOWN);
  const hidden = result.groups.length - shown.length;
  return (
    <section className="compare-group-list" aria-label={`Groups: ${title}`}>
      <h3>{title}</h3>
      <ul>
        {shown.map((g) => (
          <li key={g.owner}>
            <strong>{nameOf.get(g.owner) ?? g.owner}</strong>
            {g.members.length > 1 && (
              <span className="muted"> + {g.members.filter((m) => m !== g.owner).map((m) => nameOf.get(m) ?? m).join(', ')}</span>
            )}
            : {g.headcount} {peopleWord(g.headcount)}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="compare-show-all" onClick={() => setAll(true)}>
          Show all {formatNumber(result.groups.length, 0)} groups ({formatNumber(hidden, 0)} more)
        </button>
      )}
    </section>
  );
}
