import { describe, expect, it } from 'vitest';
import { checkStartChunk, firstScreenModules } from '../../../scripts/lib/firstScreenChunk';

const modules: Record<string, { code: string; importedIds: string[]; exports: string[] }> = {
  '/p/index.html': { code: 'import "./src/main.tsx";', importedIds: ['/p/src/main.tsx'], exports: [] },
  '/p/src/main.tsx': {
    code: 'import { LAYER_IDS, serialize } from "./model";\nimport { fileNameFor } from "./model";\nconst lazy = () => import("./model/parse");',
    importedIds: ['/p/src/model/index.ts'],
    exports: [],
  },
  '/p/src/model/index.ts': {
    code: 'export * from "./schema";\nexport { serialize, fileNameFor } from "./serialize";\nexport { parseText } from "./parse";',
    importedIds: ['/p/src/model/schema.ts', '/p/src/model/serialize.ts', '/p/src/model/parse.ts'],
    exports: ['LAYER_IDS', 'serialize', 'fileNameFor', 'parseText'],
  },
  '/p/src/model/schema.ts': { code: 'import { z } from "zod";\nimport { LAYER_IDS } from "./constants";\nexport { LAYER_IDS };', importedIds: ['/p/node_modules/zod/index.js', '/p/src/model/constants.ts'], exports: ['LAYER_IDS'] },
  '/p/src/model/constants.ts': { code: 'export const LAYER_IDS = [];', importedIds: [], exports: ['LAYER_IDS'] },
  '/p/src/model/serialize.ts': { code: 'import { rules } from "./rules";\nexport { fileNameFor } from "./fileName";\nexport function serialize() {}', importedIds: ['/p/src/model/rules.ts', '/p/src/model/fileName.ts'], exports: ['serialize', 'fileNameFor'] },
  '/p/src/model/fileName.ts': { code: 'export function fileNameFor() {}', importedIds: [], exports: ['fileNameFor'] },
  '/p/src/model/rules.ts': { code: 'export const rules = 1;', importedIds: [], exports: ['rules'] },
  '/p/src/model/parse.ts': { code: 'export function parseText() {}', importedIds: [], exports: ['parseText'] },
};
const info = (id: string) => modules[id] ?? null;

describe('the first-screen chunk', () => {
  it('takes names through barrels and re-exports, never the codec', () => {
    const start = firstScreenModules('/p/index.html', info);
    expect([...start].sort()).toEqual(
      ['/p/index.html', '/p/src/main.tsx', '/p/src/model/constants.ts', '/p/src/model/fileName.ts', '/p/src/model/rules.ts', '/p/src/model/serialize.ts'].sort(),
    );
    expect(start.has('/p/src/model/schema.ts')).toBe(false);
    expect(start.has('/p/node_modules/zod/index.js')).toBe(false);
    expect(start.has('/p/src/model/parse.ts')).toBe(false);
  });

  it('fails the build on a static import cycle between chunks', () => {
    const chunk = (fileName: string, imports: string[]) => ({ type: 'chunk' as const, fileName, imports });
    expect(() => checkStartChunk({ a: chunk('start.js', ['rules.js']), b: chunk('rules.js', ['start.js']) })).toThrow(/rules\.js imports start\.js back/);
    expect(() => checkStartChunk({ a: chunk('start.js', ['runtime.js']), b: chunk('lazy.js', ['start.js']), c: chunk('runtime.js', []) })).not.toThrow();
  });
});
