import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { LAYER_IDS, layerName, teamName, teamNames, type FivefoldDocument } from '../../../src/model';
import { layerInfo } from '../../../src/model/catalogue';
import { accepted, validDoc } from './fixture';

function doc(): FivefoldDocument {
  return accepted(validDoc()).doc;
}

describe('teamNames', () => {
  it('maps every team id to its name', () => {
    const d = doc();
    const names = teamNames(d);
    expect(names.size).toBe(d.teams.length);
    for (const t of d.teams) expect(names.get(t.id)).toBe(t.name);
  });

  it('returns the same map for the same teams array, and a fresh one after a rename', () => {
    const d = doc();
    expect(teamNames(d)).toBe(teamNames({ teams: d.teams }));
    const renamed = produce(d, (draft) => {
      draft.teams[0].name = 'Renamed';
    });
    expect(teamNames(renamed)).not.toBe(teamNames(d));
    expect(teamNames(renamed).get(d.teams[0].id)).toBe('Renamed');
    expect(teamNames(d).get(d.teams[0].id)).toBe(d.teams[0].name);
  });
});

describe('teamName', () => {
  it('gives the name of a known team', () => {
    const d = doc();
    expect(teamName(d, d.teams[1].id)).toBe(d.teams[1].name);
  });

  it('falls back to the id when no team has it', () => {
    expect(teamName(doc(), 'no-such-team')).toBe('no-such-team');
  });
});

describe('layerName', () => {
  it('gives the catalogue name of a layer the document does not rename', () => {
    const d = doc();
    for (const layer of LAYER_IDS) expect(layerName(d, layer)).toBe(layerInfo(layer).name);
    expect(layerName(d, 'product')).toBe('Product & Design');
  });

  it("gives the document's own name for a renamed layer and the default for the others", () => {
    const d = { ...doc(), layers: [{ id: 'build' as const, name: 'Engineering' }] };
    expect(layerName(d, 'build')).toBe('Engineering');
    expect(layerName(d, 'control')).toBe('Control');
  });
});
