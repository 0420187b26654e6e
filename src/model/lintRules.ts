/**
 * The ids of the model checks of lint.md, known to the document so that settings naming another id can
 * be warned about on import. The rules themselves live in `src/lint`.
 */
export const LINT_RULE_IDS = [
  'big-team',
  'control-bypass',
  'empty-layer',
  'no-control',
  'no-feedback',
  'orphan-team',
  'rework-heavy',
  'single-point-of-failure',
  'wait-dominates',
] as const;

export type LintRuleId = (typeof LINT_RULE_IDS)[number];

const KNOWN = new Set<string>(LINT_RULE_IDS);

export const isLintRuleId = (id: string): id is LintRuleId => KNOWN.has(id);

/**
 * lint.md: "An unknown rule id in `rules` or `ignore` is a warning on import, not an error." The
 * setting is kept, so a file written by a build that knows more rules loses nothing.
 * @example unknownLintRuleWarnings({ rules: { 'big-teams': 'off' } }) // ['lint.rules: unknown rule "big-teams" (kept, has no effect)']
 */
export function unknownLintRuleWarnings(lint: { rules?: Record<string, unknown>; ignore?: { rule: string }[] } | undefined): string[] {
  if (!lint) return [];
  const warnings: string[] = [];
  for (const id of Object.keys(lint.rules ?? {})) {
    if (!KNOWN.has(id)) warnings.push(`lint.rules: unknown rule "${id}" (kept, has no effect)`);
  }
  (lint.ignore ?? []).forEach((entry, i) => {
    if (!KNOWN.has(entry.rule)) warnings.push(`lint.ignore[${i}].rule: unknown rule "${entry.rule}" (kept, has no effect)`);
  });
  return warnings;
}
