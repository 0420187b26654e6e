import { describe, expect, it, vi } from 'vitest';
import { openAsNewModel, setModelOpener } from '../../../src/io/openModel';
import { importText } from '../../../src/io/fileImport';
import { createStores } from '../../../src/store/context';
import exampleText from '../../../examples/ott-churn.fivefold.json?raw';
import { example as exampleDoc } from '../../support/examples';

describe('openAsNewModel', () => {
  it('hands the document and its source to the registered opener, and clears the selection', () => {
    const stores = createStores(exampleDoc());
    stores.ui.getState().select({ teams: ['qa'] });
    const opener = vi.fn();
    setModelOpener(stores, opener);
    const doc = { ...exampleDoc(), title: 'Shared ünïcode model' };
    openAsNewModel(stores, doc, { kind: 'share', name: 'a link' });
    expect(opener).toHaveBeenCalledWith(doc, { kind: 'share', name: 'a link' });
    expect(stores.ui.getState().selection).toEqual({ teams: [], handoffs: [] });
  });

  it('without a library (storage refused, tests), opens the document as one undo step, so the replaced model is not lost', () => {
    const stores = createStores(exampleDoc());
    const doc = { ...exampleDoc(), title: 'Alone' };
    openAsNewModel(stores, doc, { kind: 'example', name: 'Alone' });
    expect(stores.document.getState().doc).toEqual(doc);
    expect(stores.document.getState().past.map((p) => p.label)).toEqual(['Open "Alone"']);
    stores.document.getState().undo();
    expect(stores.document.getState().doc.title).toBe(exampleDoc().title);
  });

  it('is what an import goes through, named after the file; a removed opener is no longer called', () => {
    const stores = createStores(exampleDoc());
    const opener = vi.fn();
    const remove = setModelOpener(stores, opener);
    importText(stores, 'plan.fivefold.json', exampleText, 'drop');
    expect(opener).toHaveBeenCalledWith(exampleDoc(), { kind: 'drop', name: 'plan.fivefold.json' });
    remove();
    importText(stores, 'plan.fivefold.json', exampleText);
    expect(opener).toHaveBeenCalledTimes(1);
  });
});
