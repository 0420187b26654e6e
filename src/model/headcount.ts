import type { FivefoldDocument } from './schema';

/**
 * People in some teams of a document, as the inspector states for a multiple selection. An id that
 * names no team (a selection left over from a deleted team) counts nothing, and an id given twice
 * counts once.
 * @example headcountOf(doc, ['eng', 'qa']) // 4 when eng has 3 people and qa 1
 */
export function headcountOf(doc: Pick<FivefoldDocument, 'teams'>, teamIds: Iterable<string>): number {
  const ids = new Set(teamIds);
  return doc.teams.reduce((sum, t) => (ids.has(t.id) ? sum + t.headcount : sum), 0);
}
