/** @vitest-environment jsdom */
// The Before/After overlay on the canvas, checked against the engine: every figure expected here is
// computed with simulate()/baseline(), except simulation.md §8's golden groups for AI-native q3.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { mountCanvas } from './mountCanvas';
import { toFlow } from '../../../src/canvas/toFlow';
import { baseline, simulate, type Result } from '../../../src/sim';
import { formatDays } from '../../../src/readout';
import type { Stores } from '../../../src/store/context';
import { docOf, givenExample } from './given';

const AI_NATIVE = 'ai-native';

function given(overlay: 'before' | 'after', quarter = 3): { stores: Stores; result: Result } {
  const stores = givenExample();
  const ui = stores.ui.getState();
  ui.setScenario(AI_NATIVE);
  ui.setQuarter(quarter);
  ui.setOverlay(overlay);
  const doc = docOf(stores);
  const scenario = doc.scenarios.find((s) => s.id === AI_NATIVE)!;
  return { stores, result: simulate(doc, scenario, quarter) };
}

function renderCanvas(stores: Stores) {
  const view = mountCanvas(stores);
  const wrapper = (id: string) => view.container.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  const edgePath = (id: string) => view.container.querySelector<SVGElement>(`.react-flow__edge[data-id="${id}"] .handoff-path`);
  return { ...view, wrapper, edgePath };
}

/** A node's rectangle on the canvas, read from React Flow's transform and size styles. */
function rect(el: HTMLElement) {
  const m = el.style.transform.match(/translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/)!;
  return { x: +m[1], y: +m[2], width: parseFloat(el.style.width), height: parseFloat(el.style.height) };
}

const ownerOf = (result: Result, team: string) => result.groups.find((g) => g.members.includes(team))!.owner;

describe('After on the canvas', () => {
  it('every team card shows the engine’s people before → after (a group’s people on its owner, 0 on an absorbed team)', async () => {
    const { stores, result } = given('after');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.wrapper('strat')).not.toBeNull());
    for (const team of docOf(stores).teams) {
      const group = result.groups.find((g) => g.members.includes(team.id))!;
      const expected = group.owner === team.id ? group.headcount : 0;
      const card = within(view.wrapper(team.id)!);
      expect(card.getByTestId('team-headcount-before').textContent, team.id).toBe(String(team.headcount));
      expect(card.getByTestId('team-headcount-after').textContent, team.id).toBe(String(expected));
      if (group.owner !== team.id) expect(card.getByTestId('team-folded').textContent).toContain(docOf(stores).teams.find((t) => t.id === group.owner)!.name);
    }
    // The cards add up to the engine's total.
    const afters = [...view.container.querySelectorAll('[data-testid="team-headcount-after"]')].map((e) => Number(e.textContent));
    expect(afters.reduce((a, b) => a + b, 0)).toBe(result.headcount);
  });

  it('AI-native q3: the golden groups are framed, each frame carries its owner’s name and the group’s people, and members sit inside', async () => {
    const golden: Record<string, string[]> = { strat: ['strat', 'insight', 'prod'], data: ['data', 'eng', 'qa'], growth: ['growth', 'care', 'revops'] };
    const { stores, result } = given('after');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.getByTestId('group-frame-data')).toBeTruthy());
    const frames = [...view.container.querySelectorAll<HTMLElement>('.group-frame.is-shown')];
    expect(frames.map((f) => f.dataset.testid!.replace('group-frame-', '')).sort()).toEqual(Object.keys(golden).sort());
    expect(view.container.querySelector('[data-testid="group-frame-ctrl"]')).toBeNull();
    for (const [owner, members] of Object.entries(golden)) {
      const frame = view.getByTestId(`group-frame-${owner}`);
      expect(frame.dataset.members!.split(' ').sort()).toEqual([...members].sort());
      const ownerName = docOf(stores).teams.find((t) => t.id === owner)!.name;
      expect(frame.textContent).toContain(ownerName);
      const before = members.reduce((sum, id) => sum + docOf(stores).teams.find((t) => t.id === id)!.headcount, 0);
      const after = result.groups.find((g) => g.owner === owner)!.headcount;
      expect(within(frame).getByTestId('group-frame-count').textContent).toMatch(new RegExp(`^${before} → ${after} (person|people)$`));
      const box = rect(view.wrapper(`frame-${owner}`)!);
      for (const id of members) {
        const card = rect(view.wrapper(id)!);
        expect(card.x, id).toBeGreaterThan(box.x);
        expect(card.y, id).toBeGreaterThan(box.y);
        expect(card.x + card.width, id).toBeLessThan(box.x + box.width);
        expect(card.y + card.height, id).toBeLessThan(box.y + box.height);
      }
    }
  });

  it('handoffs inside a group are marked as gone, the others stay', async () => {
    const { stores, result } = given('after');
    const view = renderCanvas(stores);
    const doc = docOf(stores);
    await waitFor(() => expect(view.edgePath(doc.handoffs[0].id)).not.toBeNull());
    let internal = 0;
    for (const h of doc.handoffs) {
      const inside = ownerOf(result, h.from) === ownerOf(result, h.to);
      if (inside) internal++;
      expect(view.edgePath(h.id)!.getAttribute('class')!.includes('is-internal'), h.id).toBe(inside);
      expect(view.getByTestId(`handoff-label-${h.id}`).dataset.status === 'internal', h.id).toBe(inside);
    }
    // What is left between groups is the engine's handoff count.
    expect(doc.handoffs.filter((h) => h.kind === 'work').length - internal).toBe(result.handoffs);
  });

  it('the critical path: one marked handoff between each pair of consecutive groups on it, its groups outlined, its lead time in the badge', async () => {
    const { stores, result } = given('after');
    const before = baseline(docOf(stores));
    const view = renderCanvas(stores);
    const doc = docOf(stores);
    await waitFor(() => expect(view.edgePath(doc.handoffs[0].id)).not.toBeNull());
    const marked = doc.handoffs.filter((h) => view.edgePath(h.id)!.getAttribute('class')!.includes('is-critical'));
    expect(marked).toHaveLength(result.criticalPath.length - 1);
    // Their arrowheads are red like their line, and every other handoff's are not.
    for (const h of doc.handoffs) {
      const red = view.edgePath(h.id)!.getAttribute('marker-end')!.includes('dc2626');
      expect(red, h.id).toBe(marked.includes(h));
    }
    const hops = marked.map((h) => [ownerOf(result, h.from), ownerOf(result, h.to)]);
    for (let i = 1; i < result.criticalPath.length; i++) expect(hops).toContainEqual([result.criticalPath[i - 1], result.criticalPath[i]]);
    for (const owner of result.criticalPath) {
      const frame = view.queryByTestId(`group-frame-${owner}`);
      const outlined = frame ?? view.wrapper(owner)!.querySelector('.team-node')!;
      expect(outlined.className, owner).toContain('is-critical');
    }
    expect(view.getByTestId('critical-path-days').textContent).toBe(`${formatDays(before.leadTimeDays)} → ${formatDays(result.leadTimeDays)} days`);
  });

  it('Control’s growth shows on its band: its share of all people before → after, from the engine’s groups', async () => {
    const { stores, result } = given('after');
    const view = renderCanvas(stores);
    const doc = docOf(stores);
    const control = new Set(doc.teams.filter((t) => t.layer === 'control').map((t) => t.id));
    const before = doc.teams.filter((t) => control.has(t.id)).reduce((s, t) => s + t.headcount, 0);
    const after = result.groups.filter((g) => control.has(g.owner)).reduce((s, g) => s + g.headcount, 0);
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    const growth = await view.findByTestId('control-growth');
    expect(growth.textContent).toContain(`${pct(before / baseline(doc).headcount)} → ${pct(after / result.headcount)}`);
    expect(after / result.headcount).toBeGreaterThan(before / baseline(doc).headcount);
  });

  it('the quarter updates the overlay live', async () => {
    const { stores } = given('after', 3);
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.wrapper('eng')).not.toBeNull());
    const doc = docOf(stores);
    const scenario = doc.scenarios.find((s) => s.id === AI_NATIVE)!;
    for (const q of [0, 1, 2, 3]) {
      stores.ui.getState().setQuarter(q);
      const r = simulate(doc, scenario, q);
      await waitFor(() => {
        const total = [...view.container.querySelectorAll('[data-testid="team-headcount-after"]')].reduce((s, e) => s + Number(e.textContent), 0);
        expect(total, `q${q}`).toBe(r.headcount);
      });
      expect(view.container.querySelectorAll('.group-frame.is-shown')).toHaveLength(r.groups.filter((g) => g.members.length > 1).length);
    }
  });

  it('clicking a team in After selects it, and so opens its explanation', async () => {
    const { stores } = given('after');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.wrapper('qa')).not.toBeNull());
    fireEvent.click(within(view.wrapper('qa')!).getByTestId('team-headcount-after'));
    await waitFor(() => expect(stores.ui.getState().selection.teams).toEqual(['qa']));
    // The frame's name plate selects the group's owner.
    fireEvent.click(within(view.getByTestId('group-frame-data')).getByRole('button'));
    expect(stores.ui.getState().selection.teams).toEqual(['data']);
  });
});

describe('After on an empty model', () => {
  it('shows no critical-path badge and no Control share: there is nothing to measure', async () => {
    const { stores } = given('after');
    act(() => stores.document.getState().commit('Empty', (d) => void ((d.teams = []), (d.handoffs = []))));
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.container.querySelector('[data-testid="lane-control"]')).not.toBeNull());
    expect(view.queryByTestId('critical-path-days')).toBeNull();
    expect(view.queryByTestId('control-growth')).toBeNull();
  });

  it('with teams, both are there', async () => {
    const { stores } = given('after');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.queryByTestId('critical-path-days')).not.toBeNull());
    expect(view.queryByTestId('control-growth')).not.toBeNull();
  });
});

describe('Before on the canvas', () => {
  it('shows the document as entered: no after figures, no group frames, no critical path', async () => {
    const { stores } = given('before');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.wrapper('qa')).not.toBeNull());
    expect(view.container.querySelector('[data-testid="team-headcount-after"]')).toBeNull();
    // Not even hidden ones: on a large model each would be one more render per edit.
    expect(view.container.querySelectorAll('.group-frame')).toHaveLength(0);
    expect(view.container.querySelector('.handoff-path.is-critical, .handoff-path.is-internal')).toBeNull();
    expect(view.queryByTestId('critical-path-badge')).toBeNull();
    // Switching to After brings the figures in on the same cards.
    act(() => stores.ui.getState().setOverlay('after'));
    await waitFor(() => expect(view.container.querySelectorAll('.group-frame.is-shown').length).toBeGreaterThan(0));
  });

  it('switching back to Before keeps the frames, hidden, while they fade out, then removes them', async () => {
    const { stores } = given('after');
    const view = renderCanvas(stores);
    await waitFor(() => expect(view.container.querySelectorAll('.group-frame.is-shown').length).toBeGreaterThan(0));
    const shownCount = view.container.querySelectorAll('.group-frame').length;
    act(() => stores.ui.getState().setOverlay('before'));
    expect(view.container.querySelectorAll('.group-frame.is-shown')).toHaveLength(0);
    expect(view.container.querySelectorAll('.group-frame')).toHaveLength(shownCount);
    await waitFor(() => expect(view.container.querySelectorAll('.group-frame')).toHaveLength(0), { timeout: 2000 });
  });

  it('toFlow is pure: the same document, result and overlay give the same flow, and the document is untouched', () => {
    const { stores, result } = given('after');
    const doc = docOf(stores);
    const simulation = { overlay: 'after' as const, baseline: baseline(doc), result, scenario: doc.scenarios.find((s) => s.id === AI_NATIVE)! };
    const snapshot = JSON.stringify(doc);
    const a = toFlow(doc, { simulation });
    expect(toFlow(doc, { simulation })).toBe(a);
    expect(JSON.stringify(doc)).toBe(snapshot);
    const plain = toFlow(doc);
    expect(plain.after).toBeNull();
    expect(plain.nodes.some((n) => n.type === 'frame')).toBe(false);
  });
});
