/**
 * simulation.md §3: one scenario at quarter q. What AI takes of each kind of work and of the
 * coordination tax, the oversight it adds, and each team's human work left.
 */
import { AUTOMATABLE_KINDS, MIX_KINDS } from '../model/schema';
import type { Scenario } from '../model/schema';
import type { Model } from './canonical';

const ASSURE = MIX_KINDS.indexOf('assure');
const COORDINATE = AUTOMATABLE_KINDS.indexOf('coordinate');

export interface Stage {
  quarter: number;
  adoption: number;
  /** p_k(q) and u_k = A·p_k(q), AUTOMATABLE_KINDS order. */
  potential: number[];
  u: number[];
  f0: number;
  kHandoff: number;
  /** Per team: human work left by kind (oversight included in assure), done by AI by kind, S_i. */
  left: number[][];
  ai: number[][];
  surface: number[];
  firstLine: number[];
  secondLine: number[];
  work: number[];
  /** S = Σ S_i. */
  automated: number;
  /** sigmaControl·S, the second-line demand; unstaffed when there is no Control team. */
  controlDemand: number;
}

/** Adoption index for quarter q: past the last entry adoption holds (§3.1). */
export function adoptionAt(scenario: Scenario, quarter: number): number {
  const q = Math.max(0, Math.floor(quarter));
  return scenario.adoption[Math.min(q, scenario.adoption.length - 1)] ?? 0;
}

/**
 * Stages a scenario at a quarter (§3 steps 1–5).
 * @example stage(model, aiNative, 3).u // [0.9025, 0.855, 0.665, 0.38, 0.76]
 */
export function stage(m: Model, scenario: Scenario, quarter: number): Stage {
  const q = Math.max(0, Math.floor(quarter));
  const A = adoptionAt(scenario, q);
  const grown = 1 - (1 - scenario.capGrowth) ** q;
  const potential = AUTOMATABLE_KINDS.map((k) => {
    const p = scenario.potential[k];
    return p + (scenario.cap[k] - p) * grown;
  });
  const u = potential.map((p) => A * p);
  const uc = u[COORDINATE];

  const left: number[][] = [];
  const ai: number[][] = [];
  const surface: number[] = [];
  let S = 0;
  for (const d of m.base) {
    const l = MIX_KINDS.map((_, k) => d.W[k] * (1 - u[k]));
    const z = MIX_KINDS.map((_, k) => d.W[k] * u[k]);
    const s = z[0] + z[1] + z[2] + z[3];
    left.push(l);
    ai.push(z);
    surface.push(s);
    S += s;
  }
  const controlDemand = scenario.sigmaControl * S;
  const firstLine = surface.map((s) => scenario.sigmaFirst * s);
  const secondLine = m.teams.map((_, i) =>
    m.isControl[i] && m.controlHeadcount > 0 ? (controlDemand * m.headcount[i]) / m.controlHeadcount : 0,
  );
  const work = left.map((l, i) => {
    l[ASSURE] += firstLine[i] + secondLine[i];
    return l[0] + l[1] + l[2] + l[3];
  });
  return {
    quarter: q,
    adoption: A,
    potential,
    u,
    f0: m.assumptions.f0 * (1 - uc),
    kHandoff: m.assumptions.kHandoff * (1 - uc),
    left,
    ai,
    surface,
    firstLine,
    secondLine,
    work,
    automated: S,
    controlDemand,
  };
}
