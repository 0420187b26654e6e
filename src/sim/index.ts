/** The simulation engine (simulation.md): pure TypeScript, shared by the app, the CLI, tests and a worker. */
export { simulate, baseline, baselineFlow, project, explain, type BaselineFlow, type SimulateOptions } from './simulate';
export type * from './types';
export { sensitivity, type Sensitivity, type LeverEffect, type LeverEnd } from './sensitivity';
