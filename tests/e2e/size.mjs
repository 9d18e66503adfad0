// `make size`: prints the sizes of each build of the release dist/ and exits 1 when a build is
// over its ceiling. Fonts and data files are listed apart.
import { BUILDS, measureBuild, measureApart, kb } from './sizes.mjs';

let over = false;
for (const name of Object.keys(BUILDS)) {
  const b = measureBuild(name);
  console.log(`== ${name} build (${b.page})`);
  for (const [g, files] of Object.entries(b.groups)) {
    for (const f of files) console.log(`  ${g.padEnd(5)} ${f.file.padEnd(48)} raw ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
  }
  const ok = b.total.gzip <= b.ceiling;
  console.log(`  wasm+js+css raw ${kb(b.total.raw)}  gzip ${kb(b.total.gzip)}  ceiling ${kb(b.ceiling)}  ${ok ? 'OK' : 'OVER by ' + kb(b.total.gzip - b.ceiling)}`);
  console.log(`  as precompressed in dist/: .gz (zopfli) ${kb(b.total.gz)}, .br ${kb(b.total.br)}`);
  if (!ok) over = true;
}
const { fonts, data } = measureApart();
for (const [title, list] of [['fonts', fonts], ['data', data]]) {
  const raw = list.reduce((a, x) => a + x.raw, 0), gz = list.reduce((a, x) => a + x.gzip, 0);
  console.log(`== ${title} (apart, not in the budgets): ${list.length} files, raw ${kb(raw)}, gzip ${kb(gz)}`);
  for (const f of list) console.log(`  ${f.file.padEnd(52)} raw ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
}
if (over) process.exit(1);
