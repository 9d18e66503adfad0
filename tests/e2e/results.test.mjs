// Issue 6: the results view and the printable A4 site report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, ready } from './lib.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const EXAMPLES = [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
const DRAFT_ID = '6b0e7c1a-2f4d-4c3e-9a8b-1d2e3f4a5b6c';

async function openResults(page, id) {
  await page.goto(server.url + `#/a/${id}/results`);
  await page.reload(); // storage written by the test is read when the app starts
  await ready(page);
  await page.getByTestId('results').waitFor({ timeout: 20000 });
}

/** The number of vertices of the radar's score polygon, from its `points` attribute. */
async function radarVertices(page) {
  const poly = page.getByTestId('radar-dimensions').getByTestId('radar-polygon');
  const points = (await poly.getAttribute('points')).trim();
  const count = points ? points.split(/\s+/).length : 0;
  assert.equal(String(count), await poly.getAttribute('data-vertices'));
  return count;
}

/** Dimension ids with a score, per the table beside the radar. */
async function scoredDimensions(page) {
  return page.$$eval('[data-testid^="dimension-score-"]', (cells) =>
    cells.filter((c) => c.textContent.trim() !== '–').map((c) => c.dataset.testid.replace('dimension-score-', '')));
}

test('every example: the radar has one vertex per scored dimension, and every section is there', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  for (const id of EXAMPLES) {
    await openResults(page, id);
    const scored = await scoredDimensions(page);
    assert.ok(scored.length >= 3, `${id}: examples score most dimensions`);
    assert.equal(await radarVertices(page), scored.length, `${id}: one vertex per scored dimension`);
    assert.equal(await page.locator('[data-testid^="radar-missing-"]').count(), 7 - scored.length);
    assert.match(await page.getByTestId('results-overall').innerText(), /^\d+\.\d$/);
    await page.getByTestId('results-band').waitFor();
    assert.match(await page.getByTestId('report-header').innerText(), /25\d\d/, 'Buddhist Era year in Thai');
    for (const tid of ['pillars', 'indicator-bars', 'network-map', 'fies-summary', 'fies-caveat', 'toolset-summary', 'factors-summary']) {
      await page.getByTestId(tid).first().waitFor();
    }
    assert.equal(await page.getByTestId('strongest-item').count(), 3);
    assert.equal(await page.getByTestId('weakest-item').count(), 3);
    // Every chart has an SVG title and a visible caption.
    for (const svg of await page.locator('svg.chart').all()) {
      assert.ok((await svg.locator('title').first().textContent()).trim().length > 0);
    }
    assert.equal(await page.locator('figure.chart-figure figcaption').count(), await page.locator('svg.chart').count());
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a dimension with no answer is drawn as missing, never as zero', async () => {
  const { context, page } = await newPage(browser, { width: 390, height: 844 });
  await page.goto(server.url);
  await ready(page);
  // A draft copied from the rubber example with every answer of the resilience dimension removed.
  await page.evaluate(async (id) => {
    const inst = await (await fetch('instrument/green-community.json')).json();
    const a = await (await fetch('examples/rubber.json')).json();
    const resilience = new Set(inst.indicators.filter((i) => i.dimension === 'resilience').map((i) => i.id));
    for (const k of Object.keys(a.answers)) if (resilience.has(k)) delete a.answers[k];
    a.id = id;
    a.example = false;
    a.profile.site_name = 'ร่างทดสอบ ไม่มีมิติรับมือวิกฤต';
    localStorage.setItem(`gca.draft.${id}`, JSON.stringify(a));
  }, DRAFT_ID);
  await openResults(page, DRAFT_ID);
  await page.getByTestId('radar-missing-resilience').waitFor();
  assert.equal((await page.getByTestId('dimension-score-resilience').innerText()).trim(), '–');
  const scored = await scoredDimensions(page);
  assert.ok(!scored.includes('resilience'));
  assert.equal(await radarVertices(page), scored.length);
  // No vertex sits at the centre (a zero) on the missing axis.
  const centreVertex = await page.$eval('[data-testid="radar-polygon"]', (p) =>
    [...p.points].some((pt) => Math.abs(pt.x - 300) < 1 && Math.abs(pt.y - 239) < 1));
  assert.equal(centreVertex, false);
  // The indicator bars of that dimension are hatched, labelled "–", not zero-width bars.
  const rows = page.locator('[data-testid^="indicator-bars-row-"][data-missing="true"]');
  assert.ok((await rows.count()) >= 1);
  assert.equal(await page.getByTestId('results-edit').getAttribute('href'), `#/a/${DRAFT_ID}/indicators`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('print: the button exists, print media hides the navigation, and every example fits two A4 pages', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await openResults(page, EXAMPLES[0]);
  const print = page.getByTestId('print-report');
  await print.waitFor();
  // The export and share buttons sit in the header actions, and not on paper.
  await page.getByTestId('results').getByTestId('export-json').waitFor();
  await page.getByTestId('results').getByTestId('share-link').waitFor();
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await print.click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  for (const id of EXAMPLES) {
    await openResults(page, id);
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.topbar').isVisible(), false, 'no navigation on paper');
    assert.equal(await page.getByTestId('print-report').isVisible(), false, 'no buttons on paper');
    assert.equal(await page.getByTestId('export-json').isVisible(), false, 'no export button on paper');
    assert.ok(await page.getByTestId('report-header').isVisible());
    assert.ok(await page.getByTestId('radar-dimensions').isVisible());
    assert.ok(await page.getByTestId('network-map').isVisible());
    assert.ok(await page.getByTestId('toolset-summary').isVisible());
    // No printed text below 9 pt (12 px).
    const small = await page.$$eval('.results *', (els) => els
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => e.getClientRects().length && parseFloat(getComputedStyle(e).fontSize) < 11.9)
      .map((e) => `${e.tagName}.${e.className}: ${getComputedStyle(e).fontSize}`));
    assert.deepEqual(small, [], `${id}: text under 9 pt`);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${id}: the report is ${pages} A4 pages`);
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

test('an id that does not exist: a clear message and a link home', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/a/no-such-id/results');
  await ready(page);
  await page.getByTestId('results-missing').waitFor({ timeout: 20000 });
  await page.getByTestId('results-missing').getByRole('link').click();
  await page.waitForFunction(() => location.hash === '#/');
  await context.close();
});

test('English labels and a chart download as SVG and PNG', async () => {
  const { context, page } = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => localStorage.setItem('gca.lang', 'en'));
  await openResults(page, EXAMPLES[1]);
  assert.match(await page.getByTestId('results').innerText(), /Scores by dimension/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).first().click(),
  ]);
  const path = await download.path();
  const text = (await import('node:fs')).readFileSync(path, 'utf8');
  assert.match(text, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(text, /<title/);

  // The PNG: drawn from the SVG with the app's font inside, at twice the size.
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).first().click(),
  ]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const bytes = (await import('node:fs')).readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  const width = bytes.readUInt32BE(16);
  const viewBox = text.match(/viewBox="0 0 (\d+)/);
  assert.equal(width, 2 * Number(viewBox[1]), 'twice the chart width');
  assert.ok(bytes.length > 5000, `a real drawing (${bytes.length} bytes)`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
