// Issue 15: the model-site planner. Five pilots plus forty generated candidates over all
// fourteen provinces give a plan of twenty, one per province, type limits held; a rule change
// re-plans; an impossible rule set names the conflict; the projected slide keeps 28 px text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage, ready, ANALYST_PAGE } from './lib.mjs';
import { generateSites, bundle, TYPES } from './workshop-fixtures.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ALL14 = ['TH-80', 'TH-81', 'TH-82', 'TH-83', 'TH-84', 'TH-85', 'TH-86', 'TH-90', 'TH-91', 'TH-92', 'TH-93', 'TH-94', 'TH-95', 'TH-96'];
const SUPPORT = ['thaihealth', 'nhco', 'local_government', 'government_agency', 'university', 'civil_society'];
const generated = generateSites(40, { seed: 15, trimText: true }).map((a, i) => {
  a.profile.province = ALL14[i % 14];
  a.profile.existing_support = [SUPPORT[i % SUPPORT.length]];
  if (i % 9 === 0) a.profile.site_name += ' วิสาหกิจชุมชนเครือข่ายยางพาราแปรรูปเพื่อความมั่นคงทางอาหาร';
  return a;
});

async function openPlanner(page) {
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await ready(page);
  await page.getByTestId('workshop').waitFor();
  await page.getByTestId('workshop-files').setInputFiles([
    { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(bundle(generated)) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 45);
  await page.getByTestId('plan-link').click();
  await page.getByTestId('planner').waitFor();
}

async function picks(page) {
  return page.$$eval('[data-testid="plan-pick"]', (rows) => rows.map((r) => ({ id: r.dataset.id, province: r.dataset.province, type: r.dataset.type })));
}

async function setNumber(page, testid, value) {
  const input = page.getByTestId(testid);
  await input.fill(String(value));
  await input.dispatchEvent('change');
}

test('twenty sites, one per province, type limits held; a rule change re-plans; a conflict is named; the slide is 28 px', async () => {
  const { context, page } = await newPage(browser, { width: 1440, height: 1000 });
  await openPlanner(page);
  await assert.doesNotReject(page.getByTestId('plan-objective').waitFor());
  for (const t of TYPES) await setNumber(page, `plan-min-${t}`, 2);
  await page.waitForFunction((types) => {
    const rows = [...document.querySelectorAll('[data-testid="plan-pick"]')];
    return rows.length === 20 && types.every((t) => rows.filter((r) => r.dataset.type === t).length >= 2);
  }, TYPES);
  let chosen = await picks(page);
  assert.equal(chosen.length, 20);
  assert.deepEqual([...new Set(chosen.map((p) => p.province))].sort(), ALL14);
  for (const t of TYPES) {
    const n = chosen.filter((p) => p.type === t).length;
    assert.ok(n >= 2 && n <= 6, `${t}: ${n}`);
  }
  await page.getByTestId('plan-feasible').waitFor();
  // The pilots are in, each with its reason; every pick has one.
  const pilots = JSON.parse(fs.readFileSync(new URL('../../public/examples/rubber.json', import.meta.url))).id;
  assert.ok(chosen.some((p) => p.id === pilots));
  assert.match(await page.getByTestId(`plan-why-${pilots}`).innerText(), /นำร่อง/);
  for (const p of chosen) assert.ok((await page.getByTestId(`plan-why-${p.id}`).first().innerText()).length > 5);
  await page.screenshot({ path: '/tmp/plan-1440-th.png', fullPage: true });

  // A tighter type maximum re-plans at once.
  await setNumber(page, 'plan-max-rubber', 2);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="plan-pick"]')].filter((r) => r.dataset.type === 'rubber').length === 2);
  await setNumber(page, 'plan-n', 18);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="plan-pick"]').length === 18);

  // An impossible rule: more rubber sites than exist.
  await setNumber(page, 'plan-max-rubber', 30);
  await setNumber(page, 'plan-min-rubber', 30);
  const conflicts = page.getByTestId('plan-conflicts');
  await conflicts.waitFor();
  const text = await conflicts.innerText();
  assert.match(text, /สวนยาง.*30.*ขาด \d+/s, text);
  await setNumber(page, 'plan-min-rubber', 2);
  await page.getByTestId('plan-feasible').waitFor();

  // The rules are kept: a reload shows the same plan.
  await page.reload();
  await page.getByTestId('planner').waitFor();
  assert.equal(await page.getByTestId('plan-n').inputValue(), '18');
  assert.equal((await picks(page)).length, 18);

  // CSV with a BOM.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-csv').click()]);
  const body = fs.readFileSync(await csv.path(), 'utf8');
  assert.ok(body.startsWith('\ufeff'), 'BOM');
  assert.equal(body.trim().split('\n').length, 19);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-json').click()]);
  const plan = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(plan.format, 'green-community-plan');
  assert.equal(plan.picks.length, 18);

  // Phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/plan-390-th.png', fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page wider than the phone by ${overflow}px`);

  // The projected slide: the last one, text at 28 px or more, nothing cut.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  await page.keyboard.press('End');
  await page.waitForFunction(() => /พื้นที่ต้นแบบ/.test(document.querySelector('.slide h1')?.textContent ?? ''));
  const check = await page.evaluate(() => {
    const slide = document.querySelector('.slide');
    let min = Infinity, what = '';
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (el.closest('title, desc')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * (el.closest('svg') ? (el.closest('svg').getBoundingClientRect().width / (el.closest('svg').viewBox.baseVal?.width || el.closest('svg').getBoundingClientRect().width)) : 1);
      if (px < min) { min = px; what = node.textContent.trim().slice(0, 40); }
    }
    return { min, what, cut: slide.scrollHeight > slide.clientHeight + 2, items: slide.querySelectorAll('li').length };
  });
  await page.screenshot({ path: '/tmp/plan-slide.png' });
  assert.equal(check.items, 18);
  assert.ok(check.min >= 28, `"${check.what}" is ${check.min.toFixed(1)} px`);
  assert.ok(!check.cut, 'slide cut off');
  assert.deepEqual(page.errors, []);
  await context.close();
});
