// A small valid document written out by hand, and helpers to break it one rule at a time.
import { CURRENT_VERSION, parseText, parseValue, problemLine, type Problem } from '../../../src/model';

export type Json = Record<string, any>;

/** A fresh copy each call, so a test can change it freely. */
export function validDoc(): Json {
  return {
    format: 'fivefold',
    version: CURRENT_VERSION,
    title: 'Test initiative',
    currency: 'EUR',
    initiative: {
      problem: 'Ship faster',
      metric: 'Lead time',
      unit: 'days',
      baseline: 40,
      target: 10,
      windowDays: 60,
      measurementLagDays: 5,
    },
    teams: [
      team('strat', 'strategy'),
      team('eng', 'build'),
      team('ops', 'execution'),
      team('risk', 'control'),
    ],
    handoffs: [
      { id: 'h1', from: 'strat', to: 'eng', artifact: 'Brief', waitDays: 3, ca: 0.8, kind: 'work' },
      { id: 'h2', from: 'eng', to: 'ops', artifact: 'Release', waitDays: 2, ca: 0.9, kind: 'work' },
      { id: 'h3', from: 'eng', to: 'risk', artifact: 'Change request', waitDays: 1, ca: 1, kind: 'work' },
    ],
    assumptions: { f0: 0.2, kPair: 0.03, kHandoff: 0.04, fMax: 0.6 },
    scenarios: [
      {
        id: 'bold',
        name: 'Bold',
        adoption: [0.2, 0.5],
        potential: { routine: 0.8, create: 0.5, decide: 0.3, assure: 0.1, coordinate: 0.5 },
        cap: { routine: 0.9, create: 0.8, decide: 0.6, assure: 0.3, coordinate: 0.7 },
        capGrowth: 0.02,
        sigmaFirst: 0.1,
        sigmaControl: 0.05,
        minHumans: 1,
        controlNoShrink: true,
        absorbThreshold: 0.5,
        maxDomains: 2,
        roundingSlack: 0.1,
        aiCostRatio: 0.2,
      },
    ],
  };
}

export function team(id: string, layer: string): Json {
  return {
    id,
    name: `Team ${id}`,
    layer,
    headcount: 3,
    costPerFte: 100000,
    processDays: 2,
    mix: { routine: 0.4, create: 0.3, decide: 0.2, assure: 0.1 },
  };
}

/** The problems of a refused document; fails the test if the document was accepted. */
export function problemsOf(input: Json | string): Problem[] {
  const result = typeof input === 'string' ? parseText(input) : parseValue(input);
  if (result.ok) throw new Error('expected the document to be refused, but it was accepted');
  return result.errors;
}

/** The problem lines (`path: message`) of a refused document. */
export function linesOf(input: Json | string): string[] {
  return problemsOf(input).map(problemLine);
}

/** Parses and fails the test unless the document is accepted. */
export function accepted(input: Json | string) {
  const result = typeof input === 'string' ? parseText(input) : parseValue(input);
  if (!result.ok) throw new Error(`expected the document to be accepted, got:\n${result.errors.map(problemLine).join('\n')}`);
  return result;
}
