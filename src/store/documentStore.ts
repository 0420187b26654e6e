import { createStore, type StoreApi } from 'zustand/vanilla';
import { produce, type Draft } from 'immer';
import type { FivefoldDocument } from '../model';

/** How many undo steps are kept; older ones are dropped first. */
export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  label: string;
  doc: FivefoldDocument;
}

export type Recipe = (draft: Draft<FivefoldDocument>) => void;

/**
 * A recipe that swaps the whole document for another, so replacing a model is one undo step.
 * @example commit('New model', replaceWith(emptyDocument()))
 */
export const replaceWith =
  (next: FivefoldDocument): Recipe =>
  (d) => {
    for (const k of Object.keys(d) as (keyof FivefoldDocument)[]) delete d[k];
    Object.assign(d, next);
  };

export interface DocumentState {
  doc: FivefoldDocument;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Bumped on every change of `doc`, so savers and the worker can tell versions apart cheaply. */
  revision: number;
  /** The document as it was when a live gesture (a drag) began; null when none is under way. */
  gestureBase: FivefoldDocument | null;
  /** Bumped by `load` only, so views can tell a newly opened document (fit it to the screen) from an edit. */
  generation: number;

  /** One named, undoable edit. Within a gesture, the undo step restores the document from before it. */
  commit(label: string, recipe: Recipe): void;
  /** Changes the document live during a gesture, without an undo step; `commit` or `cancelGesture` ends it. */
  preview(recipe: Recipe): void;
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /** Replaces the document (open, import, new, restore): a fresh history. */
  load(doc: FivefoldDocument): void;
}

/**
 * The one store of the document. Snapshots share structure through immer, so keeping 200 of them
 * costs little more than the changes themselves.
 * @example const store = createDocumentStore(doc); store.getState().commit('Rename team', d => { d.teams[0].name = 'X' });
 */
export function createDocumentStore(initial: FivefoldDocument): StoreApi<DocumentState> {
  return createStore<DocumentState>()((set, get) => ({
    doc: initial,
    past: [],
    future: [],
    revision: 0,
    gestureBase: null,
    generation: 0,

    commit(label, recipe) {
      const { doc, past, gestureBase, revision } = get();
      const next = produce(doc, recipe);
      const before = gestureBase ?? doc;
      if (next === before) {
        if (gestureBase) set({ doc: before, gestureBase: null, revision: revision + 1 });
        return;
      }
      set({
        doc: next,
        past: [...past, { label, doc: before }].slice(-HISTORY_LIMIT),
        future: [],
        gestureBase: null,
        revision: revision + 1,
      });
    },

    preview(recipe) {
      const { doc, gestureBase, revision } = get();
      const next = produce(doc, recipe);
      if (next === doc) return;
      set({ doc: next, gestureBase: gestureBase ?? doc, revision: revision + 1 });
    },

    cancelGesture() {
      const { gestureBase, revision } = get();
      if (gestureBase) set({ doc: gestureBase, gestureBase: null, revision: revision + 1 });
    },

    undo() {
      const { past, future, doc, revision } = get();
      const last = past[past.length - 1];
      if (!last) return;
      set({
        doc: last.doc,
        past: past.slice(0, -1),
        future: [{ label: last.label, doc }, ...future],
        gestureBase: null,
        revision: revision + 1,
      });
    },

    redo() {
      const { past, future, doc, revision } = get();
      const next = future[0];
      if (!next) return;
      set({
        doc: next.doc,
        past: [...past, { label: next.label, doc }],
        future: future.slice(1),
        gestureBase: null,
        revision: revision + 1,
      });
    },

    load(doc) {
      set({ doc, past: [], future: [], gestureBase: null, revision: get().revision + 1, generation: get().generation + 1 });
    },
  }));
}

/** Labels for the toolbar: "Undo move team", or null when there is nothing to undo. */
export const undoLabel = (s: DocumentState) => (s.past.length ? s.past[s.past.length - 1].label : null);
export const redoLabel = (s: DocumentState) => (s.future.length ? s.future[0].label : null);
