// Issue 4's direct manipulation in real Chromium, as a person meets it with a mouse: dragging teams
// within and between lanes, drawing, refusing and re-attaching handoffs, shift-click and box select,
// select all, delete and duplicate. Every gesture must be exactly one undo step, named in the toolbar.
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { exampleJson, type Json } from './documents';
import { expect, test } from './harness';
import { handoffLabel, lane, openInspector, teamNode, teamNodes } from './ui';

const ott = exampleJson();
const teamName = (id: string): string => ott.teams.find((t: Json) => t.id === id).name;

const edges = (page: Page) => page.locator('.react-flow__edge');
const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
const selectedTeams = (page: Page) => page.locator('.react-flow__node-team.selected');
/** The Undo button; its accessible name says what it will undo ("Undo Move team", "Nothing to undo"). */
const undoButton = (page: Page) => page.getByRole('group', { name: 'History' }).getByRole('button').first();
const undoName = (page: Page) => undoButton(page).getAttribute('aria-label');

interface Point {
  x: number;
  y: number;
}

/**
 * A locator's box once it has stopped moving (a layout change can re-flow the canvas after an edit),
 * so a drag never starts at a spot the element is just leaving.
 */
async function settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  let box = null;
  await expect
    .poll(async () => {
      box = await locator.boundingBox();
      const now = JSON.stringify(box);
      const still = box !== null && now === last;
      last = now;
      return still;
    }, { message: `${locator} keeps moving or is not shown` })
    .toBe(true);
  return box!;
}

const centreOf = async (locator: Locator): Promise<Point> => {
  const b = await settledBox(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** A mouse drag as a hand makes it: press, a small first move (so d3-drag starts), then several moves. */
async function drag(page: Page, from: Point, to: Point, modifier?: 'Shift'): Promise<void> {
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  if (modifier) await page.keyboard.up(modifier);
}

/** How many teams a lane's name plate says it holds ("3 teams · 6 people"). */
async function laneCount(page: Page, id: Parameters<typeof lane>[1]): Promise<number> {
  const match = /(\d+) teams?\b/.exec(await lane(page, id).innerText());
  if (!match) throw new Error(`lane ${id} does not say how many teams it holds`);
  return Number(match[1]);
}

/** Pairs of horizontal lanes whose boxes overlap on screen (lanes grow to fit and never overlap). */
async function overlappingLanes(page: Page): Promise<string[]> {
  const rows = ['strategy', 'product', 'build', 'execution'] as const;
  const boxes = await Promise.all(rows.map((id) => settledBox(lane(page, id))));
  const clashes: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      // Half a pixel of tolerance for sub-pixel rounding at the shared edge.
      if (boxes[i].y + boxes[i].height > boxes[j].y + 0.5 && boxes[j].y + boxes[j].height > boxes[i].y + 0.5) clashes.push(`${rows[i]}/${rows[j]}`);
    }
  }
  return clashes;
}

const inLayer = (layer: string) => ott.teams.filter((t: Json) => t.layer === layer).length;

/** Where React Flow draws a node, in canvas units (its own transform). */
async function canvasPlace(node: Locator): Promise<Point> {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`unexpected node transform "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The source handle a person drags from to draw a handoff (the visible one at the right). */
const sourceHandle = (node: Locator) => node.locator('.react-flow__handle.source[data-handleid="out-right"]');

/** "… from eng to qa, …" in an edge's accessible name, as [from, to]. */
async function edgeEnds(locator: Locator): Promise<[string, string]> {
  const name = (await locator.getAttribute('aria-label')) ?? '';
  const match = / from (\S+) to (\S+),/.exec(name);
  if (!match) throw new Error(`edge name "${name}" does not say its ends`);
  return [match[1], match[2]];
}

const teamIds = (page: Page) => teamNodes(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ''));
const edgeIds = (page: Page) => edges(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));

describe('dragging teams', () => {
  test('a team dropped in another lane changes layer; one Undo puts it back', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openInspector(page);
    const mover = ott.teams.find((t: Json) => t.id === 'qa');
    expect(mover.layer).toBe('build');
    expect(await laneCount(page, 'build')).toBe(inLayer('build'));
    expect(await laneCount(page, 'execution')).toBe(inLayer('execution'));

    const qa = teamNode(page, mover.name);
    const from = await settledBox(qa);
    const execution = await settledBox(lane(page, 'execution'));
    // Low and to the left in Execution: clear of its teams and of the lane's name plate.
    await drag(page, { x: from.x + from.width / 2, y: from.y + 12 }, { x: execution.x + 220, y: execution.y + execution.height - 30 });

    await expect.poll(() => laneCount(page, 'build')).toBe(inLayer('build') - 1);
    await expect.poll(() => laneCount(page, 'execution')).toBe(inLayer('execution') + 1);
    expect(await overlappingLanes(page), 'lanes overlap after the drop').toEqual([]);
    const layerField = page.getByRole('complementary', { name: 'Inspector' }).getByRole('combobox', { name: 'Layer' });
    await expect.poll(() => layerField.inputValue()).toBe('execution');
    expect(await undoName(page)).toBe('Undo Move team');

    await undoButton(page).click();
    await expect.poll(() => laneCount(page, 'build')).toBe(inLayer('build'));
    expect(await laneCount(page, 'execution')).toBe(inLayer('execution'));
    await expect.poll(() => layerField.inputValue()).toBe('build');
    // The whole drag was one step: nothing older is left to undo, and Redo offers the move again.
    expect(await undoName(page)).toBe('Nothing to undo');
    expect(await page.getByRole('button', { name: 'Redo Move team' }).count()).toBe(1);
  });

  test('a team dragged along its lane moves there, in one undo step', async ({ app }) => {
    const { page } = app;
    await app.open();
    const qa = teamNode(page, teamName('qa'));
    const start = await canvasPlace(qa);
    const box = await settledBox(qa);
    // Straight to the right: the gap before the Control band is empty in the example.
    await drag(page, { x: box.x + box.width / 2, y: box.y + 12 }, { x: box.x + box.width / 2 + 90, y: box.y + 12 });

    await expect.poll(async () => (await canvasPlace(qa)).x).toBeGreaterThan(start.x);
    expect(await laneCount(page, 'build')).toBe(inLayer('build'));
    expect(await undoName(page)).toBe('Undo Move team');

    await undoButton(page).click();
    await expect.poll(() => canvasPlace(qa)).toEqual(start);
    expect(await undoName(page)).toBe('Nothing to undo');
  });
});

describe('drawing handoffs', () => {
  test('dragging from one team to another adds a handoff; one Undo removes it', async ({ app }) => {
    const { page } = app;
    await app.open();
    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length);
    const before = new Set(await edgeIds(page));

    await drag(page, await centreOf(sourceHandle(teamNode(page, teamName('strat')))), await centreOf(teamNode(page, teamName('revops'))));

    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length + 1);
    const added = (await edgeIds(page)).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    expect(await edgeEnds(edge(page, added[0]))).toEqual(['strat', 'revops']);
    expect(await undoName(page)).toBe('Undo Connect handoff');

    await undoButton(page).click();
    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('a handoff dropped on the far side of a card, away from its handles, still joins that team', async ({ app }) => {
    const { page } = app;
    await app.open();
    const before = new Set(await edgeIds(page));
    const box = await settledBox(teamNode(page, teamName('revops')));
    // Near the right edge, the opposite side from where work comes in.
    await drag(page, await centreOf(sourceHandle(teamNode(page, teamName('strat')))), { x: box.x + box.width - 12, y: box.y + box.height - 12 });

    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length + 1);
    const added = (await edgeIds(page)).filter((id) => !before.has(id));
    expect(await edgeEnds(edge(page, added[0]))).toEqual(['strat', 'revops']);
    expect(await undoName(page)).toBe('Undo Connect handoff');
  });

  test('a handoff dropped near the bottom of a card joins that card, not the card below whose handle is closer', async ({ app }) => {
    const { page } = app;
    await app.open();
    const before = new Set(await edgeIds(page));
    const target = await settledBox(teamNode(page, teamName('revops')));
    // Growth & lifecycle sits just below Revenue ops; its top handle is within React Flow's snapping radius.
    await drag(page, await centreOf(sourceHandle(teamNode(page, teamName('qa')))), { x: target.x + target.width / 2, y: target.y + target.height - 4 });

    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length + 1);
    const added = (await edgeIds(page)).filter((id) => !before.has(id));
    expect(await edgeEnds(edge(page, added[0]))).toEqual(['qa', 'revops']);
  });

  test('a second handoff between the same two teams is added, and both labels stay readable', async ({ app }) => {
    const { page } = app;
    await app.open();
    const existing = ott.handoffs.find((h: Json) => h.id === 'e06');
    const before = new Set(await edgeIds(page));
    await drag(page, await centreOf(sourceHandle(teamNode(page, teamName(existing.from)))), await centreOf(teamNode(page, teamName(existing.to))));

    await expect.poll(() => edges(page).count()).toBe(ott.handoffs.length + 1);
    const added = (await edgeIds(page)).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    expect(await edgeEnds(edge(page, added[0]))).toEqual([existing.from, existing.to]);
    const labels = await Promise.all([existing.id, added[0]].map((id) => settledBox(handoffLabel(page, id))));
    const [a, b] = labels;
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `labels ${JSON.stringify(labels)} overlap`).toBe(false);
    expect(await undoName(page)).toBe('Undo Connect handoff');
  });

  test('dragging the start of a handoff onto another team changes its sender; one Undo restores it', async ({ app }) => {
    const { page } = app;
    await app.open();
    const moved = ott.handoffs.find((h: Json) => h.id === 'e10');
    const newSender = 'eng';
    expect([moved.from, moved.to]).toEqual(['data', 'growth']);
    const handoff = edge(page, moved.id);

    await drag(page, await centreOf(handoff.locator('.react-flow__edgeupdater-source')), await centreOf(teamNode(page, teamName(newSender))));

    await expect.poll(() => edgeEnds(handoff)).toEqual([newSender, moved.to]);
    expect(await undoName(page)).toBe('Undo Reconnect handoff');
    await undoButton(page).click();
    await expect.poll(() => edgeEnds(handoff)).toEqual([moved.from, moved.to]);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('a handoff from a team to itself is refused with a visible message and no undo step', async ({ app }) => {
    const { page } = app;
    await app.open();
    const qa = teamNode(page, teamName('qa'));
    await drag(page, await centreOf(sourceHandle(qa)), await centreOf(qa));

    const notice = page.getByRole('status').filter({ hasText: 'itself' });
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('data-testid')).toBe('notice');
    expect(await notice.innerText()).toContain(teamName('qa'));
    expect(await edges(page).count()).toBe(ott.handoffs.length);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('dragging the arrow end of a handoff onto another team changes its receiver; one Undo restores it', async ({ app }) => {
    const { page } = app;
    await app.open();
    const moved = ott.handoffs.find((h: Json) => h.id === 'e09');
    const newReceiver = 'growth';
    expect([moved.from, moved.to]).toEqual(['eng', 'revops']);
    const handoff = edge(page, moved.id);
    expect(await edgeEnds(handoff)).toEqual([moved.from, moved.to]);

    const arrowEnd = handoff.locator('.react-flow__edgeupdater-target');
    await drag(page, await centreOf(arrowEnd), await centreOf(teamNode(page, teamName(newReceiver))));

    await expect.poll(() => edgeEnds(handoff)).toEqual([moved.from, newReceiver]);
    expect(await edges(page).count()).toBe(ott.handoffs.length);
    expect(await undoName(page)).toBe('Undo Reconnect handoff');

    await undoButton(page).click();
    await expect.poll(() => edgeEnds(handoff)).toEqual([moved.from, moved.to]);
    expect(await undoName(page)).toBe('Nothing to undo');
  });
});

/** What deleting these teams leaves: the other teams, and the handoffs touching none of them. */
function remainingAfterDeleting(ids: readonly string[]): { teams: number; handoffs: number } {
  const gone = new Set(ids);
  return {
    teams: ott.teams.filter((t: Json) => !gone.has(t.id)).length,
    handoffs: ott.handoffs.filter((h: Json) => !gone.has(h.from) && !gone.has(h.to)).length,
  };
}

async function expectCounts(page: Page, counts: { teams: number; handoffs: number }): Promise<void> {
  await expect.poll(() => teamNodes(page).count()).toBe(counts.teams);
  await expect.poll(() => edges(page).count()).toBe(counts.handoffs);
}

const wholeExample = { teams: ott.teams.length, handoffs: ott.handoffs.length };

describe('selecting several teams', () => {
  test('shift-click selects two teams; Delete removes them with their handoffs; Undo restores all', async ({ app }) => {
    const { page } = app;
    await app.open();
    await openInspector(page);
    const chosen = ['data', 'eng'];
    await teamNode(page, teamName(chosen[0])).click();
    await teamNode(page, teamName(chosen[1])).click({ modifiers: ['Shift'] });
    await expect.poll(() => selectedTeams(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id).sort())).toEqual([...chosen].sort());
    expect(await page.getByRole('complementary', { name: 'Inspector' }).innerText()).toContain(`${chosen.length} teams`);

    await page.keyboard.press('Delete');
    await expectCounts(page, remainingAfterDeleting(chosen));
    expect(await undoName(page)).toBe('Undo Delete teams');

    await page.keyboard.press('Control+Z');
    await expectCounts(page, wholeExample);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('Shift+drag on the empty canvas box-selects the teams inside; Backspace deletes them; Undo restores', async ({ app }) => {
    const { page } = app;
    await app.open();
    const chosen = ott.teams.filter((t: Json) => t.layer === 'strategy' || t.layer === 'product').map((t: Json) => t.id as string);
    expect(chosen.length).toBeGreaterThan(1);
    const boxes = await Promise.all(chosen.map((id: string) => settledBox(teamNode(page, teamName(id)))));
    const strategyLane = await settledBox(lane(page, 'strategy'));
    const left = Math.min(...boxes.map((b) => b.x)) - 8;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) + 4;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 3;
    // Start on the empty canvas above the top lane, so the press lands on the pane and not on a node.
    const top = strategyLane.y - 20;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), { x: left, y: top })).toBe(true);

    await drag(page, { x: left, y: top }, { x: right, y: bottom }, 'Shift');
    await expect.poll(() => selectedTeams(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id).sort())).toEqual([...chosen].sort());

    await page.keyboard.press('Backspace');
    await expectCounts(page, remainingAfterDeleting(chosen));
    expect(await undoName(page)).toBe('Undo Delete teams');
    await undoButton(page).click();
    await expectCounts(page, wholeExample);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('Ctrl+A selects everything; Delete empties the canvas; Undo brings it all back', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.keyboard.press('Control+A');
    await expect.poll(() => selectedTeams(page).count()).toBe(ott.teams.length);
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(ott.handoffs.length);

    await page.keyboard.press('Delete');
    await expectCounts(page, { teams: 0, handoffs: 0 });
    await page.keyboard.press('Control+Z');
    await expectCounts(page, wholeExample);
    expect(await undoName(page)).toBe('Nothing to undo');
  });

  test('Ctrl+D duplicates the selection: copies with new ids, their handoffs between the copies, one undo step', async ({ app }) => {
    const { page } = app;
    await app.open();
    const originalTeams = new Set(await teamIds(page));
    const originalEdges = new Set(await edgeIds(page));
    await page.keyboard.press('Control+A');
    await expect.poll(() => selectedTeams(page).count()).toBe(ott.teams.length);
    await page.keyboard.press('Control+D');

    await expectCounts(page, { teams: 2 * ott.teams.length, handoffs: 2 * ott.handoffs.length });
    const allTeams = await teamIds(page);
    expect(new Set(allTeams).size).toBe(allTeams.length);
    const copies = allTeams.filter((id) => !originalTeams.has(id));
    expect(copies).toHaveLength(ott.teams.length);
    const copiedEdges = (await edgeIds(page)).filter((id) => !originalEdges.has(id));
    expect(copiedEdges).toHaveLength(ott.handoffs.length);
    for (const id of copiedEdges) {
      const [from, to] = await edgeEnds(edge(page, id));
      expect(copies, `handoff ${id} joins the copies`).toContain(from);
      expect(copies, `handoff ${id} joins the copies`).toContain(to);
    }
    // The copies are what is selected now, and they are one step away from the original.
    await expect.poll(() => selectedTeams(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id).sort())).toEqual([...copies].sort());
    expect(await undoName(page)).toBe('Undo Duplicate teams');
    await page.keyboard.press('Control+Z');
    await expectCounts(page, wholeExample);
    expect(await undoName(page)).toBe('Nothing to undo');
  });
});
