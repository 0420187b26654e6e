import type { LayerId, Mix } from './schema';

/**
 * The five-layer catalogue of product.md: what each layer is for, and the typical teams a user can
 * add to it with one click. Every default says where it came from (`basis`), because a strategist must
 * be able to defend each number: figures taken from the worked example of simulation.md §8 say so;
 * everything else is marked as an assumption.
 */

export interface LayerInfo {
  id: LayerId;
  name: string;
  purpose: string;
  optimisesFor: string;
  /** Control spans the other layers instead of following them in the relay. */
  crossCutting: boolean;
}

export interface TeamTemplate {
  /** Stable key within the catalogue, e.g. 'build.software'; never used as a team id. */
  key: string;
  layer: LayerId;
  name: string;
  headcount: number;
  costPerFte: number;
  processDays: number;
  mix: Mix;
  roles: string[];
  /** Where the defaults came from, in one readable sentence. */
  basis: string;
  /** True for the blank team of a layer. */
  blank?: boolean;
}

export const LAYERS: readonly LayerInfo[] = [
  {
    id: 'strategy',
    name: 'Strategy',
    purpose: 'Decides which problems are worth solving: turns market signals into goals with measurable outcomes, weighing return, risk and fit.',
    optimisesFor: 'Revenue growth, profitability, strategic alignment, risk control',
    crossCutting: false,
  },
  {
    id: 'product',
    name: 'Product & Design',
    purpose: 'Turns strategy into product experiences and system designs: features, user journeys, requirements, hypotheses to test.',
    optimisesFor: 'Usability, clarity, readiness for adoption',
    crossCutting: false,
  },
  {
    id: 'build',
    name: 'Build & Data',
    purpose: 'Turns product ideas into reliable systems: services and APIs, data pipelines, models, infrastructure, deployment and test pipelines.',
    optimisesFor: 'Accuracy, reliability, scalability and performance',
    crossCutting: false,
  },
  {
    id: 'execution',
    name: 'Execution',
    purpose: 'Puts predictions, features and insights in front of users and operators: campaigns, interventions, customer issues, feedback signals.',
    optimisesFor: 'Adoption, engagement, outcome effectiveness',
    crossCutting: false,
  },
  {
    id: 'control',
    name: 'Control',
    purpose: 'Keeps the whole system sound across all other layers: standards, AI risk and compliance, security, trustworthy measurement, coordination.',
    optimisesFor: 'Integrity, alignment, safety and compliance, reliable measurement',
    crossCutting: true,
  },
];

const mix = (routine: number, create: number, decide: number, assure: number): Mix => ({ routine, create, decide, assure });

/** The worked example's team whose figures a template reuses (simulation.md §8). */
const fromExample = (team: string, extra = 'headcount is an assumption') =>
  `Cost per FTE, work mix and process days from the worked example's "${team}" team (simulation.md §8); ${extra}.`;
const ASSUMED =
  'Assumption: cost, mix and process days are placeholders in the range of the worked example (simulation.md §8), not published figures; adjust them to your organisation.';

type Row = Omit<TeamTemplate, 'layer'>;

const TEMPLATES: Record<LayerId, Row[]> = {
  strategy: [
    { key: 'strategy.leaders', name: 'Business leaders & executives', headcount: 1, costPerFte: 250000, processDays: 1, mix: mix(0.15, 0.2, 0.55, 0.1), roles: ['Business leaders'], basis: fromExample('Strategy & finance') },
    { key: 'strategy.finance', name: 'Finance & strategy', headcount: 2, costPerFte: 250000, processDays: 1, mix: mix(0.15, 0.2, 0.55, 0.1), roles: ['Finance & strategy'], basis: fromExample('Strategy & finance', 'headcount as in that team') },
    { key: 'strategy.legal', name: 'Legal & compliance leaders', headcount: 1, costPerFte: 230000, processDays: 2, mix: mix(0.2, 0.15, 0.35, 0.3), roles: ['Legal & compliance'], basis: ASSUMED },
  ],
  product: [
    { key: 'product.pm', name: 'Product managers', headcount: 2, costPerFte: 190000, processDays: 3, mix: mix(0.15, 0.4, 0.4, 0.05), roles: ['Product manager'], basis: fromExample('Product & UX', 'headcount as in that team') },
    { key: 'product.ux', name: 'UX & interaction design', headcount: 2, costPerFte: 190000, processDays: 3, mix: mix(0.15, 0.4, 0.4, 0.05), roles: ['UX designer', 'Interaction designer'], basis: fromExample('Product & UX', 'headcount as in that team') },
    { key: 'product.analytics', name: 'Product analysts', headcount: 2, costPerFte: 170000, processDays: 3, mix: mix(0.35, 0.4, 0.2, 0.05), roles: ['Product analyst'], basis: fromExample('Insight & experimentation', 'headcount as in that team') },
    { key: 'product.experimentation', name: 'Experimentation', headcount: 1, costPerFte: 170000, processDays: 3, mix: mix(0.35, 0.4, 0.2, 0.05), roles: ['Experimentation lead'], basis: fromExample('Insight & experimentation') },
  ],
  build: [
    { key: 'build.software', name: 'Software engineering', headcount: 3, costPerFte: 200000, processDays: 5, mix: mix(0.3, 0.55, 0.1, 0.05), roles: ['Software engineer'], basis: fromExample('Engineering', 'headcount as in that team') },
    { key: 'build.data', name: 'Data & ML engineering', headcount: 2, costPerFte: 200000, processDays: 4, mix: mix(0.35, 0.5, 0.1, 0.05), roles: ['Data engineer', 'ML engineer'], basis: fromExample('Data & ML', 'headcount as in that team') },
    { key: 'build.platform', name: 'Platform / DevOps', headcount: 2, costPerFte: 200000, processDays: 3, mix: mix(0.4, 0.45, 0.1, 0.05), roles: ['Platform/DevOps'], basis: ASSUMED },
    { key: 'build.qa', name: 'QA & test', headcount: 1, costPerFte: 160000, processDays: 2, mix: mix(0.55, 0.2, 0.05, 0.2), roles: ['QA engineer'], basis: fromExample('QA', 'headcount as in that team') },
  ],
  execution: [
    { key: 'execution.growth', name: 'Growth & lifecycle', headcount: 2, costPerFte: 150000, processDays: 2, mix: mix(0.4, 0.4, 0.15, 0.05), roles: ['Lifecycle marketing', 'Growth analyst'], basis: fromExample('Growth & lifecycle', 'headcount as in that team') },
    { key: 'execution.marketing', name: 'Marketing', headcount: 2, costPerFte: 150000, processDays: 2, mix: mix(0.4, 0.4, 0.15, 0.05), roles: ['Marketing'], basis: fromExample('Growth & lifecycle') },
    { key: 'execution.support', name: 'Support (L1/L2)', headcount: 3, costPerFte: 90000, processDays: 1, mix: mix(0.7, 0.1, 0.15, 0.05), roles: ['Support L1/L2'], basis: fromExample('Support & customer success', 'headcount as in that team') },
    { key: 'execution.success', name: 'Customer success', headcount: 2, costPerFte: 90000, processDays: 1, mix: mix(0.7, 0.1, 0.15, 0.05), roles: ['Customer success'], basis: fromExample('Support & customer success') },
    { key: 'execution.revops', name: 'Sales & revenue operations', headcount: 1, costPerFte: 130000, processDays: 1, mix: mix(0.6, 0.2, 0.15, 0.05), roles: ['Revenue operations'], basis: fromExample('Revenue ops', 'headcount as in that team') },
    { key: 'execution.serviceops', name: 'Service operations', headcount: 2, costPerFte: 110000, processDays: 1, mix: mix(0.6, 0.15, 0.15, 0.1), roles: ['Service operations'], basis: ASSUMED },
  ],
  control: [
    { key: 'control.architecture', name: 'Engineering leadership & architecture', headcount: 1, costPerFte: 230000, processDays: 1, mix: mix(0.1, 0.15, 0.3, 0.45), roles: ['Engineering leader', 'Architect'], basis: fromExample('Engineering leadership & AI governance') },
    { key: 'control.aigov', name: 'AI governance & risk', headcount: 1, costPerFte: 230000, processDays: 1, mix: mix(0.1, 0.15, 0.3, 0.45), roles: ['AI governance & risk'], basis: fromExample('Engineering leadership & AI governance') },
    { key: 'control.tpm', name: 'Technical programme management', headcount: 1, costPerFte: 180000, processDays: 1, mix: mix(0.2, 0.1, 0.3, 0.4), roles: ['Technical programme manager'], basis: ASSUMED },
    { key: 'control.security', name: 'Security & privacy', headcount: 1, costPerFte: 210000, processDays: 2, mix: mix(0.25, 0.1, 0.2, 0.45), roles: ['Security engineer', 'Privacy officer'], basis: ASSUMED },
    { key: 'control.measurement', name: 'Analytics & experimentation leadership', headcount: 1, costPerFte: 200000, processDays: 1, mix: mix(0.15, 0.15, 0.3, 0.4), roles: ['Analytics lead'], basis: ASSUMED },
  ],
};

/** An even split: a blank team claims nothing about the kind of work it does. */
const EVEN_MIX = mix(0.25, 0.25, 0.25, 0.25);

/**
 * The blank team of a layer: one person, the layer's median cost of the worked example, an even mix.
 * @example blankTeam('build').name // 'New Build & Data team'
 */
export function blankTeam(layer: LayerId): TeamTemplate {
  const info = layerInfo(layer);
  const costs = TEMPLATES[layer].map((t) => t.costPerFte).sort((a, b) => a - b);
  return {
    key: `${layer}.blank`,
    layer,
    name: `New ${info.name} team`,
    headcount: 1,
    costPerFte: costs[costs.length >> 1],
    processDays: 1,
    mix: { ...EVEN_MIX },
    roles: [],
    basis: `Assumption: a blank team of one person with an even work mix; cost per FTE is the middle of this layer's typical teams.`,
    blank: true,
  };
}

/**
 * The typical teams of a layer, blank team last.
 * @example typicalTeams('control').map(t => t.name)
 */
export function typicalTeams(layer: LayerId, withBlank = true): TeamTemplate[] {
  const typical = TEMPLATES[layer].map((t) => ({ ...t, layer, mix: { ...t.mix }, roles: [...t.roles] }));
  return withBlank ? [...typical, blankTeam(layer)] : typical;
}

/** @example layerInfo('product').name // 'Product & Design' */
export function layerInfo(layer: LayerId): LayerInfo {
  return LAYERS.find((l) => l.id === layer)!;
}

/**
 * Looks a template up by its key, blank teams included.
 * @example findTemplate('build.qa')?.name // 'QA & test'
 */
export function findTemplate(key: string): TeamTemplate | undefined {
  for (const l of LAYERS) {
    const hit = typicalTeams(l.id).find((t) => t.key === key);
    if (hit) return hit;
  }
  return undefined;
}
