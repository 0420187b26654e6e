/**
 * What a picture of a story step shows: the part of the canvas the step is about, Before or After.
 * A layer step is its lane, a focus step the box around its teams, a quarter that quarter's After,
 * the headline and what follows it the scenario's last quarter; the title and the relay the whole model.
 */
import type { FivefoldDocument } from '../model';
import type { StoryStep } from '../model/story';
import { TEAM_H, TEAM_W, toCanvas } from '../geometry/geometry';
import { framesFor, resolvePositions } from '../geometry/layout';
import type { Rect } from './svg';

export interface StepPicture {
  overlay: 'before' | 'after';
  scenarioId?: string;
  /** Null: the scenario's last quarter. */
  quarter?: number | null;
  frame?: Rect;
}

/** Room around a focus step's teams, so their handoffs' ends and labels show. */
const FOCUS_PAD = 60;

/**
 * The picture of `step`.
 * @example stepPicture(doc, { kind: 'layer', layer: 'build' }).frame // the Build & Data lane
 */
export function stepPicture(doc: FivefoldDocument, step: StoryStep): StepPicture {
  switch (step.kind) {
    case 'layer':
      return { overlay: 'before', frame: { ...framesFor(doc)[step.layer] } };
    case 'focus': {
      const frames = framesFor(doc);
      const positions = resolvePositions(doc);
      const at = doc.teams.filter((t) => step.teams.includes(t.id)).map((t) => toCanvas(t.layer, positions.get(t.id) ?? { x: 0, y: 0 }, frames));
      if (!at.length) return { overlay: 'before' };
      const x = Math.min(...at.map((p) => p.x)) - FOCUS_PAD;
      const y = Math.min(...at.map((p) => p.y)) - FOCUS_PAD;
      return { overlay: 'before', frame: { x, y, width: Math.max(...at.map((p) => p.x)) + TEAM_W + FOCUS_PAD - x, height: Math.max(...at.map((p) => p.y)) + TEAM_H + FOCUS_PAD - y } };
    }
    case 'quarter':
      return { overlay: 'after', scenarioId: step.scenario, quarter: step.quarter };
    case 'headline':
    case 'ranges':
    case 'caveat':
      return { overlay: 'after', scenarioId: step.scenario, quarter: null };
    default:
      return { overlay: 'before' };
  }
}
