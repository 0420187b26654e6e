import { useDoc } from '../../store/context';
import { LAYER_IDS, MIX_KINDS, MIX_LABELS, MixSchema, param, rebalanceMix, type MixKind, type Team } from '../../model';
import { layerInfo } from '../../model/catalogue';
import { Choice, Field } from './Field';
import { ParamField } from './ParamField';
import { asLines, asNumber, asOptionalNumber, asOptionalText, asPosition, asText, asUniqueId, type Parsed } from './validate';
import { recordEdits } from './useEdit';
import { ConnectHandoff } from './ConnectHandoff';
import { formatPercent } from '../../readout/format';
import { ChangedFields } from '../changes/ChangedFields';

/** A share typed for one part of the mix, checked by the schema's own field rule. */
const asShare = (kind: MixKind) => (t: string): Parsed<number> => {
  const n = asNumber(t);
  if (!n.ok) return n;
  const r = MixSchema.shape[kind].safeParse(n.value);
  return r.success ? n : { ok: false, message: r.error.issues[0].message };
};

/** Every field of one team (format.md), each applied as one undo step through `team.update`. */
export function TeamInspector({ teamId }: { teamId: string }) {
  const team = useDoc((s) => s.doc.teams.find((t) => t.id === teamId));
  const index = useDoc((s) => s.doc.teams.findIndex((t) => t.id === teamId));
  const taken = useDoc((s) => s.doc.teams);
  if (!team) return null;
  const path = `teams[${index}]`;

  const { update, on } = recordEdits<Team>('team.update', team.id, path, (what) => `Change ${what} of ${team.name}`, labelOf);

  const asTeamId = asUniqueId(team.id, taken, 'team');

  return (
    <section className="ff-inspector-section" aria-label={`Team ${team.name}`}>
      <h2>Team</h2>
      <ChangedFields kind="teams" id={team.id} />
      <Field label="Name" value={team.name} parse={asText} {...on('name')} />
      <Field label="Id" value={team.id} parse={asTeamId} {...on('id')} hint="Handoffs follow a changed id." />
      <Choice label={param('team.layer').label} value={team.layer} options={LAYER_IDS.map((l) => ({ value: l, label: layerInfo(l).name }))} {...on('layer')} />
      <ParamField param="team.headcount" value={team.headcount} {...on('headcount')} />
      <ParamField param="team.costPerFte" value={team.costPerFte} {...on('costPerFte')} />
      <ParamField param="team.processDays" value={team.processDays} {...on('processDays')} />
      <ParamField param="team.minAccountable" value={team.minAccountable} parse={asOptionalNumber} {...on('minAccountable')} placeholder="none" />
      <fieldset className="ff-mix">
        <legend>Work mix (shares add up to 1)</legend>
        <MixBar mix={team.mix} />
        {MIX_KINDS.map((kind) => (
          <ParamField
            key={kind}
            param={`team.mix.${kind}`}
            value={team.mix[kind]}
            path={`${path}.mix.${kind}`}
            parse={asShare(kind)}
            edit={(v) => update({ mix: rebalanceMix(team.mix, kind, v) }, 'work mix')}
            hint={kind === 'routine' ? 'Changing one share rescales the others in proportion.' : undefined}
          />
        ))}
      </fieldset>
      <Field label="Roles (one per line)" kind="multiline" value={(team.roles ?? []).join('\n')} parse={asLines} {...on('roles')} />
      <Field label="Notes" kind="multiline" value={team.notes ?? ''} parse={asOptionalText} {...on('notes')} />
      <Field
        label="Position (x, y)"
        value={team.position ? `${team.position.x}, ${team.position.y}` : ''}
        parse={asPosition}
        {...on('position')}
        placeholder="automatic"
      />
      <ConnectHandoff teamId={team.id} />
    </section>
  );
}

function labelOf(key: keyof Team): string {
  const names: Partial<Record<keyof Team, string>> = { costPerFte: 'cost per FTE', processDays: 'process days', minAccountable: 'minimum accountable' };
  return names[key] ?? String(key);
}

/** The four shares as one bar, so the linkage is visible while typing. */
function MixBar({ mix }: { mix: Team['mix'] }) {
  return (
    <div className="ff-mixbar" aria-hidden="true">
      {MIX_KINDS.map((k) => (
        <span key={k} className={`ff-mixbar-${k}`} style={{ flexGrow: mix[k] }} title={`${MIX_LABELS[k]}: ${formatPercent(mix[k])}`} />
      ))}
    </div>
  );
}
