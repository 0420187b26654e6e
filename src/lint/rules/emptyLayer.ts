import type { Rule } from '../types';

const WORK_LAYERS = ['strategy', 'product', 'build', 'execution'] as const;

/** `empty-layer`: a relay with a missing stage has nowhere for that stage's work to go. */
export const emptyLayer: Rule = {
  id: 'empty-layer',
  defaultLevel: 'warning',
  check(ctx) {
    if (!ctx.doc.teams.length) return [];
    return WORK_LAYERS.filter((layer) => !ctx.teamsByLayer[layer].length).map((layer) => {
      const at = ctx.doc.layers?.findIndex((l) => l.id === layer) ?? -1;
      return {
        message: `The ${ctx.layerName(layer)} layer has no team: the work of that stage has no one to do it.`,
        target: { kind: 'layer', id: layer },
        path: at >= 0 ? `layers[${at}]` : '',
      };
    });
  },
};
