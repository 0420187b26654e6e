/**
 * The format's fixed lists and numbers (format.md), apart from the zod schema in `schema.ts` so that
 * code needing only these (the simulation, its workers, the canvas) does not load zod.
 */

export const CURRENT_VERSION = 2;

export const LAYER_IDS = ['strategy', 'product', 'build', 'execution', 'control'] as const;

export const MIX_KINDS = ['routine', 'create', 'decide', 'assure'] as const;

export const AUTOMATABLE_KINDS = [...MIX_KINDS, 'coordinate'] as const;

export const HANDOFF_KINDS = ['work', 'feedback'] as const;

export const DEFAULT_ASSUMPTIONS = { f0: 0.25, kPair: 0.025, kHandoff: 0.05, fMax: 0.7 } as const;

/** lint.md: a rule's severity, or off. */
export const LINT_LEVELS = ['off', 'info', 'warning', 'error'] as const;

export const STORY_KINDS = ['title', 'layer', 'relay', 'quarter', 'headline', 'ranges', 'caveat', 'focus'] as const;
