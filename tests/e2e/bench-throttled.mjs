// `make bench`, throttled part (issue 18): the field app's deep link loaded as a phone on a slow
// mobile network would, through CDP: 1.6 Mbps down, 750 Kbps up, 150 ms round trip, CPU 4×
// slower. From a server that compresses as real hosts do (the precompressed .br/.gz beside
// each file in dist/). Cold (empty cache, no service worker) and warm (second visit: HTTP cache
// and service worker), each until the last indicator card is drawn and a tap on it has changed
// the overall score. Prints transferred bytes and the waterfall's five largest items, then the
// Lighthouse 12.2.3 mobile scores when lighthouse can run. Not a test: figures only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { dist, launch, root } from './lib.mjs';

const RUNS = Number(process.env.RUNS || 3);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

/** dist/ served with brotli or gzip when the browser accepts it (as nginx gzip_static/brotli_static, Caddy precompressed). */
function serveCompressed(dir = dist) {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    let file = path.join(dir, path.normalize(decodeURIComponent(u.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    const accept = String(req.headers['accept-encoding'] || '');
    const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'max-age=600', vary: 'Accept-Encoding' };
    let body = file;
    // NO_FONT_PRELOAD=1 serves index.html without its font preloads, to measure what they change.
    if (process.env.NO_FONT_PRELOAD && file.endsWith('index.html')) {
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(fs.readFileSync(file, 'utf8').replace(/<link[^>]*\bas=["']?font[^>]*>/g, ''));
      return;
    }
    // NO_COMPRESS=1 serves the plain files, as the measurements before issue 18 did.
    if (process.env.NO_COMPRESS) { /* plain */ }
    else if (/\bbr\b/.test(accept) && fs.existsSync(file + '.br')) { body = file + '.br'; headers['content-encoding'] = 'br'; }
    else if (/\bgzip\b/.test(accept) && fs.existsSync(file + '.gz')) { body = file + '.gz'; headers['content-encoding'] = 'gzip'; }
    res.writeHead(200, headers);
    fs.createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) })));
}

const server = await serveCompressed();
const browser = await launch();
const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));
const draftId = '11111111-2222-4333-8444-555555555555';
const draft = { ...example, id: draftId, example: false };
const url = `${server.url}#/a/${draftId}/indicators`;

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  page.cdp = cdp;
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.responseReceived', (e) => { const r = reqs.get(e.requestId); if (r) r.fromSW = e.response.fromServiceWorker; });
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) { r.end = e.timestamp; r.bytes = e.encodedDataLength; } });
  return reqs;
}

/** One load of the deep link: ms from navigation start until a tap on the last card changed the score. */
async function load(page) {
  const reqs = await throttle(page);
  await page.goto(url, { waitUntil: 'commit' });
  const last = page.locator('[data-testid^="indicator-"]').last();
  await page.getByTestId('overall-score').waitFor({ timeout: 120000 });
  await last.waitFor({ timeout: 120000 });
  const ind = (await last.getAttribute('data-testid')).slice('indicator-'.length);
  const ms = await page.evaluate((ind) => new Promise((resolve) => {
    const target = document.querySelector('[data-testid="overall-score"]');
    const before = target.textContent;
    // A level that is not the current answer, so the score must change.
    const btn = [...document.querySelectorAll(`[data-testid^="level-${ind}-"]`)].find((b) => b.getAttribute('aria-checked') !== 'true');
    const done = () => resolve(performance.now());
    setTimeout(() => resolve(NaN), 20000); // never hang the bench: NaN marks a tap without effect
    const obs = new MutationObserver(() => { if (target.textContent !== before) { obs.disconnect(); done(); } });
    obs.observe(target, { characterData: true, childList: true, subtree: true });
    btn.click();
  }), ind);
  // When the Thai font arrived against when the cards were drawn: a font that arrives after the
  // cards re-lays them out (the swap), just when the user is about to tap.
  const timing = await page.evaluate(() => {
    const font = performance.getEntriesByType('resource').filter((e) => e.name.includes('sarabun-thai'));
    return { fontEnd: font.length ? Math.max(...font.map((e) => e.responseEnd)) : null };
  });
  const metrics = Object.fromEntries((await page.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const list = [...reqs.values()].filter((r) => r.end);
  const t0 = Math.min(...list.map((r) => r.start));
  return { ms, fontEnd: timing.fontEnd, layouts: metrics.LayoutCount, layoutMs: metrics.LayoutDuration * 1000, bytes: list.reduce((a, r) => a + (r.bytes || 0), 0), list: list.map((r) => ({ ...r, start: r.start - t0, end: r.end - t0 })) };
}

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const results = { cold: [], warm: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
  await context.addInitScript(([id, json]) => {
    if (!localStorage.getItem('gca.draft.' + id)) localStorage.setItem('gca.draft.' + id, json);
  }, [draftId, JSON.stringify(draft)]);
  const page = await context.newPage();
  results.cold.push(await load(page));
  await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  const again = await context.newPage();
  await page.close();
  results.warm.push(await load(again));
  await context.close();
}

console.log(`throttled deep link #/a/<id>/indicators (1.6 Mbps down, 750 Kbps up, 150 ms RTT, CPU 4x; ${process.env.NO_COMPRESS ? 'plain files, no compression' : 'brotli/gzip server'})`);
for (const kind of ['cold', 'warm']) {
  const r = results[kind];
  console.log(`  ${kind}: until a tap on the last card took effect, median ${(median(r.map((x) => x.ms)) / 1000).toFixed(2)} s (${r.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}); transferred ${kb(median(r.map((x) => x.bytes)))}`);
}
const c = results.cold;
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
    const a = rep.audits;
    console.log(`lighthouse ${rep.lighthouseVersion} mobile: performance ${Math.round(rep.categories.performance.score * 100)}, accessibility ${Math.round(rep.categories.accessibility.score * 100)}; ` +
      `LCP ${a['largest-contentful-paint'].displayValue}, TBT ${a['total-blocking-time'].displayValue}, FCP ${a['first-contentful-paint'].displayValue}, CLS ${a['cumulative-layout-shift'].displayValue}`);
  } catch (e) {
    console.log('lighthouse could not run:', (lh.stderr || String(lh.error || e)).split('\n').slice(-3).join(' '));
  }
}
await browser.close();
await server.close();
