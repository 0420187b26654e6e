import { useShallow } from 'zustand/react/shallow';
import { useDoc } from '../../store/context';
import type { Assumptions, Initiative } from '../../model';
import { LAYERS } from '../../model/catalogue';
import { Field } from './Field';
import { asNumber, asOptionalText, asText } from './validate';
import { num } from './useEdit';
import { ScenarioInspector } from './ScenarioInspector';

type InitiativeNumber = 'baseline' | 'target' | 'windowDays' | 'measurementLagDays';
const INITIATIVE_NUMBERS: { key: InitiativeNumber; label: string; hint?: string }[] = [
  { key: 'baseline', label: 'Baseline' },
  { key: 'target', label: 'Target' },
  { key: 'windowDays', label: 'Window (working days)', hint: 'Working days the initiative has.' },
  { key: 'measurementLagDays', label: 'Measurement lag (days)', hint: 'Days before an effect can be measured.' },
];
const ASSUMPTIONS: { key: keyof Assumptions; label: string }[] = [
  { key: 'f0', label: 'Coordination floor (f0)' },
  { key: 'kPair', label: 'Cost per communication path (kPair)' },
  { key: 'kHandoff', label: 'Cost per handoff (kHandoff)' },
  { key: 'fMax', label: 'Coordination ceiling (fMax)' },
];

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
        {INITIATIVE_NUMBERS.map(({ key, label, hint }) => (
          <Field key={key} label={label} kind="number" value={num(initiative[key])} parse={asNumber} hint={hint} {...onInitiative(key, label)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Assumptions</legend>
        {ASSUMPTIONS.map(({ key, label }) => (
          <Field
            key={key}
            label={label}
            kind="number"
            value={num(assumptions[key])}
            path={`assumptions.${key}`}
            parse={asNumber}
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
