import { useMemo, useRef } from 'react';
import { diffDocuments, type DocDiff } from '../../review/diff';
import { diffText } from '../../review/diffText';
import type { FivefoldDocument } from '../../model';
import { useDoc, useStores } from '../../store/context';
import { useRegistry } from '../../ui/registry';
import { startComparison, useComparison, structuralDiff } from '../../store/comparison';
import { simulationInput } from '../../simulation/simulationInput';
import './changes.css';

type Kind = 'teams' | 'handoffs' | 'scenarios';

/**
 * "Compare with file…": what changed from the file to the open model, the outcome deltas of both at
 * each scenario's last quarter, and every change as a button that selects and frames it.
 */
export default function ChangesPanel() {
  const comparison = useComparison();
  const doc = useDoc((s) => s.doc);
  const stores = useStores();
  const registry = useRegistry();
  // The outcomes simulate both sides, eight simulations (most of a second on a large model): only when
  // something the engine reads changed, not when a team was moved.
  const engineInput = useRef<FivefoldDocument | null>(null);
  engineInput.current = simulationInput(doc, engineInput.current);
  const input = engineInput.current;
  const outcomes = useMemo(() => (comparison ? diffDocuments(comparison.other, input).outcomes : null), [comparison, input]);
  if (!comparison || !outcomes) return <p>Choose “Compare with file…” in the Review menu to see what changed since a saved version.</p>;
  const structural = structuralDiff(comparison.other, doc, diffDocuments)!;
  const lines = diffText({ ...structural, outcomes }, comparison.other, doc, comparison.fileName, 'this model');
  const show = (kind: Kind, id: string) => {
    if (kind === 'scenarios') return;
    const ui = stores.ui.getState();
    if (kind === 'teams') {
      if (doc.teams.some((t) => t.id === id)) ui.select({ teams: [id] });
      registry.run('view.frame', stores, { nodes: [id] });
    } else {
      const h = doc.handoffs.find((x) => x.id === id);
      if (h) ui.select({ handoffs: [id] });
      // A removed handoff is framed between its two teams as the file had them (a removed one is a ghost).
      const ends = h ?? comparison.other.handoffs.find((x) => x.id === id);
      if (ends) registry.run('view.frame', stores, { nodes: [ends.from, ends.to] });
    }
  };
  return (
    <div className="changes">
      <div className="changes-head">
        <p>
          <strong>{lines[0]}</strong>
        </p>
        <button type="button" onClick={() => startComparison(stores, null)}>
          Stop comparing
        </button>
      </div>
      <ChangeList kind="teams" diff={structural} doc={doc} other={comparison.other} onShow={show} />
      <ChangeList kind="handoffs" diff={structural} doc={doc} other={comparison.other} onShow={show} />
      <ChangeList kind="scenarios" diff={structural} doc={doc} other={comparison.other} onShow={show} />
      {lines.slice(1).filter((l) => !/^(teams|handoffs|scenarios): /.test(l)).length > 0 && (
        <pre className="changes-other" data-testid="changes-text">
          {lines.slice(1).filter((l) => !/^(teams|handoffs|scenarios): /.test(l)).join('\n')}
        </pre>
      )}
    </div>
  );
}

const NOUN: Record<Kind, string> = { teams: 'Teams', handoffs: 'Handoffs', scenarios: 'Scenarios' };

function ChangeList({ kind, diff, doc, other, onShow }: { kind: Kind; diff: DocDiff; doc: FivefoldDocument; other: FivefoldDocument; onShow(kind: Kind, id: string): void }) {
  const r = diff[kind];
  if (!r.added.length && !r.removed.length && !r.changed.length) return null;
  const name = (id: string) => {
    const list = (d: FivefoldDocument) => (kind === 'handoffs' ? d.handoffs.map((h) => ({ id: h.id, name: h.artifact || h.id })) : d[kind]);
    return (list(doc).find((x) => x.id === id) ?? list(other).find((x) => x.id === id))?.name ?? id;
  };
  const item = (sign: string, what: string, id: string, detail = '') => (
    <li key={`${sign}${id}`} className={`change is-${what}`}>
      <button type="button" onClick={() => onShow(kind, id)}>
        <span className="change-sign" aria-hidden="true">
          {sign}
        </span>{' '}
        {name(id)} <span className="change-what">{what}</span>
        {detail && <span className="change-detail">{detail}</span>}
      </button>
    </li>
  );
  return (
    <section aria-label={`${NOUN[kind]} changed`}>
      <h3>{NOUN[kind]}</h3>
      <ul>
        {r.added.map((id) => item('+', 'added', id))}
        {r.removed.map((id) => item('−', 'removed', id))}
        {r.changed.map((c) => item('~', 'changed', c.id, `: ${Object.keys(c.fields).join(', ')}`))}
      </ul>
    </section>
  );
}
