export * from './schema';
export * from './problems';
export * from './graph';
export { checkRules, DocumentSchema, MIX_TOLERANCE, pathKeys } from './rules';
export { migrate, MIGRATIONS, type Migration, type MigrateResult } from './migrations';
export { parseText, parseValue, type ParseResult, type ParseOptions } from './parse';
export { serialize, fileNameFor } from './serialize';
export { presetScenarios, FRONTIER_CAP } from './presets';
export { teamNames, teamName, layerName } from './names';
