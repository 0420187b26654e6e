/**
 * Model checks (lint.md): rules with stable ids read the document (one of them the simulation) and
 * return findings; they never change it. Pure: the CLI, the app, its worker and the report share it.
 */
import type { FivefoldDocument, LintSettings } from '../model/schema';
import { lintContext } from './context';
import { RULES } from './rules';
import type { Result } from '../sim/types';
import type { Finding, Level, Rule, Severity } from './types';

export type * from './types';
export { RULES };

export interface LintOptions {
  /** Run the rules that simulate (single-point-of-failure); default true. */
  simulation?: boolean;
  /** The baseline Result when the caller has it already (the app does), so it is not simulated again. */
  baseline?: Result;
}


/** A rule's level in a document: the document's choice, else lint.md's default. */
export function ruleLevel(settings: LintSettings | undefined, rule: Pick<Rule, 'id' | 'defaultLevel'>): Level {
  return settings?.rules?.[rule.id] ?? rule.defaultLevel;
}

/** The rule with this id, if it is one of lint.md's. */
export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

/**
 * Every finding for `doc`, with the document's own settings applied (levels, `off`, ignored targets),
 * sorted by rule id, then target id, then scenario.
 * @example lint(ott).filter((f) => f.rule === 'control-bypass').map((f) => f.target.id) // ['e09', 'e10']
 */
export function lint(doc: FivefoldDocument, options: LintOptions = {}): Finding[] {
  const settings = doc.lint;
  const ignored = new Set((settings?.ignore ?? []).map((i) => `${i.rule}\u0000${i.id}`));
  const ctx = lintContext(doc, options.baseline);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = ruleLevel(settings, rule);
    if (level === 'off' || (rule.simulates && options.simulation === false)) continue;
    for (const raw of rule.check(ctx)) {
      if (ignored.has(`${rule.id}\u0000${raw.target.id}`)) continue;
      findings.push({ rule: rule.id, severity: level as Severity, ...raw });
    }
  }
  return findings.sort(compareFindings);
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** lint.md's order: rule id, then target id (JavaScript string order); then scenario, for a stable list. */
export function compareFindings(a: Finding, b: Finding): number {
  return order(a.rule, b.rule) || order(a.target.id, b.target.id) || order(a.scenario ?? '', b.scenario ?? '');
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
