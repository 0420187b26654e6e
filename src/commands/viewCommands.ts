import type { AnyCommand, Command } from './registry';
import { chosenQuarter, chosenScenario } from '../model/chosen';
import type { Stores } from '../store/context';
import type { Overlay } from '../store/uiStore';

declare module './registry' {
  interface CommandArgs {
    'shortcuts.show': void;
    'view.before': void;
    'view.after': void;
    'quarter.next': void;
    'quarter.previous': void;
    'quarter.set': { quarter: number | null };
    'view.minimap': { shown: boolean };
  }
}

/** The id of the shortcuts sheet in the UI store's `openPanel`. */
export const SHORTCUTS_PANEL = 'shortcuts';

/** `shortcuts.show`: opens the sheet listing every command and its keys. */
export const showShortcuts: Command = {
  id: 'shortcuts.show',
  label: 'Show keyboard shortcuts',
  group: 'Help',
  shortcuts: ['?'],
  run(stores) {
    stores.ui.getState().setOpenPanel(SHORTCUTS_PANEL);
  },
};

const showOverlay = (overlay: Overlay, label: string, key: string): Command => ({
  id: overlay === 'before' ? 'view.before' : 'view.after',
  label,
  group: 'Scenario',
  shortcuts: [key],
  canRun: (stores) => stores.ui.getState().overlay !== overlay,
  run: (stores) => stores.ui.getState().setOverlay(overlay),
});

/** `view.before` / `view.after`: the organisation as entered, or as the chosen scenario leaves it. */
export const showBefore = showOverlay('before', 'Show Before: the organisation as entered', 'Shift+B');
export const showAfter = showOverlay('after', 'Show After: the organisation at the chosen quarter', 'Shift+A');

/** The quarter shown now and the chosen scenario's last one (-1 without a scenario). */
function quarters(stores: Stores): { shown: number; last: number } {
  const { doc } = stores.document.getState();
  const ui = stores.ui.getState();
  const scenario = chosenScenario(doc, ui.scenarioId);
  return { shown: chosenQuarter(scenario, ui.quarter), last: scenario ? scenario.adoption.length - 1 : -1 };
}

/** `quarter.set`: the quarter the results and After show; null follows the scenario's last quarter. */
export const setQuarter: Command<{ quarter: number | null }> = {
  id: 'quarter.set',
  label: 'Choose the quarter',
  group: 'Scenario',
  run: (stores, { quarter }) => stores.ui.getState().setQuarter(quarter),
};

/** `quarter.next` / `quarter.previous`: one quarter later or earlier, within the scenario. */
export const nextQuarter: Command = {
  id: 'quarter.next',
  label: 'Next quarter',
  group: 'Scenario',
  shortcuts: [']'],
  canRun: (stores) => {
    const { shown, last } = quarters(stores);
    return shown < last;
  },
  run: (stores) => stores.ui.getState().setQuarter(quarters(stores).shown + 1),
};

export const previousQuarter: Command = {
  id: 'quarter.previous',
  label: 'Previous quarter',
  group: 'Scenario',
  shortcuts: ['['],
  canRun: (stores) => quarters(stores).shown > 0,
  run: (stores) => stores.ui.getState().setQuarter(quarters(stores).shown - 1),
};

/** `view.minimap`: shows or hides the canvas's overview map (UI state, never the document). */
export const showMinimap: Command<{ shown: boolean }> = {
  id: 'view.minimap',
  label: 'Show or hide the overview map',
  group: 'Canvas',
  run: (stores, { shown }) => stores.ui.getState().setMinimap(shown),
};

export const VIEW_COMMANDS: AnyCommand[] = [showBefore, showAfter, previousQuarter, nextQuarter, setQuarter, showMinimap, showShortcuts];
