/**
 * The app icons an installed Fivefold shows (192 and 512 px PNG, plus a maskable one with room
 * around the mark), drawn from public/favicon.svg with resvg. Run after changing the favicon:
 *   npx tsx scripts/pwa-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const pub = resolve(import.meta.dirname, '../public');
const mark = readFileSync(resolve(pub, 'favicon.svg'), 'utf8');

for (const size of [192, 512]) {
  writeFileSync(resolve(pub, `icon-${size}.png`), new Resvg(mark, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
// Maskable: the mark inside the safe zone (the middle 80%) on the icon's own dark ground.
const inner = mark.replace('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">', '<svg xmlns="http://www.w3.org/2000/svg" x="4" y="4" width="32" height="32" viewBox="0 0 32 32">');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#1f2937"/>${inner}</svg>`;
writeFileSync(resolve(pub, 'icon-maskable-512.png'), new Resvg(maskable, { fitTo: { mode: 'width', value: 512 } }).render().asPng());
console.log('public/icon-192.png, icon-512.png, icon-maskable-512.png');
