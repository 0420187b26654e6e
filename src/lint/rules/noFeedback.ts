import type { Rule } from '../types';

/** `no-feedback`: without a signal from Execution back to Strategy or Product, nothing learns. */
export const noFeedback: Rule = {
  id: 'no-feedback',
  defaultLevel: 'info',
  check(ctx) {
    const { teamsByLayer: by } = ctx;
    if (!by.execution.length || (!by.strategy.length && !by.product.length)) return [];
    const layerOf = new Map(ctx.doc.teams.map((t) => [t.id, t.layer]));
    const loops = ctx.doc.handoffs.some((h) => {
      if (h.kind !== 'feedback' || layerOf.get(h.from) !== 'execution') return false;
      const to = layerOf.get(h.to);
      return to === 'strategy' || to === 'product';
    });
    if (loops) return [];
    return [
      {
        message: 'No feedback handoff goes from an Execution team back to Strategy or Product & Design: what the initiative learns does not reach those who decide.',
        target: { kind: 'document', id: '' },
        path: '',
      },
    ];
  },
};
