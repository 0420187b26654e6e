/**
 * Semantic zoom: what the canvas draws at a zoom, decided by the size text would have on screen.
 * Pure numbers, one place, so the canvas, fit and zoom-to-lane agree on them.
 * - `cards`: full team cards (the name is 24 px on the canvas, legible from zoom 0.4: 9.6 px);
 * - `chips`: each team as a compact chip with only its name, drawn larger (40 px on the canvas, up
 *   to three lines);
 * - `summary`: no teams; each lane shows its teams, people and cost (and in After, before → after)
 *   at {@link SUMMARY_TEXT_PX} on screen whatever the zoom.
 */

/** Below this zoom, cards become chips. */
export const CHIPS_BELOW_ZOOM = 0.4;
/** Below this zoom, chips give way to lane summaries (a chip's 40 px name would be under 8 px). */
export const SUMMARY_BELOW_ZOOM = 0.2;
/** A chip's name on the canvas, in canvas pixels (canvas.css uses the same). */
export const CHIP_NAME_PX = 40;
/** A lane summary's text on screen, in screen pixels (the issue asks for at least 14). */
export const SUMMARY_TEXT_PX = 16;

export type Detail = 'cards' | 'chips' | 'summary';

/**
 * @example detailAt(1) // 'cards'
 * @example detailAt(0.05) // 'summary'
 */
export function detailAt(zoom: number): Detail {
  return zoom < SUMMARY_BELOW_ZOOM ? 'summary' : zoom < CHIPS_BELOW_ZOOM ? 'chips' : 'cards';
}

/**
 * The summary's font size in canvas pixels at `zoom`, in steps of 10 % so that zooming redraws the
 * five lanes only now and then; never under {@link SUMMARY_TEXT_PX} on screen.
 * @example summaryFontAt(0.05) * 0.05 >= SUMMARY_TEXT_PX // true
 */
export function summaryFontAt(zoom: number): number {
  const step = Math.floor(Math.log(Math.max(zoom, 1e-3)) / Math.log(1.1));
  return Math.ceil(SUMMARY_TEXT_PX / 1.1 ** step);
}
