import { followStory } from '../model/story';
import type { Command } from './registry';
import type { Stores } from '../store/context';
import { resolvePositions } from '../geometry/layout';

declare module './registry' {
  interface CommandArgs {
    'selection.delete': void;
    'selection.all': void;
    'selection.nudge': NudgeArgs;
  }
}

const hasSelection = (stores: Stores) => {
  const { teams, handoffs } = stores.ui.getState().selection;
  return teams.length > 0 || handoffs.length > 0;
};

/** `canRun` of the commands that act on the selected teams (nudge, copy, duplicate). */
export const hasTeamsSelected = (stores: Stores) => stores.ui.getState().selection.teams.length > 0;

/**
 * `selection.delete`: removes the selected teams and handoffs; a deleted team takes its handoffs along,
 * since a handoff to nobody is not a valid document.
 */
export const deleteSelection: Command = {
  id: 'selection.delete',
  label: 'Delete selection',
  group: 'Edit',
  shortcuts: ['Delete', 'Backspace'],
  canRun: hasSelection,
  run(stores) {
    const { teams, handoffs } = stores.ui.getState().selection;
    const goneTeams = new Set(teams);
    const goneHandoffs = new Set(handoffs);
    const what = teams.length === 1 && !handoffs.length ? 'team' : teams.length ? 'teams' : handoffs.length === 1 ? 'handoff' : 'handoffs';
    stores.document.getState().commit(`Delete ${what}`, (d) => {
      d.teams = d.teams.filter((t) => !goneTeams.has(t.id));
      d.handoffs = d.handoffs.filter((h) => !goneHandoffs.has(h.id) && !goneTeams.has(h.from) && !goneTeams.has(h.to));
      followStory(d, { teams: { gone: goneTeams } });
    });
    stores.ui.getState().clearSelection();
  },
};

/** `selection.all`: every team and handoff. */
export const selectAll: Command = {
  id: 'selection.all',
  label: 'Select all',
  group: 'Selection',
  shortcuts: ['Mod+A'],
  canRun: (stores) => stores.document.getState().doc.teams.length > 0,
  run(stores) {
    const { doc } = stores.document.getState();
    stores.ui.getState().select({ teams: doc.teams.map((t) => t.id), handoffs: doc.handoffs.map((h) => h.id) });
  },
};

/** Arrow keys move by a small step; with Shift, by a step big enough to clear a neighbour. */
export const NUDGE_STEP = 10;
export const NUDGE_BIG_STEP = 50;

export interface NudgeArgs {
  dx: number;
  dy: number;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * `selection.nudge`: moves the selected teams; each key press is one undo step. As with a drag, a
 * team the layout still places (no position yet) starts from where it is shown, and every team's
 * shown place is written down, so nudging one team never re-flows the others.
 * @example registry.run('selection.nudge', stores, { dx: 10, dy: 0 })
 */
export const nudgeSelection: Command<NudgeArgs> = {
  id: 'selection.nudge',
  label: 'Nudge selected teams',
  group: 'Selection',
  shortcuts: Object.keys(DIRECTIONS).flatMap((k) => [k, `Shift+${k}`]),
  keyArgs(e) {
    const [x, y] = DIRECTIONS[e.key] ?? [0, 0];
    const step = e.shiftKey ? NUDGE_BIG_STEP : NUDGE_STEP;
    return { dx: x * step, dy: y * step };
  },
  canRun: hasTeamsSelected,
  run(stores, { dx, dy }) {
    const ids = new Set(stores.ui.getState().selection.teams);
    const shown = resolvePositions(stores.document.getState().doc);
    stores.document.getState().commit(ids.size === 1 ? 'Move team' : 'Move teams', (d) => {
      for (const t of d.teams) {
        const p = shown.get(t.id);
        if (!t.position && p) t.position = { x: p.x, y: p.y };
        if (ids.has(t.id) && t.position) t.position = { x: t.position.x + dx, y: t.position.y + dy };
      }
    });
  },
};
