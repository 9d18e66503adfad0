// Filling an assessment at phone width: deep links, mouse and keys, type switches, reloads,
// delete and undo, unreadable drafts and full storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, fillStorage } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const checked = (page, id) => page.getByTestId(id).getAttribute('aria-checked');
const editorReady = (page) => page.getByTestId('editor').waitFor({ timeout: 20000 });
const draftsReady = (page) => page.getByTestId('drafts').waitFor({ timeout: 20000 });

async function fromLink(page, query) {
  await page.goto(server.url + '#/new?' + query);
  await editorReady(page);
  return page.evaluate(() => location.hash.split('/')[2]);
}

test('a deep link creates one draft with its presets; opening it again asks first', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=fisheries&province=TH-84&site=' + encodeURIComponent('บ้านทดสอบ ริมทะเล'));
  assert.equal(await page.getByTestId('site-name').inputValue(), 'บ้านทดสอบ ริมทะเล');
  assert.equal(await page.getByTestId('community-type').inputValue(), 'fisheries');
  assert.equal(await page.getByTestId('province').inputValue(), 'TH-84');

  await page.goto(server.url + '#/new?site=' + encodeURIComponent('บ้านทดสอบ ริมทะเล') + '&province=TH-84&type=fisheries');
  await page.getByTestId('link-already-opened').waitFor();
  await page.getByTestId('open-existing').click();
  await editorReady(page);
  assert.equal(await page.evaluate(() => location.hash.split('/')[2]), id);

  await page.goto(server.url + '#/');
  await draftsReady(page);
  assert.equal(await page.getByTestId('draft-item').count(), 1);
  await context.close();
});

test('an unknown value in a link is named, and the rest still applies', async () => {
  const { context, page } = await newPage(browser);
  await fromLink(page, 'type=mining&province=TH-95&site=X');
  const flash = await page.getByTestId('flash').innerText();
  assert.match(flash, /mining/);
  assert.equal(await page.getByTestId('province').inputValue(), 'TH-95');
  assert.equal(await page.getByTestId('site-name').inputValue(), 'X');
  await context.close();
});

test('answer with the mouse and the keyboard; the live score follows', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=fisheries&province=TH-84&site=A');
  await page.getByTestId('section-indicators').click();
  await page.getByTestId('indicator-C01').waitFor();
  assert.equal(await page.getByTestId('overall-score').innerText(), '–');

  await page.getByTestId('level-C01-3').click();
  assert.equal(await checked(page, 'level-C01-3'), 'true');
  assert.equal(await page.getByTestId('overall-score').innerText(), '75.0');

  await page.getByTestId('level-C02-0').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page, 'level-C02-1'), 'true');
  // C01 (75) and C02 (25) are both in the food dimension: overall is their mean.
  assert.equal(await page.getByTestId('overall-score').innerText(), '50.0');

  await page.getByTestId('na-C16').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByTestId('na-C16').isChecked(), true);
  assert.equal(await page.getByTestId('overall-score').innerText(), '50.0', 'N/A is not zero');

  await page.getByTestId('evidence-C01').fill('เห็นบันทึกการจับปลา');
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem('gca.draft.' + id)), id);
  assert.equal(stored.answers.C01.level, 3);
  assert.equal(stored.answers.C01.note, 'เห็นบันทึกการจับปลา');
  assert.equal(stored.answers.C16.not_applicable, true);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('changing the type hides answers that no longer apply and brings them back', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=fisheries&province=TH-84&site=B');
  await page.goto(server.url + `#/a/${id}/indicators`);
  await page.getByTestId('level-FI01-4').click();
  await page.goto(server.url + `#/a/${id}/profile`);
  await page.getByTestId('community-type').selectOption('rubber');
  await page.goto(server.url + `#/a/${id}/indicators`);
  await page.getByTestId('indicator-RB01').waitFor();
  assert.equal(await page.getByTestId('indicator-FI01').count(), 0);
  await page.goto(server.url + `#/a/${id}/profile`);
  await page.getByTestId('community-type').selectOption('fisheries');
  await page.goto(server.url + `#/a/${id}/indicators`);
  assert.equal(await checked(page, 'level-FI01-4'), 'true');
  await context.close();
});

test('a reload mid-way returns to the same section with everything intact', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=tourism&province=TH-81&site=C');
  await page.getByTestId('section-toolset').click();
  await page.getByTestId('toolset-situation').fill('น้ำทะเลขุ่นช่วงมรสุม');
  await page.getByTestId('section-indicators').click();
  await page.getByTestId('level-TO01-2').click();
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  await page.reload();
  await editorReady(page);
  assert.equal(await page.evaluate(() => location.hash), `#/a/${id}/indicators`);
  assert.equal(await checked(page, 'level-TO01-2'), 'true');
  await page.getByTestId('section-toolset').click();
  assert.equal(await page.getByTestId('toolset-situation').inputValue(), 'น้ำทะเลขุ่นช่วงมรสุม');
  await context.close();
});

test('delete goes to the trash and undo brings the draft back', async () => {
  const { context, page } = await newPage(browser);
  await fromLink(page, 'type=watershed&province=TH-95&site=' + encodeURIComponent('บ้านลบได้'));
  await page.goto(server.url + '#/');
  await draftsReady(page);
  await page.getByTestId('draft-item').getByTestId('delete').click();
  assert.equal(await page.getByTestId('draft-item').count(), 0);
  await page.getByTestId('undo').click();
  assert.equal(await page.getByTestId('draft-item').count(), 1);
  assert.match(await page.getByTestId('draft-item').innerText(), /บ้านลบได้/);

  await page.getByTestId('draft-item').getByTestId('delete').click();
  await page.reload();
  await draftsReady(page);
  assert.equal(await page.getByTestId('draft-item').count(), 0);
  assert.equal(await page.getByTestId('trash-item').count(), 1, 'still in the trash after a reload');
  await context.close();
});

test('a stored draft that cannot be read is set aside, reported and never deleted', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('gca.draft.broken-1', '{"id": "broken-1", "answers": '));
  await page.reload();
  await page.getByTestId('unreadable-drafts').waitFor();
  const kept = await page.evaluate(() => localStorage.getItem('gca.unreadable.draft.broken-1'));
  assert.equal(kept, '{"id": "broken-1", "answers": ');
  await context.close();
});

test('full storage is said at once, work stays in memory, and a backup is offered', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=rubber&province=TH-93&site=D');
  await fillStorage(page);
  await page.getByTestId('site-name').fill('D ' + 'ยาวมาก'.repeat(200));
  await page.getByTestId('storage-error').waitFor();
  assert.equal(await page.getByTestId('save-status').getAttribute('data-state'), 'failed');
  assert.match(await page.getByTestId('site-name').inputValue(), /^D ยาวมาก/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-backup').click(),
  ]);
  const body = await (await download.createReadStream()).toArray();
  assert.match(Buffer.concat(body).toString('utf8'), new RegExp(id));
  await context.close();
});

test('every screen of the form fits 360 px without sideways scrolling, its own tab in view', async () => {
  const { context, page } = await newPage(browser, { width: 360, height: 740 });
  const ex = '00000000-0000-4000-8000-000000000005';
  for (const hash of ['#/', ...['profile', 'indicators', 'fies', 'toolset', 'factors', 'network'].map((s) => `#/a/${ex}/${s}`), `#/a/${ex}/results`]) {
    await page.goto(server.url + hash);
    await page.waitForSelector('[data-testid="drafts"], [data-testid="editor"], [data-testid="results"]');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${hash} is ${width} px wide`);
    // The tab is scrolled into view on the next animation frame: give it a moment.
    const tab = await page.waitForFunction(() => {
      const t = document.querySelector('.tab[aria-selected="true"]')?.getBoundingClientRect();
      if (!t) return { none: true };
      return t.left >= 0 && t.right <= 360 ? { left: t.left, right: t.right } : false;
    }, null, { timeout: 3000 }).then((h) => h.jsonValue()).catch(() => page.evaluate(() => {
      const t = document.querySelector('.tab[aria-selected="true"]')?.getBoundingClientRect();
      return t && { left: t.left, right: t.right };
    }));
    if (tab?.none) continue;
    if (tab) assert.ok(tab.left >= 0 && tab.right <= 360, `${hash}: the current section's tab is in view (${tab.left}–${tab.right})`);
  }
  await context.close();
});

test('two tabs on one draft: a save in one shows in the other, and changes made at once in both are both kept', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=rubber&province=TH-93&site=Two');
  await page.getByTestId('section-profile').click();
  const other = await context.newPage();
  other.errors = [];
  other.on('pageerror', (e) => other.errors.push(String(e)));
  await other.goto(server.url + `#/a/${id}/profile`);
  await editorReady(other);

  // A save in the first tab reaches the second without a reload.
  await page.getByTestId('site-name').fill('บ้านเอ');
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  await other.waitForFunction(() => document.querySelector('[data-testid="site-name"]').value === 'บ้านเอ');

  // The second tab types while the first has just saved another change: both are kept.
  await other.evaluate((draftId) => {
    const input = document.querySelector('[data-testid="site-name"]');
    input.value = 'บ้านบี';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // What the first tab would write in the same moment (a storage write in this tab fires no
    // event here, exactly like a save from a tab that this one has not heard from yet).
    const key = `gca.draft.${draftId}`;
    const theirs = JSON.parse(localStorage.getItem(key));
    theirs.profile.site_name = 'บ้านซี';
    theirs.revision += 1;
    localStorage.setItem(key, JSON.stringify(theirs));
  }, id);
  await other.getByTestId('flash').filter({ hasText: /แก้ไขในอีกแท็บ/ }).waitFor();
  const names = await other.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('gca.draft.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).profile.site_name).sort());
  assert.deepEqual(names, ['บ้านซี', 'บ้านบี (แก้ไขในอีกแท็บ)']);
  assert.equal(await other.getByTestId('site-name').inputValue(), 'บ้านซี', 'this draft shows the other tab\'s version');

  // A delete in one tab empties the list and fills the trash of the other.
  await page.goto(server.url + '#/');
  await draftsReady(page);
  await other.goto(server.url + '#/');
  await draftsReady(other);
  await other.waitForFunction(() => document.querySelectorAll('[data-testid="draft-item"]').length === 2);
  await page.getByTestId('draft-item').first().getByTestId('delete').click();
  await other.waitForFunction(() => document.querySelectorAll('[data-testid="draft-item"]').length === 1);
  await other.waitForFunction(() => document.querySelectorAll('[data-testid="trash-item"]').length === 1);
  assert.deepEqual(other.errors, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
