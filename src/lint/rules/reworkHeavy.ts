import type { Rule } from '../types';
import { formatPercent } from '../../readout/format';

/** Below this %C&A, a receiver redoes so much of what it gets that the handoff is worth fixing first. */
export const REWORK_CA_BELOW = 0.7;

/** `rework-heavy`: a work handoff whose receiver can use less than 70% of it without rework. */
export const reworkHeavy: Rule = {
  id: 'rework-heavy',
  defaultLevel: 'info',
  check(ctx) {
    return ctx.workHandoffs
      .filter((h) => h.ca < REWORK_CA_BELOW)
      .map((h) => ({
        message: `${ctx.name(h.to)} can use only ${formatPercent(h.ca)} of what ${ctx.name(h.from)} hands it without rework (%C&A below ${formatPercent(REWORK_CA_BELOW)}).`,
        ...ctx.handoffTarget(h.id),
      }));
  },
};
