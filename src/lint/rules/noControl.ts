import type { Rule } from '../types';

/** `no-control`: automated work must be overseen, and only a Control team carries the second line. */
export const noControl: Rule = {
  id: 'no-control',
  defaultLevel: 'warning',
  check(ctx) {
    if (ctx.teamsByLayer.control.length) return [];
    const adopting = ctx.doc.scenarios.find((s) => s.adoption.some((a) => a > 0));
    if (!adopting) return [];
    return [
      {
        message: `No Control team oversees what AI does, while the scenario “${adopting.name}” adopts it: that oversight has no one to carry it.`,
        target: { kind: 'document', id: '' },
        path: '',
      },
    ];
  },
};
