/**
 * How smoothly a presentation step changes: on OTT, from each quarter to the next (bars and figures
 * animate Before → After) and across the other steps, the frames Chromium draws in the 900 ms after
 * each key press. Prints the median frame rate and the slowest frame per change, and the same for a
 * plain page's idle frames in the same run as the baseline (the machine's own ceiling).
 * Run after `npx vite build`:  npx tsx scripts/fps-present.ts [--rounds 3]
 */
import { resolve } from 'node:path';
import { launchChromium, median, servePreview } from './lib/browserBench';

const PORT = 4185;
const WINDOW_MS = 900;

const RECORD = `(ms) => new Promise((done) => {
  const times = [];
  const start = performance.now();
  const tick = (now) => { times.push(now); if (now - start < ms) requestAnimationFrame(tick); else done(times); };
  requestAnimationFrame(tick);
})`;

function fps(times: number[]): { fps: number; worstMs: number } {
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  const span = times[times.length - 1] - times[0];
  return { fps: (gaps.length / span) * 1000, worstMs: Math.max(...gaps) };
}

async function main() {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3;
  const browser = await launchChromium();
  const app = await servePreview(resolve(process.env.SCREENSHOT_DIST ?? 'dist'), PORT).catch(async (e) => {
    await browser.close();
    throw e;
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(app.origin);
    await page.waitForSelector('.react-flow__node-team');
    await page.keyboard.press('F5');
    await page.getByTestId('presentation').waitFor();
    const total = Number((await page.getByTestId('presentation-count').innerText()).split('/')[1]);
    const changes: { kind: string; fps: number; worstMs: number }[] = [];
    const baseline: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await page.keyboard.press('Home');
      await page.waitForTimeout(400);
      baseline.push(fps(await page.evaluate(`(${RECORD})(${WINDOW_MS})`)).fps);
      for (let s = 2; s <= total; s++) {
        const recording = page.evaluate(`(${RECORD})(${WINDOW_MS})`) as Promise<number[]>;
        await page.keyboard.press('ArrowRight');
        const kind = (await page.getByTestId('presentation').getAttribute('data-kind')) ?? '?';
        changes.push({ kind, ...fps(await recording) });
      }
    }
    const byKind = new Map<string, number[]>();
    for (const c of changes) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.fps]);
    console.log(`presentation step change on OTT, 1280×720, ${rounds} rounds of ${total - 1} changes (goal ≥ 50 fps)`);
    for (const [kind, values] of byKind) console.log(`  into ${kind.padEnd(9)} median ${median(values).toFixed(1)} fps over ${values.length} changes`);
    console.log(`  all changes      median ${median(changes.map((c) => c.fps)).toFixed(1)} fps; slowest frame median ${median(changes.map((c) => c.worstMs)).toFixed(1)} ms`);
    console.log(`  baseline (idle presentation, same run) median ${median(baseline).toFixed(1)} fps; ratio ${(median(changes.map((c) => c.fps)) / median(baseline)).toFixed(2)}`);
  } finally {
    await browser.close();
    app.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
