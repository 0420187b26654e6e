/**
 * What the simulation depends on. Team positions and the saved viewport are view-only: the engine
 * never reads them, so a drag (hundreds of position changes a second) must not make a large model
 * re-send itself to the worker, nor a small one recompute.
 */
import type { FivefoldDocument, Team } from '../model';

/** Document fields the engine never reads. */
const VIEW_ONLY_DOC_KEYS = new Set<string>(['view']);
/** Team fields the engine never reads. */
const VIEW_ONLY_TEAM_KEYS = new Set<string>(['position']);

/**
 * `previous` when `next` differs from it only in view-only fields (team positions, the viewport),
 * otherwise `next`. Immer keeps unchanged records identical, so this is a shallow walk of the teams.
 * @example
 * const moved = produce(doc, (d) => { d.teams[0].position = { x: 9, y: 9 } });
 * simulationInput(moved, doc) === doc // true: nothing the engine reads changed
 */
export function simulationInput(next: FivefoldDocument, previous: FivefoldDocument | null): FivefoldDocument {
  if (!previous || next === previous) return next;
  if (!sameExcept(next, previous, VIEW_ONLY_DOC_KEYS, 'teams')) return next;
  if (next.teams === previous.teams) return previous;
  if (next.teams.length !== previous.teams.length) return next;
  for (let i = 0; i < next.teams.length; i++) {
    const a = next.teams[i];
    const b = previous.teams[i];
    if (a !== b && !sameExcept(a, b, VIEW_ONLY_TEAM_KEYS)) return next;
  }
  return previous;
}

/** Same own keys with identical values, leaving out `ignored` (and `skip`, compared by the caller). */
function sameExcept<T extends FivefoldDocument | Team>(a: T, b: T, ignored: ReadonlySet<string>, skip?: string): boolean {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => !ignored.has(k) && r[k] !== undefined);
  const ka = keys(ra);
  if (ka.length !== keys(rb).length) return false;
  for (const k of ka) if (k !== skip && ra[k] !== rb[k]) return false;
  return true;
}
