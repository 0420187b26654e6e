/** A share as a percentage for reading aloud and on screen: 0.95 → "95%". */
export const percent = (v: number) => `${Math.round(v * 100)}%`;
