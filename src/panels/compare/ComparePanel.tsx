import { useId, useMemo, useState, type ReactNode } from 'react';
import { LAYER_IDS, teamNames, type FivefoldDocument } from '../../model';
import type { Result } from '../../sim';
import { formatDays, formatFte, formatMoney, formatShare3, headcountByLayer, layerName, PYRAMID_PARTS } from '../../sim/summary';
import { PYRAMID_LABELS } from '../results/rows';
import { choices, defaultPair, resultOf } from './choices';
import './compare.css';

export interface ComparePanelProps {
  doc: FivefoldDocument;
  /** The choice key of what the editor shows now, e.g. "ai-native@3": the right-hand side starts there. */
  shownKey: string;
}

interface Row {
  /** Unique among rows: a layer and a pyramid part may share a label ("Execution"). */
  key: string;
  label: string;
  a: string;
  b: string;
  /** B − A, signed, when the figure is a number worth subtracting. */
  delta?: string;
  indent?: boolean;
}

/** Two scenarios, or two quarters of one, side by side: headline figures, per layer, pyramid, groups. */
export function ComparePanel({ doc, shownKey }: ComparePanelProps) {
  const options = useMemo(() => choices(doc), [doc]);
  const [picked, setPicked] = useState<[string, string]>(() => defaultPair(doc, shownKey));
  // A deleted scenario or shortened adoption list falls back to what is shown now.
  const keys = picked.map((k) => (options.some((o) => o.key === k) ? k : shownKey)) as [string, string];
  const a = useMemo(() => resultOf(doc, keys[0]), [doc, keys[0]]);
  const b = useMemo(() => resultOf(doc, keys[1]), [doc, keys[1]]);
  const ids = [useId(), useId()];
  const labelOf = (k: string) => options.find((o) => o.key === k)?.label ?? k;

  return (
    <div className="compare">
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
      </div>
      {a && b && (
        <div className="compare-body">
          <CompareTable caption={`${labelOf(keys[0])} against ${labelOf(keys[1])}`} heads={[labelOf(keys[0]), labelOf(keys[1])]} rows={rowsFor(doc, a, b)} />
          <div className="compare-groups">
            <Groups doc={doc} title={labelOf(keys[0])} result={a} />
            <Groups doc={doc} title={labelOf(keys[1])} result={b} />
          </div>
        </div>
      )}
    </div>
  );
}

function rowsFor(doc: FivefoldDocument, a: Result, b: Result): Row[] {
  const signed = (v: number, f: (x: number) => string) => (Math.abs(v) < 1e-9 ? '0' : `${v > 0 ? '+' : '−'}${f(Math.abs(v))}`);
  const num = (label: string, va: number, vb: number, f: (x: number) => string, indent = false, key = label): Row => ({
    key,
    label,
    a: f(va),
    b: f(vb),
    delta: signed(vb - va, f),
    indent,
  });
  const money = (v: number) => formatMoney(v, doc.currency);
  const la = headcountByLayer(doc, a);
  const lb = headcountByLayer(doc, b);
  const loops = (r: Result) => r.learningLoops;
  return [
    num('People', a.headcount, b.headcount, String),
    ...LAYER_IDS.map((l) => num(layerName(doc, l), la[l], lb[l], String, true, `layer:${l}`)),
    num('Work handoffs', a.handoffs, b.handoffs, String),
    num('Lead time (days)', a.leadTimeDays, b.leadTimeDays, formatDays),
    num('Touch (days)', a.touchDays, b.touchDays, formatDays, true),
    num('Wait (days)', a.waitDays, b.waitDays, formatDays, true),
    num('Fidelity', a.fidelity, b.fidelity, formatShare3),
    num('Cost', a.cost.total, b.cost.total, money),
    loops(a) === null || loops(b) === null
      ? { key: 'loops', label: 'Learning loops', a: loops(a) === null ? '—' : formatDays(loops(a)!), b: loops(b) === null ? '—' : formatDays(loops(b)!) }
      : num('Learning loops', loops(a)!, loops(b)!, formatDays),
    { key: 'pyramid', label: 'Pyramid (FTE)', a: '', b: '' },
    ...PYRAMID_PARTS.map((p) => num(PYRAMID_LABELS[p], a.pyramid[p], b.pyramid[p], formatFte, true, `pyramid:${p}`)),
  ];
}

function CompareTable({ caption, heads, rows }: { caption: string; heads: [string, string]; rows: Row[] }) {
  return (
    <table className="compare-table" data-testid="compare-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">{heads[0]}</th>
          <th scope="col">{heads[1]}</th>
          <th scope="col">B − A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.indent ? 'indent' : undefined}>
            <th scope="row">{r.label}</th>
            <td>{r.a}</td>
            <td>{r.b}</td>
            <td className="delta">{r.delta ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Groups({ doc, title, result }: { doc: FivefoldDocument; title: string; result: Result }): ReactNode {
  const nameOf = teamNames(doc);
  return (
    <section className="compare-group-list" aria-label={`Groups: ${title}`}>
      <h4>{title}</h4>
      <ul>
        {result.groups.map((g) => (
          <li key={g.owner}>
            <strong>{nameOf.get(g.owner) ?? g.owner}</strong>
            {g.members.length > 1 && (
              <span className="muted"> + {g.members.filter((m) => m !== g.owner).map((m) => nameOf.get(m) ?? m).join(', ')}</span>
            )}
            : {g.headcount} {g.headcount === 1 ? 'person' : 'people'}
          </li>
        ))}
      </ul>
    </section>
  );
}
