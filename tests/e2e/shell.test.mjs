// The app shell: it mounts, Thai by default, and the language choice survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, ready, axe } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('opens in Thai, switches to English, and keeps it after a reload', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'th');
  assert.match(await page.title(), /ชุมชนสีเขียว/);

  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.title(), /Green Community/);

  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.getByTestId('lang-toggle').innerText(), /ภาษาไทย/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an unknown route says so and links home, it does not show a blank page', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/no/such/page');
  await ready(page);
  await page.getByTestId('not-found').waitFor();
  await page.getByRole('link', { name: /กลับไปหน้ารายการ/ }).click();
  await page.waitForFunction(() => location.hash === '#/');
  await context.close();
});

test('About says how much this browser holds, the version and the font licence', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/about');
  await ready(page);
  assert.match(await page.getByTestId('about-storage').innerText(), /แบบประเมิน 0 ชุด/);
  await page.goto(server.url + '#/');
  await page.getByTestId('new-assessment').click();
  await page.getByTestId('editor').waitFor();
  await page.goto(server.url + '#/about');
  const text = await page.getByTestId('about-storage').innerText();
  assert.match(text, /แบบประเมิน 1 ชุด/);
  assert.ok(Number(text.match(/(\d+) KB/)[1]) >= 1, text);
  assert.match(await page.getByTestId('about').innerText(), /\d+\.\d+\.\d+/);
  // Whether the browser promised to keep the data (asked when the draft was created).
  assert.match(await page.getByTestId('about-persistence').innerText(), /เบราว์เซอร์(นี้รับว่าจะเก็บ|อาจลบ)/);
  const licence = await page.locator('[data-testid="about"] a[href="fonts/OFL-Sarabun.txt"]').getAttribute('href');
  const res = await page.request.get(server.url + licence);
  assert.equal(res.status(), 200);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('until the app starts the page says it is opening, in the chosen language, and names a browser without WebAssembly', async () => {
  for (const page of ['', 'workshop.html']) {
    // The wasm never arrives: what a phone on a slow network shows for its first seconds.
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('gca.lang', 'en'));
    await context.route(/_bg\.wasm$/, () => {});
    const slow = await context.newPage();
    await slow.goto(server.url + page, { waitUntil: 'commit' });
    await slow.getByRole('status').filter({ hasText: 'Opening the assessment tool' }).waitFor();
    assert.equal(await slow.getAttribute('html', 'lang'), 'en');
    assert.equal(await slow.locator('#boot .brand-name').innerText(), 'Green Community assessment');
    assert.deepEqual(await axe(slow, `boot page ${page || 'index.html'}`), []);
    await context.close();

    const old = await browser.newContext();
    await old.addInitScript(() => { delete window.WebAssembly; });
    const p = await old.newPage();
    await p.goto(server.url + page);
    await p.getByRole('status').filter({ hasText: 'ไม่รองรับ WebAssembly' }).waitFor();
    await old.close();
  }
  // Once the app mounts, its own top bar replaces the page: one banner, one status line at most.
  const { context, page } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.locator('#boot').count(), 0);
  assert.equal(await page.locator('header.topbar').count(), 1);
  await context.close();
});
