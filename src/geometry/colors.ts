import type { LayerId } from '../model';

/**
 * One accent per layer, dark enough for white text and for a washed-out projector; the CSS uses
 * the same values through `--layer-*` variables.
 */
export const LAYER_ACCENT: Record<LayerId, string> = {
  strategy: '#4338ca',
  product: '#0f766e',
  build: '#b45309',
  execution: '#15803d',
  control: '#9d174d',
};
