// `make bench`: timings of the release build in headless Chromium. Prints figures; not a test.
//  - time to interactive (median of RUNS loads, 9 unless set) of the drafts page and of an assessment with all
//    of its indicators shown;
//  - p50 / p95 over 50 taps of the time from a level tap to the updated overall score;
//  - the time of one autosave write (serialisation + localStorage), median of the taps' saves.
import { serveDist, launch, newPage } from './lib.mjs';

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const fmt = (x) => x.toFixed(1) + ' ms';

const RUNS = Number(process.env.RUNS || 9);
const server = await serveDist();
const browser = await launch();

async function tti(hash, testid) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto(server.url + hash);
    await page.getByTestId(testid).first().waitFor({ timeout: 20000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

const drafts = await tti('#/', 'drafts');
const example = '00000000-0000-4000-8000-000000000002';
const full = await tti(`#/a/${example}/indicators`, 'indicator-FI11');

// Taps on a draft of the user's own (the example is read-only): copy the example first.
const { context, page } = await newPage(browser, { width: 390, height: 844 });
await page.goto(server.url + `#/a/${example}/indicators`);
await page.getByTestId('copy-example').click();
await page.getByTestId('editor').waitFor();
const id = await page.evaluate(() => location.hash.split('/')[2]);
await page.goto(server.url + `#/a/${id}/indicators`);
await page.getByTestId('indicator-C01').waitFor();
const ids = await page.$$eval('[data-testid^="indicator-"]', (els) => els.map((e) => e.dataset.testid.slice(10)));
const taps = [];
const saves = [];
for (let i = 0; i < 50; i++) {
  const ind = ids[i % ids.length];
  const level = (i * 3 + 1) % 5;
  const ms = await page.evaluate(({ ind, level }) => new Promise((resolve) => {
    const target = document.querySelector('[data-testid="overall-score"]');
    const before = target.textContent;
    const btn = document.querySelector(`[data-testid="level-${ind}-${level}"]`);
    const t0 = performance.now();
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
    obs.observe(target, { characterData: true, childList: true, subtree: true });
    btn.click();
    // The score may not change (same level again): then the tap cost is the synchronous work.
    queueMicrotask(() => { if (target.textContent === before) { obs.disconnect(); resolve(performance.now() - t0); } });
  }), { ind, level });
  taps.push(ms);
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]').dataset.state === 'saved');
  saves.push(await page.evaluate(() => window.__gcaSaveMs));
}
await context.close();
await browser.close();
await server.close();

console.log(`time to interactive, drafts page:            median ${fmt(median(drafts))}  (${RUNS} loads: ${drafts.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`time to interactive, assessment (all shown): median ${fmt(median(full))}  (${RUNS} loads: ${full.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`tap to updated overall score (50 taps):      p50 ${fmt(pct(taps, 50))}  p95 ${fmt(pct(taps, 95))}  max ${fmt(Math.max(...taps))}`);
console.log(`one autosave write (serialise + store):      median ${fmt(median(saves))}  p95 ${fmt(pct(saves, 95))}`);
console.log('targets: interactive <= 500 ms, tap to score p95 <= 16 ms, autosave <= 2 ms');
