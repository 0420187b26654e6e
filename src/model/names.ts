/**
 * Display names looked up by id. Panels, the canvas, the CLI and the summaries all show names
 * instead of ids, so the lookup lives here once.
 */
import { layerInfo } from './catalogue';
import type { FivefoldDocument, LayerId } from './schema';

// Keyed by the teams array itself: documents are immutable (immer), so an edit that touches a team
// makes a new array and the stale entry is dropped with it. Render can call this every time.
const namesByTeams = new WeakMap<readonly FivefoldDocument['teams'][number][], ReadonlyMap<string, string>>();

/**
 * Every team's name by id, built once per teams array.
 * @example teamNames(doc).get('t-cs') // "Customer Support"
 */
export function teamNames(doc: Pick<FivefoldDocument, 'teams'>): ReadonlyMap<string, string> {
  let names = namesByTeams.get(doc.teams);
  if (!names) {
    names = new Map(doc.teams.map((t) => [t.id, t.name]));
    namesByTeams.set(doc.teams, names);
  }
  return names;
}

/**
 * One team's name, or the id itself when no team has it (a dangling reference still reads sensibly).
 * @example teamName(doc, 't-cs') // "Customer Support"; teamName(doc, 'gone') // "gone"
 */
export function teamName(doc: Pick<FivefoldDocument, 'teams'>, id: string): string {
  return teamNames(doc).get(id) ?? id;
}

/**
 * The name a layer shows under: the document's own name for it (format.md: `layers` holds display-name
 * overrides only), else the catalogue's default.
 * @example layerName(doc, 'build') // "Build & Data" unless the document renames it
 */
export function layerName(doc: Pick<FivefoldDocument, 'layers'>, layer: LayerId): string {
  return doc.layers?.find((l) => l.id === layer)?.name ?? layerInfo(layer).name;
}
