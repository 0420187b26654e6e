/**
 * What changed from document A to document B (format.md, `diff`): records matched by id, fields
 * compared after parsing (so defaults written out or left out make no difference), team positions
 * and `view` set apart as layout, and the outcomes of both sides at each scenario's last quarter.
 *
 * Why not jsondiffpatch or microdiff: both diff JSON trees by array index (jsondiffpatch can match by
 * a hash, then speaks its own delta format); we match records by id, keep lists such as `adoption` and
 * `roles` whole so a reviewer reads "[0.3, 0.6] → [0.3, 0.7]", and need format.md's shape. What is
 * left after matching by id is a comparison of flat fields, a few lines here.
 */
import type { FivefoldDocument } from '../model/schema';
import { baseline, simulate } from '../sim';
import type { Result } from '../sim/types';

/** A value on each side; `null` where a side has none. */
export type Pair = [unknown, unknown];

export interface RecordChanges {
  added: string[];
  removed: string[];
  changed: { id: string; fields: Record<string, Pair> }[];
}

/** Figures at a scenario's last quarter; `cost` is the total. */
export interface Figures {
  headcount: number;
  handoffs: number;
  leadTimeDays: number;
  cost: number;
}

export interface Outcome {
  /** A scenario id, or "baseline" for the organisation as entered. */
  scenario: string;
  /** The last quarter of B's scenario (A's when B has none). */
  quarter: number;
  a: Figures | null;
  b: Figures | null;
}

/**
 * format.md's JSON, plus what it is silent on: `currency`, `layers` (display names by layer id) and
 * `lint` / `story` (whole values), present only when they differ.
 */
export interface DocDiff {
  title?: Pair;
  currency?: Pair;
  initiative: Record<string, Pair>;
  layers?: Record<string, Pair>;
  assumptions: Record<string, Pair>;
  teams: RecordChanges;
  handoffs: RecordChanges;
  scenarios: RecordChanges;
  lint?: Pair;
  story?: Pair;
  /** Teams whose position alone changed (layout, not meaning). */
  moved: string[];
  outcomes: Outcome[];
}

export interface DiffOptions {
  /** Simulate both sides for `outcomes` (default true); false leaves the list empty. */
  outcomes?: boolean;
}

/**
 * @example diff(ott, ottWithBiggerQa).teams.changed // [{ id: 'qa', fields: { headcount: [1, 2] } }]
 */
export function diffDocuments(a: FivefoldDocument, b: FivefoldDocument, options: DiffOptions = {}): DocDiff {
  const out: DocDiff = {
    initiative: fieldChanges(a.initiative, b.initiative),
    assumptions: fieldChanges(a.assumptions, b.assumptions),
    teams: recordChanges(a.teams, b.teams, ['position']),
    handoffs: recordChanges(a.handoffs, b.handoffs),
    scenarios: recordChanges(a.scenarios, b.scenarios),
    moved: moved(a, b),
    outcomes: [],
  };
  if (a.title !== b.title) out.title = [a.title, b.title];
  if (a.currency !== b.currency) out.currency = [a.currency, b.currency];
  const layers = fieldChanges(layerNames(a), layerNames(b));
  if (Object.keys(layers).length) out.layers = layers;
  for (const key of ['lint', 'story'] as const) {
    const [va, vb] = [(a as Record<string, unknown>)[key] ?? null, (b as Record<string, unknown>)[key] ?? null];
    if (!same(va, vb)) out[key] = [va, vb];
  }
  if (options.outcomes !== false) out.outcomes = outcomes(a, b, out);
  // format.md's key order, whatever order the optional keys were set in.
  const { title, currency, initiative, layers: l, assumptions, teams, handoffs, scenarios, lint, story, moved: m, outcomes: o } = out;
  return JSON.parse(JSON.stringify({ title, currency, initiative, layers: l, assumptions, teams, handoffs, scenarios, lint, story, moved: m, outcomes: o }));
}

/** Whether A and B mean the same model: nothing differs but positions, `view` and the outcomes that follow. */
export function isEqual(d: DocDiff): boolean {
  const empty = (r: RecordChanges) => !r.added.length && !r.removed.length && !r.changed.length;
  return (
    d.title === undefined &&
    d.currency === undefined &&
    d.layers === undefined &&
    d.lint === undefined &&
    d.story === undefined &&
    !Object.keys(d.initiative).length &&
    !Object.keys(d.assumptions).length &&
    empty(d.teams) &&
    empty(d.handoffs) &&
    empty(d.scenarios)
  );
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function recordChanges<T extends { id: string }>(as: readonly T[], bs: readonly T[], skip: string[] = []): RecordChanges {
  const inA = new Map(as.map((r) => [r.id, r]));
  const inB = new Map(bs.map((r) => [r.id, r]));
  const changed: RecordChanges['changed'] = [];
  const skipped = ['id', ...skip];
  for (const [id, ra] of inA) {
    const rb = inB.get(id);
    if (!rb || ra === rb || sameRecord(ra, rb, skipped)) continue;
    const fields = fieldChanges(ra, rb, skipped);
    if (Object.keys(fields).length) changed.push({ id, fields });
  }
  return {
    added: [...inB.keys()].filter((id) => !inA.has(id)).sort(byId),
    removed: [...inA.keys()].filter((id) => !inB.has(id)).sort(byId),
    changed: changed.sort((x, y) => byId(x.id, y.id)),
  };
}

/**
 * Leaf fields that differ, by dotted name (`mix.create`); lists are compared whole, a missing value is
 * null. Keys come out in A's order, then B's new ones.
 */
function fieldChanges(a: object, b: object, skip: readonly string[] = []): Record<string, Pair> {
  const la = leaves(a);
  const lb = leaves(b);
  const changes: Record<string, Pair> = {};
  for (const key of new Set([...la.keys(), ...lb.keys()])) {
    if (skip.includes(key.split('.')[0])) continue;
    const va = la.get(key) ?? null;
    const vb = lb.get(key) ?? null;
    if (!same(va, vb)) changes[key] = [va, vb];
  }
  return changes;
}

function leaves(value: object, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) leaves(v, `${prefix}${k}.`, into);
    else into.set(`${prefix}${k}`, v);
  }
  return into;
}

/**
 * Two records equal field for field (`skip` aside, an undefined field as good as none): most records of
 * two versions are, and this settles them without listing their leaves. Stricter than fieldChanges
 * (an empty object is not the same as none), so a record it does not settle is compared leaf by leaf.
 */
function sameRecord(a: object, b: object, skip: readonly string[]): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let fields = 0;
  for (const k in ra) {
    if (ra[k] === undefined || skip.includes(k)) continue;
    if (!same(ra[k], rb[k])) return false;
    fields++;
  }
  for (const k in rb) if (rb[k] !== undefined && !skip.includes(k)) fields--;
  return fields === 0;
}

/** Plain JSON values are equal (lists element by element, objects key by key in any order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function layerNames(d: FivefoldDocument): Record<string, string> {
  return Object.fromEntries((d.layers ?? []).map((l) => [l.id, l.name]));
}

function moved(a: FivefoldDocument, b: FivefoldDocument): string[] {
  const inB = new Map(b.teams.map((t) => [t.id, t.position]));
  return a.teams
    .filter((t) => inB.has(t.id) && !same(t.position ?? null, inB.get(t.id) ?? null))
    .map((t) => t.id)
    .sort(byId);
}

const figures = (r: Result): Figures => ({ headcount: r.headcount, handoffs: r.handoffs, leadTimeDays: r.leadTimeDays, cost: r.cost.total });

/**
 * The baseline, then each scenario (A's order, then B's new ones) at its last quarter. When the
 * organisation is the same on both sides, an unchanged scenario is simulated once.
 */
function outcomes(a: FivefoldDocument, b: FivefoldDocument, d: DocDiff): Outcome[] {
  const sameOrg =
    !d.teams.added.length &&
    !d.teams.removed.length &&
    !d.teams.changed.length &&
    !d.handoffs.added.length &&
    !d.handoffs.removed.length &&
    !d.handoffs.changed.length &&
    !Object.keys(d.assumptions).length &&
    !d.initiative.windowDays &&
    !d.initiative.measurementLagDays;
  const baseA = figures(baseline(a));
  const list: Outcome[] = [{ scenario: 'baseline', quarter: 0, a: baseA, b: sameOrg ? baseA : figures(baseline(b)) }];
  const changedScenarios = new Set(d.scenarios.changed.map((c) => c.id));
  const ids = [...new Set([...a.scenarios.map((s) => s.id), ...b.scenarios.map((s) => s.id)])];
  for (const id of ids) {
    const sa = a.scenarios.find((s) => s.id === id);
    const sb = b.scenarios.find((s) => s.id === id);
    const fa = sa ? figures(simulate(a, sa, sa.adoption.length - 1)) : null;
    const fb = sb ? (sameOrg && sa && !changedScenarios.has(id) ? fa : figures(simulate(b, sb, sb.adoption.length - 1))) : null;
    list.push({ scenario: id, quarter: (sb ?? sa)!.adoption.length - 1, a: fa, b: fb });
  }
  return list;
}
