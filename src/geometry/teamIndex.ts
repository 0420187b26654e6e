import type { Team } from '../model';

const indexCache = new WeakMap<readonly Team[], Map<string, Team>>();

/**
 * Teams by id, built once per teams array, so each of many team nodes finds its own record in
 * constant time on every store change.
 * @example teamById(doc.teams).get('eng')?.headcount // 3
 */
export function teamById(teams: readonly Team[]): Map<string, Team> {
  let index = indexCache.get(teams);
  if (!index) {
    index = new Map(teams.map((t) => [t.id, t]));
    indexCache.set(teams, index);
  }
  return index;
}
