/**
 * Headcount per layer (a merged group's people count in its owner's layer) and the pyramid's parts,
 * the figures the dashboard, the compare view and the CLI's table share. Pure.
 */
import { LAYER_IDS, type FivefoldDocument, type LayerId } from '../model/schema';
import type { Pyramid, Result } from '../sim/types';

/** People per layer, in the order of the five layers. */
export type LayerHeadcount = Record<LayerId, number>;

/**
 * People per layer in a result: each group's headcount counts in its owner's layer.
 * @example headcountByLayer(ott, simulate(ott, aiNative, 3)).build // 1 (data owns eng and qa)
 */
export function headcountByLayer(doc: FivefoldDocument, result: Result): LayerHeadcount {
  const layerOf = new Map(doc.teams.map((t) => [t.id, t.layer]));
  const counts = Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as LayerHeadcount;
  for (const group of result.groups) {
    const layer = layerOf.get(group.owner);
    if (layer) counts[layer] += group.headcount;
  }
  return counts;
}

/** The pyramid's four parts in display order. */
export const PYRAMID_PARTS = ['execution', 'orchestration', 'innovation', 'unallocated'] as const;

export type PyramidPart = keyof Pyramid;

export const PYRAMID_LABELS: Record<PyramidPart, string> = {
  execution: 'Execution',
  orchestration: 'Orchestration',
  innovation: 'Innovation',
  unallocated: 'Unallocated',
};

/** The name a layer shows under, defined once in the model; re-exported for the results panels. */
export { layerName } from '../model/names';
