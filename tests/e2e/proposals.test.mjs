// Issue 17: from the five examples and fifteen generated sites, three policy proposals are
// drafted with evidence pointed at from three different views, voted, projected (28 px check),
// printed as a Thai A4 brief (pages and headings checked), and exported and imported into a
// fresh browser with their evidence links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage, ready, ANALYST_PAGE, root } from './lib.mjs';
import { examples, generateSites, bundle } from './workshop-fixtures.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const exampleSites = examples();
const generated = generateSites(15);
const shots = process.env.SHOTS || '/tmp/i17-shots';

async function loadSet(page) {
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(page);
  await page.getByTestId('workshop').waitFor();
  for (const a of exampleSites) {
    const box = page.locator(`input[data-id="${a.id}"]`);
    if (!(await box.isChecked())) await box.check();
  }
  await page.getByTestId('workshop-files').setInputFiles([
    { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(bundle(generated)) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
}

async function draft(page, { title, problem, text, type, level, priority, other }) {
  await page.getByTestId('proposal-new').click();
  await page.getByTestId('proposal-title').fill(title);
  await page.getByTestId('proposal-problem').fill(problem);
  await page.getByTestId('proposal-text').fill(text);
  if (type) await page.getByTestId(`proposal-type-${type}`).check();
  await page.getByTestId('pr-level').selectOption(level);
  await page.getByTestId('pr-priority').selectOption(priority);
  await page.locator('#pr-actor-0').check();
  await page.getByTestId('proposal-actors').fill(other);
  await page.getByTestId('proposal-save').click();
  const card = page.getByTestId('proposal').filter({ hasText: title });
  await card.waitFor();
  return card.getAttribute('data-proposal');
}

async function target(page, id) {
  await page.getByTestId('evidence-target').selectOption(id);
  await page.waitForFunction((id) => document.querySelector('[data-testid="evidence-target"]').value === id, id);
}

async function attachIn(page, view, nth = 0, openDetails = true) {
  await page.getByTestId(`evidence-view-${view}`).click();
  await page.waitForFunction((v) => document.querySelector(`[data-testid="evidence-view-${v}"]`).getAttribute('aria-pressed') === 'true', view);
  if (openDetails) {
    await page.locator('.pr-pick details').nth(nth).evaluate((d) => { d.open = true; });
  }
  const button = page.locator('.pr-pick [data-testid="attach-evidence"]:not([disabled])').nth(openDetails ? 0 : nth);
  await button.scrollIntoViewIfNeeded();
  const key = await button.getAttribute('data-attach');
  await button.click();
  await page.waitForFunction((k) => document.querySelector(`[data-attach="${CSS.escape(k)}"]`)?.disabled, key);
  return key;
}

const sitesOf = async (page, id) => Number(await page.getByTestId(`support-${id}`).first().getAttribute('data-sites'));

function smallestText() {
  const slide = document.querySelector('[data-testid="slide"]');
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  let min = Infinity;
  let what = '';
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || el.closest('h1')) continue;
    if (!el.getClientRects().length) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < min) { min = px; what = walker.currentNode.textContent.trim().slice(0, 40); }
  }
  const cut = slide.scrollHeight > slide.clientHeight + 2 || slide.scrollWidth > slide.clientWidth + 2;
  return { min, what, cut, title: slide.querySelector('h1')?.textContent ?? '' };
}

test('three proposals with evidence from three views are voted, projected, printed, exported and imported', async () => {
  fs.mkdirSync(shots, { recursive: true });
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadSet(page);
  await page.getByTestId('proposals-link').click();
  await page.getByTestId('proposals').waitFor();

  const p1 = await draft(page, {
    title: 'ตลาดเขียวประจำจังหวัดสำหรับผลผลิตชุมชน', problem: 'ชุมชนขายผลผลิตปลอดภัยได้ราคาไม่ต่างจากผลผลิตทั่วไป',
    text: 'ให้จังหวัดจัดพื้นที่ตลาดเขียวประจำสัปดาห์และรับรองผลผลิตแบบมีส่วนร่วม', level: 'provincial', priority: 'high',
    other: 'สำนักงานเกษตรจังหวัด, พาณิชย์จังหวัด',
  });
  const p2 = await draft(page, {
    title: 'ธนาคารปูม้าในทุกตำบลชายฝั่ง', problem: 'สัตว์น้ำหน้าบ้านลดลง', type: 'fisheries',
    text: 'ให้ อบต. ชายฝั่งตั้งงบสนับสนุนธนาคารปูม้าและเขตอนุรักษ์', level: 'local', priority: 'medium', other: 'อบต.',
  });
  const p3 = await draft(page, {
    title: 'กองทุนความมั่นคงทางอาหารครัวเรือนเปราะบาง', problem: 'ครัวเรือนบางส่วนกังวลว่าจะมีอาหารไม่พอ',
    text: 'ให้ สปสช. และกองทุนสุขภาพตำบลสนับสนุนแปลงอาหารครัวเรือนเปราะบาง', level: 'national', priority: 'low', other: 'สปสช.',
  });
  assert.equal(await page.getByTestId('proposal').count(), 3);

  // Evidence by pointing, from three views (four with FIES).
  await target(page, p1);
  await attachIn(page, 'factors', 0);              // a whole factor synthesis item
  assert.ok(await sitesOf(page, p1) >= 2, 'a synthesis item rests on several sites');
  await target(page, p2);
  await attachIn(page, 'toolset', 0);              // one site's Tool set answer
  assert.equal(await sitesOf(page, p2), 1);
  assert.equal(await page.locator(`.pr-list [data-testid="one-site-${p2}"]`).count(), 1, 'a proposal on one site is flagged');
  await target(page, p3);
  await attachIn(page, 'indicators', 0, false);    // the weakest indicator across sites
  await attachIn(page, 'fies', 0, false);
  assert.ok(await sitesOf(page, p3) >= 10);
  assert.equal(await page.locator(`.pr-list [data-testid="one-site-${p3}"]`).count(), 0);
  const views = await page.$$eval(".pr-list [data-testid=\"evidence-item\"]", (l) => [...new Set(l.map((e) => e.dataset.view))].sort());
  assert.deepEqual(views, ['factors', 'fies', 'indicators', 'toolset']);

  // Votes on the page: p2 3, p3 1 (p1 gets one on the slide).
  for (let i = 0; i < 3; i++) await page.getByTestId(`vote-${p2}`).click();
  await page.getByTestId(`vote-${p3}`).click();
  await page.waitForFunction((id) => document.querySelector(`[data-testid="votes-${id}"]`)?.textContent === '3', p2);
  const order = await page.$$eval('[data-testid="proposal"]', (l) => l.map((e) => e.dataset.proposal));
  assert.deepEqual(order, [p2, p3, p1], 'ranked by votes');

  // Delete with undo.
  await page.getByTestId(`delete-${p3}`).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="proposal"]').length === 2);
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="proposal"]').length === 3);

  // An empty title is refused and nothing changes.
  await page.getByTestId(`edit-${p1}`).click();
  await page.getByTestId('proposal-title').fill('  ');
  await page.getByTestId('proposal-save').click();
  await page.getByText('ข้อเสนอต้องมีชื่อ').waitFor();
  await page.getByText('ยกเลิก').click();
  assert.equal(await page.getByTestId('proposal').filter({ hasText: 'ตลาดเขียว' }).count(), 1);
  await page.screenshot({ path: `${shots}/proposals-1280-th.png`, fullPage: false });

  // Projection: the proposals are the three slides before the last (the planner's picks close
  // the deck), ranked, 28 px or more, not cut.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  await page.keyboard.press('End');
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
  const titles = [];
  for (let k = 0; k < 3; k++) {
    const { min, what, cut, title } = await page.evaluate(smallestText);
    titles.push(title);
    assert.ok(min >= 28, `proposal slide "${title}": "${what}" is ${min}px`);
    assert.ok(!cut, `proposal slide "${title}" is cut off`);
    await page.screenshot({ path: `${shots}/present-proposal-${k + 1}.png` });
    if (k < 2) await page.keyboard.press('ArrowRight');
  }
  // In the order written: a vote must not reshuffle the slides while the room votes.
  assert.deepEqual(titles, ['ตลาดเขียวประจำจังหวัดสำหรับผลผลิตชุมชน', 'ธนาคารปูม้าในทุกตำบลชายฝั่ง', 'กองทุนความมั่นคงทางอาหารครัวเรือนเปราะบาง']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // A dot on the slide counts; after freezing, votes are locked.
  await page.getByTestId(`vote-${p1}`).click();
  await page.waitForFunction((id) => /\b1\b/.test(document.querySelector(`[data-testid="slide-votes-${id}"]`)?.textContent ?? ''), p1);
  await page.getByTestId('freeze').click();
  assert.ok(await page.getByTestId(`vote-${p1}`).isDisabled(), 'frozen deck: votes locked');
  // Anonymised: site names leave the evidence too.
  await page.keyboard.press('Home');
  for (let k = 0; k < 200 && !(await page.getByTestId('slide').innerText()).includes('ธนาคารปูม้า'); k++) await page.keyboard.press('ArrowRight');
  await page.getByTestId('present-anonymise').click();
  const anonText = await page.getByTestId('slide').innerText();
  for (const a of [...exampleSites, ...generated]) assert.ok(!anonText.includes(a.profile.site_name), `anonymised slide shows ${a.profile.site_name}`);

  // The brief: printed A4, Thai headings in order, a few pages.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url + ANALYST_PAGE + '#/proposals');
  await page.getByTestId('brief').waitFor();
  await page.emulateMedia({ media: 'print' });
  const headings = await page.$$eval('[data-testid="brief"] h2', (l) => l.map((h) => h.textContent));
  assert.deepEqual(headings, ['1. บริบท', '2. วิธีการ', '3. ข้อค้นพบตามประเภทชุมชน', '4. ข้อเสนอเชิงนโยบาย เรียงตามคะแนนโหวต', '5. ผู้ที่ข้อเสนอส่งถึง']);
  const h3 = await page.$$eval('[data-testid="brief"] h3', (l) => l.map((h) => h.textContent));
  assert.deepEqual(h3.map((t) => t.slice(0, 4)), ['4.1 ', '4.2 ', '4.3 ']);
  assert.ok(h3[0].includes('ธนาคารปูม้า'), 'most votes first');
  assert.ok(h3[1].includes('ตลาดเขียว'), 'p1 (1 vote, high) before p3 (1 vote, low)');
  const hidden = await page.evaluate(() => [...document.querySelectorAll('.proposals > :not(.brief)')].every((e) => getComputedStyle(e).display === 'none'));
  assert.ok(hidden, 'only the brief prints');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(`${shots}/brief.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 2 && pages <= 6, `brief pages: ${pages}`);
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  assert.ok(box && Math.abs(Number(box[1]) - 595.9) < 2 && Math.abs(Number(box[2]) - 842.9) < 2, `A4 portrait: ${box?.[1]} × ${box?.[2]}`);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${shots}/brief-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // CSV and the exported set.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('proposals-csv').click()]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  assert.equal(csvText.trim().split('\n').length, 4);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('proposals-export').click()]);
  const exported = fs.readFileSync(await file.path(), 'utf8');
  const before = await page.$$eval('[data-testid="proposal"]', (l) => l.map((e) => [e.dataset.proposal, e.querySelectorAll('[data-testid="evidence-item"]').length, e.querySelector('.pr-support').dataset.sites]));
  assert.deepEqual(page.errors, []);
  await context.close();

  // A fresh browser: import the file, the proposals come back with their evidence links.
  const fresh = await newPage(browser, { width: 1280, height: 900 });
  await fresh.page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(fresh.page);
  await fresh.page.getByTestId('workshop-files').setInputFiles({ name: 'workshop-set.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await fresh.page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
  await fresh.page.getByTestId('proposals-link').click();
  await fresh.page.getByTestId('proposals').waitFor();
  await fresh.page.waitForFunction(() => document.querySelectorAll('[data-testid="proposal"]').length === 3);
  const after = await fresh.page.$$eval('[data-testid="proposal"]', (l) => l.map((e) => [e.dataset.proposal, e.querySelectorAll('[data-testid="evidence-item"]').length, e.querySelector('.pr-support').dataset.sites]));
  assert.deepEqual(after, before);
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();
});
