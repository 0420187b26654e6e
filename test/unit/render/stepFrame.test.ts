// A story step's picture: the lane of a layer step, the box around a focus step's teams, the quarter's
// After, the scenario's last quarter for the headline; on every step of every example's default story.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseText, type FivefoldDocument } from '../../../src/model';
import { defaultStory } from '../../../src/model/story';
import { buildScene, renderSvg, stepPicture } from '../../../src/render';

const EXAMPLES = resolve(__dirname, '../../../examples');
const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.fivefold.json'));
const load = (name: string): FivefoldDocument => (parseText(readFileSync(join(EXAMPLES, name), 'utf8')) as { ok: true; doc: FivefoldDocument }).doc;

describe('stepPicture', () => {
  it.each(names)('%s: every default step maps to a picture of what it shows', (name) => {
    const doc = load(name);
    const scene = buildScene(doc);
    for (const step of defaultStory(doc)) {
      const p = stepPicture(doc, step);
      if (step.kind === 'layer') {
        const lane = scene.lanes[step.layer];
        expect(p).toEqual({ overlay: 'before', frame: { layer: step.layer, x: lane.x, y: lane.y, width: lane.width, height: lane.height } });
      } else if (step.kind === 'quarter') expect(p).toEqual({ overlay: 'after', scenarioId: step.scenario, quarter: step.quarter });
      else if (step.kind === 'headline' || step.kind === 'caveat' || step.kind === 'ranges') expect(p).toEqual({ overlay: 'after', scenarioId: step.scenario, quarter: null });
      else expect(p).toEqual({ overlay: 'before' });
    }
  });

  it('frames a focus step around its teams, and the picture draws them', () => {
    const doc = load('ott-churn.fivefold.json');
    const ids = [doc.teams[1].id, doc.teams[4].id];
    const p = stepPicture(doc, { kind: 'focus', teams: ids });
    const cards = buildScene(doc).teams.filter((t) => ids.includes(t.team.id));
    for (const c of cards) {
      expect(c.x).toBeGreaterThanOrEqual(p.frame!.x);
      expect(c.y).toBeGreaterThanOrEqual(p.frame!.y);
      expect(c.x + c.width).toBeLessThanOrEqual(p.frame!.x + p.frame!.width);
      expect(c.y + c.height).toBeLessThanOrEqual(p.frame!.y + p.frame!.height);
    }
    expect(renderSvg(doc, { frame: p.frame }).svg).toContain(`viewBox="${p.frame!.x - 24} `);
    expect(stepPicture(doc, { kind: 'focus', teams: ['nobody'] })).toEqual({ overlay: 'before' });
  });
});
