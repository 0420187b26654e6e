/** The simulation engine (simulation.md): pure TypeScript, shared by the app, the CLI, tests and a worker. */
export { simulate, baseline, project, explain, type SimulateOptions } from './simulate';
export type * from './types';
export { sensitivity, type Sensitivity, type LeverEffect, type LeverEnd } from './sensitivity';
