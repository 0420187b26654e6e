/** The read-out: results into words, figure rows and tables, shared by the CLI, the app and the report. */
export * from './format';
export * from './layers';
export * from './headline';
export * from './initiative';
export * from './compare';
export * from './rows';
export * from './figures';
export * from './ranges';
