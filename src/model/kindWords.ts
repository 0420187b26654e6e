import type { AutomatableKind } from './schema';

/** Adjective for each automatable kind, for labels: "Potential, creative work". */
export const KIND_WORDS: Record<AutomatableKind, string> = {
  routine: 'routine',
  create: 'creative',
  decide: 'deciding',
  assure: 'assuring',
  coordinate: 'coordinating',
};
