/**
 * Story commands: the facilitator's edits of the presentation's steps (format.md v2 `story`). Each is
 * one named undo step saved in the file. A document without a story of its own tells the default
 * one; the first edit writes that default story into the document and edits it, so what the room saw
 * is what gets edited.
 */
import type { Command } from './registry';
import type { Stores } from '../store/context';
import type { Draft } from 'immer';
import type { FivefoldDocument } from '../model';
import { defaultStory, storyOf, type StoryStep } from '../model/story';

declare module './registry' {
  interface CommandArgs {
    'story.move': MoveStepArgs;
    'story.hide': { index: number; hidden: boolean };
    'story.retitle': { index: number; title: string };
    'story.notes': { index: number; notes: string };
    'story.addFocus': { after?: number } | undefined;
    'story.remove': { index: number };
    'story.reset': void;
  }
}

type WithStory = { story?: StoryStep[] };

/** The story the document tells now (its own, else the default for the chosen scenario). */
export function currentStory(stores: Stores): StoryStep[] {
  return storyOf(stores.document.getState().doc, stores.ui.getState().scenarioId);
}

/** Edits the story in one undo step, writing the default story into the document first when it has none. */
function editStory(stores: Stores, label: string, edit: (story: Draft<StoryStep>[]) => void): void {
  const scenarioId = stores.ui.getState().scenarioId;
  stores.document.getState().commit(label, (d) => {
    const doc = d as Draft<FivefoldDocument> & WithStory;
    if (!doc.story || doc.story.length === 0) doc.story = defaultStory(d as FivefoldDocument, scenarioId);
    edit(doc.story as Draft<StoryStep>[]);
  });
}

const inStory = (stores: Stores, index: number) => Number.isInteger(index) && index >= 0 && index < currentStory(stores).length;

export interface MoveStepArgs {
  index: number;
  to: number;
}

/** `story.move`: puts a step at another place in the story. */
export const moveStoryStep: Command<MoveStepArgs> = {
  id: 'story.move',
  label: 'Move story step',
  group: 'Story',
  canRun: (stores, a) => !!a && inStory(stores, a.index) && inStory(stores, a.to) && a.index !== a.to,
  run(stores, { index, to }) {
    editStory(stores, 'Move story step', (story) => {
      const [step] = story.splice(index, 1);
      story.splice(to, 0, step);
    });
  },
};

/** `story.hide`: hides a step from the audience, or shows it again; it stays in the story. */
export const hideStoryStep: Command<{ index: number; hidden: boolean }> = {
  id: 'story.hide',
  label: 'Hide or show story step',
  group: 'Story',
  canRun: (stores, a) => !!a && inStory(stores, a.index),
  run(stores, { index, hidden }) {
    editStory(stores, hidden ? 'Hide story step' : 'Show story step', (story) => {
      if (hidden) story[index].hidden = true;
      else delete story[index].hidden;
    });
  },
};

/** `story.retitle`: a step's own title (1–120 characters); an empty title goes back to the one said from the step. */
export const retitleStoryStep: Command<{ index: number; title: string }> = {
  id: 'story.retitle',
  label: 'Retitle story step',
  group: 'Story',
  canRun: (stores, a) => !!a && inStory(stores, a.index) && a.title.trim().length <= 120,
  run(stores, { index, title }) {
    editStory(stores, 'Retitle story step', (story) => {
      const clean = title.trim();
      if (clean) story[index].title = clean;
      else delete story[index].title;
    });
  },
};

/** `story.notes`: the speaker notes of a step (0–5000 characters), shown in the presenter view. */
export const setStoryNotes: Command<{ index: number; notes: string }> = {
  id: 'story.notes',
  label: 'Edit speaker notes',
  group: 'Story',
  canRun: (stores, a) => !!a && inStory(stores, a.index) && a.notes.length <= 5000,
  run(stores, { index, notes }) {
    editStory(stores, 'Edit speaker notes', (story) => {
      if (notes.trim()) story[index].notes = notes;
      else delete story[index].notes;
    });
  },
};

/** `story.addFocus`: a step framing the selected teams, after step `after` (default: at the end). */
export const addFocusStep: Command<{ after?: number } | undefined> = {
  id: 'story.addFocus',
  label: 'Add a focus step from the selection',
  group: 'Story',
  canRun: (stores) => stores.ui.getState().selection.teams.length > 0,
  run(stores, args) {
    const teams = [...stores.ui.getState().selection.teams];
    editStory(stores, 'Add focus step', (story) => {
      const at = args?.after === undefined ? story.length : Math.max(0, Math.min(args.after + 1, story.length));
      story.splice(at, 0, { kind: 'focus', teams });
    });
  },
};

/** `story.remove`: takes a step out of the story. */
export const removeStoryStep: Command<{ index: number }> = {
  id: 'story.remove',
  label: 'Remove story step',
  group: 'Story',
  canRun: (stores, a) => !!a && inStory(stores, a.index) && currentStory(stores).length > 1,
  run(stores, { index }) {
    editStory(stores, 'Remove story step', (story) => void story.splice(index, 1));
  },
};

/** `story.reset`: drops the document's own story, so the default one is told again. */
export const resetStory: Command = {
  id: 'story.reset',
  label: 'Reset the story to the default',
  group: 'Story',
  canRun: (stores) => !!(stores.document.getState().doc as WithStory).story,
  run(stores) {
    stores.document.getState().commit('Reset the story', (d) => void delete (d as WithStory).story);
  },
};

export const STORY_COMMANDS = [moveStoryStep, hideStoryStep, retitleStoryStep, setStoryNotes, addFocusStep, removeStoryStep, resetStory];
