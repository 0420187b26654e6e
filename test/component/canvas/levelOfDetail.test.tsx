/** @vitest-environment jsdom */
// Level of detail: a large model zoomed out draws cards with name and headcount only and no handoff
// labels; the same model at a normal zoom, and a small model at any zoom, draw everything.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { mountCanvas } from './mountCanvas';
import { COARSE_BELOW_ZOOM, COARSE_FROM_TEAMS } from '../../../src/canvas/levelOfDetail';
import type { FivefoldDocument } from '../../../src/model';
import { createStores } from '../../../src/store/context';
import { generatedOrg } from '../../../scripts/lib/generatedOrg';
import { exampleDoc } from './given';

/**
 * A model of `teams` teams, every team with a role and the first two joined by a handoff, seen at
 * `zoom` with the first team in the top-left corner (jsdom's pane is small: a few cards are drawn).
 */
function modelAt(teams: number, zoom: number): FivefoldDocument {
  const doc = generatedOrg({ laneTeams: teams, controlTeams: 0, handoffs: teams });
  const [first, second] = doc.teams;
  const firstAt = first.position!;
  return {
    ...doc,
    teams: doc.teams.map((t) => ({ ...t, roles: ['Lead engineer'] })),
    handoffs: [...doc.handoffs, { id: 'first-second', from: first.id, to: second.id, artifact: 'Brief', waitDays: 2, ca: 0.9, kind: 'work' }],
    view: { viewport: { x: -firstAt.x * zoom, y: -firstAt.y * zoom, zoom } },
  };
}

async function drawn(doc: FivefoldDocument) {
  const view = mountCanvas(createStores(doc));
  // Drawn when the teams are there and React Flow has measured them enough to draw their handoffs.
  await waitFor(() => {
    expect(view.container.querySelectorAll('.react-flow__node-team').length).toBeGreaterThan(0);
    expect(view.container.querySelectorAll('.react-flow__edge').length).toBeGreaterThan(0);
  }, { timeout: 4000 });
  const count = (selector: string) => view.container.querySelectorAll(selector).length;
  return { count, cards: count('.react-flow__node-team') };
}

const large = COARSE_FROM_TEAMS + 20;
const far = COARSE_BELOW_ZOOM / 2;

describe('level of detail', () => {
  it('a large model zoomed out shows no roles, no handoff labels and only the handles its handoffs use', async () => {
    const { count, cards } = await drawn(modelAt(large, far));
    expect(count('.team-name')).toBe(cards);
    expect(count('[data-testid=team-headcount]')).toBe(cards);
    expect(count('.team-roles')).toBe(0);
    expect(count('.handoff-label')).toBe(0);
    expect(count('.react-flow__node-team .react-flow__handle')).toBeLessThan(cards * 8);
    expect(count('.team-node.is-coarse')).toBe(cards);
  });

  it('the same model at a normal zoom shows roles, labels and every handle', async () => {
    const { count, cards } = await drawn(modelAt(large, 1));
    expect(count('.team-roles')).toBe(cards);
    expect(count('.handoff-label')).toBeGreaterThan(0);
    expect(count('.react-flow__node-team .react-flow__handle')).toBe(cards * 8);
    expect(count('.team-node.is-coarse')).toBe(0);
  });

  it('a small model zoomed out still shows everything', async () => {
    const doc = exampleDoc();
    const { count, cards } = await drawn({ ...doc, view: { viewport: { x: 0, y: 0, zoom: far } } });
    expect(count('.handoff-label')).toBe(doc.handoffs.length);
    expect(count('.react-flow__node-team .react-flow__handle')).toBe(cards * 8);
    expect(count('.team-node.is-coarse')).toBe(0);
  });
});
