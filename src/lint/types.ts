/**
 * The shapes of lint.md: a finding, the severities and what a rule sees. Pure data, no React.
 */
import type { FivefoldDocument, LayerId, Team, Handoff } from '../model/schema';
import type { Result } from '../sim/types';
import type { BaselineFlow } from '../sim';

/** What a finding can be shown as; `off` in the settings switches a rule off. */
export type Severity = 'info' | 'warning' | 'error';
export type Level = Severity | 'off';

export type TargetKind = 'team' | 'handoff' | 'layer' | 'document';

/** lint.md "A finding". */
export interface Finding {
  rule: string;
  severity: Severity;
  /** One plain sentence naming teams by their names. */
  message: string;
  target: { kind: TargetKind; id: string };
  /** JSON path of the target: `teams[3]`, `handoffs[0]`, `layers[1]` or `""`. */
  path: string;
  scenario?: string;
}

/** A finding before settings give it its severity. */
export type RawFinding = Omit<Finding, 'rule' | 'severity'>;

/**
 * Everything a rule reads, indexed once per lint so each rule stays linear in the model's size.
 * `results` gives a scenario's result at its last quarter on demand (computed once, shared).
 */
export interface LintContext {
  doc: FivefoldDocument;
  teamIndex: ReadonlyMap<string, number>;
  handoffIndex: ReadonlyMap<string, number>;
  teamsByLayer: Readonly<Record<LayerId, readonly Team[]>>;
  workHandoffs: readonly Handoff[];
  name(teamId: string): string;
  layerName(layer: LayerId): string;
  teamTarget(id: string): Pick<RawFinding, 'target' | 'path'>;
  handoffTarget(id: string): Pick<RawFinding, 'target' | 'path'>;
  /** The baseline's critical path: the caller's baseline when it gave one, else only the flow is computed. */
  baselineFlow(): BaselineFlow;
  lastQuarter(scenarioId: string): Result;
}

/** One rule of lint.md: a stable id, its default severity and a pure check. */
export interface Rule {
  id: string;
  defaultLevel: Severity;
  /** The rule runs the simulation (it is skipped when the caller asks for the structural rules only). */
  simulates?: boolean;
  check(ctx: LintContext): RawFinding[];
}
