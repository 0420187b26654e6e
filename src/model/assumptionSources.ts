/**
 * Where every default of the simulation comes from (simulation.md §7, product.md's published figures),
 * so the assumptions drawer can show each parameter's value next to its default and its basis, and say
 * which end of the measured range the default takes. The names of the parameters live in the parameter
 * catalogue (`parameters.ts`), which reads its basis from here. Pure data: no React, no store.
 */
import { DEFAULT_ASSUMPTIONS, type Assumptions, type AutomatableKind, type Scenario } from './schema';
import { FRONTIER_CAP } from './presets';
import type { SourceId } from './sources';

// The citations live in sources.ts: the parameter catalogue reads the bases below at start, and the
// citations are only shown in the drawer, the report and "What would it take".
export { PUBLISHED_AUTOMATION_SHARE, SOURCES, type Source, type SourceId } from './sources';

/** Which end of a measured range a default takes. */
export type RangeEnd = 'low' | 'middle' | 'high' | 'assumption';

/** One parameter: its default, its basis and, where something was measured, which end the default takes. */
export interface AssumptionBasis {
  /** Matches the ParamRef param of the trace, e.g. "scenario.sigmaFirst" or "scenario.potential.routine". */
  key: string;
  /** The default of a new model (the "Top of measured evidence" preset for scenario parameters). */
  default: number | boolean;
  /** The values the three presets use, when they differ: cautious · top of evidence · AI-native. */
  presets?: readonly [number, number, number];
  /** Plain words: why this default. "A" in simulation.md means an assumption of the model. */
  basis: string;
  end: RangeEnd;
  /** One sentence on the end: "takes the middle of McKinsey's 60–70%". */
  endNote: string;
  sources: SourceId[];
}

/** The four model-wide assumptions (document `assumptions`). */
export const ASSUMPTION_BASES: Record<keyof Assumptions, AssumptionBasis> = {
  f0: {
    key: 'assumptions.f0',
    default: DEFAULT_ASSUMPTIONS.f0,
    basis: 'Assumption, calibrated so the worked example spends about 40% of its time coordinating; with decision meetings that is close to the 57% communication time the Work Trend Index reports.',
    end: 'low',
    endNote: 'Below the measured 57%: the part of communication that is decision work is counted as "decide" work, not as tax.',
    sources: ['workTrend'],
  },
  kPair: {
    key: 'assumptions.kPair',
    default: DEFAULT_ASSUMPTIONS.kPair,
    basis: 'Assumption: about one hour a week per pair of teammates, following Brooks’s n(n−1)/2 paths.',
    end: 'assumption',
    endNote: 'Not measured directly; one hour a week per pair is a modest reading of Brooks.',
    sources: ['brooks'],
  },
  kHandoff: {
    key: 'assumptions.kHandoff',
    default: DEFAULT_ASSUMPTIONS.kHandoff,
    basis: 'Assumption: each interface to another team costs each person a fixed share of time (lean software development’s handoff overhead).',
    end: 'assumption',
    endNote: 'Not measured directly.',
    sources: ['lean', 'valueStream'],
  },
  fMax: {
    key: 'assumptions.fMax',
    default: DEFAULT_ASSUMPTIONS.fMax,
    basis: 'Assumption: a guard so that no team spends all its time coordinating.',
    end: 'assumption',
    endNote: 'A guard, not a measurement.',
    sources: [],
  },
};

const POTENTIAL: Record<AutomatableKind, Omit<AssumptionBasis, 'key' | 'default'>> = {
  routine: {
    presets: [0.6, 0.87, FRONTIER_CAP.routine],
    basis: 'McKinsey 2023: generative AI could automate 60–70% of time in some roles, office support up to 87%.',
    end: 'high',
    endNote: 'Cautious takes the low end (60%); the default takes the top (87%, office support).',
    sources: ['mckinsey'],
  },
  create: {
    presets: [0.25, 0.56, FRONTIER_CAP.create],
    basis: 'Controlled studies: 25–56% of time saved on creative tasks; field results are lower (+14%, +26%, −19%).',
    end: 'high',
    endNote: 'Cautious takes the low end of controlled studies (25%); the default their top (56%); field studies sit below both.',
    sources: ['productivity'],
  },
  decide: {
    presets: [0.1, 0.49, FRONTIER_CAP.decide],
    basis: 'McKinsey: "managing" activities rise from 16% to 49% automatable with generative AI; decisions keep a human owner.',
    end: 'high',
    endNote: 'The default takes McKinsey’s 49%; Cautious stays low (10%) for accountability.',
    sources: ['mckinsey'],
  },
  assure: {
    presets: [0.05, 0.1, FRONTIER_CAP.assure],
    basis: 'Assumption: oversight stays human.',
    end: 'low',
    endNote: 'Kept low on purpose: assurance is what oversight is made of.',
    sources: ['euAiAct'],
  },
  coordinate: {
    presets: [0.3, 0.6, FRONTIER_CAP.coordinate],
    basis: 'Assumption; most workers say they would use AI to find information and summarise meetings (Work Trend Index).',
    end: 'middle',
    endNote: 'A stated intention, not a measured saving: the default takes the middle.',
    sources: ['workTrend'],
  },
};

/** Scenario parameters; potential and cap are per kind (`scenario.potential.routine`). */
export const SCENARIO_BASES: AssumptionBasis[] = [
  {
    key: 'scenario.adoption',
    default: 0.95,
    basis: 'Assumption: the share of the potential actually used, quarter by quarter (.30/.60/.80/.95 in the ambitious presets, .10/.25/.40/.50 cautious).',
    end: 'assumption',
    endNote: 'A scenario choice, not a measurement; the default reaches 95% in the fourth quarter.',
    sources: ['wef'],
  },
  ...(Object.keys(POTENTIAL) as AutomatableKind[]).map((k) => ({
    key: `scenario.potential.${k}`,
    default: POTENTIAL[k].presets![1],
    ...POTENTIAL[k],
  })),
  ...(Object.keys(FRONTIER_CAP) as AutomatableKind[]).map((k) => ({
    key: `scenario.cap.${k}`,
    default: FRONTIER_CAP[k],
    basis: 'Assumption: the frontier the potential grows towards.',
    end: 'assumption' as RangeEnd,
    endNote: 'The frontier, above every measured figure.',
    sources: [] as SourceId[],
  })),
  {
    key: 'scenario.capGrowth',
    default: 0.05,
    presets: [0.05, 0.05, 0],
    basis: 'Assumption, anchored to METR’s measured doubling of the task length AI can complete about every 7 months.',
    end: 'low',
    endNote: '5% of the remaining gap per quarter is slow next to a 7-month doubling.',
    sources: ['metr'],
  },
  {
    key: 'scenario.sigmaFirst',
    default: 0.1,
    presets: [0.1, 0.1, 0.05],
    basis: 'Assumption; review time grew with AI output in field data, and stability fell with adoption (DORA 2024).',
    end: 'assumption',
    endNote: 'Not measured directly; AI-native halves it.',
    sources: ['dora'],
  },
  {
    key: 'scenario.sigmaControl',
    default: 0.05,
    presets: [0.05, 0.05, 0.1],
    basis: 'Assumption; automation widens the surface to oversee (DORA 2024), and human oversight is required (EU AI Act art. 14).',
    end: 'assumption',
    endNote: 'Not measured directly; AI-native doubles it.',
    sources: ['dora', 'euAiAct'],
  },
  {
    key: 'scenario.minHumans',
    default: 1,
    basis: 'Human oversight: EU AI Act art. 14 and NIST AI RMF GOVERN 2 — every piece of work keeps a human owner.',
    end: 'low',
    endNote: 'The least the rules allow: one accountable person.',
    sources: ['euAiAct', 'nist'],
  },
  {
    key: 'scenario.controlNoShrink',
    default: true,
    basis: 'Assumption (policy): Control keeps its people while automation widens what it oversees.',
    end: 'assumption',
    endNote: 'A policy choice.',
    sources: ['nist'],
  },
  {
    key: 'scenario.absorbThreshold',
    default: 0.75,
    basis: 'Assumption: a team whose remaining work needs less than three quarters of a person can be absorbed by its owner upstream.',
    end: 'assumption',
    endNote: 'Not measured.',
    sources: [],
  },
  {
    key: 'scenario.maxDomains',
    default: 3,
    basis: 'Team Topologies: a team can own 2–3 simple domains.',
    end: 'high',
    endNote: 'The top of Team Topologies’ 2–3.',
    sources: ['teamTopologies'],
  },
  {
    key: 'scenario.roundingSlack',
    default: 0.1,
    basis: 'Assumption: a tenth of a person of work is absorbed by the team rather than hiring for it.',
    end: 'assumption',
    endNote: 'Not measured.',
    sources: [],
  },
  {
    key: 'scenario.aiCostRatio',
    default: 0.1,
    basis: 'Assumption: running the AI that does one person’s work costs a tenth of that person.',
    end: 'assumption',
    endNote: 'Not measured.',
    sources: [],
  },
];

/** The value a scenario holds for one basis key, e.g. `scenarioValue(s, 'scenario.potential.create')`. */
export function scenarioValue(scenario: Scenario, key: string): number | boolean | number[] | undefined {
  const [, field, kind] = key.split('.');
  const v = (scenario as unknown as Record<string, unknown>)[field];
  if (kind) return (v as Record<string, number> | undefined)?.[kind];
  return v as number | boolean | number[] | undefined;
}

/**
 * Every parameter of the drawer, model-wide first, then the scenario's.
 * @example allBases().find((b) => b.key === 'scenario.maxDomains')!.sources // ['teamTopologies']
 */
export function allBases(): AssumptionBasis[] {
  return [...Object.values(ASSUMPTION_BASES), ...SCENARIO_BASES];
}
