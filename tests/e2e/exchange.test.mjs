// Exchange (issue 7): export and import JSON files, many at once, conflicts, share links, and
// hostile files whose strings must never run as code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { serveDist, launch, newPage, root } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const draftsReady = (page) => page.getByTestId('drafts').waitFor({ timeout: 20000 });
const editorReady = (page) => page.getByTestId('editor').waitFor({ timeout: 20000 });
const hostile = path.join(root, 'tests/fixtures/hostile');
const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));

async function fromLink(page, site) {
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=' + encodeURIComponent(site));
  await editorReady(page);
  return page.evaluate(() => location.hash.split('/')[2]);
}

/** Every stored draft, parsed, by id. */
const storedDrafts = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((k) => k.startsWith('gca.draft.')).map((k) => [k.slice(10), JSON.parse(localStorage.getItem(k))])));

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function importFiles(page, files) {
  await page.getByTestId('import-files').setInputFiles(files);
  await page.getByTestId('import-report').waitFor({ timeout: 20000 });
}

const count = (page, sel) => page.locator(sel).count();

test('export all, clear storage, import: everything comes back', async () => {
  const { context, page } = await newPage(browser);
  await fromLink(page, 'บ้านส่งออก ก');
  await page.getByTestId('section-indicators').click();
  await page.getByTestId('level-C01-3').click();
  await fromLink(page, 'บ้านส่งออก ข');
  await page.goto(server.url + '#/');
  await draftsReady(page);
  const before = await storedDrafts(page);
  assert.equal(Object.keys(before).length, 2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  assert.match(download.suggestedFilename(), /^green-community-backup-\d{4}-\d\d-\d\d\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const env = JSON.parse(text);
  assert.equal(env.format, 'green-community-assessment');
  assert.equal(env.format_version, 3);
  assert.equal(env.assessments.length, 2);
  assert.ok(env.assessments.every((a) => a.instrument.hash.length === 64));

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('drafts-empty').waitFor({ timeout: 20000 });

  await importFiles(page, [file(download.suggestedFilename(), text)]);
  assert.equal(await count(page, '[data-testid=import-entry][data-outcome=imported]'), 2);
  assert.deepEqual(await storedDrafts(page), before);
  await page.locator('[data-testid=draft-item]', { hasText: 'บ้านส่งออก ข' }).first().waitFor();

  // The same file again: both skipped as duplicates, nothing changes.
  await importFiles(page, [file('again.json', text)]);
  await page.waitForFunction(() => document.querySelectorAll('[data-outcome=duplicate]').length === 2);
  assert.deepEqual(await storedDrafts(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('twenty files at once, with one conflict and one broken file, and the report says so', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'ของฉัน');
  await page.goto(server.url + '#/');
  await draftsReady(page);
  const mine = (await storedDrafts(page))[id];

  const files = [];
  for (let i = 0; i < 18; i++) {
    const a = structuredClone(example);
    a.id = crypto.randomUUID();
    a.example = false;
    a.profile.site_name = `พื้นที่ทดสอบ ${i + 1}`;
    files.push(file(`site-${i + 1}.json`, JSON.stringify(a)));
  }
  const theirs = structuredClone(mine);
  theirs.profile.site_name = 'ของเขา';
  theirs.revision += 1;
  theirs.history.push('deadbeefdeadbeef');
  files.push(file('conflict.json', JSON.stringify({ format: 'green-community-assessment', format_version: 1, assessments: [theirs] })));
  files.push(file('broken.json', '{"id": "x", "profile": {'));
  assert.equal(files.length, 20);

  await importFiles(page, files);
  assert.equal(await count(page, '[data-testid=import-file]'), 20);
  assert.equal(await count(page, '[data-testid=import-file][data-outcome=rejected]'), 1);
  assert.equal(await count(page, '[data-testid=import-entry][data-outcome=imported]'), 18);
  assert.equal(await count(page, '[data-testid=import-entry][data-outcome=conflict]'), 1);
  const summary = await page.getByTestId('import-summary').innerText();
  assert.match(summary, /^20 ไฟล์/);
  const broken = page.locator('[data-testid=import-file][data-outcome=rejected]');
  assert.match(await broken.innerText(), /broken\.json/);
  assert.match(await broken.innerText(), /บรรทัด 1/);
  // The conflicting draft is untouched until the user decides.
  assert.deepEqual((await storedDrafts(page))[id], mine);

  await page.getByTestId('take-theirs').click();
  await page.getByTestId('conflict-resolved').waitFor();
  const after = await storedDrafts(page);
  assert.equal(after[id].profile.site_name, 'ของเขา');
  assert.equal(Object.keys(after).length, 19);
  // The replaced version sits in the trash under its own id, restorable.
  const trashed = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gca.trash.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).assessment));
  assert.equal(trashed.length, 1);
  assert.deepEqual(trashed[0].answers, mine.answers);
  assert.notEqual(trashed[0].id, id);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a share link opens in a fresh browser and imports after asking', async () => {
  const one = await newPage(browser);
  await fromLink(one.page, 'บ้านแชร์ลิงก์');
  await one.page.getByTestId('share-link').click();
  const url = await one.page.getByTestId('share-link-text').inputValue();
  assert.match(url, /#\/import\?d=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/, 'the code ends with its check');
  assert.ok(url.startsWith(server.url));
  await one.context.close();

  const two = await newPage(browser, { width: 1920, height: 1080 });
  await two.page.goto(url);
  await two.page.getByTestId('import-preview').waitFor({ timeout: 20000 });
  assert.match(await two.page.getByTestId('import-preview').innerText(), /บ้านแชร์ลิงก์/);
  assert.equal(Object.keys(await storedDrafts(two.page)).length, 0, 'nothing is imported before asking');
  await two.page.getByTestId('import-link-confirm').click();
  await two.page.getByTestId('import-report').waitFor();
  assert.equal(await count(two.page, '[data-testid=import-entry][data-outcome=imported]'), 1);
  await two.page.getByTestId('open-imported').click();
  await editorReady(two.page);
  assert.equal(await two.page.getByTestId('site-name').inputValue(), 'บ้านแชร์ลิงก์');

  // A damaged link says so and changes nothing.
  await two.page.goto(server.url + '#/import?d=abc*def');
  await two.page.getByTestId('import-link-error').waitFor({ timeout: 20000 });
  assert.equal(Object.keys(await storedDrafts(two.page)).length, 1);
  assert.deepEqual(two.page.errors, []);
  await two.context.close();
});

test('hostile files: clear errors, plain text, and no string ever runs as code', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'ข้อมูลเดิม');
  await page.goto(server.url + '#/');
  await draftsReady(page);
  const before = await storedDrafts(page);

  const names = fs.readdirSync(hostile).filter((n) => n !== 'README.md').sort();
  const files = names.map((n) => ({ name: n, mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(hostile, n)) }));
  const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
  files.push({ name: 'twenty-mb.json', mimeType: 'application/json', buffer: big });
  await importFiles(page, files);
  assert.equal(await count(page, '[data-testid=import-file]'), files.length);
  assert.equal(await count(page, '[data-testid=import-file][data-outcome=rejected]'), files.length - 1);
  assert.equal(await count(page, '[data-testid=import-entry][data-outcome=imported]'), 1);
  assert.match(await page.locator('[data-testid=import-file]', { hasText: 'twenty-mb.json' }).innerText(), /ใหญ่เกินไป/);
  assert.match(await page.locator('[data-testid=import-file]', { hasText: 'future-version.json' }).innerText(), /รุ่นใหม่กว่า/);

  const after = await storedDrafts(page);
  assert.deepEqual(after[id], before[id], 'an existing draft never changes');
  const imported = JSON.parse(fs.readFileSync(path.join(hostile, 'script-strings.json'), 'utf8'));
  // A bare file without site or round is an older one: it becomes the baseline of its own site,
  // with nothing else changed.
  assert.deepEqual(after[imported.id], { ...imported, site_id: imported.id, round: 0 }, 'imported verbatim');

  // Show every hostile string on every screen that draws it.
  await page.getByText('<img src=x onerror=', { exact: false }).first().waitFor();
  for (const s of ['profile', 'indicators', 'toolset', 'factors', 'network', 'results']) {
    await page.goto(server.url + (s === 'results' ? `#/a/${imported.id}/results` : `#/a/${imported.id}/${s}`));
    await page.waitForTimeout(400);
  }
  await page.goto(server.url + '#/');
  await draftsReady(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src=x], svg[onload]').count(), 0);
  await context.close();
});

test('a file dropped anywhere on the drafts page is imported, not opened in place of the app', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/');
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/tourism.json'), 'utf8'));
  example.id = crypto.randomUUID();
  example.example = false;
  example.profile.site_name = 'บ้านที่ลากไฟล์มาวาง';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.querySelector('h1').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(example));
  await page.getByTestId('import-report').waitFor({ timeout: 20000 });
  await page.getByTestId('draft-item').filter({ hasText: 'บ้านที่ลากไฟล์มาวาง' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/');
  await context.close();
});

test('the drafts page says when the last backup file was made and what changed since', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'บ้านสำรอง');
  await page.goto(server.url + '#/');
  await draftsReady(page);
  assert.match(await page.getByTestId('backup-status').innerText(), /ยังไม่เคยสำรอง/);

  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  assert.match(await page.getByTestId('backup-status').innerText(), /ทุกแบบประเมินอยู่ในไฟล์สำรองแล้ว/);

  await page.goto(server.url + `#/a/${id}/indicators`);
  await editorReady(page);
  await page.getByTestId('level-C01-2').click();
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  await page.goto(server.url + '#/');
  await page.reload();
  await draftsReady(page);
  const status = page.getByTestId('backup-status');
  assert.match(await status.innerText(), /มี 1 แบบประเมินที่แก้ไขหลังจากนั้น/);
  assert.match(await status.getAttribute('class'), /behind/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
