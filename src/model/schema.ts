import { z } from 'zod';

/**
 * The Fivefold document, format version 1, as one zod schema.
 * The app, the command line and the JSON Schema export all derive from it, and so do the types.
 * Rules that relate several fields (ids, cycles, sums) live in `rules.ts`.
 */

export const CURRENT_VERSION = 1;

export const LAYER_IDS = ['strategy', 'product', 'build', 'execution', 'control'] as const;
export const MIX_KINDS = ['routine', 'create', 'decide', 'assure'] as const;
export const AUTOMATABLE_KINDS = [...MIX_KINDS, 'coordinate'] as const;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

const finite = (what = 'a number') => z.number({ error: `must be ${what}` });
const share = () => finite('a share from 0 to 1').min(0, 'must be at least 0').max(1, 'must be at most 1');
// zod counts code points, format.md counts JavaScript (UTF-16) units: the refinement holds the
// format's rule, and `.max` stays so the JSON Schema export still states the limit.
const text = (min: number, max: number) =>
  z
    .string({ error: 'must be text' })
    .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.length <= max, `must be at most ${max} characters`);
const wholeNumber = (min: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be a whole number of at least ${min}`);

export const IdSchema = z
  .string({ error: 'must be an id' })
  .regex(ID_PATTERN, 'must be 1–64 letters, digits, "_" or "-"');

export const LayerIdSchema = z.enum(LAYER_IDS, {
  error: `must be one of: ${LAYER_IDS.join(', ')}`,
});

export const MixSchema = z.object({
  routine: share(),
  create: share(),
  decide: share(),
  assure: share(),
});

/** A scenario's potential and cap: a share per mix kind, plus coordination (which AI can also take on). */
export const AutomationSchema = MixSchema.extend({
  coordinate: share(),
});

export const InitiativeSchema = z.object({
  problem: text(0, 2000),
  metric: text(1, 200),
  unit: text(0, 40).optional(),
  baseline: finite(),
  target: finite(),
  windowDays: finite().gt(0, 'must be more than 0 days'),
  measurementLagDays: finite().min(0, 'must be 0 days or more'),
});

export const LayerOverrideSchema = z.object({
  id: LayerIdSchema,
  name: text(1, 60),
});

export const PositionSchema = z.object({ x: finite(), y: finite() });

export const TeamSchema = z.object({
  id: IdSchema,
  name: text(1, 120),
  layer: LayerIdSchema,
  headcount: wholeNumber(1),
  costPerFte: finite().min(0, 'must be 0 or more'),
  processDays: finite().min(0, 'must be 0 days or more'),
  mix: MixSchema,
  minAccountable: wholeNumber(0).optional(),
  roles: z.array(text(1, 120), { error: 'must be a list of role names' }).max(50).optional(),
  notes: text(0, 5000).optional(),
  position: PositionSchema.optional(),
});

export const HANDOFF_KINDS = ['work', 'feedback'] as const;

export const HandoffSchema = z.object({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  artifact: text(0, 200),
  waitDays: finite().min(0, 'must be 0 days or more'),
  ca: finite('a share above 0 and at most 1').gt(0, 'must be more than 0').max(1, 'must be at most 1'),
  kind: z.enum(HANDOFF_KINDS, { error: 'must be "work" or "feedback"' }).default('work'),
});

export const DEFAULT_ASSUMPTIONS = { f0: 0.25, kPair: 0.025, kHandoff: 0.05, fMax: 0.7 } as const;

export const AssumptionsSchema = z
  .object({
    f0: finite().min(0, 'must be 0 or more').default(DEFAULT_ASSUMPTIONS.f0),
    kPair: finite().min(0, 'must be 0 or more').default(DEFAULT_ASSUMPTIONS.kPair),
    kHandoff: finite().min(0, 'must be 0 or more').default(DEFAULT_ASSUMPTIONS.kHandoff),
    fMax: finite().min(0, 'must be 0 or more').lt(1, 'must be less than 1').default(DEFAULT_ASSUMPTIONS.fMax),
  })
  .prefault({});

export const ScenarioSchema = z.object({
  id: IdSchema,
  name: text(1, 120),
  adoption: z
    .array(share(), { error: 'must be a list of adoption shares, one per quarter' })
    .min(1, 'must have at least 1 quarter')
    .max(20, 'must have at most 20 quarters'),
  potential: AutomationSchema,
  cap: AutomationSchema,
  capGrowth: share(),
  sigmaFirst: share(),
  sigmaControl: share(),
  minHumans: wholeNumber(1),
  controlNoShrink: z.boolean({ error: 'must be true or false' }),
  absorbThreshold: finite().gt(0, 'must be more than 0 persons'),
  maxDomains: wholeNumber(1),
  roundingSlack: finite().min(0, 'must be 0 or more'),
  aiCostRatio: finite().min(0, 'must be 0 or more'),
});

export const ViewSchema = z.record(z.string(), z.unknown(), { error: 'must be a JSON object' });

/** The shapes only; `DocumentSchema` in rules.ts adds the cross-field rules. */
export const DocumentShapeSchema = z.object({
  format: z.literal('fivefold', { error: 'must be "fivefold"' }),
  version: z.literal(CURRENT_VERSION, { error: `must be ${CURRENT_VERSION}` }),
  title: text(1, 200),
  currency: z.string({ error: 'must be text' }).regex(CURRENCY_PATTERN, 'must be three capital letters, such as "USD"').default('USD'),
  initiative: InitiativeSchema,
  layers: z.array(LayerOverrideSchema, { error: 'must be a list' }).optional(),
  teams: z.array(TeamSchema, { error: 'must be a list of teams' }),
  handoffs: z.array(HandoffSchema, { error: 'must be a list of handoffs' }),
  assumptions: AssumptionsSchema,
  scenarios: z.array(ScenarioSchema, { error: 'must be a list of scenarios' }).min(1, 'must have at least one scenario'),
  view: ViewSchema.optional(),
});

export type LayerId = (typeof LAYER_IDS)[number];
export type MixKind = (typeof MIX_KINDS)[number];
export type AutomatableKind = (typeof AUTOMATABLE_KINDS)[number];
export type HandoffKind = (typeof HANDOFF_KINDS)[number];
export type Mix = z.output<typeof MixSchema>;
export type Automation = z.output<typeof AutomationSchema>;
export type Initiative = z.output<typeof InitiativeSchema>;
export type Team = z.output<typeof TeamSchema>;
export type Handoff = z.output<typeof HandoffSchema>;
export type Assumptions = z.output<typeof AssumptionsSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
export type LayerOverride = z.output<typeof LayerOverrideSchema>;
export type FivefoldDocument = z.output<typeof DocumentShapeSchema>;
