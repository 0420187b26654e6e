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
  const found = await page.evaluate(async () => {
    const engine = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    type Node = { target: unknown[]; impact: string; failureSummary?: string; any: Array<{ data?: { messageKey?: string } | null }> };
    type Rule = { id: string; impact: string; nodes: Node[] };
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
          reason: review && v.id === 'color-contrast' ? (n.any.find((c) => c.data?.messageKey)?.data?.messageKey ?? '') : '',
        })),
      );
    return [...lines(results.violations, false), ...lines(results.incomplete, true)];
  });
  const undecided = found.filter((f) => UNDECIDED_CONTRAST.has(f.reason)).map((f) => f.target);
  const measured = new Map((await contrastByPaintOrder(page, undecided)).map((m) => [m.target, m]));
  paintOrder.measured += measured.size;
  return found.flatMap(({ reason: _, ...f }) => {
    const m = measured.get(f.target);
    if (f.impact !== 'review' || f.rule !== 'color-contrast' || !m) return [{ ...f, state, impact: f.impact as Impact }];
    if (m.ratio >= m.needed) return [];
    return [{ ...f, state, impact: 'serious' as const, summary: `${m.ratio.toFixed(2)}:1, needs ${m.needed}:1 (${m.detail}; measured in the browser's paint order)` }];
  });
}

/**
 * Why axe-core left a text's contrast undecided, where the browser can decide it: axe builds its own
 * model of what is painted over what, and gets React Flow's nested transformed layers wrong
 * (axe-core issue #4629: it reports every card and label on the canvas as "overlapped"); it also
 * skips texts too short to tell from icons, such as a headcount "2".
 */
/** How many texts axe left undecided were measured in the browser's paint order (printed by the tests). */
export const paintOrder = { measured: 0 };

const UNDECIDED_CONTRAST = new Set(['bgOverlap', 'elmPartiallyObscured', 'elmPartiallyObscuring', 'shortTextContent']);

interface Measured {
  target: string;
  ratio: number;
  needed: number;
  detail: string;
}

/**
 * WCAG contrast of each target's text against what is painted behind it: its own and its ancestors'
 * background colours, then what the browser reports below it at its centre (document.elementsFromPoint,
 * the real paint order), composited with every opacity on the way. Large text (24 px, or 18.66 px
 * bold, as drawn on screen after the canvas's zoom) needs 3:1, other text 4.5:1. A target behind a
 * gradient or a picture, or off screen, is left out (still undecided).
 */
function contrastByPaintOrder(page: Page, targets: string[]): Promise<Measured[]> {
  if (!targets.length) return Promise.resolve([]);
  return page.evaluate((selectors) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | null => {
      const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
      if (!m) return c === 'transparent' ? [0, 0, 0, 0] : null;
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const opacityOf = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const out: Array<{ target: string; ratio: number; needed: number; detail: string }> = [];
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      const svg = el instanceof SVGTextContentElement;
      if (!(el instanceof HTMLElement) && !svg) continue;
      const outside = (b: DOMRect) => b.width === 0 || b.x + b.width / 2 < 0 || b.y + b.height / 2 < 0 || b.x + b.width / 2 > innerWidth || b.y + b.height / 2 > innerHeight;
      // Out of view in a panel or a page that scrolls: scrolled to, as a person would. Inside a box
      // that clips (the canvas), left undecided.
      let clipped = false;
      for (let e = el.parentElement; e; e = e.parentElement) if (/hidden|clip/.test(getComputedStyle(e).overflow)) clipped = true;
      if (outside(el.getBoundingClientRect()) && !clipped) el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      if (outside(box)) continue;
      // Layers from the text down, in the browser's paint order at the text's centre: the stack from
      // the text (or its nearest ancestor that is hit-tested: a label that lets pointer events through
      // is not in the stack), after the ancestors in between.
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
      const stack = document.elementsFromPoint(cx, cy);
      const own = stack.findIndex((e) => chain.includes(e));
      const layers =
        own < 0
          ? [...chain, ...stack.filter((e) => !chain.includes(e) && !el.contains(e))]
          : [...chain.slice(0, chain.indexOf(stack[own])), ...stack.slice(own).filter((e) => e === el || !el.contains(e))];
      const backdrop: Rgba[] = [];
      let decidable = true;
      for (const e of layers) {
        const style = getComputedStyle(e);
        // A picture or a filled SVG shape below the text has no one colour; an SVG line or group is
        // skipped (a handoff's path under its label).
        if (style.backgroundImage !== 'none' || ['IMG', 'CANVAS', 'VIDEO'].includes(e.tagName)) {
          decidable = false;
          break;
        }
        // An SVG shape's fill is a background like any other; a pattern or gradient fill has no one
        // colour; SVG lines, groups and text are skipped (a handoff's path under its label).
        const shape = e instanceof SVGGeometryElement && style.fill !== 'none';
        if (e instanceof SVGElement && !shape) continue;
        const bg = shape ? parse(style.fill)?.map((v, i) => (i === 3 ? v * Number(style.fillOpacity) : v)) as Rgba | undefined ?? null : parse(style.backgroundColor);
        if (!bg) {
          decidable = false;
          break;
        }
        if (bg[3] === 0) continue;
        backdrop.push([bg[0], bg[1], bg[2], bg[3] * opacityOf(e)]);
        if (bg[3] === 1 && opacityOf(e) === 1) break;
      }
      const fg = svg ? parse(getComputedStyle(el).fill) : parse(getComputedStyle(el).color);
      if (fg && svg) fg[3] *= Number(getComputedStyle(el).fillOpacity);
      if (!decidable || !fg) continue;
      let behind: Rgba = [255, 255, 255, 1];
      for (const layer of backdrop.reverse()) behind = over(layer, behind);
      const text = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], behind);
      const [l1, l2] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
      const style = getComputedStyle(el);
      const scale = el instanceof HTMLElement ? (el.offsetHeight ? box.height / el.offsetHeight : 1) : ((el as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
      const px = parseFloat(style.fontSize) * scale;
      const bold = Number(style.fontWeight) >= 700;
      const large = px >= 24 || (bold && px >= 18.66);
      const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
      out.push({
        target: selector,
        ratio: (l1 + 0.05) / (l2 + 0.05),
        needed: large ? 3 : 4.5,
        detail: `${hex(text)} on ${hex(behind)}, ${px.toFixed(1)} px${bold ? ' bold' : ''} on screen`,
      });
    }
    return out;
  }, targets);
}
