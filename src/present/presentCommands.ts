import type { AnyCommand, Command, KeyLike } from '../commands/registry';
import type { Stores } from '../store/context';
import type { PresentationState } from '../store/uiStore';
import { shownSteps, storyOf } from '../model/story';
import { showStepInEditor } from './editAtStep';
import { openPresenterWindow } from './channel';

declare module '../commands/registry' {
  interface CommandArgs {
    'present.start': { step?: number } | undefined;
    'present.next': void;
    'present.previous': void;
    'present.first': void;
    'present.last': void;
    'present.goTo': { step: number };
    'present.typeDigit': { digit: string };
    'present.blank': void;
    'present.laser': void;
    'present.presenterView': void;
    'present.edit': void;
    'present.leave': void;
  }
}

/**
 * `present.start` (F5, or the toolbar's Present button): the story full screen from its first step.
 * Full screen is asked for here, inside the key press or click, because browsers grant it only there.
 * The chosen scenario is kept: it tells the default story, and changing it while editing live must
 * not reshuffle the steps under the facilitator.
 */
export const startPresentation: Command<{ step?: number } | undefined> = {
  id: 'present.start',
  label: 'Present',
  group: 'View',
  shortcuts: ['F5'],
  canRun: (stores) => stores.ui.getState().presentation === null,
  run(stores, args) {
    const root = typeof document === 'undefined' ? null : document.documentElement;
    if (root?.requestFullscreen && !document.fullscreenElement) void root.requestFullscreen().catch(() => undefined);
    stores.ui.getState().setPresentation({ step: args?.step ?? 0, editing: false, scenario: stores.ui.getState().scenarioId });
  },
};

/** The steps the audience sees, in the story of the scenario the presentation began with. */
export function presentedSteps(stores: Stores, p: PresentationState) {
  const doc = stores.document.getState().doc;
  return shownSteps(doc, storyOf(doc, p.scenario));
}

const presenting = (stores: Stores) => stores.ui.getState().presentation;
const update = (stores: Stores, change: Partial<PresentationState>) => {
  const p = presenting(stores);
  if (p) stores.ui.getState().setPresentation({ ...p, ...change });
};
/** A step within the story's steps, with any other change (a typed number used up). */
function go(stores: Stores, step: number, change: Partial<PresentationState> = {}) {
  const p = presenting(stores);
  if (!p) return;
  const n = presentedSteps(stores, p).length;
  stores.ui.getState().setPresentation(n ? { ...p, ...change, step: Math.max(0, Math.min(step, n - 1)) } : { ...p, ...change });
}

/**
 * Keys while presenting: they act on the audience's screen only (view state, never the document, so
 * no undo step), live in the registry's `present` scope so the editor's keys (arrows nudge, Enter
 * edits) stay the editor's, and the Presentation dispatches them.
 */
const presentKey = <A = void>(c: Omit<Command<A>, 'group' | 'scope' | 'canRun'> & { canRun?: Command<A>['canRun'] }): Command<A> => ({
  group: 'Presenting',
  scope: 'present',
  ...c,
  canRun: (stores, args) => !!presenting(stores) && (!c.canRun || c.canRun(stores, args)),
});

/** `present.next`: the next step; after a typed number, Enter goes to that step instead. */
export const nextStep = presentKey({
  id: 'present.next',
  label: 'Next step',
  shortcuts: ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter'],
  run(stores) {
    const p = presenting(stores)!;
    if (p.typed) go(stores, Number(p.typed) - 1, { typed: '' });
    else go(stores, p.step + 1);
  },
});

export const previousStep = presentKey({
  id: 'present.previous',
  label: 'Previous step',
  shortcuts: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
  run: (stores) => go(stores, presenting(stores)!.step - 1),
});

export const firstStep = presentKey({ id: 'present.first', label: 'First step', shortcuts: ['Home'], run: (stores) => go(stores, 0) });
export const lastStep = presentKey({ id: 'present.last', label: 'Last step', shortcuts: ['End'], run: (stores) => go(stores, Number.MAX_SAFE_INTEGER) });

/** `present.goTo`: one step by its place (a click on the slide, the presenter view). */
export const goToStep = presentKey<{ step: number }>({ id: 'present.goTo', label: 'Go to a step', run: (stores, { step }) => go(stores, step) });

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** `present.typeDigit`: a digit of a step number; Enter, or a pause, goes there (the Presentation times the pause). */
export const typeDigit = presentKey<{ digit: string }>({
  id: 'present.typeDigit',
  label: 'Type a step number (Enter, or a pause, goes there)',
  shortcuts: DIGITS,
  keyArgs: (e: KeyLike) => ({ digit: e.key }),
  run: (stores, { digit }) => update(stores, { typed: `${presenting(stores)!.typed ?? ''}${digit}` }),
});

export const toggleBlank = presentKey({
  id: 'present.blank',
  label: 'Blank the screen, or show it again',
  shortcuts: ['B', '.'],
  run: (stores) => update(stores, { blank: !presenting(stores)!.blank }),
});

export const toggleLaser = presentKey({
  id: 'present.laser',
  label: 'Laser dot on or off',
  shortcuts: ['L'],
  run: (stores) => update(stores, { laser: !presenting(stores)!.laser }),
});

export const presenterView = presentKey({ id: 'present.presenterView', label: 'Open the presenter view', shortcuts: ['P'], run: () => openPresenterWindow() });

/** `present.edit`: edit live at this step (the editor shows it), and again to come back. */
export const editLive = presentKey({
  id: 'present.edit',
  label: 'Edit live at this step, or come back',
  shortcuts: ['E'],
  run(stores) {
    const p = presenting(stores)!;
    if (!p.editing) {
      const step = presentedSteps(stores, p)[Math.max(0, p.step)]?.step;
      if (step) showStepInEditor(stores, step);
    }
    update(stores, { editing: !p.editing });
  },
});

/** `present.leave` (Esc, or leaving full screen): back to the editor. */
export const leavePresentation = presentKey({
  id: 'present.leave',
  label: 'Leave the presentation',
  shortcuts: ['Escape'],
  run(stores) {
    stores.ui.getState().setPresentation(null);
    if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  },
});

export const PRESENT_COMMANDS: AnyCommand[] = [
  startPresentation,
  nextStep,
  previousStep,
  firstStep,
  lastStep,
  goToStep,
  typeDigit,
  toggleBlank,
  toggleLaser,
  presenterView,
  editLive,
  leavePresentation,
];
