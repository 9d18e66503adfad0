// The slow mobile profile of `make bench` (issue 18), shared by the field app's throttled bench
// and the SurveyJS comparison: a server that compresses as real hosts do, and CDP throttling.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { dist } from './lib.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

/** dist/ served with brotli or gzip when the browser accepts it (as nginx gzip_static/brotli_static, Caddy precompressed). */
export function serveCompressed(dir = dist) {
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

/** 1.6 Mbps down, 750 Kbps up, 150 ms round trip, CPU 4x slower; returns the page's requests. */
export async function throttle(page) {
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
export async function loadFieldDeepLink(page, url) {
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
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { fontEnd: font.length ? Math.max(...font.map((e) => e.responseEnd)) : null, fcp: fcp ? fcp.startTime : null };
  });
  const metrics = Object.fromEntries((await page.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const list = [...reqs.values()].filter((r) => r.end);
  const t0 = Math.min(...list.map((r) => r.start));
  return { ms, fcp: timing.fcp, fontEnd: timing.fontEnd, layouts: metrics.LayoutCount, layoutMs: metrics.LayoutDuration * 1000, bytes: list.reduce((a, r) => a + (r.bytes || 0), 0), list: list.map((r) => ({ ...r, start: r.start - t0, end: r.end - t0 })) };
}

export const kb = (n) => (n / 1024).toFixed(1) + ' KB';
export const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** A phone-sized browser context whose storage holds `draft` (the deep link's assessment). */
export async function phoneWithDraft(browser, draft) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
  await context.addInitScript(([id, json]) => {
    if (!localStorage.getItem('gca.draft.' + id)) localStorage.setItem('gca.draft.' + id, json);
  }, [draft.id, JSON.stringify(draft)]);
  return context;
}
