// After the first visit the app opens with no network (field teams lose signal in villages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage } from './lib.mjs';

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
