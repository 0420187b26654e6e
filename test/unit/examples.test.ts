// Every file in examples/: valid without warnings, byte-stable through export, and a realistic model.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAYER_IDS, parseText, presetScenarios, serialize, type FivefoldDocument } from '../../src/model';

const DIR = resolve(__dirname, '../../examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.fivefold.json')).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

function parsed(name: string): FivefoldDocument {
  const result = parseText(read(name));
  if (!result.ok) throw new Error(`${name} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.doc;
}

describe('examples', () => {
  it('the folder holds only Fivefold files, at least three of them', () => {
    expect(readdirSync(DIR).filter((f) => !f.endsWith('.fivefold.json'))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(files)('%s', (name) => {
    it('parses without warnings', () => {
      const result = parseText(read(name));
      expect(result.ok ? result.warnings : result.errors).toEqual([]);
    });

    it('round-trips byte for byte: serialize(parse(x)) === x', () => {
      expect(serialize(parsed(name))).toBe(read(name));
    });

    it('parse → export → parse gives an equal document', () => {
      const doc = parsed(name);
      const again = parseText(serialize(doc));
      expect(again.ok && again.doc).toEqual(doc);
    });

    it('has teams in all five layers, each with roles, and handoffs that name their artifact', () => {
      const doc = parsed(name);
      expect(new Set(doc.teams.map((t) => t.layer))).toEqual(new Set(LAYER_IDS));
      for (const t of doc.teams) expect(t.roles?.length, `${t.id} has no roles`).toBeGreaterThan(0);
      for (const h of doc.handoffs) expect(h.artifact.trim(), `${h.id} has no artifact`).not.toBe('');
      const linked = new Set(doc.handoffs.flatMap((h) => [h.from, h.to]));
      for (const t of doc.teams) expect(linked.has(t.id), `${t.id} has no handoff`).toBe(true);
    });

    it('carries the three preset scenarios', () => {
      expect(parsed(name).scenarios).toEqual(presetScenarios());
    });
  });

  it('at least one example has feedback handoffs', () => {
    const withFeedback = files.filter((f) => parsed(f).handoffs.some((h) => h.kind === 'feedback'));
    expect(withFeedback.length).toBeGreaterThanOrEqual(1);
  });

  it('at least one example has more than 30 teams', () => {
    expect(Math.max(...files.map((f) => parsed(f).teams.length))).toBeGreaterThan(30);
  });

  it('examples have different titles, so the Examples menu can tell them apart', () => {
    const titles = files.map((f) => parsed(f).title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
