import { describe, expect, it } from 'vitest';
import { LAYER_IDS, MIX_KINDS, MIX_TOLERANCE, TeamSchema } from '../../../src/model';
import { LAYERS, typicalTeams } from '../../../src/model/catalogue';

// The catalogue feeds team.add, so it is checked here with the commands that use it.
describe('the five-layer catalogue', () => {
  it('names the five layers of product.md in order', () => {
    expect(LAYERS.map((l) => l.id)).toEqual([...LAYER_IDS]);
    expect(LAYERS.map((l) => l.name)).toEqual(['Strategy', 'Product & Design', 'Build & Data', 'Execution', 'Control']);
    expect(LAYERS.filter((l) => l.crossCutting).map((l) => l.id)).toEqual(['control']);
  });

  it.each(LAYER_IDS)('gives %s typical teams plus a blank one, each a valid team with a stated basis', (layer) => {
    const teams = typicalTeams(layer);
    expect(teams.filter((t) => t.blank)).toHaveLength(1);
    expect(teams.length).toBeGreaterThanOrEqual(3);
    for (const t of teams) {
      const candidate = { id: 'x', name: t.name, layer: t.layer, headcount: t.headcount, costPerFte: t.costPerFte, processDays: t.processDays, mix: t.mix, roles: t.roles };
      expect(TeamSchema.safeParse(candidate).success).toBe(true);
      expect(Math.abs(MIX_KINDS.reduce((s, k) => s + t.mix[k], 0) - 1)).toBeLessThanOrEqual(MIX_TOLERANCE);
      expect(t.basis).toMatch(/simulation\.md|Assumption/);
    }
  });

  it('hands out copies, so editing one added team never changes the catalogue', () => {
    const a = typicalTeams('build')[0];
    a.mix.routine = 0.99;
    a.roles.push('changed');
    const b = typicalTeams('build')[0];
    expect(b.mix.routine).not.toBe(0.99);
    expect(b.roles).not.toContain('changed');
  });
});
