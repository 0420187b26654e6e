// Import speed: JSON.parse + migrations + schema + rules on a large generated model (issue 2).
import { parseText, presetScenarios, serialize, LAYER_IDS, type FivefoldDocument } from '../../src/model';
import { medianMs, type BenchRow } from './util';

/**
 * A valid document of `teams` teams and `handoffs` handoffs. Work handoffs always run from a lower to a
 * higher team index, so they form no cycle; every tenth handoff is feedback and runs backwards.
 * @example generateDocument(5000, 10000).teams.length // 5000
 */
export function generateDocument(teams: number, handoffs: number): FivefoldDocument {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const doc: FivefoldDocument = {
    format: 'fivefold',
    version: 2,
    title: `Generated: ${teams} teams, ${handoffs} handoffs`,
    currency: 'USD',
    initiative: { problem: 'Benchmark', metric: 'Lead time', unit: 'days', baseline: 100, target: 20, windowDays: 65, measurementLagDays: 10 },
    teams: [],
    handoffs: [],
    assumptions: { f0: 0.25, kPair: 0.025, kHandoff: 0.05, fMax: 0.7 },
    scenarios: presetScenarios(),
  };
  for (let i = 0; i < teams; i++) {
    doc.teams.push({
      id: `t${i}`,
      name: `Team ${i}`,
      layer: LAYER_IDS[Math.floor((i / teams) * LAYER_IDS.length)],
      headcount: 1 + Math.floor(random() * 8),
      costPerFte: 100000 + Math.floor(random() * 100000),
      processDays: Math.floor(random() * 10),
      mix: { routine: 0.25, create: 0.25, decide: 0.25, assure: 0.25 },
      roles: ['Analyst', 'Engineer'],
      position: { x: i * 10, y: i * 5 },
    });
  }
  for (let i = 0; i < handoffs; i++) {
    const a = Math.floor(random() * (teams - 1));
    const b = a + 1 + Math.floor(random() * (teams - a - 1));
    const feedback = i % 10 === 9;
    doc.handoffs.push({
      id: `h${i}`,
      from: `t${feedback ? b : a}`,
      to: `t${feedback ? a : b}`,
      artifact: `Artifact ${i}`,
      waitDays: Math.floor(random() * 10),
      ca: 0.5 + random() / 2,
      kind: feedback ? 'feedback' : 'work',
    });
  }
  return doc;
}

export default async function parseBench(): Promise<BenchRow[]> {
  const text = serialize(generateDocument(5000, 10000));
  const check = parseText(text);
  if (!check.ok) throw new Error(`generated document is invalid: ${check.errors[0].message}`);
  const ms = medianMs(() => parseText(text), 15, 3);
  const jsonOnly = medianMs(() => JSON.parse(text), 15, 3);
  return [
    {
      name: 'parse + validate 5,000 teams / 10,000 handoffs (median)',
      value: ms,
      unit: 'ms',
      goal: '≤ 150 ms',
      note: `${(text.length / 1e6).toFixed(1)} MB; JSON.parse alone ${jsonOnly.toFixed(0)} ms`,
    },
  ];
}
