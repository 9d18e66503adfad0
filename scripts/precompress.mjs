// Post-build step (run by scripts/build-analyst.sh on trunk's staging folder, so dist/ always
// has it): the data files minified, then a .gz (gzip -9) and a .br (brotli q11) beside every
// compressible file, for hosts that serve precompressed files (README: "Serving compressed").
// Usage: node scripts/precompress.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

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

const compressible = /\.(wasm|js|css|html|json|svg|webmanifest|txt)$/;
let count = 0;
for (const f of walk(dir)) {
  if (!compressible.test(f)) continue;
  const buf = fs.readFileSync(f);
  const gz = zlib.gzipSync(buf, { level: 9 });
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
console.log(`precompress: ${count} files in ${dir} with .gz and .br beside them`);
