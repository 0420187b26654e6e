import { describe, expect, it } from 'vitest';
import { AUTOMATABLE_KINDS, AssumptionsSchema, DEFAULT_ASSUMPTIONS, presetScenarios, ScenarioSchema } from '../../../src/model';
import { allBases, SOURCES, scenarioValue } from '../../../src/model/assumptionSources';

describe('assumption sources', () => {
  const keys = allBases().map((b) => b.key);

  it('cover every model assumption and every scenario parameter (potential and cap per kind)', () => {
    const expected = [
      ...Object.keys(AssumptionsSchema.unwrap().shape).map((k) => `assumptions.${k}`),
      ...Object.keys(ScenarioSchema.shape)
        // `uncertainty` is not a lever but ranges around the levers (simulation.md §11).
        .filter((k) => k !== 'id' && k !== 'name' && k !== 'uncertainty')
        .flatMap((k) => (k === 'potential' || k === 'cap' ? AUTOMATABLE_KINDS.map((kind) => `scenario.${k}.${kind}`) : [`scenario.${k}`])),
    ];
    expect([...keys].sort()).toEqual([...expected].sort());
  });

  it('give the defaults a new model has: the assumptions, and the "Top of measured evidence" preset', () => {
    const top = presetScenarios().find((p) => p.id === 'evidence-top')!;
    for (const b of allBases()) {
      if (b.key.startsWith('assumptions.')) expect(b.default, b.key).toBe(DEFAULT_ASSUMPTIONS[b.key.split('.')[1] as keyof typeof DEFAULT_ASSUMPTIONS]);
      else if (b.key !== 'scenario.adoption') expect(b.default, b.key).toBe(scenarioValue(top, b.key));
    }
  });

  it('list the three presets’ values in preset order where they differ', () => {
    const presets = presetScenarios();
    for (const b of allBases().filter((x) => x.presets)) {
      expect(b.presets, b.key).toEqual(presets.map((p) => scenarioValue(p, b.key)));
    }
  });

  it('say which end of the range each default takes, with a basis, and cite only known sources', () => {
    for (const b of allBases()) {
      expect(['low', 'middle', 'high', 'assumption'], b.key).toContain(b.end);
      expect(b.basis.length, b.key).toBeGreaterThan(10);
      expect(b.endNote.length, b.key).toBeGreaterThan(5);
      for (const s of b.sources) expect(SOURCES, `${b.key} cites ${s}`).toHaveProperty(s);
    }
  });

  it('cite every published figure product.md and simulation.md name', () => {
    const cited = Object.values(SOURCES).map((s) => s.cite).join(' | ');
    for (const name of ['McKinsey', 'Work Trend Index', 'Future of Jobs 2025', 'Brooks', 'Team Topologies', 'Value-stream', 'METR', 'DORA', 'EU AI Act', 'NIST AI']) {
      expect(cited).toContain(name);
    }
  });
});
