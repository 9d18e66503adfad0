// Bad input and faults found from outside: blocked storage, a damaged share link, an endless
// site name on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage, ready } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('with localStorage blocked the app opens, says nothing will be kept, and offers the backup', async () => {
  const { context, page } = await newPage(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('storage-blocked').waitFor();
  assert.match(await page.getByTestId('storage-blocked').innerText(), /จะไม่มีอะไรถูกเก็บไว้หลังปิดหน้านี้/);
  await page.getByTestId('new-assessment').click();
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('site-name').fill('บ้านไม่มีที่เก็บ');
  await page.getByTestId('storage-blocked').waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('storage-blocked').getByTestId('download-backup').click(),
  ]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  assert.match(text, /บ้านไม่มีที่เก็บ/);
  assert.deepEqual(page.errors.filter((e) => !/localStorage|insecure/i.test(e)), []);
  await context.close();
});

test('a share link with one changed character is refused with the usual message', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=' + encodeURIComponent('บ้านลิงก์'));
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  await page.getByTestId('share-link').click();
  const url = await page.getByTestId('share-link-text').inputValue();
  assert.match(url, /#\/import\?d=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/, `the link carries a check: ${url.slice(-40)}`);
  await context.close();

  const code = url.split('d=')[1];
  const fresh = await newPage(browser, { width: 1280, height: 900 });
  // One character changed at several places of the data: each is refused and nothing is stored.
  for (const at of [3, Math.floor(code.length / 3), Math.floor(code.length / 2), code.length - 12]) {
    const flipped = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await fresh.page.goto(server.url + '#/import?d=' + flipped);
    await fresh.page.getByTestId('import-link-error').waitFor({ timeout: 20000 });
    assert.match(await fresh.page.getByTestId('import-link-error').innerText(), /ลิงก์|อ่านข้อมูลในลิงก์ไม่ได้/);
    await fresh.page.goto(server.url + '#/about');
  }
  assert.equal(await fresh.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gca.draft.')).length), 0);
  // The undamaged link still opens.
  await fresh.page.goto(server.url + '#/import?d=' + code);
  await fresh.page.getByTestId('import-preview').waitFor({ timeout: 20000 });
  assert.match(await fresh.page.getByTestId('import-preview').innerText(), /บ้านลิงก์/);
  await fresh.context.close();
});

test('a 10,000-character site name does not make the drafts list scroll sideways at 390 px', async () => {
  const { context, page } = await newPage(browser, { width: 390, height: 844 });
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=' + encodeURIComponent('ก'.repeat(10000)));
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  await page.goto(server.url + '#/');
  await page.getByTestId('draft-item').first().waitFor();
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll} px wide at ${width} px`);
  await context.close();
});
