import { useDoc } from '../../store/context';
import { AUTOMATABLE_KINDS, type AutomatableKind, type Scenario } from '../../model';
import { KIND_WORDS } from '../../model/assumptionSources';
import { Field, Toggle } from './Field';
import { asNumber, asNumberList, asText, asUniqueId } from './validate';
import { num, recordEdits } from './useEdit';

type NumberKey = 'capGrowth' | 'sigmaFirst' | 'sigmaControl' | 'minHumans' | 'absorbThreshold' | 'maxDomains' | 'roundingSlack' | 'aiCostRatio';
const NUMBERS: { key: NumberKey; label: string; hint?: string }[] = [
  { key: 'capGrowth', label: 'Cap growth per quarter' },
  { key: 'sigmaFirst', label: 'Oversight per automated share (σ first)' },
  { key: 'sigmaControl', label: 'Control oversight (σ control)' },
  { key: 'minHumans', label: 'Minimum humans per group' },
  { key: 'absorbThreshold', label: 'Absorb threshold (persons)' },
  { key: 'maxDomains', label: 'Most domains per group' },
  { key: 'roundingSlack', label: 'Rounding slack (FTE)' },
  { key: 'aiCostRatio', label: 'AI cost ratio' },
];

/** Every field of one scenario, each applied as one undo step through `scenario.update`. */
export function ScenarioInspector({ scenarioId }: { scenarioId: string }) {
  const scenario = useDoc((s) => s.doc.scenarios.find((x) => x.id === scenarioId));
  const index = useDoc((s) => s.doc.scenarios.findIndex((x) => x.id === scenarioId));
  const all = useDoc((s) => s.doc.scenarios);
  if (!scenario) return null;
  const path = `scenarios[${index}]`;
  const { update, on } = recordEdits<Scenario>('scenario.update', scenario.id, path, (what) => `Change ${what} of ${scenario.name}`);
  const onKind = (group: 'potential' | 'cap', kind: AutomatableKind) => ({
    path: `${path}.${group}.${kind}`,
    edit: (v: number) => update({ [group]: { ...scenario[group], [kind]: v } }, `${group} (${KIND_WORDS[kind]})`),
  });
  const asScenarioId = asUniqueId(scenario.id, all, 'scenario');

  return (
    <details className="ff-scenario">
      <summary>Scenario: {scenario.name}</summary>
      <Field label="Name" value={scenario.name} parse={asText} {...on('name')} />
      <Field label="Id" value={scenario.id} parse={asScenarioId} {...on('id')} />
      <Field
        label="Adoption per quarter"
        value={scenario.adoption.join(', ')}
        parse={asNumberList}
        {...on('adoption')}
        hint="Shares from 0 to 1, one per quarter, separated by commas."
      />
      <fieldset>
        <legend>Automation potential (0–1)</legend>
        {AUTOMATABLE_KINDS.map((k) => (
          <Field key={k} label={`Potential, ${KIND_WORDS[k]}`} kind="number" value={num(scenario.potential[k])} parse={asNumber} {...onKind('potential', k)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Automation cap (0–1, at least the potential)</legend>
        {AUTOMATABLE_KINDS.map((k) => (
          <Field key={k} label={`Cap, ${KIND_WORDS[k]}`} kind="number" value={num(scenario.cap[k])} parse={asNumber} {...onKind('cap', k)} />
        ))}
      </fieldset>
      {NUMBERS.map(({ key, label }) => (
        <Field key={key} label={label} kind="number" value={num(scenario[key])} parse={asNumber} {...on(key, label.toLowerCase())} />
      ))}
      <Toggle label="Control teams never shrink" checked={scenario.controlNoShrink} edit={(v) => update({ controlNoShrink: v }, 'control shrink rule')} />
    </details>
  );
}
