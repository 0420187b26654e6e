import type { Command } from './registry';
import type { Stores } from '../store/context';
import type { Handoff, Team } from '../model';
import { uniqueId } from './ids';
import { hasTeamsSelected } from './selectionCommands';

declare module './registry' {
  interface CommandArgs {
    'clipboard.copy': void;
    'clipboard.paste': void;
    'selection.duplicate': void;
  }
}

/** What was copied: plain copies, so later edits to the originals do not leak into a paste. */
export interface Clip {
  teams: Team[];
  handoffs: Handoff[];
  /** How many times it was pasted, so each paste lands a step further away instead of on top. */
  pastes: number;
}

/** Copies stay per editor, in memory: the document never holds clipboard state. */
const clips = new WeakMap<Stores, Clip>();

/** Offset of each paste from the copied teams. */
export const PASTE_OFFSET = 40;

/** The selected teams, and the handoffs that run between two of them (the rest would dangle). */
function takeSelection(stores: Stores): Omit<Clip, 'pastes'> {
  const { doc } = stores.document.getState();
  const ids = new Set(stores.ui.getState().selection.teams);
  return {
    teams: structuredClone(doc.teams.filter((t) => ids.has(t.id))),
    handoffs: structuredClone(doc.handoffs.filter((h) => ids.has(h.from) && ids.has(h.to))),
  };
}

/**
 * Adds copies of teams and their inner handoffs with fresh ids, remapping each handoff's ends to the
 * copies, then selects the copies. One undo step.
 */
function insertCopies(stores: Stores, clip: Omit<Clip, 'pastes'>, offset: number, label: string) {
  const { doc } = stores.document.getState();
  const teamIds = new Set(doc.teams.map((t) => t.id));
  const handoffIds = new Set(doc.handoffs.map((h) => h.id));
  const newId = new Map<string, string>();
  const teams = clip.teams.map((t) => {
    const id = uniqueId(t.id, teamIds);
    teamIds.add(id);
    newId.set(t.id, id);
    const copy: Team = { ...structuredClone(t), id };
    if (t.position) copy.position = { x: t.position.x + offset, y: t.position.y + offset };
    return copy;
  });
  const handoffs = clip.handoffs.map((h) => {
    const id = uniqueId(h.id, handoffIds);
    handoffIds.add(id);
    return { ...h, id, from: newId.get(h.from)!, to: newId.get(h.to)! };
  });
  stores.document.getState().commit(label, (d) => {
    d.teams.push(...teams);
    d.handoffs.push(...handoffs);
  });
  stores.ui.getState().select({ teams: teams.map((t) => t.id), handoffs: handoffs.map((h) => h.id) });
}

/** `clipboard.copy`: remembers the selected teams and the handoffs between them. Not an edit. */
export const copySelection: Command = {
  id: 'clipboard.copy',
  label: 'Copy',
  group: 'Edit',
  shortcuts: ['Mod+C'],
  canRun: hasTeamsSelected,
  run(stores) {
    clips.set(stores, { ...takeSelection(stores), pastes: 0 });
  },
};

/** `clipboard.paste`: copies of what was copied, with new ids and remapped handoffs. */
export const paste: Command = {
  id: 'clipboard.paste',
  label: 'Paste',
  group: 'Edit',
  shortcuts: ['Mod+V'],
  canRun: (stores) => (clips.get(stores)?.teams.length ?? 0) > 0,
  run(stores) {
    const clip = clips.get(stores)!;
    clip.pastes += 1;
    insertCopies(stores, clip, PASTE_OFFSET * clip.pastes, clip.teams.length === 1 ? 'Paste team' : 'Paste teams');
  },
};

/** `selection.duplicate`: copy and paste in one step, leaving the clipboard alone. */
export const duplicateSelection: Command = {
  id: 'selection.duplicate',
  label: 'Duplicate',
  group: 'Edit',
  shortcuts: ['Mod+D'],
  canRun: hasTeamsSelected,
  run(stores) {
    const taken = takeSelection(stores);
    insertCopies(stores, taken, PASTE_OFFSET, taken.teams.length === 1 ? 'Duplicate team' : 'Duplicate teams');
  },
};
