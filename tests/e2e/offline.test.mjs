// After the first visit the app opens with no network (field teams lose signal in villages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, ANALYST_PAGE } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the app and its drafts open offline after the first visit', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/new?type=rubber&province=TH-93&site=' + encodeURIComponent('บ้านออฟไลน์'));
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A second load goes through the service worker and fills its cache.
  await page.reload();
  await page.getByTestId('editor').waitFor();
  await page.waitForTimeout(300);

  await context.setOffline(true);
  await page.goto(server.url + '#/');
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  assert.match(await page.getByTestId('draft-item').innerText(), /บ้านออฟไลน์/);
  assert.equal(await page.getByTestId('example-item').count(), 5, 'the examples come from the cache too');
  await context.close();
});

test('the analyst app opens offline even when only the field app was visited', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/');
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  // The service worker caches both pages and their files when it installs.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const c = await caches.open('gca-v2');
    const keys = (await c.keys()).map((r) => r.url);
    return keys.some((u) => u.endsWith('workshop.html')) && keys.some((u) => /green-community-analyst-.*\.wasm$/.test(u));
  }, null, { timeout: 20000 });

  await context.setOffline(true);
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await page.getByTestId('workshop').waitFor({ timeout: 20000 });
  // Links between the two apps are plain: back to the drafts of the field app, still offline.
  await page.locator('nav.nav a').first().click();
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  assert.equal(new URL(page.url()).pathname.endsWith('index.html'), true);
  await context.close();
});
