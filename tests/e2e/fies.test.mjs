// Household FIES at phone width, keyboard only: 25 households entered with Y / N / - and the
// arrows, copy and delete with undo, the household CSV for RM.weights, and a 1.0 example that
// still shows its summary counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CODES = ['WORRIED', 'HEALTHY', 'FEWFOOD', 'SKIPPED', 'ATELESS', 'RUNOUT', 'HUNGRY', 'WHLDAY'];

// Household n (1-based) affirms its first (n mod 9) items; every fifth says "don't know" to WHLDAY.
function answers(n) {
  const yes = n % 9;
  return CODES.map((_, i) => (n % 5 === 0 && i === 7 ? '-' : i < yes ? 'y' : 'n'));
}

test('25 households entered with the keyboard only at 390 px, then the household CSV', async () => {
  const { context, page } = await newPage(browser, { width: 390 });
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=' + encodeURIComponent('บ้านทดสอบ FIES'));
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  await page.getByTestId('section-fies').click();
  const add = page.getByTestId('fies-add-household');
  await add.waitFor();

  const started = Date.now();
  await add.focus();
  for (let n = 1; n <= 25; n++) {
    await page.keyboard.press('Enter'); // "Add household": the focus lands on its first cell
    await page.waitForFunction((id) => document.activeElement?.dataset.testid === id, `fies-${n}-WORRIED`);
    for (const key of answers(n)) await page.keyboard.press(key === 'y' ? 'Y' : key === 'n' ? 'N' : '-');
    // After the eighth answer the focus is back on "Add household".
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'fies-add-household');
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`# 25 households entered by keyboard in ${seconds.toFixed(1)} s`);
  assert.equal(await page.locator('[data-testid^="fies-household-"]').count(), 25);

  // Arrows move between cells; Delete clears; a key re-answers.
  await page.getByTestId('fies-3-WORRIED').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'fies-4-HEALTHY');
  assert.equal(await page.getByTestId('fies-4-HEALTHY').getAttribute('data-v'), 'yes');

  // Copy household 1 (it lands right after it), then delete the copy and undo.
  await page.getByTestId('fies-copy-1').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid^="fies-household-"]').count(), 26);
  assert.equal(await page.getByTestId('fies-household-2').getAttribute('aria-label'), 'H26');
  await page.getByTestId('fies-delete-2').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid^="fies-household-"]').count(), 25);
  await page.getByTestId('fies-delete-5').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('fies-household-5').getAttribute('aria-label'), 'H06');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'fies-undo');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('fies-household-5').getAttribute('aria-label'), 'H05');
  assert.equal(await page.locator('[data-testid^="fies-household-"]').count(), 25);

  // The sentence counts complete households only; 5 of 25 have a "don't know".
  const sentence = await page.getByTestId('fies-sentence').innerText();
  assert.match(sentence, /20 ครัวเรือน/);
  assert.match(sentence, /5 ครัวเรือน/);

  // No horizontal scrolling at 390 px.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'the grid fits 390 px');

  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    await page.getByTestId('fies-export-households').focus();
    await page.keyboard.press('Enter');
  })()]);
  const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'site_id,household,' + CODES.join(',') + ',wt');
  assert.equal(lines.length, 26);
  const row = (n) => lines.find((l) => l.split(',')[1] === `H${String(n).padStart(2, '0')}`).split(',');
  for (const n of [1, 4, 5, 8, 9, 25]) {
    const expected = answers(n).map((a) => (a === 'y' ? '1' : a === 'n' ? '0' : ''));
    assert.deepEqual(row(n).slice(2, 10), expected, `H${n}`);
    assert.equal(row(n)[10], '1');
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a 1.0 example keeps its site totals as summary counts, with no invented households', async () => {
  const { context, page } = await newPage(browser, { width: 390 });
  await page.goto(server.url + '#/a/00000000-0000-4000-8000-000000000002/fies');
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  const box = page.getByTestId('fies-summary-counts');
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /ตัวเลขสรุป \(บันทึกก่อนมีการบันทึกรายครัวเรือน\)/);
  assert.match(text, /9 \/ 22/);
  assert.equal(await page.locator('[data-testid^="fies-household-"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the workshop FIES view stacks each site and sorts by the share at 4–8 items', async () => {
  const { ANALYST_PAGE, ready } = await import('./lib.mjs');
  const { sitesWithHouseholds } = await import('./fies-fixtures.mjs');
  const sites = sitesWithHouseholds(6);
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(([c, imp]) => {
    localStorage.setItem('gca.workshop', JSON.stringify({ chosen: c, weights: {}, anonymous: false, sort: 'overall' }));
    localStorage.setItem('gca.workshop.imported', imp);
  }, [sites.map((a) => a.id), JSON.stringify({ format: 'green-community-assessment', format_version: 2, assessments: sites })]);
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await page.reload();
  const card = page.getByTestId('workshop-fies');
  await card.waitFor({ timeout: 20000 });
  const rows = card.locator('[data-testid="fies-site-row"]');
  assert.equal(await rows.count(), 6);
  const shares = await rows.evaluateAll((trs) => trs.map((tr) => parseFloat(tr.cells[3].innerText)));
  for (let i = 1; i < shares.length; i++) assert.ok(shares[i - 1] >= shares[i], `sorted: ${shares}`);
  // The counts in the bar add up to the complete households.
  const ok = await rows.evaluateAll((trs) => trs.every((tr) => {
    const sum = [...tr.querySelectorAll('.fies-seg')].reduce((s, x) => s + Number(x.textContent), 0);
    return sum === Number(tr.cells[2].innerText);
  }));
  assert.ok(ok, 'segment counts add up');
  assert.deepEqual(page.errors, []);
  await context.close();
});
