import { z } from 'zod';
import { AUTOMATABLE_KINDS, CURRENT_VERSION, DEFAULT_ASSUMPTIONS, HANDOFF_KINDS, LAYER_IDS, LINT_LEVELS, MIX_KINDS, STORY_KINDS } from './constants';

export { AUTOMATABLE_KINDS, CURRENT_VERSION, DEFAULT_ASSUMPTIONS, HANDOFF_KINDS, LAYER_IDS, LINT_LEVELS, MIX_KINDS, STORY_KINDS };

/**
 * The Fivefold document, format version 2, as one zod schema.
 * The app, the command line and the JSON Schema export all derive from it, and so do the types.
 * Rules that relate several fields (ids, cycles, sums) live in `rules.ts`.
 */

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
const wholeNumber = (min: number, max?: number) => {
  const n = z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be a whole number of at least ${min}`);
  return max === undefined ? n : n.max(max, `must be a whole number of at most ${max.toLocaleString('en-US')}`);
};
/** format.md "Upper bounds": every simulated figure stays finite. */
const atMost = (schema: z.ZodNumber, max: number, unit = '') =>
  schema.max(max, `must be at most ${max.toLocaleString('en-US')}${unit}`);
const days = () => atMost(finite().min(0, 'must be 0 days or more'), 100_000, ' days');

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
  windowDays: atMost(finite().gt(0, 'must be more than 0 days'), 100_000, ' days'),
  measurementLagDays: days(),
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
  headcount: wholeNumber(1, 100_000),
  costPerFte: atMost(finite().min(0, 'must be 0 or more'), 100_000_000),
  processDays: days(),
  mix: MixSchema,
  minAccountable: wholeNumber(0, 100_000).optional(),
  roles: z.array(text(1, 120), { error: 'must be a list of role names' }).max(50).optional(),
  notes: text(0, 5000).optional(),
  position: PositionSchema.optional(),
});

export const HandoffSchema = z.object({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  artifact: text(0, 200),
  waitDays: days(),
  ca: finite('a share above 0 and at most 1').gt(0, 'must be more than 0').max(1, 'must be at most 1'),
  kind: z.enum(HANDOFF_KINDS, { error: 'must be "work" or "feedback"' }).default('work'),
});

export const AssumptionsSchema = z
  .object({
    f0: finite().min(0, 'must be 0 or more').default(DEFAULT_ASSUMPTIONS.f0),
    kPair: atMost(finite().min(0, 'must be 0 or more'), 1).default(DEFAULT_ASSUMPTIONS.kPair),
    kHandoff: atMost(finite().min(0, 'must be 0 or more'), 1).default(DEFAULT_ASSUMPTIONS.kHandoff),
    fMax: finite().min(0, 'must be 0 or more').lt(1, 'must be less than 1').default(DEFAULT_ASSUMPTIONS.fMax),
  })
  .prefault({});

/** A `[low, high]` pair; low ≤ high and the multipliers' 1 are checked in rules.ts, beside the path. */
const range = (what: string, min: number, max: number) =>
  z
    .tuple([finite(), finite()], { error: `must be a [low, high] pair of ${what}` })
    .refine(([lo, hi]) => lo >= min && hi <= max, `must lie within ${min} and ${max}`);

/** simulation.md §11: the ranges of a scenario's most uncertain levers, sampled as triangular draws. */
export const UncertaintySchema = z.object({
  samples: wholeNumber(100, 20_000).default(1000),
  seed: wholeNumber(0, 2 ** 32 - 1).default(1),
  adoption: range('multipliers', 0, 100).optional(),
  potential: z
    .object({
      routine: range('shares', 0, 1).optional(),
      create: range('shares', 0, 1).optional(),
      decide: range('shares', 0, 1).optional(),
      assure: range('shares', 0, 1).optional(),
      coordinate: range('shares', 0, 1).optional(),
    })
    .optional(),
  sigmaFirst: range('shares', 0, 1).optional(),
  sigmaControl: range('shares', 0, 1).optional(),
  waitDays: range('multipliers', 0, 100).optional(),
});

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
  minHumans: wholeNumber(1, 100_000),
  controlNoShrink: z.boolean({ error: 'must be true or false' }),
  absorbThreshold: atMost(finite().gt(0, 'must be more than 0 persons'), 1000, ' persons'),
  maxDomains: wholeNumber(1, 1000),
  roundingSlack: atMost(finite().min(0, 'must be 0 or more'), 1000),
  aiCostRatio: atMost(finite().min(0, 'must be 0 or more'), 100),
  uncertainty: UncertaintySchema.optional(),
});

/** lint.md "Settings in the document". Unknown rule ids are kept (a newer build may know them) and warned about. */
export const LintSettingsSchema = z.object({
  rules: z
    .record(z.string(), z.enum(LINT_LEVELS, { error: `must be one of: ${LINT_LEVELS.join(', ')}` }), {
      error: 'must be a JSON object of rule ids and levels',
    })
    .optional(),
  ignore: z
    .array(z.object({ rule: text(1, 64), id: z.string({ error: 'must be text' }).max(64, 'must be at most 64 characters') }), {
      error: 'must be a list of { rule, id }',
    })
    .max(10_000)
    .optional(),
});

/** Every story step may carry a title, speaker notes and be hidden. */
const step = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({
    kind: z.literal(kind),
    ...shape,
    title: text(1, 120).optional(),
    notes: text(0, 5000).optional(),
    hidden: z.boolean({ error: 'must be true or false' }).optional(),
  });

/** format.md version 2 `story`: the presentation's steps. Ids a step names are checked in rules.ts. */
export const StoryStepSchema = z.discriminatedUnion(
  'kind',
  [
    step('title', {}),
    step('layer', { layer: LayerIdSchema }),
    step('relay', {}),
    step('quarter', { scenario: IdSchema, quarter: wholeNumber(0, 1000) }),
    step('headline', { scenario: IdSchema }),
    step('ranges', { scenario: IdSchema }),
    step('caveat', { scenario: IdSchema }),
    step('focus', { teams: z.array(IdSchema, { error: 'must be a list of team ids' }).min(1, 'must name at least one team').max(10_000) }),
  ],
  { error: `must be a step whose "kind" is one of: ${STORY_KINDS.join(', ')}` },
);

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
  lint: LintSettingsSchema.optional(),
  story: z.array(StoryStepSchema, { error: 'must be a list of story steps' }).max(1000, 'must have at most 1000 steps').optional(),
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
export type Uncertainty = z.output<typeof UncertaintySchema>;
export type LintLevel = (typeof LINT_LEVELS)[number];
export type LintSettings = z.output<typeof LintSettingsSchema>;
export type StoryKind = (typeof STORY_KINDS)[number];
export type StoryStep = z.output<typeof StoryStepSchema>;
