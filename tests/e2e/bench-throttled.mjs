// `make bench`, throttled part (issue 18): the field app's deep link loaded as a phone on a slow
// mobile network would, through CDP: 1.6 Mbps down, 750 Kbps up, 150 ms round trip, CPU 4×
// slower. From a server that compresses as real hosts do (the precompressed .br/.gz beside
// each file in dist/). Cold (empty cache, no service worker) and warm (second visit: HTTP cache
// and service worker), each until the last indicator card is drawn and a tap on it has changed
// the overall score. Prints transferred bytes and the waterfall's five largest items, then the
// Lighthouse 12.2.3 mobile scores when lighthouse can run. Not a test: figures only.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { launch, root } from './lib.mjs';
import { serveCompressed, loadFieldDeepLink, phoneWithDraft, kb, median } from './throttle.mjs';

const RUNS = Number(process.env.RUNS || 3);
const server = await serveCompressed();
const browser = await launch();
const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));
const draftId = '11111111-2222-4333-8444-555555555555';
const draft = { ...example, id: draftId, example: false };
const url = `${server.url}#/a/${draftId}/indicators`;

const results = { cold: [], warm: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await phoneWithDraft(browser, draft);
  const page = await context.newPage();
  results.cold.push(await loadFieldDeepLink(page, url));
  await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  const again = await context.newPage();
  await page.close();
  results.warm.push(await loadFieldDeepLink(again, url));
  await context.close();
}

console.log(`throttled deep link #/a/<id>/indicators (1.6 Mbps down, 750 Kbps up, 150 ms RTT, CPU 4x; ${process.env.NO_COMPRESS ? 'plain files, no compression' : 'brotli/gzip server'})`);
for (const kind of ['cold', 'warm']) {
  const r = results[kind];
  console.log(`  ${kind}: until a tap on the last card took effect, median ${(median(r.map((x) => x.ms)) / 1000).toFixed(2)} s (${r.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}); transferred ${kb(median(r.map((x) => x.bytes)))}`);
}
const c = results.cold;
console.log(`  first contentful paint: cold ${(median(c.map((x) => x.fcp ?? NaN)) / 1000).toFixed(2)} s, warm ${(median(results.warm.map((x) => x.fcp ?? NaN)) / 1000).toFixed(2)} s (median)`);
console.log(`  cold: Thai font in at median ${(median(c.map((x) => x.fontEnd ?? NaN)) / 1000).toFixed(2)} s; layouts ${median(c.map((x) => x.layouts))}, layout time ${median(c.map((x) => x.layoutMs)).toFixed(0)} ms (CPU 4x)${process.env.NO_FONT_PRELOAD ? ' [font preloads removed]' : ''}`);
const sample = results.cold[0].list.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
console.log('  five largest items of a cold load (transferred, start -> end):');
for (const r of sample) console.log(`    ${kb(r.bytes).padStart(9)}  ${r.start.toFixed(2)} -> ${r.end.toFixed(2)} s  ${r.url.replace(server.url, '')}`);

// Lighthouse 12.2.3, mobile preset (its own simulated throttling), on the example's deep link.
const lhBin = process.env.LIGHTHOUSE || [path.join(root, 'node_modules/.bin/lighthouse')].find((p) => fs.existsSync(p));
if (process.env.NO_LIGHTHOUSE) {
  console.log('lighthouse: skipped (NO_LIGHTHOUSE)');
} else if (!lhBin) {
  console.log('lighthouse: not installed (npm i --no-save lighthouse@12.2.3, or LIGHTHOUSE=/path/to/bin/lighthouse)');
} else {
  const target = `${server.url}#/a/${example.id}/indicators`;
  // Asynchronous: the server above runs in this process and must keep answering.
  const lh = await new Promise((resolve) => {
    const child = spawn(lhBin, [target, '--quiet', '--output=json', '--only-categories=performance,accessibility',
      '--max-wait-for-load=30000', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill(), 300000);
    child.on('close', () => { clearTimeout(timer); resolve({ stdout, stderr }); });
    child.on('error', (error) => { clearTimeout(timer); resolve({ stdout, stderr, error }); });
  });
  try {
    const rep = JSON.parse(lh.stdout);
    // LH_REPORT=<file>: keep the whole report, to read its long tasks and LCP element.
    if (process.env.LH_REPORT) fs.writeFileSync(process.env.LH_REPORT, lh.stdout);
    const a = rep.audits;
    console.log(`lighthouse ${rep.lighthouseVersion} mobile: performance ${Math.round(rep.categories.performance.score * 100)}, accessibility ${Math.round(rep.categories.accessibility.score * 100)}; ` +
      `LCP ${a['largest-contentful-paint'].displayValue}, TBT ${a['total-blocking-time'].displayValue}, FCP ${a['first-contentful-paint'].displayValue}, CLS ${a['cumulative-layout-shift'].displayValue}`);
  } catch (e) {
    console.log('lighthouse could not run:', (lh.stderr || String(lh.error || e)).split('\n').slice(-3).join(' '));
  }
}
await browser.close();
await server.close();
