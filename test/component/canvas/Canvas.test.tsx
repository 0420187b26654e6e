/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { mountCanvas } from './mountCanvas';
import { layerName } from '../../../src/geometry/geometry';
import { LAYER_IDS, type FivefoldDocument } from '../../../src/model';
import type { Stores } from '../../../src/store/context';
import { givenExample } from './given';

function renderCanvas(stores: Stores) {
  const view = mountCanvas(stores);
  const teamNode = (id: string) => view.container.querySelector<HTMLElement>(`.react-flow__node-team[data-id="${id}"]`);
  const edge = (id: string) => view.container.querySelector<SVGElement>(`.react-flow__edge[data-id="${id}"]`);
  return { ...view, teamNode, edge };
}

const withFeedback = (d: FivefoldDocument): FivefoldDocument => ({
  ...d,
  layers: [{ id: 'build', name: 'Platform & data' }],
  handoffs: [
    ...d.handoffs,
    { id: 'fb1', from: 'care', to: 'prod', artifact: 'Why customers still leave', waitDays: 2.5, ca: 0.8, kind: 'feedback' },
    { id: 'e04b', from: 'prod', to: 'eng', artifact: 'Pricing page copy', waitDays: 3, ca: 0.9, kind: 'work' },
  ],
});

describe('the canvas draws the example', () => {
  it('shows every lane with its name, team count and headcount', async () => {
    const stores = givenExample();
    const doc = stores.document.getState().doc;
    const view = renderCanvas(stores);
    for (const layer of LAYER_IDS) {
      const lane = await view.findByTestId(`lane-${layer}`);
      const teams = doc.teams.filter((t) => t.layer === layer);
      const people = teams.reduce((sum, t) => sum + t.headcount, 0);
      expect(lane.textContent).toContain(layerName(doc, layer));
      const counts = within(lane).getByTestId('lane-counts').textContent!;
      expect(counts).toMatch(new RegExp(`^${teams.length} teams? · ${people} (people|person)$`));
    }
    expect(view.getByTestId('lane-control').textContent).toMatch(/across all layers/);
  });

  it('shows every team with its name, headcount and roles', async () => {
    const stores = givenExample();
    const doc = stores.document.getState().doc;
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.teamNode(doc.teams[0].id)).not.toBeNull());
    for (const team of doc.teams) {
      const node = view.teamNode(team.id)!;
      expect(node, team.id).not.toBeNull();
      expect(node.textContent).toContain(team.name);
      expect(within(node).getByTestId('team-headcount').textContent).toBe(String(team.headcount));
      for (const role of team.roles ?? []) expect(node.textContent).toContain(role);
    }
  });

  it('shows every handoff, findable by id, with its artifact and wait in days', async () => {
    const stores = givenExample();
    const doc = stores.document.getState().doc;
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.edge(doc.handoffs[0].id)).not.toBeNull());
    for (const h of doc.handoffs) {
      expect(view.edge(h.id), h.id).not.toBeNull();
      const label = view.getByTestId(`handoff-label-${h.id}`);
      expect(label.textContent).toContain(h.artifact);
      expect(label.textContent).toContain(`${h.waitDays} d`);
    }
  });

  it('draws feedback differently, keeps parallel handoffs apart, and uses layer names from the document', async () => {
    const stores = givenExample(withFeedback);
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.edge('fb1')).not.toBeNull());
    expect(view.edge('fb1')!.querySelector('.handoff-path')!.getAttribute('class')).toContain('is-feedback');
    expect(view.edge('e04')!.querySelector('.handoff-path')!.getAttribute('class')).not.toContain('is-feedback');
    expect(view.getByTestId('handoff-label-fb1').textContent).toContain('2.5 d');
    // two handoffs prod → eng: different paths and label positions
    const pathOf = (id: string) => view.edge(id)!.querySelector('.handoff-path')!.getAttribute('d');
    expect(pathOf('e04')).not.toBe(pathOf('e04b'));
    const labelAt = (id: string) => {
      const anchor = view.getByTestId(`handoff-label-${id}`).parentElement!;
      return `${anchor.style.left},${anchor.style.top}`;
    };
    expect(labelAt('e04')).not.toBe(labelAt('e04b'));
    expect(view.getByTestId('lane-build').textContent).toContain('Platform & data');
  });

  it('shows names as plain text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const stores = givenExample((d) => ({ ...d, teams: d.teams.map((t) => (t.id === 'eng' ? { ...t, name: evil, roles: [evil] } : t)) }));
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.teamNode('eng')).not.toBeNull());
    expect(view.teamNode('eng')!.textContent).toContain(evil);
    expect(view.container.querySelector('img[src="x"]')).toBeNull();
  });

  it('marks the teams selected in the ui store', async () => {
    const stores = givenExample();
    stores.ui.getState().select({ teams: ['qa'] });
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.teamNode('qa')).not.toBeNull());
    expect(view.teamNode('qa')!.classList.contains('selected')).toBe(true);
    expect(view.teamNode('eng')!.classList.contains('selected')).toBe(false);
  });
});
