/** A problem found in a document: a JSON path such as `teams[3].mix` and a plain sentence. */
export interface Problem {
  path: string;
  message: string;
}

export const MAX_REPORTED = 100;

/** How much of a bad value or a name a message quotes: a 100,000-character name is not echoed whole. */
export const QUOTE_LIMIT = 80;

/**
 * A value as a message quotes it: JSON, shortened to 80 characters.
 * @example quote(-2) // '-2'; quote('x'.repeat(500)) // '"xxxx…"' (80 characters)
 */
export function quote(value: unknown): string {
  // Text keeps its closing quote, so the cut is plain to see: "Ä…".
  if (typeof value === 'string') return JSON.stringify(value.length > QUOTE_LIMIT - 2 ? `${value.slice(0, QUOTE_LIMIT - 3)}…` : value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value);
  }
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

/** Formats a path of keys and indices: ['teams', 3, 'mix'] → `teams[3].mix`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line a problem, as the dialog and the command line print them. */
export function problemLine(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Caps a list of problems at 100, adding `… and N more` so nothing is silently hidden. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_REPORTED) return problems;
  const rest = problems.length - MAX_REPORTED;
  return [...problems.slice(0, MAX_REPORTED), { path: '', message: `… and ${rest} more` }];
}
