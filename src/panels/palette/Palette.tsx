import { useId } from 'react';
import { useStores } from '../../store/context';
import { useRegistry } from '../../ui/registry';
import { MIX_KINDS } from '../../model';
import { LAYERS, typicalTeams, type LayerInfo, type TeamTemplate } from '../../model/catalogue';
import { writePaletteDrag } from '../../canvas/paletteDrop';
import './palette.css';
import { formatCompact, formatPercent, peopleWord, plural } from '../../readout/format';


/**
 * The palette: per layer its typical teams and a blank one. Click (or Enter) adds the team to its
 * lane; dragging drops it where the pointer is. Every default shows where it came from.
 */
export function Palette() {
  return (
    <nav className="ff-palette" aria-label="Team palette">
      <h2>Add a team</h2>
      <p className="ff-palette-help">Click to add to its lane, or drag onto the canvas.</p>
      {LAYERS.map((layer) => (
        <LayerGroup key={layer.id} layer={layer} />
      ))}
    </nav>
  );
}

function LayerGroup({ layer }: { layer: LayerInfo }) {
  const headingId = useId();
  const teams = typicalTeams(layer.id);
  return (
    <section className={`ff-palette-layer ff-layer-${layer.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} title={`${layer.purpose} Optimises for: ${layer.optimisesFor}.`}>
        {layer.name}
      </h3>
      <ul>
        {teams.map((t) => (
          <li key={t.key} className="ff-palette-entry">
            <PaletteItem template={t} layerName={layer.name} />
          </li>
        ))}
      </ul>
      <details className="ff-palette-basis">
        <summary>Where the {layer.name} defaults come from</summary>
        <dl>
          {teams.map((t) => (
            <div key={t.key}>
              <dt>{t.name}</dt>
              <dd>
                {t.headcount} {peopleWord(t.headcount)}, {formatCompact(t.costPerFte)} per FTE, {t.processDays} process{' '}
                {plural(t.processDays, 'day')}, mix {MIX_KINDS.map((k) => formatPercent(t.mix[k]).slice(0, -1)).join('/')}. {t.basis}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

/**
 * One team to add. Its figures sit beside the button, drawn over its right end, rather than inside
 * it: the button's name says what a click does ("Add QA & test to Build & Data") and must contain the
 * text a person sees on it, so that "click QA & test" works by voice. The figures, shown for a glance,
 * are spelt out under "Where the defaults come from".
 */
function PaletteItem({ template, layerName }: { template: TeamTemplate; layerName: string }) {
  const stores = useStores();
  const registry = useRegistry();
  return (
    <>
      <button
        type="button"
        className={template.blank ? 'ff-palette-item ff-palette-blank' : 'ff-palette-item'}
        draggable
        aria-label={`Add ${template.blank ? 'a blank team' : template.name} to ${layerName}`}
        title={template.basis}
        onClick={() => registry.run('team.add', stores, { template })}
        onDragStart={(e) => writePaletteDrag(e, template)}
      >
        <span className="ff-palette-name">{template.blank ? '+ Blank team' : template.name}</span>
      </button>
      <span className="ff-palette-meta" aria-hidden="true">
        {template.headcount} · {formatCompact(template.costPerFte)}
      </span>
    </>
  );
}
