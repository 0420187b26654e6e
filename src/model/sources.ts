/** The published sources Fivefold's defaults lean on (simulation.md §7), as the drawer and the report cite them. */

/** A published source a default leans on. */
export interface Source {
  id: string;
  /** Short citation, as shown in the drawer. */
  cite: string;
  /** The figure the source reports, in plain words. */
  figure: string;
}

export const SOURCES = {
  mckinsey: {
    id: 'mckinsey',
    cite: 'McKinsey, The economic potential of generative AI (2023)',
    figure: 'generative AI could automate 60–70% of work activities in some knowledge-work roles; office support up to 87%; "managing" activities 16% → 49%',
  },
  workTrend: {
    id: 'workTrend',
    cite: 'Microsoft Work Trend Index',
    figure: '57% of time goes to communication (mail, meetings, chat), 43% to creation; up to 8 hours a week searching for information',
  },
  wef: {
    id: 'wef',
    cite: 'World Economic Forum, Future of Jobs 2025',
    figure: '39% of core skills change by 2030',
  },
  brooks: {
    id: 'brooks',
    cite: 'Brooks, The Mythical Man-Month',
    figure: 'n(n−1)/2 communication paths in a team of n',
  },
  teamTopologies: {
    id: 'teamTopologies',
    cite: 'Skelton & Pais, Team Topologies',
    figure: 'teams of 7–9 people at most, owning 2–3 simple domains',
  },
  valueStream: {
    id: 'valueStream',
    cite: 'Value-stream mapping (Martin & Osterling)',
    figure: 'lead time = touch time + waiting; %C&A measures how often the receiver can use what it is handed without rework',
  },
  lean: {
    id: 'lean',
    cite: 'Lean software development (Poppendieck)',
    figure: 'every handoff loses knowledge and adds overhead',
  },
  productivity: {
    id: 'productivity',
    cite: 'Controlled and field studies of AI productivity',
    figure: 'a controlled coding study: 55% faster on a task; customer support in the field: +14%; experienced developers in 2025: 19% slower',
  },
  metr: {
    id: 'metr',
    cite: 'METR, measuring AI ability to complete long tasks (2025)',
    figure: 'the length of task AI completes doubles about every 7 months',
  },
  dora: {
    id: 'dora',
    cite: 'DORA, Accelerate State of DevOps 2024',
    figure: 'more AI adoption came with lower delivery stability; review time grew with AI output',
  },
  euAiAct: {
    id: 'euAiAct',
    cite: 'EU AI Act, article 14 (human oversight)',
    figure: 'high-risk AI systems must be overseen by natural persons',
  },
  nist: {
    id: 'nist',
    cite: 'NIST AI Risk Management Framework, GOVERN 2',
    figure: 'roles and responsibilities for AI risk are assigned to accountable people',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/**
 * The published share of work activities AI could take in some roles (McKinsey 2023: 60–70%), which
 * "What would it take" sets beside the share of task work a target needs (simulation.md §12).
 */
export const PUBLISHED_AUTOMATION_SHARE = { low: 0.6, high: 0.7, source: 'mckinsey' as SourceId };
