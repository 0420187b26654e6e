import { DocumentShapeSchema, AUTOMATABLE_KINDS, MIX_KINDS } from './schema';
import { findCycle } from './graph';
import { isPlainObject } from './plain';
import { quote, type Problem } from './problems';

/** Sum tolerance for a team's mix (format.md: sum 1 ± 0.001). */
export const MIX_TOLERANCE = 0.001;

type Loose = Record<string, unknown>;
const indexed = (v: unknown): [Loose, number][] =>
  Array.isArray(v) ? v.flatMap((x, i) => (isPlainObject(x) ? [[x, i] as [Loose, number]] : [])) : [];
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The rules of format.md that relate several fields. It reads the document defensively, so it can
 * report these problems next to shape problems in one pass: a reviewer sees every problem at once.
 */
export function checkRules(raw: unknown): Problem[] {
  if (!isPlainObject(raw)) return [];
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const teamIds = new Set<string>();
  for (const [team, i] of indexed(raw.teams)) {
    if (typeof team.id === 'string') {
      if (teamIds.has(team.id)) add(`teams[${i}].id`, `another team already has the id ${quote(team.id)}`);
      teamIds.add(team.id);
    }
    const mix = team.mix;
    if (isPlainObject(mix) && MIX_KINDS.every((k) => num(mix[k]))) {
      const sum = MIX_KINDS.reduce((s, k) => s + (mix[k] as number), 0);
      if (Math.abs(sum - 1) > MIX_TOLERANCE) {
        const shown = sum.toFixed(2) === '1.00' ? sum.toFixed(4) : sum.toFixed(2);
        add(`teams[${i}].mix`, `shares add up to ${shown}, not 1`);
      }
    }
    if (num(team.minAccountable) && num(team.headcount) && team.minAccountable > team.headcount) {
      add(`teams[${i}].minAccountable`, `is ${team.minAccountable}, more than the headcount of ${team.headcount}`);
    }
  }

  const handoffIds = new Set<string>();
  const workArcs: { from: string; to: string }[] = [];
  for (const [h, i] of indexed(raw.handoffs)) {
    if (typeof h.id === 'string') {
      if (handoffIds.has(h.id)) add(`handoffs[${i}].id`, `another handoff already has the id ${quote(h.id)}`);
      handoffIds.add(h.id);
    }
    let ends = true;
    for (const end of ['from', 'to'] as const) {
      const v = h[end];
      // Without a list of teams every end would dangle; the missing list is the one problem to report.
      if (typeof v === 'string' && Array.isArray(raw.teams) && !teamIds.has(v)) {
        add(`handoffs[${i}].${end}`, `no team has the id ${quote(v)}`);
        ends = false;
      }
    }
    if (typeof h.from === 'string' && h.from === h.to) {
      add(`handoffs[${i}].to`, `a handoff cannot go from team ${quote(h.from)} to itself`);
      ends = false;
    }
    const kind = h.kind ?? 'work';
    if (ends && kind === 'work' && typeof h.from === 'string' && typeof h.to === 'string') {
      workArcs.push({ from: h.from, to: h.to });
    }
  }
  const cycle = findCycle([...teamIds], workArcs);
  if (cycle) add('handoffs', `work handoffs form a cycle: ${cycle.join(' → ')}`);

  if (isPlainObject(raw.assumptions)) {
    const { f0, fMax } = raw.assumptions;
    const f0v = num(f0) ? f0 : 0.25;
    const fMaxv = num(fMax) ? fMax : 0.7;
    if (f0v > fMaxv) add('assumptions.f0', `is ${f0v}, more than fMax (${fMaxv})`);
  }

  const scenarioIds = new Set<string>();
  for (const [s, i] of indexed(raw.scenarios)) {
    if (typeof s.id === 'string') {
      if (s.id === 'baseline') add(`scenarios[${i}].id`, 'must not be "baseline": that name is kept for the organisation as entered');
      else if (scenarioIds.has(s.id)) add(`scenarios[${i}].id`, `another scenario already has the id ${quote(s.id)}`);
      scenarioIds.add(s.id);
    }
    const { potential, cap } = s;
    if (isPlainObject(potential) && isPlainObject(cap)) {
      for (const k of AUTOMATABLE_KINDS) {
        const p = potential[k];
        const c = cap[k];
        if (num(p) && num(c) && c < p) add(`scenarios[${i}].cap.${k}`, `is ${c}, below the potential of ${p}; a cap must be at least the potential`);
      }
    }
    if (isPlainObject(s.uncertainty)) checkRanges(s.uncertainty, `scenarios[${i}].uncertainty`, add);
  }

  for (const [st, i] of indexed(raw.story)) {
    const at = `story[${i}]`;
    if (typeof st.scenario === 'string' && Array.isArray(raw.scenarios) && !scenarioIds.has(st.scenario)) {
      add(`${at}.scenario`, `no scenario has the id "${st.scenario}"`);
    }
    if (Array.isArray(st.teams)) {
      st.teams.forEach((id, j) => {
        if (typeof id === 'string' && Array.isArray(raw.teams) && !teamIds.has(id)) add(`${at}.teams[${j}]`, `no team has the id "${id}"`);
      });
    }
  }

  const layerIds = new Set<string>();
  for (const [l, i] of indexed(raw.layers)) {
    if (typeof l.id === 'string') {
      if (layerIds.has(l.id)) add(`layers[${i}].id`, `the layer "${l.id}" is named twice`);
      layerIds.add(l.id);
    }
  }
  return problems;
}

type Add = (path: string, message: string) => void;
const pair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && num(v[0]) && num(v[1]);

/** format.md version 2: low ≤ high everywhere; a multiplier's range holds 1, and waitDays' low is above 0. */
function checkRanges(u: Loose, at: string, add: Add) {
  const ranges: [string, unknown][] = [
    ['adoption', u.adoption],
    ...(isPlainObject(u.potential) ? AUTOMATABLE_KINDS.map((k) => [`potential.${k}`, (u.potential as Loose)[k]] as [string, unknown]) : []),
    ['sigmaFirst', u.sigmaFirst],
    ['sigmaControl', u.sigmaControl],
    ['waitDays', u.waitDays],
  ];
  for (const [key, r] of ranges) {
    if (!pair(r)) continue;
    const [lo, hi] = r;
    if (lo > hi) add(`${at}.${key}`, `low ${lo} is above high ${hi}`);
    else if ((key === 'adoption' || key === 'waitDays') && (lo > 1 || hi < 1)) {
      add(`${at}.${key}`, `is a multiplier range [${lo}, ${hi}]; it must hold 1 (low at most 1, high at least 1)`);
    }
    if (key === 'waitDays' && lo <= 0) add(`${at}.${key}`, `low ${lo} must be more than 0`);
  }
}

/** The whole schema with the cross-field rules: what the inspector checks a changed document against. */
export const DocumentSchema = DocumentShapeSchema.superRefine((doc, ctx) => {
  for (const p of checkRules(doc)) ctx.addIssue({ code: 'custom', message: p.message, path: pathKeys(p.path) });
});

/** `teams[3].mix` → ['teams', 3, 'mix']. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}
