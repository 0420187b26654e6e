/** How the sensitivity view names levers (the parameter catalogue's short labels) and writes their values. */
import { param } from '../../model';
import type { LeverEffect } from '../../sim';
import { formatNumber } from '../../readout/format';

/** The catalogue id of a sensitivity lever: "potential.routine" → "scenario.potential.routine". */
export const leverParamId = (lever: string): string => (lever.startsWith('assumptions.') ? lever : `scenario.${lever}`);

/**
 * A lever's name for people.
 * @example leverName('potential.routine') // "Routine potential"
 */
export const leverName = (lever: string): string => param(leverParamId(lever)).short;

/** @example leverValue(0.7600000000000001) // "0.76" */
export const leverValue = (v: number): string => formatNumber(v, 3);

/** The levers that move headcount at all, in the engine's order (largest swing first). */
export const movingLevers = (levers: LeverEffect[]): LeverEffect[] => levers.filter((l) => l.swing > 0);
