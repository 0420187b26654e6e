import { DocumentSchema, formatPath, IdSchema, type FivefoldDocument } from '../../model';

/** How a typed text becomes a value, or why it cannot. */
export type Parsed<V> = { ok: true; value: V } | { ok: false; message: string };

const problemsCache = new WeakMap<FivefoldDocument, Set<string>>();

function problemKeys(doc: FivefoldDocument): { keys: Set<string>; list: { path: string; message: string }[] } {
  const r = DocumentSchema.safeParse(doc);
  const list = r.success ? [] : r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  return { keys: new Set(list.map((p) => `${p.path}\u0000${p.message}`)), list };
}

/**
 * The problems a change would bring, checked with the same schema as an import: only those the
 * document before did not already have, so a field explains what *its* value breaks (a cycle, a
 * minAccountable above the new headcount), and nothing else.
 * @example newProblems(doc, produce(doc, d => { d.teams[0].headcount = 0 })) // [{ path: 'teams[0].headcount', message: 'must be …' }]
 */
export function newProblems(before: FivefoldDocument, after: FivefoldDocument): { path: string; message: string }[] {
  if (after === before) return [];
  let known = problemsCache.get(before);
  if (!known) {
    known = problemKeys(before).keys;
    problemsCache.set(before, known);
  }
  const had = known;
  return problemKeys(after).list.filter((p) => !had.has(`${p.path}\u0000${p.message}`));
}

/**
 * One sentence for the problems of a field: its own problems read "Headcount must be …"; a problem
 * elsewhere that the value causes names where it is.
 */
export function explain(problems: { path: string; message: string }[], ownPath: string, label: string): string | null {
  if (!problems.length) return null;
  const own = problems.find((p) => p.path === ownPath || p.path.startsWith(`${ownPath}.`) || p.path.startsWith(`${ownPath}[`));
  const p = own ?? problems[0];
  if (own) return `${label} ${p.message}`;
  const last = p.path.match(/([A-Za-z]+)$/)?.[1];
  return last && last !== 'handoffs' && last !== 'teams' ? `This makes ${last} invalid: it ${p.message}` : capitalise(p.message);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Text stays text; the schema decides about its length. */
export const asText = (t: string): Parsed<string> => ({ ok: true, value: t });

/**
 * An id as the schema allows it and not taken by another record of the same kind.
 * @example asUniqueId('t1', teams, 'team')('t2') // { ok: false, message: 'is taken: another team already has the id "t2"' } if t2 exists
 */
export const asUniqueId =
  (current: string, records: readonly { id: string }[], kind: string) =>
  (t: string): Parsed<string> => {
    const r = IdSchema.safeParse(t);
    if (!r.success) return { ok: false, message: r.error.issues[0].message };
    if (t !== current && records.some((x) => x.id === t)) return { ok: false, message: `is taken: another ${kind} already has the id "${t}"` };
    return { ok: true, value: t };
  };

/** Empty text removes an optional text field. */
export const asOptionalText = (t: string): Parsed<string | undefined> => ({ ok: true, value: t === '' ? undefined : t });

/** A number as people type it: "1 000" and "1,5" are not guessed at; empty is "missing". */
export function asNumber(t: string): Parsed<number> {
  const s = t.trim();
  if (s === '') return { ok: false, message: 'must not be empty: enter a number' };
  const n = Number(s);
  if (!Number.isFinite(n)) return { ok: false, message: `must be a number ("${s}" is not one)` };
  return { ok: true, value: n };
}

export function asOptionalNumber(t: string): Parsed<number | undefined> {
  return t.trim() === '' ? { ok: true, value: undefined } : asNumber(t);
}

/** One role per line; blank lines are dropped, and no roles at all removes the field. */
export function asLines(t: string): Parsed<string[] | undefined> {
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  return { ok: true, value: lines.length ? lines : undefined };
}

/** Adoption per quarter: "0.3, 0.6, 0.8". */
export function asNumberList(t: string): Parsed<number[]> {
  const parts = t.split(/[,;\s]+/).filter(Boolean);
  const values: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (!Number.isFinite(n)) return { ok: false, message: `must be numbers separated by commas ("${p}" is not a number)` };
    values.push(n);
  }
  return { ok: true, value: values };
}

/** "40, 120" is a position; empty lets the editor lay the team out. */
export function asPosition(t: string): Parsed<{ x: number; y: number } | undefined> {
  if (t.trim() === '') return { ok: true, value: undefined };
  const parts = t.split(/[,;\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 2 || !parts.every(Number.isFinite)) return { ok: false, message: 'must be two numbers, x and y, such as "40, 120" (or empty for automatic layout)' };
  return { ok: true, value: { x: parts[0], y: parts[1] } };
}
