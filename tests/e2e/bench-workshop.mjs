// Issue 8 bench: the time to draw the workshop for 20 and 200 sites, from the release build in
// headless Chromium. Sites are generated from the examples (new ids, jittered levels) and put
// into the workshop set through localStorage; the time runs from the navigation to #/workshop
// until every view is drawn (the heatmap has one row per site). Median of 5 runs.
// Usage: DIST=/tmp/dist node tests/e2e/bench-workshop.mjs      Targets: 20 ≤ 200 ms, 200 ≤ 500 ms
// (the issue asked 1 s; 500 ms catches a return of the focus fix-up cost, docs/performance.md).
import { serveDist, launch, newPage, ready, ANALYST_PAGE } from './lib.mjs';
import { generateSites, bundle } from './workshop-fixtures.mjs';

const targets = { 20: 200, 200: 500 };
const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
let failed = false;
for (const n of [20, 200]) {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  await page.goto(server.url + ANALYST_PAGE + '#/bench-start');
  await ready(page);
  const imported = bundle(generateSites(n, { trimText: n > 50 }));
  await page.evaluate(([imp]) => {
    localStorage.setItem('gca.workshop', JSON.stringify({ chosen: [], weights: {}, anonymous: false, sort: 'overall' }));
    localStorage.setItem('gca.workshop.imported', imp);
  }, [imported]);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    // A hash the analyst app does not know: its not-found screen, then the workshop in place.
    await page.evaluate(() => { location.hash = '#/bench-start'; });
    await page.getByTestId('not-found').waitFor();
    const ms = await page.evaluate((count) => new Promise((resolve) => {
      const t0 = performance.now();
      location.hash = '#/workshop';
      const check = () => {
        const rows = document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length;
        const ranked = document.querySelectorAll('[data-testid="ranking-row"]').length;
        if (rows === count && ranked === count) resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      check();
    }), n);
    runs.push(ms);
  }
  // A slider move: re-rank with 1,000 stability draws.
  const slider = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('[data-testid="weight-food"]');
    const before = document.querySelector('[data-testid="ranking"]').innerHTML;
    const t0 = performance.now();
    el.value = '4.5';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (document.querySelector('[data-testid="ranking"]').innerHTML !== before) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    check();
  }));
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  const ok = median <= targets[n];
  failed ||= !ok;
  console.log(`${String(n).padStart(3)} sites: draw median ${median.toFixed(0)} ms (runs ${runs.map((r) => r.toFixed(0)).join(', ')}), target ≤ ${targets[n]} ms ${ok ? 'OK' : 'OVER'}; slider re-rank ${slider.toFixed(0)} ms; stored ${(imported.length / 1024).toFixed(0)} KB`);
  if (page.errors.length) console.error('page errors:', page.errors);
  await context.close();
}
await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
