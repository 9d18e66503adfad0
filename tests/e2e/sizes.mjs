// Measures the release build in dist/: raw and gzip sizes of wasm, JS, CSS, and fonts apart.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from './lib.mjs';

// wasm + JS + CSS, fonts excluded. The product budget of issue 2 is 300 KB gzip; the build is
// over it today (see docs/performance.md). The test holds a ceiling so that the size cannot
// grow unnoticed while the work to reach the budget goes on; lower it as the size comes down.
export const BUDGET_GZIP = 300 * 1024;
export const CEILING_GZIP = 550 * 1024;

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

export function measure(dir = dist) {
  const groups = { wasm: [], js: [], css: [], fonts: [] };
  for (const f of walk(dir)) {
    const ext = path.extname(f);
    const g = ext === '.wasm' ? 'wasm' : ext === '.js' ? 'js' : ext === '.css' ? 'css' : ext === '.woff2' ? 'fonts' : null;
    if (!g) continue;
    const buf = fs.readFileSync(f);
    groups[g].push({ file: path.relative(dir, f), raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
  }
  const sum = (g, k) => groups[g].reduce((a, x) => a + x[k], 0);
  const total = { raw: 0, gzip: 0 };
  for (const g of ['wasm', 'js', 'css']) { total.raw += sum(g, 'raw'); total.gzip += sum(g, 'gzip'); }
  return { groups, sum, total };
}

export const kb = (n) => (n / 1024).toFixed(1) + ' KB';
