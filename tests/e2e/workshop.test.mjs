// Issue 8: the workshop compares the five examples and fifteen imported sites, re-ranks on a
// weight change, hides every site name when anonymised, and projects with keyboard control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage, ready, ANALYST_PAGE } from './lib.mjs';
import { examples, generateSites, bundle, TYPES, PROVINCES } from './workshop-fixtures.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const exampleSites = examples();
const generated = generateSites(15);
const allNames = [...exampleSites, ...generated].map((a) => a.profile.site_name);

async function rankingOrder(page) {
  return page.$$eval('[data-testid="ranking"] [data-testid="ranking-row"]', (rows) => rows.map((r) => r.dataset.key));
}

async function setWeights(page, weights) {
  for (const [dim, value] of Object.entries(weights)) {
    await page.getByTestId(`weight-${dim}`).fill(String(value));
  }
}

async function loadWorkshop(page) {
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(page);
  await page.getByTestId('workshop').waitFor();
  for (const a of exampleSites) {
    await page.locator(`input[data-id="${a.id}"]`).check();
  }
  // Two files: a bundle of fourteen and one single assessment.
  await page.getByTestId('workshop-files').setInputFiles([
    { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(bundle(generated.slice(0, 14))) },
    { name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generated[14])) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
}

test('fixtures cover all five types and ten provinces', () => {
  assert.deepEqual([...new Set(generated.map((a) => a.profile.community_type))].sort(), [...TYPES].sort());
  assert.equal(new Set(generated.map((a) => a.profile.province)).size, PROVINCES.length);
});

test('twenty sites load; the heatmap has one row per site; the set survives a reload', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadWorkshop(page);
  const text = await page.getByTestId('workshop').innerText();
  for (const name of allNames) assert.ok(text.includes(name), `${name} is shown`);
  assert.equal(await page.locator('[data-testid="ranking-row"]').count(), 20);
  // Imported files join the set only: the drafts list stays empty.
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gca.draft.')).length), 0);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
  // Sorting by province keeps one row per site.
  await page.getByTestId('heatmap-sort').selectOption('province');
  assert.equal(await page.locator('[data-testid="heatmap"] [data-testid="heatmap-row"]').count(), 20);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a weight slider change re-ranks the sites', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadWorkshop(page);
  const dims = ['food', 'governance', 'resources', 'economy', 'knowledge', 'network', 'resilience'];
  const only = (d) => Object.fromEntries(dims.map((x) => [x, x === d ? 5 : 0]));
  await setWeights(page, only('food'));
  const byFood = await rankingOrder(page);
  await setWeights(page, only('network'));
  await page.waitForFunction((before) => {
    const now = [...document.querySelectorAll('[data-testid="ranking-row"]')].map((r) => r.dataset.key);
    return now.join() !== before.join();
  }, byFood);
  const byNetwork = await rankingOrder(page);
  assert.equal(byNetwork.length, 20);
  assert.notDeepEqual(byNetwork, byFood);
  assert.match(await page.getByTestId('ranking').innerText(), /%/, 'rank stability is shown');
  await context.close();
});

test('anonymise hides every site name in every view, on the page and when projected', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadWorkshop(page);
  await page.getByTestId('site-code-toggle').check();
  await page.waitForFunction(() => document.querySelector('[data-testid="ranking-row"] td:nth-child(2)')?.textContent.startsWith('S'));
  const text = await page.evaluate(() => document.body.textContent);
  for (const name of allNames) assert.ok(!text.includes(name), `${name} is hidden on the page`);
  assert.match(text, /S01/);

  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  const progress = await page.getByTestId('progress').innerText();
  const total = Number(progress.split('/')[1]);
  assert.ok(total >= 6, `slides: ${progress}`);
  for (let i = 0; i < total; i++) {
    const slide = await page.evaluate(() => document.body.textContent);
    for (const name of allNames) assert.ok(!slide.includes(name), `${name} hidden on slide ${i + 1}`);
    await page.getByTestId('next-slide').click();
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('projection moves with the keyboard, freezes, and leaves with Esc', async () => {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  await loadWorkshop(page);
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  const at = async () => Number((await page.getByTestId('progress').innerText()).split('/')[0]);
  assert.equal(await at(), 1);
  assert.match(await page.getByTestId('slide').innerText(), /14/, 'the map slide states the finding');
  await page.keyboard.press('ArrowRight');
  assert.equal(await at(), 2);
  await page.keyboard.press('PageDown');
  assert.equal(await at(), 3);
  await page.keyboard.press('Space');
  assert.equal(await at(), 4);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await at(), 3);
  await page.keyboard.press('PageUp');
  assert.equal(await at(), 2);
  await page.getByTestId('next-slide').click();
  assert.equal(await at(), 3);
  await page.getByTestId('prev-slide').click();
  assert.equal(await at(), 2);
  // Ranking slide: body text ≥ 28 px, title ≥ 48 px at 1920 × 1080.
  const sizes = await page.evaluate(() => ({
    title: parseFloat(getComputedStyle(document.querySelector('.slide h1')).fontSize),
    body: parseFloat(getComputedStyle(document.querySelector('.slide td')).fontSize),
  }));
  assert.ok(sizes.title >= 48, `title ${sizes.title}px`);
  assert.ok(sizes.body >= 28, `table text ${sizes.body}px`);
  await page.getByTestId('freeze').click();
  assert.equal(await page.getByTestId('freeze').getAttribute('aria-pressed'), 'true');
  const frozen = await page.getByTestId('slide').innerText();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getByTestId('slide').innerText(), frozen);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => location.hash === '#/workshop');
  await page.getByTestId('workshop').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

// The smallest text on the current slide as it is drawn: CSS font size times the SVG's scale.
function smallestText() {
  const slide = document.querySelector('[data-testid="slide"]');
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  let min = Infinity;
  let what = '';
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('h1, title, .visually-hidden')) continue;
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    let px = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) {
      const m = el.getScreenCTM();
      px *= Math.hypot(m.a, m.b);
    }
    if (px < min) { min = px; what = node.textContent.trim().slice(0, 40); }
  }
  const cut = slide.scrollHeight > slide.clientHeight + 2 || slide.scrollWidth > slide.clientWidth + 2;
  return { min, what, cut, title: document.querySelector('.slide h1')?.textContent ?? '' };
}

test('every projected slide keeps its text at 28 px or more and fits, and the picked sites are overlaid', async () => {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  await loadWorkshop(page);
  // Pick two sites for the overlay on the page: the projector shows the same two.
  const picked = page.locator('[data-overlay]:checked');
  for (let n = await picked.count(); n > 0; n--) {
    await picked.first().click();
    await page.waitForFunction((left) => document.querySelectorAll('[data-overlay]:checked').length === left, n - 1);
  }
  for (const i of [4, 5]) {
    await page.locator('[data-overlay]:not(:checked)').nth(i).click();
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-overlay]:checked').length === 2);
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  const total = Number((await page.getByTestId('progress').innerText()).split('/')[1]);
  const titles = [];
  for (let i = 1; i <= total; i++) {
    const { min, what, cut, title } = await page.evaluate(smallestText);
    titles.push(title);
    assert.ok(min >= 28, `slide ${i} "${title}": "${what}" is ${min.toFixed(1)} px`);
    assert.ok(!cut, `slide ${i} "${title}" is cut off`);
    await page.keyboard.press('ArrowRight');
  }
  // Twenty sites: the ranking and the heatmap on two slides each (10 + 10), radars on three (8 + 8 + 4).
  assert.equal(titles.filter((t) => /\u00a0·\u00a0\d\/3$/.test(t)).length, 3, titles.join('\n'));
  assert.equal(titles.filter((t) => /\u00a0·\u00a0\d\/2$/.test(t)).length, 4, titles.join('\n'));
  const overlay = titles.find((t) => /ต่างกันมากที่สุด/.test(t));
  assert.ok(overlay?.startsWith('2 '), `an overlay slide of the two picked sites: ${titles.join(' | ')}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('tables download as CSV, the set exports as a file that loads back, and the print pack drops the controls', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadWorkshop(page);
  const order = await rankingOrder(page);

  const ranking = await download(page, '[data-csv="ranking"]');
  assert.equal(ranking.name, 'workshop-ranking.csv');
  assert.ok(ranking.text.startsWith('\uFEFF'), 'a BOM so Excel reads the Thai');
  const rows = ranking.text.slice(1).trim().split(/\r?\n/);
  assert.equal(rows.length, 21, 'a header and one row per site');
  assert.match(rows[0], /^rank,site,/);
  const first = exampleSites.concat(generated).find((a) => a.id === order[0]) ?? generated.find((a) => order[0].includes(a.id));
  if (first) assert.ok(rows[1].includes(first.profile.site_name), `${rows[1]} is the top site`);

  const heat = await download(page, '[data-csv="heatmap"]');
  assert.equal(heat.name, 'workshop-heatmap.csv');
  assert.equal(heat.text.slice(1).trim().split(/\r?\n/).length, 21);
  assert.match(heat.text, /C01/);

  const bundleFile = await download(page, '[data-act="export"]');
  assert.equal(bundleFile.name, 'workshop-sites.json');
  const parsed = JSON.parse(bundleFile.text);
  assert.equal(parsed.format, 'green-community-assessment');
  assert.equal(parsed.assessments.length, 20);

  // The exported file alone rebuilds the comparison in a browser that has none of it.
  const fresh = await newPage(browser, { width: 1280, height: 900 });
  await fresh.page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(fresh.page);
  await fresh.page.getByTestId('workshop').waitFor();
  for (const a of exampleSites) {
    const box = fresh.page.locator(`input[data-id="${a.id}"]`);
    if (await box.isChecked()) await box.click();
  }
  await fresh.page.getByTestId('workshop-files').setInputFiles([
    { name: bundleFile.name, mimeType: 'application/json', buffer: Buffer.from(bundleFile.text) },
  ]);
  await fresh.page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
  assert.deepEqual(await rankingOrder(fresh.page), order, 'the same ranking from the file');
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();

  // Print: the views without the set picker, sliders and buttons, on A4.
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ({
    controls: [...document.querySelectorAll('.wk-set, .wk-weights, [data-csv], [data-act]')].filter((e) => e.offsetParent !== null).length,
    rows: [...document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]')].filter((e) => e.getBoundingClientRect().height > 0).length,
  }));
  assert.equal(shown.controls, 0, 'no controls on paper');
  assert.equal(shown.rows, 20, 'every site on the printed heatmap');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  // Twenty sites with every quote and Tool set 1 text print to about thirty pages.
  assert.ok(pages >= 5 && pages <= 40, `print pack: ${pages} pages`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"hide names" on the page reaches a projector window that is already open', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await loadWorkshop(page);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(page.url().replace(/#.*$/, '') + '#/present');
  await projector.getByTestId('present').waitFor();
  await projector.getByTestId('next-slide').click(); // the ranking names sites
  const named = await projector.getByTestId('slide').innerText();
  assert.ok(allNames.some((n) => named.includes(n)), 'names show before');
  await page.getByTestId('site-code-toggle').check();
  await projector.waitForFunction(() => document.querySelector('[data-testid="present"]').dataset.anon === 'true');
  const text = await projector.evaluate(() => document.body.textContent);
  for (const name of allNames) assert.ok(!text.includes(name), `${name} is hidden on the projector`);
  await page.getByTestId('site-code-toggle').uncheck();
  await projector.waitForFunction(() => document.querySelector('[data-testid="present"]').dataset.anon === 'false');
  await context.close();
});

// The score's text box and its bar's box, in the first `n` ranking rows of the page or slide.
function scoreOverlaps(n) {
  const out = [];
  for (const row of [...document.querySelectorAll('.wk-ranking tbody tr')].slice(0, n)) {
    const cell = row.querySelector('td:nth-child(4)');
    const bar = cell.querySelector('.bar');
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let text = null;
    while (walker.nextNode()) if (walker.currentNode.textContent.trim()) { text = walker.currentNode; break; }
    const range = document.createRange();
    range.selectNodeContents(text);
    const t = range.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const overlap = b.width > 0 && b.left < t.right && b.right > t.left && b.top < t.bottom && b.bottom > t.top;
    if (overlap) out.push(text.textContent.trim());
  }
  return out;
}

test('the ranking\'s score bar never paints over the score, on the page and projected', async () => {
  const { context, page } = await newPage(browser, { width: 1440, height: 900 });
  await loadWorkshop(page);
  assert.deepEqual(await page.evaluate(scoreOverlaps, 20), [], 'page');
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.setViewportSize({ width: 1920, height: 1080 });
  assert.deepEqual(await page.evaluate(scoreOverlaps, 10), [], 'slide');
  await context.close();
});

test('slides: distinct titles, no repeated "first" on ranking page 2, the core-only basis said, a legend of states that occur', async () => {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  await loadWorkshop(page);
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  const total = Number((await page.getByTestId('progress').innerText()).split('/')[1]);
  const slides = [];
  for (let i = 1; i <= total; i++) {
    slides.push(await page.evaluate(() => ({
      title: document.querySelector('.slide h1')?.textContent ?? '',
      text: document.querySelector('.slide').textContent,
      legend: [...document.querySelectorAll('.slide .wk-legend.heat li')].map((l) => l.textContent),
      basis: document.querySelector('.slide [data-testid="basis-note"]')?.textContent ?? null,
    })));
    await page.keyboard.press('ArrowRight');
  }
  const titles = slides.map((s) => s.title);
  const heads = titles.map((t) => t.split(':')[0].trim());
  const dupes = heads.filter((h, i) => heads.indexOf(h) !== i && !/\d\/\d$/.test(titles[i]));
  assert.deepEqual(dupes, [], `two slides open with the same words:\n${titles.join('\n')}`);
  const ranking = slides.filter((s) => s.text.includes('คงอันดับ') && s.text.includes('ช่วงอันดับ'));
  assert.equal(ranking.length, 2);
  assert.match(ranking[0].title, /อันดับ 1/);
  assert.doesNotMatch(ranking[1].title, /อันดับ 1 /, ranking[1].title);
  assert.match(ranking[1].title, /11–20 จาก 20/);
  // Five types in the set: compared on the shared core only, and the slides say so.
  for (const r of ranking) assert.match(r.basis ?? '', /ตัวชี้วัดร่วม/);
  // Core only: every indicator is asked at every site, so "not asked" cannot occur.
  const heat = slides.filter((s) => s.legend.length);
  assert.ok(heat.length >= 2);
  for (const h of heat) assert.ok(!h.legend.some((l) => /ไม่ได้ถาม/.test(l)), h.legend.join(' | '));
  await context.close();
});

test('a broken file added to the workshop is explained in Thai in the Thai interface', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(page);
  await page.getByTestId('workshop').waitFor();
  await page.getByTestId('workshop-files').setInputFiles([
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"assessments": [ {"id": ') },
  ]);
  const note = page.locator('.wk-notes');
  await note.filter({ hasText: 'broken.json' }).waitFor();
  const text = await note.innerText();
  assert.match(text, /รูปแบบ JSON ไม่ถูกต้อง/);
  assert.doesNotMatch(text, /expected|line \d/i, text);
  await context.close();
});

test('the long workshop page has sections to jump between, by keyboard', async () => {
  const { context, page } = await newPage(browser, { width: 1440, height: 900 });
  await loadWorkshop(page);
  const nav = page.getByTestId('workshop-sections');
  // map, ranking, radars, heatmap, change since the previous round, factors, Tool set 1, network
  assert.equal(await nav.locator('button').count(), 8);
  assert.equal(await nav.locator('[data-jump="changes"]').count(), 1);
  await nav.locator('[data-jump="heatmap"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.closest('[data-view="heatmap"]') && document.activeElement.tagName === 'H2');
  const top = await page.evaluate(() => document.querySelector('[data-view="heatmap"] h2').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the heatmap heading is at the top (${top})`);
  await context.close();
});
