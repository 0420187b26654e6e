// The story builder and what each step shows, on every example and on odd models.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAYER_IDS, parseText, type FivefoldDocument } from '../../../src/model';
import { baseline, simulate } from '../../../src/sim';
import { defaultStory, hasRanges, shownSteps, stepTitle, storyOf, type StoryStep } from '../../../src/model/story';
import { CARD_CAPACITY, RELAY_ROWS, StoryResults, stepView, type StepView } from '../../../src/present/stepView';
import { validDoc } from '../model/fixture';

const DIR = resolve(__dirname, '../../../examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.fivefold.json')).sort();

function parsed(json: string): FivefoldDocument {
  const r = parseText(json);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.doc;
}
const example = (name: string) => parsed(readFileSync(join(DIR, name), 'utf8'));
const viewOf = <K extends StepView['kind']>(doc: FivefoldDocument, step: StoryStep & { kind: K }) =>
  stepView(doc, step, new StoryResults(doc)) as Extract<StepView, { kind: K }>;

describe.each(files)('the default story of %s', (name) => {
  const doc = example(name);
  const last = doc.scenarios[doc.scenarios.length - 1];
  const story = defaultStory(doc, null);

  it('tells title, each layer with teams, the relay, every quarter of the chosen scenario, the headline and the caveat', () => {
    const layers = LAYER_IDS.filter((l) => doc.teams.some((t) => t.layer === l));
    expect(story.map((s) => s.kind)).toEqual([
      'title',
      ...layers.map(() => 'layer'),
      'relay',
      ...last.adoption.map(() => 'quarter'),
      'headline',
      ...(hasRanges(doc, last.id) ? ['ranges'] : []),
      'caveat',
    ]);
    expect(story.filter((s) => s.kind === 'layer').map((s) => (s as { layer: string }).layer)).toEqual(layers);
    expect(story.filter((s) => s.kind === 'quarter').map((s) => (s as { quarter: number }).quarter)).toEqual(last.adoption.map((_, q) => q));
  });

  it('frames every layer: at most the capacity of cards, the rest summed up, no team or person lost', () => {
    for (const step of story) {
      if (step.kind !== 'layer') continue;
      const view = viewOf(doc, step);
      const teams = doc.teams.filter((t) => t.layer === step.layer);
      expect(view.cards.length + (view.more ? 1 : 0)).toBeLessThanOrEqual(CARD_CAPACITY);
      expect(view.cards.length + (view.more?.teams ?? 0)).toBe(teams.length);
      const shownPeople = view.cards.reduce((n, c) => n + Number(c.people.split(' ')[0]), 0) + (view.more?.people ?? 0);
      expect(shownPeople).toBe(teams.reduce((n, t) => n + t.headcount, 0));
      expect(view.chips.find((c) => c.state === 'current')?.layer).toBe(step.layer);
    }
  });

  it('shows each quarter with the layers adding up to the engine’s headcount, and figures animating from the quarter before', () => {
    const quarters = story.filter((s): s is StoryStep & { kind: 'quarter' } => s.kind === 'quarter');
    let before = baseline(doc).headcount;
    for (const step of quarters) {
      const view = viewOf(doc, step);
      const result = simulate(doc, last, step.quarter);
      expect(view.bars.reduce((n, b) => n + b.now, 0)).toBe(result.headcount);
      expect(view.bars.reduce((n, b) => n + b.before, 0)).toBe(baseline(doc).headcount);
      expect(view.figures[0]).toMatchObject({ from: before, to: result.headcount, value: String(result.headcount) });
      before = result.headcount;
    }
  });

  it('keeps the relay to a few rows and reads the headline and caveat from the last quarter', () => {
    const relay = viewOf(doc, { kind: 'relay' });
    expect(relay.rows.length).toBeLessThanOrEqual(RELAY_ROWS);
    const headline = viewOf(doc, { kind: 'headline', scenario: last.id });
    expect(headline.parts[0].after).toBe(String(simulate(doc, last, last.adoption.length - 1).headcount));
    const caveat = viewOf(doc, { kind: 'caveat', scenario: last.id });
    expect(caveat.sentence).toMatch(/measured attempt/);
    expect(caveat.loops).toMatch(/^Learning loops in the window: .+ → .+$/);
  });
});

describe('the story on odd models', () => {
  it('an empty model tells its title, headline and caveat, nothing broken', () => {
    const json = validDoc();
    json.teams = [];
    json.handoffs = [];
    const doc = parsed(JSON.stringify(json));
    const story = defaultStory(doc);
    expect(story.map((s) => s.kind)).toEqual(['title', 'headline', 'caveat']);
    for (const step of story) expect(() => stepView(doc, step, new StoryResults(doc))).not.toThrow();
  });

  it('a model without positions, with feedback loops and long Unicode names, builds a story whose every step renders', () => {
    const json = validDoc();
    json.teams[1].name = 'Ingeniería de datos y plataformas — 東京 チーム 🚀'.repeat(2);
    json.handoffs.push({ id: 'fb', from: 'ops', to: 'strat', artifact: 'What customers said', waitDays: 4, ca: 0.7, kind: 'feedback' });
    const doc = parsed(JSON.stringify(json));
    for (const step of defaultStory(doc)) {
      const view = stepView(doc, step, new StoryResults(doc));
      expect(view.title.length).toBeGreaterThan(0);
    }
    expect(viewOf(doc, { kind: 'layer', layer: 'build' }).cards[0].name).toBe(json.teams[1].name);
  });

  it('a document’s own story is told instead, hidden steps and steps naming what no longer exists skipped', () => {
    const doc = { ...example('ott-churn.fivefold.json') };
    const own: StoryStep[] = [
      { kind: 'headline', scenario: 'ai-native', title: 'Where we land' },
      { kind: 'relay', hidden: true },
      { kind: 'focus', teams: ['gone'] },
      { kind: 'layer', layer: 'build' },
      { kind: 'quarter', scenario: 'nope', quarter: 1 },
    ];
    Object.assign(doc, { story: own });
    expect(storyOf(doc)).toBe(own);
    expect(shownSteps(doc, own).map((s) => s.index)).toEqual([0, 3]);
    expect(stepTitle(doc, own[0])).toBe('Where we land');
    expect(stepTitle(doc, own[3])).toBe('Build & Data');
  });

  it('a focus step frames the chosen teams with their people before → after', () => {
    const doc = example('ott-churn.fivefold.json');
    const view = viewOf(doc, { kind: 'focus', teams: ['eng', 'qa'] });
    expect(view.cards.map((c) => c.name)).toEqual(['Engineering', 'QA']);
    expect(view.cards[0].people).toMatch(/^3 → \d+ (people|person)$/);
    expect(view.rows.map((r) => `${r.from} → ${r.to}`)).toEqual(['Engineering → QA']);
  });

  it('the ranges step says plainly when a scenario has no ranges or they are not sampled yet, and reads them once sampled', () => {
    const doc = example('ott-churn.fivefold.json');
    const bare = { ...doc, scenarios: doc.scenarios.map(({ uncertainty: _, ...s }) => s) };
    expect(defaultStory(bare, null).some((s) => s.kind === 'ranges')).toBe(false);
    const missing = viewOf(bare, { kind: 'ranges', scenario: 'ai-native' });
    expect(missing.rows).toEqual([]);
    expect(missing.sentence).toMatch(/no uncertainty ranges yet/);
    expect(hasRanges(doc, 'ai-native')).toBe(true);
    expect(viewOf(doc, { kind: 'ranges', scenario: 'ai-native' }).sentence).toMatch(/not sampled yet/);
    const sampling = stepView(doc, { kind: 'ranges', scenario: 'ai-native' }, new StoryResults(doc), { sampling: '300 of 1000' }) as Extract<StepView, { kind: 'ranges' }>;
    expect(sampling.sentence).toBe('Sampling the ranges of AI-native: 300 of 1000 worlds so far.');
    const p = (p10: number, p50: number, p90: number) => ({ p10, p50, p90 });
    const sampled = stepView(doc, { kind: 'ranges', scenario: 'ai-native' }, new StoryResults(doc), {
      ranges: () => ({ headcount: p(7, 9, 10), leadTimeDays: p(25, 28, 33) }),
    }) as Extract<StepView, { kind: 'ranges' }>;
    expect(sampled.rows[0]).toEqual({ label: 'people', point: '5', range: '7 to 10 (most likely 9)' });
    // The results panel's sentence, word for word (src/readout/ranges.ts).
    expect(sampled.sentence).toBe('The single answer, 5 people, sits below the 10th percentile of the sampled worlds (7): fewer than one world in ten gets there; the middle world needs 9.');
    const within = stepView(doc, { kind: 'ranges', scenario: 'ai-native' }, new StoryResults(doc), {
      ranges: () => ({ headcount: p(4, 5, 7), leadTimeDays: p(25, 28, 33) }),
    }) as Extract<StepView, { kind: 'ranges' }>;
    expect(within.sentence).toBe('Eight in ten sampled worlds fall between 4 and 7 people.');
  });
});
