import type { Rule } from '../types';
import { bigTeam } from './bigTeam';
import { controlBypass } from './controlBypass';
import { emptyLayer } from './emptyLayer';
import { noControl } from './noControl';
import { noFeedback } from './noFeedback';
import { orphanTeam } from './orphanTeam';
import { reworkHeavy } from './reworkHeavy';
import { singlePointOfFailure } from './singlePointOfFailure';
import { waitDominates } from './waitDominates';

/** The nine rules of lint.md, in id order (the order findings are sorted in). */
export const RULES: readonly Rule[] = [
  bigTeam,
  controlBypass,
  emptyLayer,
  noControl,
  noFeedback,
  orphanTeam,
  reworkHeavy,
  singlePointOfFailure,
  waitDominates,
];
