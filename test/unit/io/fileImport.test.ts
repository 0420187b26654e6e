import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/model';
import { importText } from '../../../src/io/fileImport';
import { createStores } from '../../../src/store/context';
import exampleText from '../../../examples/ott-churn.fivefold.json?raw';
import { example as exampleDoc } from '../../support/examples';

/** Given: an editor with one undo step and a selection, so a fresh start can be seen. */
function givenEditedEditor() {
  const stores = createStores(exampleDoc());
  stores.document.getState().commit('Rename', (d) => {
    d.title = 'Edited';
  });
  stores.ui.getState().select({ teams: ['qa'] });
  return stores;
}

describe('importText', () => {
  it('opens a valid file with no selection and an "Opened" notice; without a library the edited model is one Undo away', () => {
    const stores = givenEditedEditor();
    const outcome = importText(stores, 'plan.fivefold.json', exampleText);
    expect(outcome).toEqual({ ok: true, fileName: 'plan.fivefold.json', warnings: [] });
    expect(stores.document.getState().doc).toEqual(exampleDoc());
    stores.document.getState().undo();
    expect(stores.document.getState().doc.title).toBe('Edited');
    expect(stores.ui.getState().selection).toEqual({ teams: [], handoffs: [] });
    expect(stores.ui.getState().notice).toEqual({ kind: 'info', text: 'Opened "plan.fivefold.json".' });
  });

  it('counts the warnings of a file with something it can drop safely', () => {
    const stores = givenEditedEditor();
    const text = JSON.stringify({ ...JSON.parse(exampleText), somethingNew: true });
    const parsed = parseText(text);
    if (!parsed.ok) throw new Error('an unknown key must only warn');
    const outcome = importText(stores, 'plan.fivefold.json', text);
    expect(outcome.ok && outcome.warnings).toEqual(parsed.warnings);
    const n = parsed.warnings.length;
    expect(n).toBeGreaterThan(0);
    expect(stores.ui.getState().notice?.kind).toBe('warning');
    expect(stores.ui.getState().notice?.text).toContain(`with ${n} warning${n === 1 ? '' : 's'}: `);
  });

  it('refuses an invalid file and leaves every store as it was', () => {
    const stores = givenEditedEditor();
    const doc = stores.document.getState().doc;
    const ui = stores.ui.getState();
    const outcome = importText(stores, 'bad.json', '{"format":"fivefold","version":1}');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.length).toBeGreaterThan(0);
    expect(stores.document.getState().doc).toBe(doc);
    expect(stores.document.getState().past).toHaveLength(1);
    expect(stores.ui.getState()).toBe(ui);
  });
});
