// Shared helpers for the end-to-end tests: a static server for dist/ and Debian's Chromium
// driven by playwright-core (no browser downloads on these machines).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
/**
 * The analyst app's page (workshop, present, plan, proposals); the field app is index.html.
 * Tests reach an analyst screen with `server.url + ANALYST_PAGE + '#/workshop'`.
 */
export const ANALYST_PAGE = 'workshop.html';
export const dist = process.env.DIST ? path.resolve(process.env.DIST) : path.join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain',
};

/** Serves dist/ on a free loopback port. Resolves to { url, close }. */
export function serveDist(dir = dist) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`no ${dir}/index.html: run \`trunk build --release\` first`);
  }
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    let p = path.normalize(decodeURIComponent(u.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = path.join(dir, p);
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context (empty storage) at phone or projector size. */
export async function newPage(browser, { width = 390, height = 844, locale = 'th-TH' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.errors = errors;
  return { context, page };
}

/** Waits until the app has mounted (the language toggle is on every screen). */
export async function ready(page) {
  await page.getByTestId('lang-toggle').waitFor({ state: 'visible', timeout: 20000 });
}

/**
 * Runs `fn(page, { width, lang })` on a fresh page for every width × language of the
 * screenshot scripts (env WIDTHS, default 390,1920; LANGS, default th,en). The language is
 * stored before `fn` runs, as a user's choice would be.
 */
export async function forEachView(browser, baseUrl, fn) {
  const widths = (process.env.WIDTHS || '390,1920').split(',').map(Number);
  const langs = (process.env.LANGS || 'th,en').split(',');
  for (const lang of langs) {
    for (const width of widths) {
      const { context, page } = await newPage(browser, { width, height: width < 800 ? 844 : 1080 });
      await page.goto(baseUrl);
      await ready(page);
      await page.evaluate((l) => localStorage.setItem('gca.lang', l), lang);
      await fn(page, { width, lang, last: width === widths[widths.length - 1] });
      if (page.errors.length) console.error('page errors:', page.errors);
      await context.close();
    }
  }
}

/** Fills the page's localStorage to the brim with `junk.*` keys (a full browser storage). */
export async function fillStorage(page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 200; i++) {
      try { localStorage.setItem('junk.' + i, chunk); } catch { break; }
    }
    for (let size = 16384; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; i < 100; i++) {
        try { localStorage.setItem(`junk.s${size}.${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
}

let axeSource;

/** Runs axe (WCAG 2.0/2.1 A and AA rules) and returns the serious and critical findings. */
export async function axe(page, label) {
  axeSource ??= fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const res = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`) }));
  });
  return res.map((v) => ({ ...v, at: label }));
}
