/**
 * The review report (format.md `report`): the initiative; teams and handoffs by layer; each scenario
 * quarter by quarter, before → after; the pyramid; the critical path; the model checks; the
 * assumptions with their values, defaults and sources; the honest caveat. Built once as blocks,
 * rendered as Markdown or as one self-contained HTML page. Pure.
 */
import { LAYER_IDS, type FivefoldDocument, type LayerId, type Scenario } from '../model/schema';
import { layerName } from '../model/names';
import { labelWithSymbol } from '../model/parameters';
import { counted, peopleWord } from '../readout/format';
import { allBases, scenarioValue, SOURCES, ASSUMPTION_BASES, type AssumptionBasis } from '../model/assumptionSources';
import { baseline, project } from '../sim';
import type { Result } from '../sim/types';
import {
  formatDays,
  formatFigure,
  formatFte,
  formatHeadline,
  formatMoney,
  formatPercent,
  headlineFigures,
  initiativeCheck,
  pickFigures,
  PYRAMID_PARTS,
} from '../readout';
import { lint, type Finding } from '../lint';
import type { Block } from './blocks';

export interface ReportOptions {
  /** Only this scenario (its id); every scenario without it. */
  scenario?: string;
  /**
   * Draws the model as SVG, Before (no result) or After (a scenario's result): the HTML report embeds
   * the pictures when given one; Markdown never shows them.
   */
  picture?: (doc: FivefoldDocument, after: { baseline: Result; result: Result; scenario: Scenario } | null) => string;
  /** When the report was made, shown in its header (left out when absent, so tests stay stable). */
  date?: string;
}

export interface Report {
  title: string;
  blocks: Block[];
}

/** The quarter table's rows (readout/figures.ts), in order. */
const QUARTER_FIGURES = ['adoption', 'people', ...LAYER_IDS.map((l) => `layer:${l}`), 'handoffs', 'lead', 'touch', 'wait', 'fidelity', 'cost', 'cost:ai', 'loops'];
const LAYER_OF_PYRAMID: Record<(typeof PYRAMID_PARTS)[number], string> = {
  execution: 'Execution (producing)',
  orchestration: 'Orchestration (coordinating, reviewing)',
  innovation: 'Innovation (deciding direction)',
  unallocated: 'Unallocated (can be redeployed)',
};

/**
 * @example buildReport(ott).blocks[0] // { kind: 'heading', level: 1, text: 'OTT churn: 10% to 2% in a quarter' }
 */
export function buildReport(doc: FivefoldDocument, options: ReportOptions = {}): Report {
  const scenarios = options.scenario ? doc.scenarios.filter((s) => s.id === options.scenario) : doc.scenarios;
  const base = baseline(doc);
  const projections = new Map(scenarios.map((s) => [s.id, project(doc, s)]));
  const lastOf = (s: Scenario) => projections.get(s.id)!.at(-1)!;
  const findings = lint(doc);
  const name = (id: string) => doc.teams.find((t) => t.id === id)?.name ?? id;
  const blocks: Block[] = [];
  const add = (...b: Block[]) => blocks.push(...b);

  add({ kind: 'heading', level: 1, text: doc.title });
  add({ kind: 'paragraph', text: `Review report${options.date ? ` of ${options.date}` : ''}: ${doc.teams.length} teams, ${doc.handoffs.length} handoffs, ${doc.scenarios.length} scenarios. All money in ${doc.currency}.` });
  add(...initiative(doc));
  add(...summary(doc, base, scenarios, lastOf, findings));

  add({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: 'Teams by layer', id: 'teams' });
  for (const layer of LAYER_IDS) add(...teamTable(doc, layer));
  add({ kind: 'heading', level: 2, text: 'Handoffs by layer', id: 'handoffs' });
  add({ kind: 'paragraph', text: 'Grouped by the layer of the sending team. %C&A: the share the receiver can use without rework.' });
  for (const layer of LAYER_IDS) add(...handoffTable(doc, layer, name));

  if (options.picture) {
    add({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: 'The model, before and after', id: 'pictures' });
    add({ kind: 'figure', caption: 'Before: the organisation as entered.', svg: options.picture(doc, null) });
    for (const s of scenarios) {
      const result = lastOf(s);
      add({ kind: 'figure', caption: `After: ${s.name} at Q${result.quarter}.`, svg: options.picture(doc, { baseline: base, result, scenario: s }) });
    }
  }

  add({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: 'Scenarios, quarter by quarter', id: 'scenarios' });
  for (const s of scenarios) add(...scenarioSection(doc, base, s, projections.get(s.id)!, name));

  add({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: 'Model checks', id: 'checks' });
  add(...checks(findings));
  add({ kind: 'heading', level: 2, text: 'Assumptions', id: 'assumptions' });
  add(...assumptions(doc, scenarios));
  add({ kind: 'heading', level: 2, text: 'What these numbers do not say', id: 'caveat' });
  add(...caveat(doc, base, scenarios, lastOf));
  return { title: doc.title, blocks };
}

function initiative(doc: FivefoldDocument): Block[] {
  const i = doc.initiative;
  const unit = i.unit ? (i.unit === '%' ? '%' : ` ${i.unit}`) : '';
  return [
    { kind: 'heading', level: 2, text: 'The initiative', id: 'initiative' },
    ...(i.problem ? [{ kind: 'paragraph', text: i.problem } as Block] : []),
    {
      kind: 'table',
      caption: 'The initiative',
      head: ['', ''],
      rows: [
        ['Metric', i.metric],
        ['Baseline → target', `${i.baseline}${unit} → ${i.target}${unit}`],
        ['Window', `${formatDays(i.windowDays)} working days`],
        ['Measurement lag', `${formatDays(i.measurementLagDays)} days before an effect can be measured`],
      ],
    },
  ];
}

function summary(doc: FivefoldDocument, base: Result, scenarios: Scenario[], lastOf: (s: Scenario) => Result, findings: Finding[]): Block[] {
  const items = scenarios.map((s) => {
    const r = lastOf(s);
    return `${s.name} at Q${r.quarter}: ${formatHeadline(headlineFigures(base, r), doc.currency)}`;
  });
  const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
  const counts = `${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${count('info')} info`;
  return [
    { kind: 'heading', level: 2, text: 'In short', id: 'summary' },
    { kind: 'list', items: [...items, `Model checks: ${findings.length ? counts : 'nothing found'}.`] },
  ];
}

function teamTable(doc: FivefoldDocument, layer: LayerId): Block[] {
  const teams = doc.teams.filter((t) => t.layer === layer);
  const title = layerName(doc, layer);
  if (!teams.length) return [{ kind: 'paragraph', strong: title, text: 'no team.' }];
  const people = teams.reduce((s, t) => s + t.headcount, 0);
  return [
    {
      kind: 'table',
      caption: `${title}: ${counted(teams.length, 'team')}, ${counted(people, 'person', 'people')}`,
      head: ['Team', 'People', 'Cost per FTE', 'Process days', 'Routine · create · decide · assure', 'Roles'],
      align: ['left', 'right', 'right', 'right', 'right', 'left'],
      rows: teams.map((t) => [
        t.name,
        `${t.headcount}${t.minAccountable ? ` (at least ${t.minAccountable})` : ''}`,
        formatMoney(t.costPerFte, doc.currency),
        formatDays(t.processDays),
        [t.mix.routine, t.mix.create, t.mix.decide, t.mix.assure].map((share) => formatPercent(share)).join(' · '),
        t.roles?.join(', ') ?? '',
      ]),
    },
  ];
}

function handoffTable(doc: FivefoldDocument, layer: LayerId, name: (id: string) => string): Block[] {
  const layerOf = new Map(doc.teams.map((t) => [t.id, t.layer]));
  const handoffs = doc.handoffs.filter((h) => layerOf.get(h.from) === layer);
  if (!handoffs.length) return [];
  return [
    {
      kind: 'table',
      caption: `From ${layerName(doc, layer)}`,
      head: ['From', 'To', 'Artifact', 'Kind', 'Wait (days)', '%C&A'],
      align: ['left', 'left', 'left', 'left', 'right', 'right'],
      rows: handoffs.map((h) => [name(h.from), name(h.to), h.artifact, h.kind, formatDays(h.waitDays), formatPercent(h.ca)]),
    },
  ];
}

function scenarioSection(doc: FivefoldDocument, base: Result, s: Scenario, projection: Result[], name: (id: string) => string): Block[] {
  const last = projection.at(-1)!;
  const cols = [base, ...projection];
  const path = (r: Result) => r.criticalPath.map(name).join(' → ') || '—';
  const check = initiativeCheck(doc, base, last);
  return [
    { kind: 'heading', level: 3, text: `${s.name}` },
    { kind: 'paragraph', strong: `Before → Q${last.quarter}:`, text: formatHeadline(headlineFigures(base, last), doc.currency) },
    {
      kind: 'table',
      caption: `${s.name}: figures quarter by quarter`,
      head: ['', 'Before', ...projection.map((r) => `Q${r.quarter}`)],
      align: ['left', ...cols.map(() => 'right' as const)],
      rows: pickFigures(doc, QUARTER_FIGURES)
        // A layer nobody works in, before or after, is left out.
        .filter((f) => !f.key.startsWith('layer:') || cols.some((r) => Number(f.value(r)) > 0))
        .map((f) => [`${f.indent ? '  ' : ''}${f.label}`, ...cols.map((r) => formatFigure(f.format, f.value(r), doc.currency))]),
    },
    {
      kind: 'table',
      caption: `${s.name}: the career pyramid, before → Q${last.quarter} (FTE)`,
      head: ['Part', 'Before', `Q${last.quarter}`],
      align: ['left', 'right', 'right'],
      rows: PYRAMID_PARTS.map((p) => [LAYER_OF_PYRAMID[p], formatFte(base.pyramid[p]), formatFte(last.pyramid[p])]),
    },
    { kind: 'paragraph', strong: 'Critical path before:', text: `${path(base)} (${formatDays(base.touchDays)} days of work, ${formatDays(base.waitDays)} waiting).` },
    { kind: 'paragraph', strong: `Critical path at Q${last.quarter}:`, text: `${path(last)} (${formatDays(last.touchDays)} days of work, ${formatDays(last.waitDays)} waiting). ${check.waiting.sentence}` },
    ...(last.groups.some((g) => g.members.length > 1)
      ? [
          {
            kind: 'list',
            items: last.groups
              .filter((g) => g.members.length > 1)
              .map((g) => `${name(g.owner)} absorbs ${g.members.filter((m) => m !== g.owner).map(name).join(', ')}: ${g.headcount} ${peopleWord(g.headcount)}.`),
          } as Block,
        ]
      : []),
    ...last.warnings.map((w) => ({ kind: 'paragraph', strong: 'Warning:', text: w.message }) as Block),
  ];
}

function checks(findings: Finding[]): Block[] {
  if (!findings.length) return [{ kind: 'paragraph', text: 'The model checks found nothing.' }];
  const blocks: Block[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const some = findings.filter((f) => f.severity === severity);
    if (!some.length) continue;
    blocks.push({
      kind: 'table',
      caption: `${severity === 'info' ? 'Info' : severity === 'error' ? 'Errors' : 'Warnings'} (${some.length})`,
      head: ['Rule', 'Finding'],
      rows: some.map((f) => [f.rule, f.message]),
    });
  }
  return blocks;
}

function assumptions(doc: FivefoldDocument, scenarios: Scenario[]): Block[] {
  const sourcesOf = (b: AssumptionBasis) => b.sources.map((id) => SOURCES[id].cite).join('; ') || '—';
  const show = (v: unknown) => (Array.isArray(v) ? v.join(' / ') : v === undefined ? '—' : String(v));
  const modelRows = (Object.keys(ASSUMPTION_BASES) as (keyof typeof ASSUMPTION_BASES)[]).map((k) => {
    const b = ASSUMPTION_BASES[k];
    return [labelWithSymbol(b.key), show(doc.assumptions[k]), show(b.default), `${b.basis} ${sourcesOf(b)}`];
  });
  const scenarioBases = allBases().filter((b) => b.key.startsWith('scenario.'));
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Model-wide assumptions',
      head: ['Parameter', 'Value', 'Default', 'Basis and sources'],
      align: ['left', 'right', 'right', 'left'],
      rows: modelRows,
    },
  ];
  for (const s of scenarios) {
    blocks.push({
      kind: 'table',
      caption: `${s.name}: scenario parameters`,
      head: ['Parameter', 'Value', 'Default', 'Basis and sources'],
      align: ['left', 'right', 'right', 'left'],
      rows: scenarioBases.map((b) => [labelWithSymbol(b.key), show(scenarioValue(s, b.key)), show(b.default), `${b.basis} ${sourcesOf(b)}`]),
    });
  }
  return blocks;
}

function caveat(doc: FivefoldDocument, base: Result, scenarios: Scenario[], lastOf: (s: Scenario) => Result): Block[] {
  const items = scenarios.map((s) => `${s.name}: ${initiativeCheck(doc, base, lastOf(s)).sentence}`);
  return [
    {
      kind: 'paragraph',
      text: 'Fivefold does not predict the metric itself. It models how work, waiting and oversight change when AI takes on part of the work, from the assumptions above; each figure is only as good as they are. Measured effects of AI vary widely (one controlled coding study: 55% faster; customer support in the field: +14%; experienced developers in 2025: 19% slower), and waiting at human gates is not shortened by AI.',
    },
    { kind: 'list', items },
  ];
}
