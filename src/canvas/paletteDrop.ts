import { findTemplate, type TeamTemplate } from '../model/catalogue';

/** The drag payload of a palette item: the template key, as text under this type. */
export const PALETTE_MIME = 'application/x-fivefold-team';

type DragLike = { dataTransfer: DataTransfer | null };

/** Puts a template on a drag that starts in the palette. */
export function writePaletteDrag(e: DragLike, template: TeamTemplate): void {
  if (!e.dataTransfer) return;
  e.dataTransfer.setData(PALETTE_MIME, template.key);
  e.dataTransfer.setData('text/plain', template.name);
  e.dataTransfer.effectAllowed = 'copy';
}

/**
 * Whether a drag carries a palette team: call it in the canvas's `onDragOver` and, when true,
 * `preventDefault()` so the drop is allowed (the data itself is only readable on drop).
 */
export function isPaletteDrag(e: DragLike): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes(PALETTE_MIME);
}

/**
 * The template a drop carries, or null for any other drop (a file, text). The canvas's `onDrop`
 * turns the pointer into a flow position and a lane, then runs
 * `registry.run('team.add', stores, { template, layer, position })`.
 * @example const t = readPaletteDrop(e); if (t) { e.preventDefault(); registry.run('team.add', stores, { template: t, layer, position }) }
 */
export function readPaletteDrop(e: DragLike): TeamTemplate | null {
  const key = e.dataTransfer?.getData(PALETTE_MIME);
  return key ? (findTemplate(key) ?? null) : null;
}
