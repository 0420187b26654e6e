// axe-core run inside the page under test. The app's Content-Security-Policy forbids inline scripts,
// so the engine is evaluated through the DevTools protocol (which the policy does not govern) rather
// than added as a <script>; it lives in the test process only, never in the app's bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { UI_TIMEOUT } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's impacts, and `review` for a check axe could not decide (text over a picture, say). */
export type Impact = 'review' | 'minor' | 'moderate' | 'serious' | 'critical';

/** One rule broken on one element: `[state] rule (impact) selector: what to fix`. */
export interface Finding {
  state: string;
  rule: string;
  impact: Impact;
  target: string;
  summary: string;
}

/** What a test asserts on: the serious and critical findings, as readable lines. */
export const blocking = (findings: Finding[]): string[] =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical').map(line);

export const line = (f: Finding): string => `[${f.state}] ${f.rule} (${f.impact}) ${f.target}: ${f.summary}`;

/**
 * Waits until nothing on the page is still easing in (a half-faded panel would be measured at half its
 * contrast), then runs every axe rule that is on by default over the whole page.
 */
export async function axe(page: Page, state: string): Promise<Finding[]> {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length,
        ),
      { timeout: UI_TIMEOUT, message: `animations settled before auditing ${state}` },
    )
    .toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const engine = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    type Rule = { id: string; impact: string; nodes: Array<{ target: unknown[]; impact: string; failureSummary?: string }> };
    interface AxeResults {
      violations: Rule[];
      incomplete: Rule[];
    }
    const results = await engine.run(document, { resultTypes: ['violations', 'incomplete'] });
    const lines = (rules: Rule[], review: boolean) =>
      rules.flatMap((v) =>
        v.nodes.map((n) => ({
          rule: v.id,
          impact: review ? 'review' : (n.impact ?? v.impact),
          target: n.target.join(' '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200),
        })),
      );
    return [...lines(results.violations, false), ...lines(results.incomplete, true)];
  });
  return violations.map((v) => ({ ...v, state, impact: v.impact as Impact }));
}
