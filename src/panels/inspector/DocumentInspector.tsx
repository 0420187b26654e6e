import { useShallow } from 'zustand/react/shallow';
import { useDoc } from '../../store/context';
import { param, type Assumptions, type Initiative } from '../../model';
import { LAYERS } from '../../model/catalogue';
import { Field } from './Field';
import { ParamField } from './ParamField';
import { asOptionalText, asText } from './validate';
import { ScenarioInspector } from './ScenarioInspector';

const INITIATIVE_NUMBERS = ['baseline', 'target', 'windowDays', 'measurementLagDays'] as const;
const ASSUMPTIONS: (keyof Assumptions)[] = ['f0', 'kPair', 'kHandoff', 'fMax'];

/** With nothing selected: the model's title, currency, initiative, assumptions, layer names and scenarios. */
export function DocumentInspector() {
  const title = useDoc((s) => s.doc.title);
  const currency = useDoc((s) => s.doc.currency);
  const initiative = useDoc((s) => s.doc.initiative);
  const assumptions = useDoc((s) => s.doc.assumptions);
  const layers = useDoc((s) => s.doc.layers);
  // The ids alone, compared item by item: editing a scenario redraws its own section, not this list.
  const scenarioIds = useDoc(useShallow((s) => s.doc.scenarios.map((x) => x.id)));

  const onInitiative = <K extends keyof Initiative>(key: K, label: string) => ({
    path: `initiative.${String(key)}`,
    edit: (v: Initiative[K]) => ({ commandId: 'initiative.update' as const, args: { patch: { [key]: v }, label: `Change initiative ${label.toLowerCase()}` } }),
  });

  return (
    <section className="ff-inspector-section" aria-label="Model">
      <h2>Model</h2>
      <Field
        label="Title"
        value={title}
        path="title"
        parse={asText}
        edit={(v) => ({ commandId: 'title.update', args: { title: v } })}
      />
      <Field
        label="Currency"
        value={currency}
        path="currency"
        parse={asText}
        edit={(v) => ({ commandId: 'document.update', args: { patch: { currency: v }, label: 'Change currency' } })}
        hint="Three capital letters (ISO 4217), such as USD or EUR."
      />
      <fieldset>
        <legend>Initiative</legend>
        <Field label="Problem" kind="multiline" value={initiative.problem} parse={asText} {...onInitiative('problem', 'Problem')} />
        <Field label="Metric" value={initiative.metric} parse={asText} {...onInitiative('metric', 'Metric')} />
        <Field label="Unit" value={initiative.unit ?? ''} parse={asOptionalText} {...onInitiative('unit', 'Unit')} placeholder="none" />
        {INITIATIVE_NUMBERS.map((key) => (
          <ParamField key={key} param={`initiative.${key}`} value={initiative[key]} {...onInitiative(key, param(`initiative.${key}`).label)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Assumptions</legend>
        {ASSUMPTIONS.map((key) => (
          <ParamField
            key={key}
            param={`assumptions.${key}`}
            value={assumptions[key]}
            path={`assumptions.${key}`}
            edit={(v) => ({ commandId: 'document.update', args: { patch: { assumptions: { [key]: v } }, label: `Change assumption ${key}` } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Layer names</legend>
        {LAYERS.map((l) => {
          const at = layers?.findIndex((x) => x.id === l.id) ?? -1;
          return (
            <Field
              key={l.id}
              label={`Name of ${l.name}`}
              value={at >= 0 ? layers![at].name : ''}
              placeholder={l.name}
              path={at >= 0 ? `layers[${at}].name` : 'layers'}
              parse={asText}
              edit={(v) => ({ commandId: 'document.update', args: { patch: { layerNames: { [l.id]: v } }, label: `Rename layer ${l.name}` } })}
            />
          );
        })}
      </fieldset>
      <h3>Scenarios</h3>
      {scenarioIds.map((id) => (
        <ScenarioInspector key={id} scenarioId={id} />
      ))}
    </section>
  );
}
