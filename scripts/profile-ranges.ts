/**
 * Where the page's main thread spends its time while sampling uncertainty ranges (simulation.md §11):
 * imports OTT with 10,000 samples (or the 1,200-team model with --large) into an unminified build and
 * prints the CPU profile of the main thread and the rendering engine's work by kind until sampling ends.
 *
 *   npx tsx scripts/profile-ranges.ts [--samples 10000] [--large] [--app-dir <unminified build>]
 *                                     [--profile-out cpu.cpuprofile] [--trace-out trace.json]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseText, presetScenarios, serialize } from '../src/model';
import { presetUncertainty } from '../src/model/presets';
import { launchChromium, servePreview } from './lib/browserBench';
import { costReport, profileWhile, traceWhile } from './lib/dragProfile';
import { build } from './lib/fpsDrag';
import { largeOrganisation } from './lib/generatedOrg';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

function documentText(samples: number, large: boolean): string {
  if (large) {
    const scenarios = presetScenarios()
      .filter((s) => s.id === 'ai-native')
      .map((s) => ({ ...s, uncertainty: { ...presetUncertainty(), samples } }));
    return serialize(largeOrganisation(scenarios, 'Generated: 1,200 teams with ranges'));
  }
  const parsed = parseText(readFileSync(resolve('examples/ott-churn.fivefold.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the OTT example must be valid');
  const doc = parsed.doc;
  return serialize({ ...doc, title: `OTT, ${samples} samples`, scenarios: doc.scenarios.map((s) => ({ ...s, uncertainty: { ...presetUncertainty(), samples } })) });
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'fivefold-profile-ranges-'));
  const large = args.includes('--large');
  const appDir = option('app-dir', '') ? resolve(option('app-dir', '')) : build(join(scratch, 'app'), { minify: false });
  const server = await servePreview(appDir);
  const browser = await launchChromium();
  try {
    const file = join(scratch, 'doc.fivefold.json');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.origin);
    await page.waitForSelector('.react-flow__node-team');
    await page.waitForFunction(() => (document.querySelector('[data-testid=ranges-bar]') as HTMLElement | null)?.dataset.state === 'done', undefined, { timeout: 120_000 });
    const importAndWait = async (samples: number) => {
      writeFileSync(file, documentText(samples, large));
      await page.getByTestId('import-input').setInputFiles(file);
      await page.waitForFunction(
        ([wanted, first]) => {
          const bar = document.querySelector('[data-testid=ranges-bar]') as HTMLElement | null;
          return !!bar && bar.dataset.total === String(wanted) && (first ? Number(bar.dataset.done) > 0 : bar.dataset.state === 'done');
        },
        [samples, large] as const,
        { timeout: 600_000, polling: 50 },
      );
    };
    const samples = Number(option('samples', large ? '1000' : '10000'));
    const { costs, wallMs } = await profileWhile(page, () => importAndWait(samples), option('profile-out', '') || undefined);
    console.log(costReport(costs, wallMs, 30));
    const work = await traceWhile(page, () => importAndWait(samples + 1), option('trace-out', '') || undefined);
    console.log('main-thread work by kind (nested events overlap):');
    for (const [name, ms] of work.slice(0, 20)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
