// A first visit opens the bundled example without the strict parser (zod stays out of the first
// screen's JavaScript). These hold it to what the parser and the exporter would have made of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstVisitDocument, firstVisitText } from '../../../src/app/initialDocument';
import { parseText } from '../../../src/model';
import { storedText } from '../../../src/io/autosave';

const file = readFileSync('examples/ott-churn.fivefold.json', 'utf8');

describe('the first visit’s document', () => {
  it('is the document the strict parser reads from the example, without warnings', () => {
    const parsed = parseText(file);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    expect(parsed.warnings).toEqual([]);
    expect(firstVisitDocument()).toEqual(parsed.doc);
  });

  it('is saved as the text the exporter writes for it', () => {
    expect(firstVisitText()).toBe(file);
    expect(storedText(firstVisitDocument())).toBe(firstVisitText());
  });

  it('is a fresh object each time, so an edit never reaches the next visit’s example', () => {
    expect(firstVisitDocument()).not.toBe(firstVisitDocument());
  });
});
