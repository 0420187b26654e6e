/**
 * simulation.md §4: staffing a group (demand, external handoffs, floor, the fewest whole people) and
 * each team's stand-alone need x. A group's figures depend only on its own members, never on how the
 * other teams are grouped, which is what lets the search add headcounts block by block.
 */
import type { Scenario } from '../model/schema';
import { coordinationShare, type Model } from './canonical';
import type { Stage } from './stage';

export interface GroupFigures {
  demand: number;
  /** Σ (1 − ca)·work over external work handoffs into the group: the group's rework. */
  rework: number;
  h: number;
  floor: number;
  n: number;
  /** f'(n, h) and the capacity n·(1 − f'). */
  f: number;
  capacity: number;
}

const EPS = 1e-9;
/** Past this many steps the upward scan jumps to where capacity is linear (f' at fMax). */
const SCAN_STEPS = 4096;

/**
 * The smallest integer n ≥ floor with n·(1 − f'(n, h)) ≥ demand − slack − 1e-9, scanning upward (§4).
 * Capacity is concave until f' reaches fMax and linear after, so the scan always ends; a demand too big
 * for the concave part jumps straight to the linear part instead of walking there one person at a time.
 * @example minimalStaff(1, 2.3, 2, 0.2, 0.025, 0.04, 0.7, 0.1) // 3
 */
export function minimalStaff(
  floor: number,
  demand: number,
  h: number,
  f0: number,
  kPair: number,
  kHandoff: number,
  fMax: number,
  slack: number,
): number {
  const need = demand - slack - EPS;
  const fits = (n: number) => n * (1 - coordinationShare(n, h, f0, kPair, kHandoff, fMax)) >= need;
  const start = Math.max(1, floor);
  for (let n = start; n < start + SCAN_STEPS; n++) if (fits(n)) return n;
  // Nothing in the concave part fits: beyond it f' = fMax, capacity n·(1 − fMax) grows linearly.
  let n = Math.max(start + SCAN_STEPS, Math.floor(need / (1 - fMax)) - 2);
  while (!fits(n)) n++;
  return n;
}

/** The pieces of a scenario that staffing needs, resolved once per simulation. */
export interface StaffingContext {
  m: Model;
  st: Stage;
  sc: Scenario;
}

/**
 * Figures of the group made of `members`, where `isMember(i)` says whether team i is in it.
 * @example staffGroup(ctx, [strat, insight], (i) => i === strat || i === insight).n // 1
 */
export function staffGroup(ctx: StaffingContext, members: readonly number[], isMember: (i: number) => boolean): GroupFigures {
  const { m, st, sc } = ctx;
  let demand = 0;
  let rework = 0;
  let h = 0;
  let baseSum = 0;
  let floorMax = sc.minHumans;
  let controlFloor = 0;
  for (const i of members) {
    demand += st.work[i];
    baseSum += m.headcount[i];
    floorMax = Math.max(floorMax, m.teams[i].minAccountable ?? 0);
    if (m.isControl[i] && sc.controlNoShrink) controlFloor += m.headcount[i];
    for (const e of m.incident[i]) {
      const other = m.from[e] === i ? m.to[e] : m.from[e];
      if (isMember(other)) continue;
      h++;
      if (m.isWork[e] && m.to[e] === i) rework += (1 - m.ca[e]) * st.work[i];
    }
  }
  demand += rework;
  const floor = controlFloor > 0 ? Math.max(controlFloor, Math.min(baseSum, floorMax)) : Math.min(baseSum, floorMax);
  const { kPair, fMax } = m.assumptions;
  const n = minimalStaff(floor, demand, h, st.f0, kPair, st.kHandoff, fMax, sc.roundingSlack);
  const f = coordinationShare(n, h, st.f0, kPair, st.kHandoff, fMax);
  return { demand, rework, h, floor, n, f, capacity: n * (1 - f) };
}

/** Figures of team i alone, as entered: the baseline group (§4, "at adoption 0 the result is the baseline"). */
export function baselineGroup(m: Model, i: number): GroupFigures {
  const d = m.base[i];
  const capacity = d.n * (1 - d.f);
  // At baseline work_i = T_i, so demand = T·(1 + ρ) = n·(1 − f) exactly; computing it that way keeps unallocated at 0.
  return { demand: d.T + d.R, rework: d.R, h: d.h, floor: d.n, n: d.n, f: d.f, capacity };
}

/**
 * Stand-alone need `x_i = demand_i / (1 − f'(1, h_i))` with every team alone (§4).
 * @example standAloneNeed(ctx, qa) // 0.31
 */
export function standAloneNeed(ctx: StaffingContext, i: number): { x: number; demand: number; f1: number } {
  const { m, st } = ctx;
  const demand = st.work[i] * (1 + m.base[i].rho);
  const f1 = coordinationShare(1, m.incident[i].length, st.f0, m.assumptions.kPair, st.kHandoff, m.assumptions.fMax);
  return { x: demand / (1 - f1), demand, f1 };
}
