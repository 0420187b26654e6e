import { useDoc } from '../../store/context';
import { AUTOMATABLE_KINDS, KIND_WORDS, param, type AutomatableKind, type Scenario } from '../../model';
import { Field, Toggle } from './Field';
import { ParamField } from './ParamField';
import { asNumberList, asText, asUniqueId } from './validate';
import { recordEdits } from './useEdit';

const NUMBERS = ['capGrowth', 'sigmaFirst', 'sigmaControl', 'minHumans', 'absorbThreshold', 'maxDomains', 'roundingSlack', 'aiCostRatio'] as const;

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
      <Field label={param('scenario.adoption').label} value={scenario.adoption.join(', ')} parse={asNumberList} {...on('adoption')} hint={param('scenario.adoption').hint} />
      <fieldset>
        <legend>Automation potential (0–1)</legend>
        {AUTOMATABLE_KINDS.map((k) => (
          <ParamField key={k} param={`scenario.potential.${k}`} value={scenario.potential[k]} {...onKind('potential', k)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Automation cap (0–1, at least the potential)</legend>
        {AUTOMATABLE_KINDS.map((k) => (
          <ParamField key={k} param={`scenario.cap.${k}`} value={scenario.cap[k]} {...onKind('cap', k)} />
        ))}
      </fieldset>
      {NUMBERS.map((key) => (
        <ParamField key={key} param={`scenario.${key}`} value={scenario[key]} {...on(key, param(`scenario.${key}`).short.toLowerCase())} />
      ))}
      <Toggle label={param('scenario.controlNoShrink').label} checked={scenario.controlNoShrink} edit={(v) => update({ controlNoShrink: v }, 'control shrink rule')} />
    </details>
  );
}
