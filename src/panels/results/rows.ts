/** The dashboard's colours; its rows are the read-out's (`readout/rows.ts`). */
import type { PyramidPart } from '../../readout/layers';

/** Before and after in the charts and their legend (here, not in the lazily loaded charts, so the legend draws without them). */
export const BEFORE_COLOUR = '#94a3b8';
export const AFTER_COLOUR = '#0f766e';
/** The uncertainty band (P10–P90) and its P50 line in the quarter chart. */
export const BAND_COLOUR = '#5eead4';
export const BAND_LINE_COLOUR = '#334155';

/** Colours that stay apart on a washed-out projector and for the common colour-vision deficiencies. */
export const PYRAMID_COLOURS: Record<PyramidPart, string> = {
  execution: '#2563eb',
  orchestration: '#d97706',
  innovation: '#7c3aed',
  unallocated: '#94a3b8',
};

