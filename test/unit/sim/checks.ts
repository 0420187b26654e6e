// Checks shared by the exhaustive and greedy property tests (simulation.md §9), each written from the
// spec's wording rather than from the engine's code.
import { expect } from 'vitest';
import { MIX_KINDS, type FivefoldDocument, type Scenario } from '../../../src/model';
import type { Result } from '../../../src/sim';

/** People outside the Control layer: Control groups are always single Control teams. */
export function nonControlHeadcount(doc: FivefoldDocument, r: Result): number {
  const control = new Set(doc.teams.filter((t) => t.layer === 'control').map((t) => t.id));
  return r.groups.filter((g) => !control.has(g.owner)).reduce((s, g) => s + g.headcount, 0);
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

/** §9.2, read off the trace: Σ human left (less the added oversight) + Σ done by AI = Σ baseline task work. */
export function checkConservation(r: Result): void {
  const trace = r.trace!;
  expect(trace).toBeDefined();
  const value = (team: string, key: string) => trace.teams.find((t) => t.team === team)!.steps.find((s) => s.key === key)?.result ?? 0;
  const teams = trace.teams.map((t) => t.team);
  if (r.adoption === 0) {
    expect(r.automatedFte).toBe(0);
    return;
  }
  let automated = 0;
  for (const k of MIX_KINDS) {
    let left = 0;
    let ai = 0;
    let base = 0;
    for (const id of teams) {
      const oversight = k === 'assure' ? value(id, 'oversight.first') + value(id, 'oversight.control') : 0;
      left += value(id, `W'.${k}`) - oversight;
      ai += value(id, `Z.${k}`);
      base += value(id, `W.${k}`);
    }
    close(left + ai, base);
    automated += ai;
  }
  close(r.automatedFte, automated);
}

/** §9.4: floors, at least one person, one group per team, capacity covering demand less the slack. */
export function checkGroups(doc: FivefoldDocument, scenario: Scenario, r: Result): void {
  const members = r.groups.flatMap((g) => g.members).sort();
  expect(members).toEqual(doc.teams.map((t) => t.id).sort());
  const slack = r.adoption === 0 ? 0 : scenario.roundingSlack;
  const minHumans = r.adoption === 0 ? 1 : scenario.minHumans;
  for (const g of r.groups) {
    const teams = doc.teams.filter((t) => g.members.includes(t.id));
    const entered = teams.reduce((s, t) => s + t.headcount, 0);
    let floor = Math.min(entered, Math.max(minHumans, ...teams.map((t) => t.minAccountable ?? 0)));
    if (r.adoption > 0 && scenario.controlNoShrink && teams.some((t) => t.layer === 'control')) floor = entered;
    expect(g.headcount).toBeGreaterThanOrEqual(Math.max(1, floor));
    expect(Number.isInteger(g.headcount)).toBe(true);
    if (r.trace) {
      const steps = r.trace.groups.find((x) => x.owner === g.owner)!.steps;
      const of = (key: string) => steps.find((s) => s.key === key)!.result;
      expect(of('capacity')).toBeGreaterThanOrEqual(of('demand') - slack - 1e-9);
      expect(of('n')).toBe(g.headcount);
    }
  }
  expect(r.headcount).toBe(r.groups.reduce((s, g) => s + g.headcount, 0));
}

/** §9.5. */
export function checkControl(doc: FivefoldDocument, scenario: Scenario, r: Result): void {
  for (const t of doc.teams.filter((x) => x.layer === 'control')) {
    const g = r.groups.find((x) => x.members.includes(t.id))!;
    expect(g.members).toEqual([t.id]);
    if (scenario.controlNoShrink || r.adoption === 0) expect(g.headcount).toBeGreaterThanOrEqual(t.headcount);
  }
}

/** §9.7, first half. */
export function checkPyramid(r: Result): void {
  const p = r.pyramid;
  close(p.execution + p.orchestration + p.innovation + p.unallocated, r.headcount);
}

/** Every number in a Result (trace included) is finite. */
export function checkNoNaN(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) expect.fail(`${path} is ${value}`);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkNoNaN(v, `${path}.${k}`);
  }
}
