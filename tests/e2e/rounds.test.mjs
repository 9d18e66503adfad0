// Issue 16: a site followed over time (baseline, then follow-up rounds) and the community's own
// level beside the assessors'. Filled at 390 px, read on the results page and the A4 report,
// exported and imported into a fresh browser as one site's history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage, axe } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const editorReady = (page) => page.getByTestId('editor').waitFor({ timeout: 20000 });
const draftsReady = (page) => page.getByTestId('drafts').waitFor({ timeout: 20000 });
const idInHash = (page) => page.evaluate(() => location.hash.split('/')[2]);
const saved = (page) => page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();

async function newSite(page, site) {
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=' + encodeURIComponent(site));
  await editorReady(page);
  return idInHash(page);
}

async function answer(page, id, levels) {
  await page.goto(server.url + `#/a/${id}/indicators`);
  await editorReady(page);
  for (const [indicator, level] of Object.entries(levels)) {
    await page.getByTestId(`level-${indicator}-${level}`).click();
  }
  await saved(page);
}

async function results(page, id) {
  await page.goto(server.url + `#/a/${id}/results`);
  await page.getByTestId('results').waitFor({ timeout: 20000 });
}

const noSideways = (page) => page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth);

test('a baseline and a follow-up at 390 px: the previous answers show faintly, the change view counts only what both rounds answered, and the report has it', async () => {
  const { context, page } = await newPage(browser);
  const baseline = await newSite(page, 'บ้านทุ่งติดตามผลการเปลี่ยนแปลง');
  await answer(page, baseline, { C01: 1, C02: 2, C04: 2, C05: 3 });
  await results(page, baseline);
  assert.equal(await page.getByTestId('changes').count(), 0, 'a baseline has nothing to compare with');

  await page.getByTestId('start-follow-up').click();
  await editorReady(page);
  const followUp = await idInHash(page);
  assert.notEqual(followUp, baseline);
  assert.match(await page.evaluate(() => location.hash), /\/profile$/);

  await page.goto(server.url + `#/a/${followUp}/indicators`);
  await editorReady(page);
  const prev = await page.getByTestId('previous-C01').textContent();
  assert.match(prev, /รอบฐาน/);
  assert.match(prev, /ระดับ 1/);
  assert.match(await page.getByTestId('previous-C06').textContent(), /ไม่ได้ตอบ/);
  assert.equal(await page.getByTestId('level-C01-1').getAttribute('aria-checked'), 'false', 'answers start empty');
  // C01 up, C02 the same, C04 down; C05 only in the baseline, C06 only now.
  await answer(page, followUp, { C01: 3, C02: 2, C04: 1, C06: 2 });
  assert.deepEqual(await axe(page, 'follow-up cards'), [], 'axe: previous answers and community levels');

  await results(page, followUp);
  const changes = page.getByTestId('changes');
  await changes.waitFor();
  const counts = page.getByTestId('changes-counts');
  assert.deepEqual(
    [await counts.getAttribute('data-improved'), await counts.getAttribute('data-same'), await counts.getAttribute('data-declined')],
    ['1', '1', '1'],
  );
  assert.match(await page.getByTestId('changes-rounds').innerText(), /รอบฐาน.*→.*ติดตามครั้งที่ 1/);
  // Three paired indicators of one dimension: (1+2+2)/12 → (3+2+1)/12, i.e. 41.7 → 50.0.
  assert.match(await page.getByTestId('changes-overall').innerText(), /41\.7 → 50\.0 \(\+8\.3\)/);
  assert.match(await changes.innerText(), /C05/, 'the baseline-only answer is named as left out');
  assert.match(await changes.innerText(), /C06/, 'the follow-up-only answer is named as left out');
  assert.equal(await page.getByTestId('change-C01').innerText(), 'ดีขึ้น');
  assert.equal(await page.getByTestId('change-C04').innerText(), 'ลดลง');
  assert.equal(await page.getByTestId('change-C02').count(), 0, 'unchanged indicators are counted, not listed');
  assert.equal(await page.getByTestId('change-chart').locator('[data-testid^="change-chart-row-"]').count(), 1);
  assert.ok(await noSideways(page), 'the change view fits a 390 px phone');
  assert.deepEqual(await axe(page, 'change view'), [], 'axe: the change view');
  assert.equal(await page.getByTestId('site-round-0').count(), 1);
  assert.match(await page.getByTestId('report-header').innerText(), /ติดตามครั้งที่ 1/);

  // The A4 report: the change section is printed, on a page of its own.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await changes.isVisible(), 'the report prints the change section');
  assert.equal(await page.locator('.rounds-page').evaluate((e) => getComputedStyle(e).breakBefore), 'page');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(server.url + '#/');
  await draftsReady(page);
  assert.match(await page.getByTestId('draft-item').filter({ has: page.getByTestId('round-badge') }).innerText(), /ติดตามครั้งที่ 1/);

  // Both rounds, exported and imported into a fresh browser, line up as one site's history.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.deepEqual(page.errors, []);
  await context.close();

  const fresh = await newPage(browser);
  await fresh.page.goto(server.url + '#/');
  await draftsReady(fresh.page);
  await fresh.page.getByTestId('import-files').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await fresh.page.getByTestId('import-report').waitFor({ timeout: 20000 });
  assert.equal(await fresh.page.locator('[data-testid=import-entry][data-outcome=conflict]').count(), 0, 'two rounds of a site are not a conflict');
  await results(fresh.page, followUp);
  await fresh.page.getByTestId('changes').waitFor();
  assert.equal(await fresh.page.getByTestId('changes-counts').getAttribute('data-improved'), '1');
  assert.equal(await fresh.page.getByTestId('site-history').locator('li').count(), 2);
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();
});

test("the community's own level beside the assessors', by mouse and keyboard, gives the gap chart and the widest gaps", async () => {
  const { context, page } = await newPage(browser);
  const id = await newSite(page, 'บ้านสองมุมมอง');
  await answer(page, id, { C01: 1, C02: 2, C04: 2 });
  await page.getByTestId('community-level-C01-3').click();
  await page.getByTestId('community-level-C02-2').click();
  // Keyboard only: a native radio group, the arrow keys move the choice.
  await page.getByTestId('community-level-C04-0').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.getByTestId('community-level-C04-1').isChecked());
  assert.equal(await page.getByTestId('level-C04-2').getAttribute('aria-checked'), 'true', "the assessors' level is untouched");
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) || '{}').answers?.C04?.community_level === 1, `gca.draft.${id}`);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), `gca.draft.${id}`);
  assert.equal(stored.answers.C01.community_level, 3);
  assert.equal(stored.answers.C01.level, 1);

  await results(page, id);
  const gap = page.getByTestId('gap');
  await gap.waitFor();
  assert.equal(await page.getByTestId('gap-chart').count(), 1);
  const widest = page.getByTestId('gap-widest').locator('li');
  assert.equal(await widest.count(), 2, 'C02 agrees and is not listed');
  assert.equal(await widest.first().getAttribute('data-testid'), 'gap-C01', 'the widest gap first');
  const counts = page.getByTestId('gap-counts');
  assert.deepEqual([await counts.getAttribute('data-improved'), await counts.getAttribute('data-declined')], ['1', '1']);
  // The score of record stays the assessors': (1+2+2)/12.
  assert.equal(await page.getByTestId('results-overall').innerText(), '41.7');
  assert.deepEqual(await axe(page, 'gap view'), [], 'axe: the gap view');
  assert.ok(await noSideways(page));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the workshop compares each site by its latest round and shows which sites moved, on the page and as a slide', async () => {
  const { generateSites } = await import('./workshop-fixtures.mjs');
  const { ANALYST_PAGE } = await import('./lib.mjs');
  const sites = generateSites(8, { trimText: true });
  // Follow-ups of three sites: every level up by `rise` (capped at 4).
  const followUps = [[0, 2], [3, 1], [5, 0]].map(([i, rise], n) => {
    const a = structuredClone(sites[i]);
    a.site_id = sites[i].id;
    a.round = 1;
    a.id = `00000000-0000-4000-9000-00000000000${n}`;
    a.profile.assessment_date = '2027-06-01';
    for (const ans of Object.values(a.answers)) {
      if (typeof ans.level === 'number') ans.level = Math.min(4, ans.level + rise);
    }
    return a;
  });
  const text = JSON.stringify({ format: 'green-community-assessment', format_version: 3, assessments: [...sites, ...followUps] });
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await page.getByTestId('workshop').waitFor({ timeout: 20000 });
  await page.locator('[data-testid="ranking-row"]').first().waitFor();
  const before = await page.locator('[data-testid="ranking-row"]').count(); // the examples of a first visit
  await page.getByTestId('workshop-files').setInputFiles([{ name: 'rounds.json', mimeType: 'application/json', buffer: Buffer.from(text) }]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="workshop-change-row"]').length === 3);
  assert.equal(await page.locator('[data-testid="ranking-row"]').count(), before + 8, 'a site with two rounds is one row');
  const rows = page.getByTestId('workshop-change-row');
  assert.equal(await rows.first().getAttribute('data-key'), followUps[0].id, 'the largest rise first');
  assert.match(await rows.first().innerText(), /รอบฐาน → ติดตามครั้งที่ 1/);
  assert.match(await page.getByTestId('workshop-changes').locator('h2').innerText(), /ขยับขึ้นมากที่สุด/);
  assert.deepEqual(await axe(page, 'workshop change view'), [], 'axe: the workshop with the change view');
  // The deck has the slide: step through it.
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor({ timeout: 20000 });
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    found = (await page.getByTestId('slide').locator('[data-testid="workshop-changes-table"]').count()) > 0;
    if (!found) await page.getByTestId('next-slide').click();
  }
  assert.ok(found, 'the projected deck has the change slide');
  assert.match(await page.getByTestId('slide').locator('h1').innerText(), /ขยับขึ้นมากที่สุด/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
