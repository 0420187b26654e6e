// The harness's watch must see what it claims to catch; otherwise every passing test would prove less
// than it says. This page is about:blank with no policy, so it can provoke each fault on purpose.
import { test, expect } from './harness';

test('the watch records console errors, page errors, foreign requests and native dialogs', async ({ app }) => {
  const { page } = app;
  await page.setContent('<p>probe</p>');

  await page.evaluate(() => console.error('provoked console error'));
  await page.evaluate(() => setTimeout(() => { throw new Error('provoked page error'); }, 0));
  // 127.0.0.2 is another origin than the served app; port 9 (discard) answers nothing, so nothing leaks.
  await page.evaluate(() => fetch('http://127.0.0.2:9/probe').catch(() => undefined));
  await page.evaluate(() => alert('provoked dialog'));

  await expect.poll(() => app.problems.pageErrors.length).toBe(1);
  expect(app.problems.consoleErrors.some((line) => line.includes('provoked console error'))).toBe(true);
  expect(app.problems.pageErrors[0]).toContain('provoked page error');
  expect(app.problems.foreignRequests).toEqual(['GET http://127.0.0.2:9/probe']);
  expect(app.problems.dialogs).toEqual(['alert: provoked dialog']);

  // Provoked on purpose: clear them so the fixture's own check passes.
  for (const list of Object.values(app.problems)) list.length = 0;
});

test('an allowed console error passes, any other still counts', async ({ app }) => {
  const { page } = app;
  await page.setContent('<p>probe</p>');
  app.allowConsoleError(/expected noise/);

  await page.evaluate(() => {
    console.error('expected noise');
    console.error('a real fault');
  });

  await expect.poll(() => app.problems.consoleErrors.length).toBe(1);
  expect(app.problems.consoleErrors[0]).toContain('a real fault');
  app.problems.consoleErrors.length = 0;
});
