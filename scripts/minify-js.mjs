// Post-build step (run by scripts/build-analyst.sh on trunk's staging folder, before
// scripts/precompress.mjs): the wasm-bindgen JS glue of each page minified with terser, and the
// `integrity="sha384-…"` attributes trunk wrote for those files recomputed, so subresource
// integrity still holds. Trunk's own JS minifier fails on the glue and leaves it as it is
// (docs/performance.md). Only release builds are minified (debug builds keep readable glue).
// Usage: node scripts/minify-js.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node scripts/minify-js.mjs <dist folder>');
  process.exit(2);
}

const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
// The JS files the pages name: modulepreload links and the start-up script's import.
const names = new Set();
for (const page of pages) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  for (const m of html.matchAll(/(?:href|src)=["']?\.?\/?([^"' >]+\.js)/g)) names.add(m[1]);
  for (const m of html.matchAll(/from\s*['"]\.?\/?([^'"]+\.js)['"]/g)) names.add(m[1]);
}

const hashes = new Map();
let before = 0, after = 0;
for (const name of names) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file) || name === 'sw.js') continue;
  const src = fs.readFileSync(file, 'utf8');
  const out = await minify(src, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!out.code) throw new Error(`terser gave no output for ${name}`);
  fs.writeFileSync(file, out.code);
  before += src.length; after += out.code.length;
  hashes.set(name, 'sha384-' + crypto.createHash('sha384').update(out.code).digest('base64'));
}

// Recompute the integrity of each tag that names a minified file (quoted or not: the release
// HTML is minified too).
for (const page of pages) {
  const p = path.join(dir, page);
  const html = fs.readFileSync(p, 'utf8');
  const fixed = html.replace(/<(?:link|script)\b[^>]*>/g, (tag) => {
    const m = tag.match(/(?:href|src)=["']?\.?\/?([^"' >]+\.js)/);
    if (!m || !hashes.has(m[1])) return tag;
    return tag.replace(/integrity=(["']?)sha(?:256|384|512)-[A-Za-z0-9+/=]+\1/, `integrity="${hashes.get(m[1])}"`);
  });
  if (fixed !== html) fs.writeFileSync(p, fixed);
}
console.log(`minify-js: ${hashes.size} files, ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB raw`);
