import type { Command } from '../commands/registry';

declare module '../commands/registry' {
  interface CommandArgs {
    'present.start': { step?: number } | undefined;
  }
}

/**
 * `present.start` (F5, or the toolbar's Present button): the story full screen from its first step.
 * Full screen is asked for here, inside the key press or click, because browsers grant it only there.
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
    stores.ui.getState().setPresentation({ step: args?.step ?? 0, editing: false });
  },
};
