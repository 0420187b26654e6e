import { formatDays } from '../../readout';
import type { Rule } from '../types';

/** `wait-dominates`: before AI, work on the critical path waits more than twice as long as it is worked on. */
export const waitDominates: Rule = {
  id: 'wait-dominates',
  defaultLevel: 'info',
  check(ctx) {
    const { waitDays, touchDays } = ctx.baselineFlow();
    if (!(waitDays > 2 * touchDays)) return [];
    return [
      {
        message: `Before AI, work on the critical path waits ${formatDays(waitDays)} days against ${formatDays(touchDays)} days of hands-on work: AI shortens the work, not the queues.`,
        target: { kind: 'document', id: '' },
        path: '',
      },
    ];
  },
};
