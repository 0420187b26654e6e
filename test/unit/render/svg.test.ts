/** @vitest-environment jsdom */
// The SVG renderer draws the canvas's picture: its boxes, paths and label places are the canvas
// geometry's (toFlow), Before and After, on every example and on hand-written odd documents.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseText, parseValue, serialize, type FivefoldDocument } from '../../../src/model';
import { baseline, simulate } from '../../../src/sim';
import { toFlow } from '../../../src/canvas/toFlow';
import { buildScene, jsonFromSvg, renderSvg, type SceneSimulation } from '../../../src/render';
import { team, validDoc } from '../model/fixture';

const EXAMPLES = resolve(__dirname, '../../../examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.fivefold.json'));

function example(name: string): FivefoldDocument {
  const r = parseText(readFileSync(join(EXAMPLES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} is invalid`);
  return r.doc;
}

/** A hand-written document with a feedback loop, parallel handoffs, positions on some teams and hostile, long, Unicode names. */
function oddDoc(): FivefoldDocument {
  const d = validDoc();
  d.teams[0].name = 'Стратегия & <script>alert("x")</script> \u0001 ворота';
  d.teams[1].name = 'データ基盤チームとプラットフォームエンジニアリングの長い名前の部門';
  d.teams[1].position = { x: 520, y: 30 };
  d.teams[2].name = 'Ops "quoted" \'single\' & done';
  d.teams.push({ ...team('solo', 'product'), name: 'Supercalifragilisticexpialidocious-Operations-Centre' });
  d.handoffs.push({ id: 'fb', from: 'ops', to: 'strat', artifact: 'Lessons <learned> & "loops"', waitDays: 7.5, ca: 0.5, kind: 'feedback' });
  d.handoffs.push({ id: 'h1b', from: 'strat', to: 'eng', artifact: '', waitDays: 1, ca: 0.9, kind: 'work' });
  const r = parseValue(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

function afterOf(doc: FivefoldDocument): SceneSimulation {
  const scenario = doc.scenarios[doc.scenarios.length - 1];
  return { overlay: 'after', baseline: baseline(doc), result: simulate(doc, scenario, scenario.adoption.length - 1), scenario };
}

const documents: [string, () => FivefoldDocument][] = [...examples.map((f) => [f, () => example(f)] as [string, () => FivefoldDocument]), ['hand-written odd document', oddDoc]];

describe('the scene is the canvas geometry', () => {
  it.each(documents)('%s: same team boxes, lane frames, handoff paths and label places as toFlow', (_, make) => {
    const doc = make();
    const flow = toFlow(doc);
    const scene = buildScene(doc);
    const cards = flow.nodes.filter((n) => n.type === 'team');
    expect(scene.teams.map((t) => ({ id: t.team.id, x: t.x, y: t.y, width: t.width, height: t.height }))).toEqual(
      cards.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width, height: n.height })),
    );
    for (const lane of flow.nodes.filter((n) => n.type === 'lane')) {
      const mine = scene.lanes[lane.data.layer];
      expect({ x: mine.x, y: mine.y, width: mine.width, height: mine.height, name: mine.name }).toEqual({
        x: lane.position.x,
        y: lane.position.y,
        width: lane.width,
        height: lane.height,
        name: lane.data.name,
      });
    }
    const edges = new Map(flow.edges.map((e) => [e.id, e.data!]));
    expect(scene.handoffs.length).toBe(doc.handoffs.length);
    for (const h of scene.handoffs) {
      const e = edges.get(h.handoff.id)!;
      expect({ path: h.path, x: h.labelX, y: h.labelY, w: h.labelWidth }).toEqual({ path: e.path, x: e.labelX, y: e.labelY, w: e.labelWidth });
    }
  });

  it.each(documents)('%s in After: same group frames, team figures and handoff statuses as the canvas overlay', (_, make) => {
    const doc = make();
    const sim = afterOf(doc);
    const flow = toFlow(doc, { simulation: sim });
    const scene = buildScene(doc, sim);
    expect(scene.after!.frames).toEqual(flow.after!.frames);
    for (const n of flow.nodes) if (n.type === 'team') expect(scene.teams.find((t) => t.team.id === n.id)!.after).toEqual(n.data.after);
    for (const e of flow.edges) expect(scene.handoffs.find((h) => h.handoff.id === e.id)!.status).toBe(e.data!.status);
  });
});

function parsed(svg: string): Document {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

describe('renderSvg', () => {
  it.each(documents)('%s: well-formed, one path per handoff, every team name as text', (_, make) => {
    const doc = make();
    for (const simulation of [undefined, afterOf(doc)]) {
      const xml = parsed(renderSvg(doc, { simulation }).svg);
      expect(xml.querySelectorAll('path.ff-handoff')).toHaveLength(doc.handoffs.length);
      const cards = [...xml.querySelectorAll('g.ff-team')];
      expect(cards.map((c) => c.getAttribute('data-id'))).toEqual(doc.teams.map((t) => t.id));
      // The full name is the card's title; what fits is drawn on the card.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the fixture's name holds a control character the renderer drops
      cards.forEach((c, i) => expect(c.querySelector('title')!.textContent).toBe(doc.teams[i].name.replace(/\u0001/g, '')));
    }
  });

  it('draws short names in full on the card and ends a name that does not fit in "…"', () => {
    const doc = oddDoc();
    const xml = parsed(renderSvg(doc).svg);
    const drawn = (id: string) => [...xml.querySelectorAll(`g.ff-team[data-id="${id}"] text.ff-team-name`)].map((t) => t.textContent).join(' ');
    expect(drawn('risk')).toBe('Team risk');
    expect(drawn('solo').endsWith('…')).toBe(true);
  });

  it('escapes text from the file: a name with markup stays text', () => {
    const doc = oddDoc();
    const { svg } = renderSvg(doc, { embed: serialize(doc) });
    expect(svg).not.toContain('<script');
    const xml = parsed(svg);
    expect(xml.querySelector('script')).toBeNull();
    expect(xml.querySelector('g.ff-team[data-id="strat"] title')!.textContent).toContain('<script>alert("x")</script>');
    expect(xml.querySelector('g.ff-handoff-label[data-id="fb"] title')!.textContent).toBe('Lessons <learned> & "loops" — waits 7.5 days');
  });

  it('carries the model: the JSON read back from the SVG is the document', () => {
    const doc = oddDoc();
    const json = serialize(doc);
    const back = jsonFromSvg(renderSvg(doc, { embed: json }).svg);
    expect(back).toBe(json);
    const again = parseText(back!);
    expect(again.ok && again.doc).toEqual(doc);
  });

  it('fits the picture into a given size, centred, and draws a story frame as the view', () => {
    const doc = example('ott-churn.fivefold.json');
    const framed = parsed(renderSvg(doc, { size: { width: 1920, height: 1080 } }).svg).documentElement;
    expect([framed.getAttribute('width'), framed.getAttribute('height')]).toEqual(['1920', '1080']);
    const [, , vw, vh] = framed.getAttribute('viewBox')!.split(' ').map(Number);
    expect(vw / vh).toBeCloseTo(1920 / 1080, 3);
    const lane = buildScene(doc).lanes.build;
    const step = parsed(renderSvg(doc, { frame: lane, heading: false }).svg).documentElement;
    expect(step.getAttribute('viewBox')).toBe(`${lane.x - 24} ${lane.y - 24} ${lane.width + 48} ${lane.height + 48}`);
  });

  it('in After names the scenario, quarter and critical path in its heading and draws the group frames', () => {
    const doc = example('ott-churn.fivefold.json');
    const sim = afterOf(doc);
    const xml = parsed(renderSvg(doc, { simulation: sim }).svg);
    expect(xml.querySelector('g.ff-heading')!.textContent).toContain(`After: ${sim.scenario!.name}, quarter ${sim.result!.quarter}`);
    expect(xml.querySelectorAll('g.ff-group-frame')).toHaveLength(sim.result!.groups.filter((g) => g.members.length > 1).length);
    expect(xml.querySelectorAll('path.ff-handoff[stroke="#dc2626"]').length).toBeGreaterThan(0);
  });
});
