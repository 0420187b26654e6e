// The worked example of simulation.md §8, loaded through the real parser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText, type FivefoldDocument, type Scenario } from '../../../src/model';

export const EXAMPLE_PATH = resolve(__dirname, '../../../examples/ott-churn.fivefold.json');

export function ott(): FivefoldDocument {
  const parsed = parseText(readFileSync(EXAMPLE_PATH, 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must be valid');
  return parsed.doc;
}

export function scenarioOf(doc: FivefoldDocument, id: string): Scenario {
  const s = doc.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`the OTT example has no scenario "${id}"`);
  return s;
}
