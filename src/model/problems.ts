/** A problem found in a document: a JSON path such as `teams[3].mix` and a plain sentence. */
export interface Problem {
  path: string;
  message: string;
}

export const MAX_REPORTED = 100;

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
