/**
 * A diff for people: plain text for a terminal, Markdown for a pull-request comment. Teams are named by
 * their names (B's name, A's for a removed team); every text from a file is escaped in Markdown.
 */
import type { FivefoldDocument } from '../model/schema';
import { formatDays, formatMoney } from '../readout';
import { isEqual, type DocDiff, type Figures, type Pair, type RecordChanges } from './diff';
import { escapeMarkdown } from './escape';

type Kind = 'teams' | 'handoffs' | 'scenarios';
const NOUN: Record<Kind, string> = { teams: 'Teams', handoffs: 'Handoffs', scenarios: 'Scenarios' };

/** A value as a reviewer reads it: text in quotes, lists as JSON, an absent value as "(none)". */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (typeof v === 'string') return JSON.stringify(v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** What a record is called in a diff: its name where it has one, with its id. */
function label(kind: Kind, id: string, a: FivefoldDocument, b: FivefoldDocument): string {
  const find = (d: FivefoldDocument) => (kind === 'handoffs' ? undefined : (d[kind] as { id: string; name: string }[]).find((r) => r.id === id));
  if (kind === 'handoffs') {
    const h = b.handoffs.find((x) => x.id === id) ?? a.handoffs.find((x) => x.id === id)!;
    const name = (t: string) => (b.teams.find((x) => x.id === t) ?? a.teams.find((x) => x.id === t))?.name ?? t;
    return `${id} (${name(h.from)} → ${name(h.to)})`;
  }
  const r = find(b) ?? find(a);
  return r && r.name !== id ? `${id} (${r.name})` : id;
}

const figureParts = (f: Figures | null, currency: string) =>
  f ? [String(f.headcount), String(f.handoffs), formatDays(f.leadTimeDays), formatMoney(f.cost, currency)] : ['—', '—', '—', '—'];

function outcomeRows(d: DocDiff, b: FivefoldDocument): { name: string; cells: string[] }[] {
  return d.outcomes.map((o) => {
    const name = o.scenario === 'baseline' ? 'Before (baseline)' : `${b.scenarios.find((s) => s.id === o.scenario)?.name ?? o.scenario} (${o.scenario}), Q${o.quarter}`;
    const fa = figureParts(o.a, b.currency);
    const fb = figureParts(o.b, b.currency);
    return { name, cells: fa.map((x, i) => (x === fb[i] ? x : `${x} → ${fb[i]}`)) };
  });
}

const pairText = ([x, y]: Pair) => `${showValue(x)} → ${showValue(y)}`;

/**
 * @example diffText(d, a, b, 'a.json', 'b.json')[0] // "a.json → b.json: 2 teams changed, 1 moved"
 */
export function diffText(d: DocDiff, a: FivefoldDocument, b: FivefoldDocument, nameA: string, nameB: string): string[] {
  const lines: string[] = [`${nameA} → ${nameB}: ${isEqual(d) ? 'the same model (positions and view aside)' : 'the models differ'}`];
  const fields = (prefix: string, f: Record<string, Pair> | undefined) => {
    for (const [k, v] of Object.entries(f ?? {})) lines.push(`${prefix}${k}: ${pairText(v)}`);
  };
  if (d.title) lines.push(`title: ${pairText(d.title)}`);
  if (d.currency) lines.push(`currency: ${pairText(d.currency)}`);
  fields('initiative.', d.initiative);
  fields('layers.', d.layers);
  fields('assumptions.', d.assumptions);
  for (const kind of ['teams', 'handoffs', 'scenarios'] as Kind[]) {
    const r: RecordChanges = d[kind];
    for (const id of r.added) lines.push(`${kind}: + ${label(kind, id, a, b)}`);
    for (const id of r.removed) lines.push(`${kind}: - ${label(kind, id, a, b)}`);
    for (const c of r.changed) lines.push(`${kind}: ~ ${label(kind, c.id, a, b)}: ${Object.entries(c.fields).map(([k, v]) => `${k} ${pairText(v)}`).join('; ')}`);
  }
  if (d.lint) lines.push(`lint: ${pairText(d.lint)}`);
  if (d.story) lines.push('story: changed');
  if (d.moved.length) lines.push(`moved (layout only): ${d.moved.map((id) => label('teams', id, a, b)).join(', ')}`);
  if (d.outcomes.length) {
    lines.push('outcomes at each scenario’s last quarter (people · handoffs · lead time, days · cost):');
    const rows = outcomeRows(d, b);
    const width = Math.max(...rows.map((r) => r.name.length));
    for (const r of rows) lines.push(`  ${r.name.padEnd(width)}  ${r.cells.join(' · ')}`);
  }
  return lines;
}

/** The diff as Markdown for a pull-request comment. */
export function diffMarkdown(d: DocDiff, a: FivefoldDocument, b: FivefoldDocument, nameA: string, nameB: string): string {
  const md = escapeMarkdown;
  const code = (v: unknown) => md(showValue(v));
  const out: string[] = [`### Fivefold diff: ${md(nameA)} → ${md(nameB)}`, ''];
  out.push(isEqual(d) ? '**The same model** (positions and view aside).' : '**The models differ.**', '');
  const table: string[] = [];
  const row = (field: string, [x, y]: Pair) => table.push(`| ${md(field)} | ${code(x)} | ${code(y)} |`);
  if (d.title) row('title', d.title);
  if (d.currency) row('currency', d.currency);
  for (const [prefix, f] of [['initiative.', d.initiative], ['layers.', d.layers], ['assumptions.', d.assumptions]] as const) {
    for (const [k, v] of Object.entries(f ?? {})) row(prefix + k, v);
  }
  if (d.lint) row('lint', d.lint);
  if (table.length) out.push('| field | A | B |', '|---|---|---|', ...table, '');
  for (const kind of ['teams', 'handoffs', 'scenarios'] as Kind[]) {
    const r: RecordChanges = d[kind];
    if (!r.added.length && !r.removed.length && !r.changed.length) continue;
    out.push(`#### ${NOUN[kind]}`, '');
    for (const id of r.added) out.push(`- **added** ${md(label(kind, id, a, b))}`);
    for (const id of r.removed) out.push(`- **removed** ${md(label(kind, id, a, b))}`);
    for (const c of r.changed) {
      out.push(`- **changed** ${md(label(kind, c.id, a, b))}: ${Object.entries(c.fields).map(([k, [x, y]]) => `${md(k)} ${code(x)} → ${code(y)}`).join('; ')}`);
    }
    out.push('');
  }
  if (d.story) out.push('The presentation’s story changed.', '');
  if (d.moved.length) out.push(`Moved on the canvas only: ${d.moved.map((id) => md(label('teams', id, a, b))).join(', ')}.`, '');
  if (d.outcomes.length) {
    out.push('#### Outcomes at each scenario’s last quarter', '', '| | people | handoffs | lead time (days) | cost |', '|---|---:|---:|---:|---:|');
    for (const r of outcomeRows(d, b)) out.push(`| ${md(r.name)} | ${r.cells.map(md).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
