/**
 * Documents of other shapes than generatedOrg's, for the placement tests and the large-model bench:
 * none stores a position, each has feedback handoffs and long Unicode names, and each is built its own
 * way (not by the bench's generator), so placement and drawing are not tuned to one shape.
 * - `wideAndShallow`: a few upstream teams fanning out to very many that hand on to one or two more;
 * - `longChain`: one relay through every team, lane after lane;
 * - `dense`: every team hands to several of the next ones (four handoffs a team).
 * Deterministic; checked by the same parser as an import.
 */
import { LAYER_IDS, parseValue, presetScenarios, type FivefoldDocument, type Handoff, type LayerId, type Team } from '../../src/model';
import { prng } from './generatedOrg';

/** Names from several scripts, long enough to wrap and clamp on a card. */
const NAMES = [
  'Équipe de conformité réglementaire et de contrôle interne',
  'Плановый отдел по управлению рисками',
  '데이터 플랫폼 운영팀',
  'قسم تحليل بيانات المرضى',
  'Kundendienst-Qualitätssicherungsgruppe Süd',
  'データ品質保証チーム（東日本）',
  'Ομάδα ανάλυσης πιστωτικού κινδύνου',
  'Zespół ds. automatyzacji procesów',
];

export type Shape = 'wide and shallow' | 'long chain' | 'dense';
export const SHAPES: readonly Shape[] = ['wide and shallow', 'long chain', 'dense'];

/**
 * @example shapeDocument('long chain', 1200).handoffs.filter((h) => h.kind === 'work').length === 1199
 */
export function shapeDocument(shape: Shape, teamCount: number): FivefoldDocument {
  const rand = prng(teamCount * 7 + shape.length);
  const layerAt = (i: number): LayerId => {
    if (shape === 'long chain') return LAYER_IDS[Math.min(4, Math.floor((i / teamCount) * 5))];
    return i % 23 === 0 ? 'control' : LAYER_IDS[i % 4];
  };
  const teams: Team[] = Array.from({ length: teamCount }, (_, i) => ({
    id: `${shape.replace(/ /g, '-')}-${i}`,
    name: `${NAMES[i % NAMES.length]} ${i}`,
    layer: layerAt(i),
    headcount: 1 + Math.floor(rand() * 9),
    costPerFte: 80_000 + Math.round(rand() * 120_000),
    processDays: 1 + Math.round(rand() * 5),
    mix: { routine: 0.3, create: 0.3, decide: 0.2, assure: 0.2 },
  }));
  const work: [number, number][] = [];
  if (shape === 'long chain') for (let i = 1; i < teamCount; i++) work.push([i - 1, i]);
  if (shape === 'wide and shallow') {
    const heads = Math.max(2, Math.round(teamCount / 100));
    for (let i = heads; i < teamCount; i++) {
      work.push([i % heads, i]);
      if (i % 3 === 0 && i + 1 < teamCount) work.push([i, teamCount - 1 - (i % heads)]);
    }
  }
  if (shape === 'dense') for (let i = 0; i < teamCount - 1; i++) for (let k = 1; k <= 4 && i + k < teamCount; k++) work.push([i, i + Math.min(teamCount - 1 - i, k * (1 + Math.floor(rand() * 3)))]);
  const seen = new Set<string>();
  const handoffs: Handoff[] = [];
  const add = (from: number, to: number, kind: Handoff['kind']) => {
    const key = `${from}>${to}>${kind}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    handoffs.push({ id: `h${handoffs.length}`, from: teams[from].id, to: teams[to].id, artifact: kind === 'feedback' ? 'Lessons learnt' : '', waitDays: 1 + Math.round(rand() * 6), ca: 0.9, kind });
  };
  for (const [a, b] of work) add(a, b, 'work');
  // Feedback runs back upstream: loops the placement must ignore.
  for (let i = 10; i < teamCount; i += 10) add(i, i - 10, 'feedback');
  const result = parseValue({
    format: 'fivefold',
    version: 1,
    title: `${shape}: ${teamCount.toLocaleString('en')} teams`,
    initiative: { problem: '', metric: 'Lead time', unit: 'days', baseline: 60, target: 20, windowDays: 65, measurementLagDays: 20 },
    teams,
    handoffs,
    scenarios: presetScenarios(),
  });
  if (!result.ok) throw new Error(`${shape} refused: ${result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.doc;
}
