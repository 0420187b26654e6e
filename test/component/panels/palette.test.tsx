/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Palette } from '../../../src/panels/palette/Palette';
import { PALETTE_MIME, isPaletteDrag, readPaletteDrop } from '../../../src/canvas/paletteDrop';
import { LAYERS, typicalTeams } from '../../../src/model/catalogue';
import { renderInEditor } from './harness';

/** A DataTransfer stand-in: jsdom has none. */
function fakeDataTransfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (t: string, v: string) => void data.set(t, v),
    getData: (t: string) => data.get(t) ?? '',
    effectAllowed: 'none',
  } as unknown as DataTransfer;
}

describe('Palette', () => {
  it('offers, per layer, every typical team and a blank one, each a named button', () => {
    renderInEditor(<Palette />);
    for (const layer of LAYERS) {
      const section = screen.getByRole('region', { name: layer.name });
      const buttons = within(section).getAllByRole('button');
      expect(buttons).toHaveLength(typicalTeams(layer.id).length);
      expect(within(section).getByRole('button', { name: `Add a blank team to ${layer.name}` })).toBeTruthy();
    }
  });

  it('given a click on a typical team, then it is added to its layer with its defaults, as one undo step', async () => {
    const ed = renderInEditor(<Palette />);
    const template = typicalTeams('control')[1];
    await userEvent.click(screen.getByRole('button', { name: `Add ${template.name} to Control` }));
    const added = ed.doc().teams.at(-1)!;
    expect(added).toMatchObject({ name: template.name, layer: 'control', costPerFte: template.costPerFte, processDays: template.processDays });
    expect(ed.past()).toHaveLength(1);
    expect(ed.stores.ui.getState().selection.teams).toEqual([added.id]);
  });

  it('is reachable by keyboard: Tab to an item and Enter adds it', async () => {
    const ed = renderInEditor(<Palette />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await user.keyboard('{Enter}');
    expect(ed.doc().teams).toHaveLength(11);
  });

  it('given a drag from an item, then the drop carries the template for the canvas to read', () => {
    renderInEditor(<Palette />);
    const template = typicalTeams('build')[3];
    const button = screen.getByRole('button', { name: `Add ${template.name} to Build & Data` });
    const dataTransfer = fakeDataTransfer();
    fireEvent.dragStart(button, { dataTransfer });
    expect(dataTransfer.types).toContain(PALETTE_MIME);
    expect(isPaletteDrag({ dataTransfer })).toBe(true);
    expect(readPaletteDrop({ dataTransfer })?.key).toBe(template.key);
  });

  it('ignores drops that are not palette teams', () => {
    const dataTransfer = fakeDataTransfer();
    dataTransfer.setData('text/plain', 'hello');
    expect(isPaletteDrag({ dataTransfer })).toBe(false);
    expect(readPaletteDrop({ dataTransfer })).toBeNull();
  });

  it('shows where each default came from', async () => {
    renderInEditor(<Palette />);
    const section = screen.getByRole('region', { name: 'Build & Data' });
    await userEvent.click(within(section).getByText(/Where the Build & Data defaults come from/));
    for (const t of typicalTeams('build')) expect(within(section).getAllByText(new RegExp(t.basis.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).length).toBeGreaterThan(0);
  });
});
