/**
 * The parameter catalogue: every document field a person edits, or reads in an explanation, with one
 * name. The inspector, the levers and assumptions drawers, the explanation, the sensitivity view, the
 * command line and the report all read labels, units and bounds here, so a lever is called the same
 * everywhere and a slider, a clamp and the schema agree on what a value may be.
 * Bounds are format.md's (upper bounds included); `relation` says in words what depends on another
 * field (f0 ≤ fMax, potential ≤ cap). Basis: simulation.md §7, through `assumptionSources.ts`.
 * Pure data: no React, no store.
 */
import { allBases, type AssumptionBasis } from './assumptionSources';
import { KIND_WORDS } from './kindWords';
import { AUTOMATABLE_KINDS, DEFAULT_ASSUMPTIONS, MIX_KINDS, type AutomatableKind, type MixKind } from './schema';

/** How a value reads: a 0–1 share, whole people, FTE, working days, money in the document's currency, a plain count or number, a multiplier. */
export type ParamUnit = 'share' | 'people' | 'persons' | 'fte' | 'days' | 'money' | 'count' | 'number' | 'multiplier' | 'choice' | 'flag';

/** What a value may be (format.md). `min`/`max` are inclusive unless marked open. */
export interface Bounds {
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
  /** A limit set by another field, in words: "at most fMax", "at least the potential". */
  relation?: string;
}

/** Where a parameter lives: the record it belongs to. */
export type ParamRecord = 'assumptions' | 'scenario' | 'uncertainty' | 'team' | 'handoff' | 'initiative';

export interface Parameter {
  /** `record.field` or `record.field.kind`: "scenario.sigmaFirst", "scenario.potential.routine", "team.mix.create". */
  id: string;
  record: ParamRecord;
  /** The field in its record, e.g. "potential" for "scenario.potential.routine". */
  field: string;
  kind?: AutomatableKind;
  /** JSON path with `[]` where the record's index goes: "scenarios[].potential.routine", "assumptions.f0". */
  path: string;
  /** The name in the model's formulas (simulation.md): "sigmaFirst", "f0", "ca". */
  symbol: string;
  /** The name a person reads in forms, drawers and the report. */
  label: string;
  /** The name where space is short: slider, tornado, table rows. */
  short: string;
  unit: ParamUnit;
  bounds?: Bounds;
  /** The value of a new model (the "Top of measured evidence" preset for scenario fields). */
  default?: number | boolean;
  /** Why the default, and which end of the measured range it takes (simulation.md §7). */
  basis: string;
  /** The full basis record (sources, end of the range), for the assumptions drawer. */
  sources?: AssumptionBasis;
  /** One sentence for a form's hint. */
  hint?: string;
}

/** The names of the four kinds of task work in a team's mix. */
export const MIX_LABELS: Record<MixKind, string> = {
  routine: 'Routine execution',
  create: 'Creative execution',
  decide: 'Deciding direction',
  assure: 'Reviewing and assuring',
};

const SHARE: Bounds = { min: 0, max: 1 };
const DAYS: Bounds = { min: 0, max: 100_000 };
const sentenceCase = (s: string) => s[0].toUpperCase() + s.slice(1);

const ENTERED = 'As entered: a figure of your own organisation.';
const bases = new Map(allBases().map((b) => [b.key, b]));

type Spec = Omit<Parameter, 'id' | 'record' | 'field' | 'path' | 'basis' | 'sources' | 'default' | 'symbol'> & { symbol?: string; basis?: string; default?: number | boolean };

function define(record: ParamRecord, field: string, spec: Spec, kind?: AutomatableKind): Parameter {
  const id = kind ? `${record}.${field}.${kind}` : `${record}.${field}`;
  const container = { assumptions: 'assumptions', scenario: 'scenarios[]', uncertainty: 'scenarios[].uncertainty', team: 'teams[]', handoff: 'handoffs[]', initiative: 'initiative' }[record];
  const source = bases.get(id);
  return {
    id,
    record,
    field,
    ...(kind ? { kind } : {}),
    path: `${container}.${field}${kind ? `.${kind}` : ''}`,
    symbol: spec.symbol ?? field,
    ...spec,
    default: spec.default ?? source?.default,
    basis: spec.basis ?? source?.basis ?? ENTERED,
    ...(source ? { sources: source } : {}),
  };
}

const perKind = <K extends AutomatableKind>(kinds: readonly K[], make: (k: K) => Parameter) => kinds.map(make);

const ASSUMPTIONS: Parameter[] = [
  define('assumptions', 'f0', { label: 'Organisation-wide coordination tax', short: 'Coordination tax', unit: 'share', bounds: { ...SHARE, maxOpen: true, relation: 'at most fMax' }, default: DEFAULT_ASSUMPTIONS.f0 }),
  define('assumptions', 'kPair', { label: 'Coordination per teammate', short: 'Tax per teammate', unit: 'share', bounds: SHARE, default: DEFAULT_ASSUMPTIONS.kPair }),
  define('assumptions', 'kHandoff', { label: 'Coordination per handoff', short: 'Tax per handoff', unit: 'share', bounds: SHARE, default: DEFAULT_ASSUMPTIONS.kHandoff }),
  define('assumptions', 'fMax', { label: 'Most time coordination can take', short: 'Coordination ceiling', unit: 'share', bounds: { ...SHARE, maxOpen: true, relation: 'at least f0' }, default: DEFAULT_ASSUMPTIONS.fMax }),
];

const SCENARIO: Parameter[] = [
  define('scenario', 'adoption', { label: 'Adoption per quarter', short: 'Adoption', unit: 'share', bounds: SHARE, hint: 'Shares from 0 to 1, one per quarter, separated by commas.' }),
  ...perKind(AUTOMATABLE_KINDS, (k) =>
    define('scenario', 'potential', { symbol: `p_${k}`, label: `Potential, ${KIND_WORDS[k]} work`, short: `${sentenceCase(KIND_WORDS[k])} potential`, unit: 'share', bounds: { ...SHARE, relation: 'at most the cap' } }, k),
  ),
  ...perKind(AUTOMATABLE_KINDS, (k) =>
    define('scenario', 'cap', { symbol: `cap_${k}`, label: `Cap, ${KIND_WORDS[k]} work`, short: `${sentenceCase(KIND_WORDS[k])} cap`, unit: 'share', bounds: { ...SHARE, relation: 'at least the potential' } }, k),
  ),
  define('scenario', 'capGrowth', { label: 'Potential growth per quarter', short: 'Potential growth', unit: 'share', bounds: SHARE }),
  define('scenario', 'sigmaFirst', { label: 'First-line review per automated FTE', short: 'First-line review', unit: 'share', bounds: SHARE }),
  define('scenario', 'sigmaControl', { label: 'Second-line oversight on Control per automated FTE', short: 'Control oversight', unit: 'share', bounds: SHARE }),
  define('scenario', 'minHumans', { label: 'Fewest people per group', short: 'Fewest people per group', unit: 'people', bounds: { min: 1, max: 100_000, integer: true } }),
  define('scenario', 'controlNoShrink', { label: 'Control teams never shrink', short: 'Control never shrinks', unit: 'flag' }),
  define('scenario', 'absorbThreshold', { label: 'Absorb a team needing less than', short: 'Absorb threshold', unit: 'persons', bounds: { min: 0, max: 1000, minOpen: true } }),
  define('scenario', 'maxDomains', { label: 'Most teams per group', short: 'Most teams per group', unit: 'count', bounds: { min: 1, max: 1000, integer: true } }),
  define('scenario', 'roundingSlack', { label: 'Rounding slack', short: 'Rounding slack', unit: 'fte', bounds: { min: 0, max: 1000 } }),
  define('scenario', 'aiCostRatio', { label: 'AI cost per automated FTE', short: 'AI cost ratio', unit: 'number', bounds: { min: 0, max: 100 } }),
];

const RANGE_BASIS = 'simulation.md §11: the presets carry ranges built from §7.';
const UNCERTAINTY: Parameter[] = [
  define('uncertainty', 'samples', { label: 'Sampled worlds', short: 'Samples', unit: 'count', bounds: { min: 100, max: 20_000, integer: true }, default: 1000, basis: RANGE_BASIS }),
  define('uncertainty', 'seed', { label: 'Random seed', short: 'Seed', unit: 'count', bounds: { min: 0, max: 2 ** 32 - 1, integer: true }, default: 1, basis: RANGE_BASIS }),
  define('uncertainty', 'adoption', { label: 'Adoption range (multiplier on every quarter)', short: 'Adoption range', unit: 'multiplier', bounds: { min: 0, max: 100, relation: 'low ≤ 1 ≤ high' }, basis: 'simulation.md §11: adoption × [0.8, 1.1] in the presets.' }),
  ...perKind(AUTOMATABLE_KINDS, (k) =>
    define('uncertainty', 'potential', { label: `Potential range, ${KIND_WORDS[k]} work`, short: `${sentenceCase(KIND_WORDS[k])} potential range`, unit: 'share', bounds: { ...SHARE, relation: 'low ≤ high' }, basis: 'simulation.md §11: from the cautious value to the cap in the presets.' }, k),
  ),
  define('uncertainty', 'sigmaFirst', { label: 'First-line review range', short: 'First-line review range', unit: 'share', bounds: { ...SHARE, relation: 'low ≤ high' }, basis: 'simulation.md §11: [0.05, 0.20] in the presets.' }),
  define('uncertainty', 'sigmaControl', { label: 'Control oversight range', short: 'Control oversight range', unit: 'share', bounds: { ...SHARE, relation: 'low ≤ high' }, basis: 'simulation.md §11: [0.03, 0.10] in the presets.' }),
  define('uncertainty', 'waitDays', { label: 'Waiting range (multiplier on every handoff)', short: 'Waiting range', unit: 'multiplier', bounds: { min: 0, max: 100, minOpen: true, relation: 'low ≤ 1 ≤ high' }, basis: 'simulation.md §11: waitDays × [0.8, 1.5] in the presets.' }),
];

const TEAM: Parameter[] = [
  define('team', 'headcount', { symbol: 'n', label: 'Headcount', short: 'People', unit: 'people', bounds: { min: 1, max: 100_000, integer: true } }),
  define('team', 'costPerFte', { label: 'Cost per FTE (yearly)', short: 'Cost per FTE', unit: 'money', bounds: { min: 0, max: 100_000_000 } }),
  define('team', 'processDays', { label: 'Process days', short: 'Process days', unit: 'days', bounds: DAYS, hint: 'Hands-on days per cycle of the initiative.' }),
  define('team', 'minAccountable', { label: 'Minimum accountable people', short: 'Min. accountable', unit: 'people', bounds: { min: 0, max: 100_000, integer: true, relation: 'at most the headcount' }, hint: 'People the team never drops below; empty for none.' }),
  define('team', 'layer', { label: 'Layer', short: 'Layer', unit: 'choice' }),
  ...MIX_KINDS.map((k: MixKind) =>
    define('team', 'mix', { symbol: `mix_${k}`, label: MIX_LABELS[k], short: sentenceCase(KIND_WORDS[k]), unit: 'share', bounds: { ...SHARE, relation: 'the four shares add up to 1' } }, k),
  ),
];

const HANDOFF: Parameter[] = [
  define('handoff', 'waitDays', { label: 'Wait (days)', short: 'Wait', unit: 'days', bounds: DAYS, hint: 'Queueing before the receiver starts.' }),
  define('handoff', 'ca', { label: 'Complete and accurate (%C&A)', short: '%C&A', unit: 'share', bounds: { min: 0, max: 1, minOpen: true }, basis: 'Value-stream mapping’s %C&A (0.85–0.95 in the worked example); the values are assumptions.', hint: 'Share the receiver can use without rework, above 0 and at most 1.' }),
  define('handoff', 'kind', { label: 'Kind', short: 'Kind', unit: 'choice' }),
];

const INITIATIVE: Parameter[] = [
  define('initiative', 'baseline', { label: 'Baseline', short: 'Baseline', unit: 'number' }),
  define('initiative', 'target', { label: 'Target', short: 'Target', unit: 'number' }),
  define('initiative', 'windowDays', { label: 'Window (working days)', short: 'Window', unit: 'days', bounds: { min: 0, max: 100_000, minOpen: true }, hint: 'Working days the initiative has.' }),
  define('initiative', 'measurementLagDays', { label: 'Measurement lag (days)', short: 'Measurement lag', unit: 'days', bounds: DAYS, hint: 'Days before an effect can be measured.' }),
];

/** Every parameter, model-wide first, then scenario, ranges, team, handoff and initiative fields. */
export const PARAMETERS: readonly Parameter[] = [...ASSUMPTIONS, ...SCENARIO, ...UNCERTAINTY, ...TEAM, ...HANDOFF, ...INITIATIVE];

const BY_ID = new Map(PARAMETERS.map((p) => [p.id, p]));

/**
 * One parameter by id; throws on an unknown id, so a misspelt name fails its first test.
 * @example param('scenario.sigmaFirst').label // 'First-line review per automated FTE'
 */
export function param(id: string): Parameter {
  const p = BY_ID.get(id);
  if (!p) throw new Error(`no parameter has the id "${id}"`);
  return p;
}

/**
 * The label with the formula's symbol, where a reader may look the formula up (report, drawer).
 * @example labelWithSymbol('assumptions.f0') // 'Organisation-wide coordination tax (f0)'
 */
export function labelWithSymbol(id: string): string {
  const p = param(id);
  return `${p.label} (${p.symbol})`;
}

/** @example findParam('scenario.potential.create')?.short // 'Creative potential' */
export const findParam = (id: string): Parameter | undefined => BY_ID.get(id);

/**
 * The parameter a JSON path edits, if any: indexes dropped, an adoption quarter counts as adoption.
 * @example paramOfPath('scenarios[2].potential.routine')?.id // 'scenario.potential.routine'
 * @example paramOfPath('teams[0].mix.create')?.id // 'team.mix.create'
 */
export function paramOfPath(path: string): Parameter | undefined {
  const bare = path.replace(/\[\d+\]$/, '').replace(/\[\d+\]/g, '[]');
  return PARAMETERS.find((p) => p.path === bare);
}

/** The concrete path of a parameter in record `index`: `paramPath('team.headcount', 5)` → "teams[5].headcount". */
export const paramPath = (id: string, index = 0): string => param(id).path.replaceAll('[]', `[${index}]`);

/**
 * A value brought within a parameter's bounds: an open bound keeps a thousandth away, whole-number
 * parameters are rounded. Relations to other fields (f0 ≤ fMax, potential ≤ cap) are the caller's.
 * @example clampParam('scenario.minHumans', 0) // 1
 */
export function clampParam(id: string, value: number, within: Partial<Pick<Bounds, 'min' | 'max'>> = {}): number {
  const b = param(id).bounds;
  if (!b) return value;
  const lo = Math.max(b.minOpen ? b.min + 1e-3 : b.min, within.min ?? -Infinity);
  const hi = Math.min(b.maxOpen ? b.max - 1e-3 : b.max, within.max ?? Infinity);
  const v = Math.min(hi, Math.max(lo, Number.isFinite(value) ? value : lo));
  return b.integer ? Math.round(v) : v;
}
