import { render, within } from '@testing-library/react';
import type { FivefoldDocument } from '../../../../src/model';
import { ResultsDock } from '../../../../src/panels/results/ResultsDock';
import { createStores, StoresProvider } from '../../../../src/store/context';
import { ott } from '../../../unit/sim/ott';

/** The results dock alone, on its own stores (the OTT example unless a document is given). */
export function renderDock(doc: FivefoldDocument = ott()) {
  const stores = createStores(doc);
  render(
    <StoresProvider stores={stores}>
      <ResultsDock />
    </StoresProvider>,
  );
  return { stores, doc };
}

/** Each body row of a table as its cells' text, the row header first. */
export const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim()));
