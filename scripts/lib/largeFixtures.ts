/**
 * The documents the large-model tests and bench share: the 1,200-team organisation of the issue
 * (no positions), the three other shapes, and one hand-written model (no positions, feedback loops,
 * names in several scripts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText, presetScenarios, type FivefoldDocument } from '../../src/model';
import { largeOrganisation } from './generatedOrg';
import { SHAPES, shapeDocument } from './shapes';

export interface Fixture {
  name: string;
  doc: () => FivefoldDocument;
}

const HAND_WRITTEN = resolve(import.meta.dirname, '../../test/fixtures/clinic-network.fivefold.json');

/** The hand-written model, parsed like an import. */
export function handWritten(): FivefoldDocument {
  const r = parseText(readFileSync(HAND_WRITTEN, 'utf8'));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.doc;
}

/** Every large-model fixture at `teams` teams (the organisation is always 1,200), plus the hand-written one. */
export function largeFixtures(teams = 1200): Fixture[] {
  return [
    { name: 'organisation, 1,200 teams', doc: () => largeOrganisation(presetScenarios()) },
    ...SHAPES.map((shape) => ({ name: `${shape}, ${teams.toLocaleString('en')} teams`, doc: () => shapeDocument(shape, teams) })),
    { name: 'hand-written, 13 teams', doc: handWritten },
  ];
}
