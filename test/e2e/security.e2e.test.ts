// Issue 2's security bar in real Chromium: names are plain text, the page talks only to its own origin,
// and a Content-Security-Policy that allows only that origin is in force.
import { describe } from 'vitest';
import { asFile, exampleJson } from './documents';
import { expect, test, UI_TIMEOUT } from './harness';
import { importFile, refusalDialog, teamNode, waitForTitle } from './ui';

const IMG_NAME = '<img src=x onerror=alert(1)>';
const BOLD_ARTIFACT = '<b onmouseover=alert(2)>spec</b>';

/** Lets two frames pass, so an image error or a script would have had its chance to run. */
const settle = (page: import('playwright-core').Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('names are plain text', () => {
  test('a team named like an HTML image shows literally and runs nothing', async ({ app }) => {
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    const doc = exampleJson();
    doc.title = 'Markup in names';
    doc.teams[0].name = IMG_NAME;
    doc.handoffs[0].artifact = BOLD_ARTIFACT;
    await app.open();

    await importFile(page, asFile('markup.fivefold.json', doc));
    await waitForTitle(page, doc.title);

    await expect.poll(() => teamNode(page, IMG_NAME).count()).toBe(1);
    await expect.poll(() => page.getByText(BOLD_ARTIFACT).count()).toBeGreaterThan(0);
    await teamNode(page, IMG_NAME).hover();
    await settle(page);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('b[onmouseover]').count()).toBe(0);
    expect(app.requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('the refusal dialog shows markup from the file literally', async ({ app }) => {
    const { page } = app;
    const doc = exampleJson();
    doc.handoffs[0].to = IMG_NAME;
    await app.open();

    await importFile(page, asFile('markup.fivefold.json', doc));

    const problems = refusalDialog(page).getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain(IMG_NAME);
    await settle(page);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});

describe('own origin only', () => {
  test('a first visit and an import request nothing outside the page origin', async ({ app }) => {
    const { page } = app;
    await app.open();
    await importFile(page, asFile('again.fivefold.json', exampleJson()));
    await waitForTitle(page, exampleJson().title);
    await settle(page);

    // The watch must have seen the page's own traffic, or an empty foreign list would prove nothing.
    expect(app.requests.some((url) => url.startsWith(app.baseURL) && url.endsWith('.js'))).toBe(true);
    expect(app.problems.foreignRequests).toEqual([]);
  });

  test('the page sets a Content-Security-Policy that allows only its own origin', async ({ app }) => {
    const { page } = app;
    await page.goto('/');

    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content', { timeout: UI_TIMEOUT });
    expect(policy, 'a CSP meta tag in index.html').toBeTruthy();
    const directives = parsePolicy(policy!);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Only the page's own origin, inline styles (React Flow positions nodes with style attributes)
    // and in-page data/blob URLs; never a host, a scheme wildcard or "*".
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
    for (const name of ['script-src', 'connect-src']) {
      expect(directives.get(name) ?? directives.get('default-src'), name).toEqual(["'self'"]);
    }
  });

  test('the policy is enforced: a fetch to another origin is blocked before it leaves the page', async ({ app }) => {
    const { page } = app;
    app.allowConsoleError(/Content Security Policy/);
    await page.goto('/');

    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      let fetched = true;
      try {
        await fetch('http://localhost:9/probe');
      } catch {
        fetched = false;
      }
      await new Promise((r) => setTimeout(r, 0));
      return { fetched, violations };
    });

    expect(outcome.fetched).toBe(false);
    expect(outcome.violations).toContain('connect-src');
    expect(app.problems.foreignRequests).toEqual([]);
  });
});

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
