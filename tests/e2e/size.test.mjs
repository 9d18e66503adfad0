// Each build stays under its own ceiling (wasm + JS + CSS, gzip; fonts and data apart), and
// neither carries the other's code or styles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILDS, measureBuild, measureApart, kb } from './sizes.mjs';

for (const name of Object.keys(BUILDS)) {
  test(`the ${name} build (wasm + JS + CSS) stays under its ceiling`, () => {
    const b = measureBuild(name);
    assert.equal(b.groups.wasm.length, 1, `${b.page} names exactly one wasm`);
    assert.equal(b.groups.js.length, 1, `${b.page} names exactly one JS glue file`);
    console.log(`# ${name}: ${kb(b.total.gzip)} gzip (ceiling ${kb(b.ceiling)})`);
    assert.ok(b.total.gzip <= b.ceiling, `${name} gzip total ${kb(b.total.gzip)} exceeds the ceiling ${kb(b.ceiling)}`);
  });
}

test('the two builds are different wasm files, and the field page has no workshop styles', () => {
  const field = measureBuild('field'), analyst = measureBuild('analyst');
  assert.notEqual(field.groups.wasm[0].file, analyst.groups.wasm[0].file);
  assert.ok(!field.groups.css.some((f) => f.file.startsWith('workshop')), 'no workshop.css in index.html');
  assert.ok(analyst.groups.css.some((f) => f.file.startsWith('workshop')), 'workshop.css in the analyst page');
});

test('every file a page names has its brotli and gzip copy beside it, and the instrument is minified', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { dist } = await import('./lib.mjs');
  const { pageFiles } = await import('./sizes.mjs');
  for (const { page } of Object.values(BUILDS)) {
    for (const f of [page, ...pageFiles(page)]) {
      for (const ext of ['.br', '.gz']) assert.ok(fs.existsSync(path.join(dist, f + ext)), `${f}${ext} in dist/`);
      // A host sends these instead of the file: each must decompress to exactly the file.
      const zlib = await import('node:zlib');
      const raw = fs.readFileSync(path.join(dist, f));
      assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(dist, f + '.gz'))).equals(raw), `${f}.gz is the file`);
      assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, f + '.br'))).equals(raw), `${f}.br is the file`);
    }
  }
  const inst = fs.readFileSync(path.join(dist, 'instrument/green-community.json'), 'utf8');
  assert.ok(!inst.includes('\n  '), 'the served instrument has no indentation');
});

test('the Thai font ships with the app, with its licence', async () => {
  const fs = await import('node:fs');
  const { fonts } = measureApart();
  assert.ok(fonts.some((f) => f.file.includes('sarabun-thai-400')), 'Sarabun Thai 400 in dist/');
  assert.ok(fs.existsSync('public/fonts/OFL-Sarabun.txt'));
});
