import { useDoc } from '../../store/context';
import { labelWithSymbol, type Scenario } from '../../model';
import { formatNumber } from '../../readout/format';
import { ASSUMPTION_BASES, SCENARIO_BASES, SOURCES, scenarioValue, type AssumptionBasis, type RangeEnd } from '../../model/assumptionSources';

const END_WORDS: Record<RangeEnd, string> = {
  low: 'low end',
  middle: 'middle',
  high: 'high end',
  assumption: 'assumption',
};

const show = (v: unknown): string => {
  if (Array.isArray(v)) return v.join(' / ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return formatNumber(v, 3, false);
  return '—';
};

function Row({ basis, value }: { basis: AssumptionBasis; value: unknown }) {
  const changed = typeof value !== 'object' && value !== basis.default;
  return (
    <tr data-key={basis.key}>
      <th scope="row">
        {labelWithSymbol(basis.key)}
      </th>
      <td className={changed ? 'ff-changed' : undefined}>{show(value)}</td>
      <td>
        {show(basis.default)}
        {basis.presets ? <span className="ff-presets"> (presets {basis.presets.join(' · ')})</span> : null}
      </td>
      <td>
        <span className={`ff-end ff-end-${basis.end}`}>{END_WORDS[basis.end]}</span> {basis.basis} <em>{basis.endNote}</em>
        {basis.sources.length ? <span className="ff-cite"> [{basis.sources.map((s) => SOURCES[s].cite).join('; ')}]</span> : null}
      </td>
    </tr>
  );
}

/**
 * Every parameter with its value, its default and the basis of that default (simulation.md §7), and
 * which end of the measured range the default takes.
 */
export function AssumptionsDrawer({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const assumptions = useDoc((s) => s.doc.assumptions);
  return (
    <section className="floating-card ff-drawer ff-assumptions" aria-label="Assumptions">
      <header>
        <h2>Assumptions · model and {scenario.name}</h2>
        <button type="button" onClick={onClose} aria-label="Close assumptions">
          ×
        </button>
      </header>
      <p className="ff-lede">
        Defaults lean on published figures; “assumption” marks a value the model assumes rather than measures. Measured AI effects vary widely (55% faster in one
        controlled study, +14% in the field, 19% slower for experienced developers): each row says which end its default takes.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Default</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(ASSUMPTION_BASES) as (keyof typeof ASSUMPTION_BASES)[]).map((k) => (
            <Row key={k} basis={ASSUMPTION_BASES[k]} value={assumptions[k]} />
          ))}
          {SCENARIO_BASES.map((b) => (
            <Row key={b.key} basis={b} value={scenarioValue(scenario, b.key)} />
          ))}
        </tbody>
      </table>
      <h3>Sources</h3>
      <ul className="ff-sources">
        {Object.values(SOURCES).map((s) => (
          <li key={s.id}>
            <strong>{s.cite}</strong>: {s.figure}.
          </li>
        ))}
      </ul>
    </section>
  );
}
