// Where the field app's deep link spends its main thread: a CPU profile (CDP Profiler) of
// `#/a/<id>/indicators` at CPU 4x, self time summed by function, top 40 (TOP=), averaged over
// RUNS= loads. NAMED=1 profiles the wasm that `scripts/size-map.sh field` left in
// target/size-map (the same code with its function names) in a copy of dist/; without it the
// wasm's functions show as numbers. Not a test: figures for docs/performance.md.
// Usage: [NAMED=1] node tests/e2e/profile-deeplink.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dist, launch, root, serveDist } from './lib.mjs';

/** A copy of dist/ whose field wasm and JS glue are the named ones of target/size-map. */
function namedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gca-profile-'));
  fs.cpSync(dist, dir, { recursive: true });
  const wasm = fs.readdirSync(dir).find((f) => /^green-community-[0-9a-f]+_bg\.wasm$/.test(f));
  fs.copyFileSync(path.join(root, 'target/size-map/named.wasm'), path.join(dir, wasm));
  fs.copyFileSync(path.join(root, 'target/size-map/bindgen/green-community.js'), path.join(dir, wasm.replace('_bg.wasm', '.js')));
  // The copies differ from what trunk hashed; no service worker serves old files.
  const page = path.join(dir, 'index.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/ integrity="[^"]*"/g, ''));
  fs.rmSync(path.join(dir, 'sw.js'), { force: true });
  return dir;
}

const dir = process.env.NAMED ? namedCopy() : dist;
const server = await serveDist(dir);
const browser = await launch();
const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));
const id = '11111111-2222-4333-8444-555555555555';
const totals = new Map();
const runs = Number(process.env.RUNS || 3);
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url + '#/about');
  await page.evaluate(([id, d]) => { localStorage.clear(); localStorage.setItem('gca.draft.' + id, JSON.stringify(d)); }, [id, { ...example, id, example: false }]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(server.url + 'index.html?r=' + i + '#/a/' + id + '/indicators');
  await page.locator('[data-testid^="indicator-"]').last().waitFor();
  await page.getByTestId('overall-score').waitFor();
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const wall = Date.now() - t0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((s, k) => {
    const n = byId.get(s); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
    totals.set(name, (totals.get(name) || 0) + (dt[k + 1] || 0) / 1000 / runs);
  });
  console.log(`run ${i + 1}: ${wall} ms wall until the last card`);
  await page.close();
}
const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 40));
for (const [name, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
await browser.close();
await server.close();
if (dir !== dist) fs.rmSync(dir, { recursive: true, force: true });
