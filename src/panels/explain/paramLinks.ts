/**
 * Where a parameter named in an explanation is edited: which record to select (so the inspector shows
 * it) or which panel to open, and the JSON path of the control to focus.
 */
import { param, type FivefoldDocument } from '../../model';
import type { ParamRef } from '../../sim';
import { leverPath, type Lever } from '../../commands/scenarioCommands';

export interface ParamTarget {
  path: string;
  /** Select this record first (the inspector then shows its fields); `null` selects nothing (model fields). */
  select: { teams: string[]; handoffs: string[] } | null;
  /** Open a panel of the scenario bar first (the levers drawer). */
  panel?: string;
  /** Choose this scenario first. */
  scenario?: string;
  /** What the link says to a screen reader, with the catalogue's name: "Edit Headcount of qa". */
  label: string;
}

const LEVER_PARAMS = new Set(['scenario.sigmaFirst', 'scenario.sigmaControl', 'scenario.absorbThreshold', 'scenario.maxDomains', 'scenario.minHumans']);

/**
 * @example paramTarget(doc, { param: 'team.headcount', team: 'qa' }, 3, 'levers')
 *   // { path: 'teams[5].headcount', select: { teams: ['qa'], handoffs: [] }, label: 'Edit Headcount of qa' }
 */
export function paramTarget(doc: FivefoldDocument, ref: ParamRef, quarter: number, leversPanel: string): ParamTarget | null {
  const field = ref.param.split('.')[1];
  const name = param('kind' in ref ? `${ref.param}.${ref.kind}` : ref.param).label;
  if ('team' in ref) {
    const i = doc.teams.findIndex((t) => t.id === ref.team);
    if (i < 0) return null;
    const path = ref.param === 'team.mix' ? `teams[${i}].mix.${ref.kind}` : `teams[${i}].${field}`;
    return { path, select: { teams: [ref.team], handoffs: [] }, label: `Edit ${name} of ${ref.team}` };
  }
  if ('handoff' in ref) {
    const i = doc.handoffs.findIndex((h) => h.id === ref.handoff);
    if (i < 0) return null;
    return { path: `handoffs[${i}].${field}`, select: { teams: [], handoffs: [ref.handoff] }, label: `Edit ${name} of handoff ${ref.handoff}` };
  }
  if ('scenario' in ref) {
    const i = doc.scenarios.findIndex((s) => s.id === ref.scenario);
    if (i < 0) return null;
    const s = doc.scenarios[i];
    let lever: Lever | null = null;
    if (ref.param === 'scenario.adoption') lever = { lever: 'adoption', quarter: Math.min(quarter, s.adoption.length - 1) };
    else if (ref.param === 'scenario.potential') lever = { lever: 'potential', kind: ref.kind };
    else if (LEVER_PARAMS.has(ref.param)) lever = { lever: field as 'sigmaFirst' };
    const label = `Edit ${name} of ${s.name}`;
    if (lever) return { path: leverPath(i, lever), select: null, panel: leversPanel, scenario: s.id, label };
    // The other scenario fields are edited in the inspector's scenario section (nothing selected).
    const path = 'kind' in ref ? `scenarios[${i}].${field}.${ref.kind}` : `scenarios[${i}].${field}`;
    return { path, select: { teams: [], handoffs: [] }, scenario: s.id, label };
  }
  return { path: `assumptions.${field}`, select: { teams: [], handoffs: [] }, label: `Edit ${name} (model assumption)` };
}
