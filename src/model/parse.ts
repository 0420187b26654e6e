import type { z } from 'zod';
import { CURRENT_VERSION, DocumentShapeSchema, type FivefoldDocument } from './schema';
import { checkRules } from './rules';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { capProblems, formatPath, quote, QUOTE_LIMIT, type Problem } from './problems';
import { viewProblems } from './viewLimits';
import { isPlainObject } from './plain';
import { dropUnknownKeys } from './unknownKeys';
import { locateJsonError } from './jsonError';
import { unknownLintRuleWarnings } from './lintRules';

export type ParseResult =
  | { ok: true; doc: FivefoldDocument; warnings: string[] }
  | { ok: false; errors: Problem[] };

export interface ParseOptions {
  migrations?: readonly Migration[];
}

const refuse = (message: string): ParseResult => ({ ok: false, errors: [{ path: '', message }] });

/**
 * Reads a Fivefold file's text: JSON, then migrations, then the schema and its rules.
 * Never throws; a refused file comes back with every problem (path and sentence), up to 100.
 * @example parseText('{"format":"fivefold",...}') // { ok: true, doc, warnings: [] }
 */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  // Some editors on Windows start UTF-8 files with a byte-order mark; it is not part of the document.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return refuse('The file is empty: there is no Fivefold document in it.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return refuse(notJsonMessage(text, e));
  }
  return parseValue(json, options);
}

/** Like `parseText`, for a value that is already JSON (e.g. from storage or a test). */
export function parseValue(json: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse(`This is not a Fivefold document: the file holds ${describeJson(json)}, not a JSON object.`);
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== 'fivefold') {
    return refuse(
      'format' in obj
        ? `This is not a Fivefold document: its "format" is ${JSON.stringify(obj.format)}, not "fivefold".`
        : 'This is not a Fivefold document: it is a JSON object without "format": "fivefold".',
    );
  }
  const migrated = migrate(obj, options.migrations ?? MIGRATIONS);
  const problems: Problem[] = [];
  let current: Record<string, unknown>;
  if (migrated.ok) current = migrated.doc;
  else if (migrated.readable) {
    // A missing or malformed version says nothing about the rest: check it as the current version.
    problems.push({ path: migrated.path, message: migrated.message });
    current = { ...obj, version: CURRENT_VERSION };
  } else return { ok: false, errors: [{ path: migrated.path, message: migrated.message }] };

  // Measured before anything walks the view, so a view nested a million deep is refused, not overflowed.
  const tooBig = viewProblems(current.view);
  problems.push(...tooBig);
  const { value, warnings } = dropUnknownKeys(DocumentShapeSchema, tooBig.length ? { ...current, view: {} } : current);
  const shape = DocumentShapeSchema.safeParse(value);
  if (!shape.success) problems.push(...shape.error.issues.map((i) => issueToProblem(i, value)));
  problems.push(...checkRules(value));
  if (problems.length) return { ok: false, errors: capProblems(dedupe(problems).map((p) => naming(p, value))) };
  return { ok: true, doc: shape.data!, warnings: [...warnings, ...unknownLintRuleWarnings(shape.data!.lint)] };
}

const RECORD_PATH = /^(teams|handoffs|scenarios)\[(\d+)\]/;
const RECORD_WORD = { teams: 'team', handoffs: 'handoff', scenarios: 'scenario' } as const;

/**
 * Adds which team, handoff or scenario a problem is in, by name, so a reviewer need not count list
 * items: `teams[1].headcount: … (team "Engineering")`. A handoff goes by its artifact, else its id.
 */
function naming(problem: Problem, doc: unknown): Problem {
  const m = RECORD_PATH.exec(problem.path);
  if (!m || !isPlainObject(doc)) return problem;
  const list = doc[m[1]];
  const record = Array.isArray(list) ? list[Number(m[2])] : undefined;
  if (!isPlainObject(record)) return problem;
  const word = RECORD_WORD[m[1] as keyof typeof RECORD_WORD];
  const candidates = word === 'handoff' ? [record.artifact, record.id] : [record.name, record.id];
  const name = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return name ? { path: problem.path, message: `${problem.message} (${word} ${quote(name)})` } : problem;
}

function issueToProblem(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return { path, message: 'is required' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { path, message: 'must be a finite number' };
  if (issue.code === 'invalid_type' && issue.expected === 'object') return { path, message: 'must be a JSON object' };
  return { path, message: `${issue.message}${shownValue(value)}` };
}

/** `, not -2`: the value that was wrong, shortened, so the person sees what to fix (lists and objects are not echoed). */
function shownValue(value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  if (typeof value === 'string' && value.length > QUOTE_LIMIT) return `, not ${quote(value)} (${value.length} characters)`;
  return `, not ${quote(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, key as string)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a JSON list';
  if (typeof v === 'string') return 'a JSON string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return `the value ${v}`;
  return 'something else';
}

/** "not JSON at line 3, column 14: …", from our own scan so it is the same in every engine. */
function notJsonMessage(text: string, e: unknown): string {
  const where = locateJsonError(text);
  if (where) return `This file is not JSON: at line ${where.line}, column ${where.column}, ${where.reason}.`;
  // The text is well-formed but the engine still gave up, e.g. nesting too deep for its stack.
  const raw = e instanceof Error ? e.message : String(e);
  return `This file could not be read as JSON: ${raw.slice(0, 200)}.`;
}
