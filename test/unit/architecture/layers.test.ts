import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cycles, importGraph, layerProblems, type ImportGraph } from './importGraph';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

/** A graph from 'file: import, import' lines; package names have no slash-separated path. */
function graphOf(lines: Record<string, string[]>): ImportGraph {
  return {
    files: new Map(
      Object.entries(lines).map(([file, imports]) => [
        file,
        { local: imports.filter((i) => i.includes('.ts')), packages: imports.filter((i) => !i.includes('.ts')) },
      ]),
    ),
  };
}

describe('the layers of src/', () => {
  it('has no import cycle, no impure core and no React outside the UI folders', () => {
    expect(layerProblems(importGraph(SRC))).toEqual([]);
  });

  it('reads every kind of import the code writes', () => {
    const graph = importGraph(SRC);
    expect(graph.files.size).toBeGreaterThan(100);
    // A type import, a re-export, a dynamic import and a worker URL.
    expect(graph.files.get('sim/trace.ts')!.local).toContain('sim/run.ts');
    expect(graph.files.get('sim/simulate.ts')!.local).toContain('sim/run.ts');
    expect(graph.files.get('app/App.tsx')!.local).toContain('app/ImportRefusedDialog.tsx');
    expect([...graph.files.values()].some((f) => f.local.includes('simulation/sim.worker.ts'))).toBe(true);
    expect(graph.files.get('model/schema.ts')!.packages).toEqual(['zod']);
  });
});

describe('layerProblems', () => {
  it('names a cycle between two files and between two folders', () => {
    const problems = layerProblems(graphOf({ 'canvas/a.ts': ['canvas/b.ts', 'commands/c.ts'], 'canvas/b.ts': ['canvas/a.ts'], 'commands/c.ts': ['canvas/b.ts'] }));
    expect(problems).toContain('import cycle between files: canvas/a.ts → canvas/b.ts → commands/c.ts');
    expect(problems).toContain('import cycle between folders canvas, commands: canvas/a.ts → commands/c.ts; commands/c.ts → canvas/b.ts');
  });

  it('refuses a pure folder importing beyond its list or a UI package', () => {
    expect(layerProblems(graphOf({ 'model/a.ts': ['sim/b.ts'], 'sim/b.ts': ['zustand'] }))).toEqual([
      'model/a.ts imports sim/b.ts: model/ may import only itself',
      'sim/b.ts imports zustand, a UI package, in sim/',
    ]);
    expect(layerProblems(graphOf({ 'lint/rule.ts': ['store/s.ts', 'model/m.ts', 'sim/x.ts'], 'store/s.ts': [], 'model/m.ts': [], 'sim/x.ts': [] }))).toEqual([
      'lint/rule.ts imports store/s.ts: lint/ may import only model/, sim/, readout/',
    ]);
  });

  it('refuses React in the commands and the command line', () => {
    expect(layerProblems(graphOf({ 'commands/Button.tsx': [], 'cli/x.ts': ['react'], 'app/App.tsx': ['react'] }))).toEqual([
      'commands/Button.tsx is a React file in commands/, which has no UI',
      'cli/x.ts imports react, a UI package, in cli/',
    ]);
  });
});

describe('cycles', () => {
  it('finds each strongly connected part once, and a file importing itself', () => {
    const graph = new Map<string, string[]>([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('walks a long chain without overflowing the stack', () => {
    const n = 50_000;
    const graph = new Map(Array.from({ length: n }, (_, i) => [`f${i}`, [`f${i + 1}`]] as const));
    graph.set(`f${n}`, ['f0']);
    expect(cycles(graph)[0]).toHaveLength(n + 1);
  });
});
