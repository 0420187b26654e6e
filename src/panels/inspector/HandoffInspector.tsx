import { ChangedFields } from '../changes/ChangedFields';
import { useDoc } from '../../store/context';
import { HANDOFF_KINDS, param, teamName, type Handoff } from '../../model';
import { Choice, Field } from './Field';
import { ParamField } from './ParamField';
import { asText, asUniqueId } from './validate';
import { recordEdits } from './useEdit';

/** Every field of one handoff, each applied as one undo step through `handoff.update`. */
export function HandoffInspector({ handoffId }: { handoffId: string }) {
  const handoff = useDoc((s) => s.doc.handoffs.find((h) => h.id === handoffId));
  const index = useDoc((s) => s.doc.handoffs.findIndex((h) => h.id === handoffId));
  const teams = useDoc((s) => s.doc.teams);
  const handoffs = useDoc((s) => s.doc.handoffs);
  if (!handoff) return null;
  const path = `handoffs[${index}]`;
  const teamOptions = teams.map((t) => ({ value: t.id, label: `${t.name} (${t.id})` }));
  const nameOf = (id: string) => teamName({ teams }, id);

  const { on } = recordEdits<Handoff>('handoff.update', handoff.id, path, (what) => `Change ${what} of handoff ${handoff.id}`);

  const asHandoffId = asUniqueId(handoff.id, handoffs, 'handoff');

  return (
    <section className="ff-inspector-section" aria-label={`Handoff from ${nameOf(handoff.from)} to ${nameOf(handoff.to)}`}>
      <h2>Handoff</h2>
      <ChangedFields kind="handoffs" id={handoff.id} />
      <Field label="Artifact" value={handoff.artifact} parse={asText} {...on('artifact')} hint="What is handed over, e.g. a spec or a release." />
      <Choice label="From team" value={handoff.from} options={teamOptions} {...on('from')} />
      <Choice label="To team" value={handoff.to} options={teamOptions} {...on('to')} />
      <ParamField param="handoff.waitDays" value={handoff.waitDays} {...on('waitDays')} />
      <ParamField param="handoff.ca" value={handoff.ca} {...on('ca')} />
      <Choice label={param('handoff.kind').label} value={handoff.kind} options={HANDOFF_KINDS.map((k) => ({ value: k, label: k === 'work' ? 'Work (flows forward)' : 'Feedback (loops back)' }))} {...on('kind')} />
      <Field label="Id" value={handoff.id} parse={asHandoffId} {...on('id')} />
    </section>
  );
}
