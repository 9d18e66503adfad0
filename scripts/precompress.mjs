// Post-build step (run by scripts/build-analyst.sh on trunk's staging folder, so dist/ always
// has it): the data files minified, then a .gz and a .br (brotli q11) beside every compressible
// file, for hosts that serve precompressed files (README: "Serving compressed"). The .gz is
// written by zopfli in release builds (npm @gfx/zopfli, 15 iterations): a gzip stream any browser
// reads, 5 % smaller than gzip -9 for the wasm (docs/performance.md); each checked by decompressing.
// Usage: node scripts/precompress.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node scripts/precompress.mjs <dist folder>');
  process.exit(2);
}
const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));

// The instrument and the examples are written for people (indented); the browser gets them
// without the indentation. Same data, same canonical hash (domain::canonical).
for (const f of walk(dir)) {
  if (!/[/\\](instrument|examples)[/\\][^/\\]+\.json$/.test(f)) continue;
  const text = fs.readFileSync(f, 'utf8');
  fs.writeFileSync(f, JSON.stringify(JSON.parse(text)));
}

// zopfli takes seconds a megabyte: release builds only (trunk sets TRUNK_PROFILE for its hooks),
// so that `trunk serve` of a debug build (a wasm of several MB) stays quick.
const zopfli = process.env.TRUNK_PROFILE === 'release' || process.env.ZOPFLI === '1';
const compressible = /\.(wasm|js|css|html|json|svg|webmanifest|txt)$/;
let count = 0;
for (const f of walk(dir)) {
  if (!compressible.test(f)) continue;
  const buf = fs.readFileSync(f);
  const gz = zopfli ? await gzipAsync(buf, { numiterations: 15 }) : zlib.gzipSync(buf, { level: 9 });
  if (!zlib.gunzipSync(gz).equals(buf)) throw new Error(`the gzip of ${f} does not decompress to the file`);
  const br = zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
  if (gz.length < buf.length) fs.writeFileSync(f + '.gz', gz);
  if (br.length < buf.length) fs.writeFileSync(f + '.br', br);
  count++;
}
console.log(`precompress: ${count} files in ${dir} with .gz (${zopfli ? 'zopfli' : 'gzip -9'}) and .br beside them`);
