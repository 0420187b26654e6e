/**
 * format.md keeps `view` as it is, but refuses one nested deeper than 64 levels or larger than 1 MB
 * as JSON: deeper, writing it back would overflow the stack; larger, every autosave would carry it.
 */
import type { Problem } from './problems';

export const MAX_VIEW_DEPTH = 64;
export const MAX_VIEW_CHARS = 1_000_000;

/**
 * The problems of a document's `view` (none when absent). Walks without recursion, so a view a
 * million levels deep is measured, not overflowed.
 * @example viewProblems({ a: [[[]]] }) // []
 */
export function viewProblems(view: unknown): Problem[] {
  if (view === undefined || typeof view !== 'object' || view === null) return [];
  const stack: [unknown, number][] = [[view, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_VIEW_DEPTH) return [{ path: 'view', message: `is nested more than ${MAX_VIEW_DEPTH} levels deep; at most ${MAX_VIEW_DEPTH} are allowed` }];
    for (const child of Object.values(node as object)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  const size = JSON.stringify(view).length;
  if (size > MAX_VIEW_CHARS) {
    return [{ path: 'view', message: `is ${(size / 1_000_000).toFixed(1)} MB as JSON; at most 1 MB is allowed` }];
  }
  return [];
}
