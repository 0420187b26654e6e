/**
 * simulation.md §12, what it would take: the smallest adoption at one quarter that brings headcount to a
 * target or below, all else as entered, found by 30 bisection steps on [0, 1].
 */
import type { FivefoldDocument, Scenario } from '../model/schema';
import { canonical, type Model } from './canonical';
import { scenarioRun } from './simulate';

export const BISECTION_STEPS = 30;

/** One line of `reach --json` (format.md). */
export interface Reach {
  scenario: string;
  quarter: number;
  target: number;
  reachable: boolean;
  /** The adoption needed (1 when unreachable). */
  adoption: number;
  /** automatedFte at that adoption ÷ Σ baseline task FTE: the share of task work AI does. */
  automatedShare: number;
  /** Headcount at that adoption (what full adoption reaches, when unreachable). */
  headcount: number;
}

/** Headcount and automated FTE of the scenario with its adoption at `quarter` replaced by `A`. */
export function atAdoption(m: Model, scenario: Scenario, quarter: number, A: number): { headcount: number; automatedFte: number } {
  const adoption = [...scenario.adoption];
  adoption[Math.min(quarter, adoption.length - 1)] = A;
  const run = scenarioRun(m, { ...scenario, adoption }, quarter);
  let headcount = 0;
  for (const fg of run.figures.values()) headcount += fg.n;
  return { headcount, automatedFte: run.st.automated };
}

/**
 * What it would take to reach `target` people at `quarter` (§12).
 * @example reach(ott, aiNative, 3, 5) // { reachable: true, adoption: 0.937…, automatedShare: 0.77…, headcount: 5, … }
 */
export function reach(doc: FivefoldDocument, scenario: Scenario, quarter: number, target: number): Reach {
  const m = canonical(doc);
  const q = Math.max(0, Math.floor(quarter));
  const taskFte = m.base.reduce((s, d) => s + d.T, 0);
  const share = (fte: number) => (taskFte > 0 ? fte / taskFte : 0);
  const at = (A: number) => atAdoption(m, scenario, q, A);
  const answer = (reachable: boolean, adoption: number, got: { headcount: number; automatedFte: number }): Reach => ({
    scenario: scenario.id,
    quarter: q,
    target,
    reachable,
    adoption,
    automatedShare: share(got.automatedFte),
    headcount: got.headcount,
  });

  const full = at(1);
  if (full.headcount > target) return answer(false, 1, full);
  const none = at(0);
  if (none.headcount <= target) return answer(true, 0, none);
  let lo = 0;
  let hi = 1;
  let atHi = full;
  for (let k = 0; k < BISECTION_STEPS; k++) {
    const mid = (lo + hi) / 2;
    const got = at(mid);
    if (got.headcount <= target) {
      hi = mid;
      atHi = got;
    } else lo = mid;
  }
  return answer(true, hi, atHi);
}
