// The `test` of every end-to-end file: one browser connection per file, a fresh context and page per
// test, and a watch on everything that must never happen on the page. A test fails when the page logs
// a console error, throws, opens a native dialog (alert, confirm, prompt), requests another origin or
// gets an HTTP error, unless the test says it expects exactly that.
import { expect, inject, test as base } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** What the page did that a healthy page never does. Each entry is one readable line. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  httpErrors: string[];
  dialogs: string[];
}

export interface App {
  page: Page;
  context: BrowserContext;
  /** The served app's origin, e.g. `http://127.0.0.1:41234`. */
  baseURL: string;
  problems: PageProblems;
  /** Every URL the context requested, in order: proof that the request watch sees traffic. */
  requests: string[];
  /** The URLs at which the page asked "leave this page?" (accepted, so navigation went on). */
  beforeUnloads: string[];
  /** Lets console errors matching `pattern` pass, for a test that provokes one on purpose. */
  allowConsoleError(pattern: RegExp): void;
  /** Opens the app (a first visit: the context is fresh) and waits until the canvas shows teams. */
  open(): Promise<void>;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Time allowed for the UI to show something before a wait fails with the selector in its message. */
export const UI_TIMEOUT = 10_000;

export const test = base.extend<{ browser: Browser; app: App }>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this destructuring; this one has none
    async ({}, use) => {
      const browser = await chromium.connect(inject('wsEndpoint'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  app: async ({ browser }, use) => {
    const baseURL = inject('baseURL');
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    // E2E_THROTTLE=6 slows the page's CPU six times: how a shared CI machine meets the app, on demand.
    const throttle = Number(process.env.E2E_THROTTLE ?? 0);
    if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const app = watch(page, context, baseURL);
    await use(app);
    await context.close();
    expect(app.problems, 'the page misbehaved (see the lists)').toEqual(emptyProblems());
  },
});

export { expect };

function emptyProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], foreignRequests: [], httpErrors: [], dialogs: [] };
}

function watch(page: Page, context: BrowserContext, baseURL: string): App {
  const origin = new URL(baseURL).origin;
  const problems = emptyProblems();
  const requests: string[] = [];
  const allowedConsole: RegExp[] = [];
  const beforeUnloads: string[] = [];

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowedConsole.some((pattern) => pattern.test(text))) return;
    const where = message.location();
    problems.consoleErrors.push(`${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  context.on('weberror', (error) => problems.pageErrors.push(String(error.error())));
  context.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) {
      problems.foreignRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    // "Leave the page?" guards unsaved work, which is the app's right; accept it so a reload goes on,
    // and keep a record for tests that care. Any other native dialog is a fault.
    if (dialog.type() === 'beforeunload') {
      beforeUnloads.push(page.url());
      void dialog.accept().catch(() => undefined);
      return;
    }
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });

  return {
    page,
    context,
    baseURL,
    problems,
    requests,
    beforeUnloads,
    allowConsoleError: (pattern) => void allowedConsole.push(pattern),
    async open() {
      await page.goto('/');
      await page.locator('.react-flow__node-team').first().waitFor({ state: 'visible' });
    },
  };
}
