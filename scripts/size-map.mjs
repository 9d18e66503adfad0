// Reads twiggy's CSV of a named, optimised wasm and prints where the bytes go.
// Usage: node scripts/size-map.mjs functions.csv stripped.wasm
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [csvPath, wasmPath] = process.argv.slice(2);
const stripped = readFileSync(wasmPath);
const ratio = gzipSync(stripped, { level: 9 }).length / stripped.length;

const rows = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1).map((line) => {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; the name may hold commas.
  const parts = line.split(',');
  const size = Number(parts[parts.length - 4]);
  const name = parts.slice(0, parts.length - 4).join(',').replace(/^"|"$/g, '').replace(/\[[0-9a-f]{6,}\]/g, '');
  return { name, size };
}).filter((r) => !r.name.startsWith('custom section') && !r.name.startsWith('"') && Number.isFinite(r.size));

function layer(name) {
  if (name.startsWith('data segment')) return 'static data (text, tables, vtables)';
  if (/green_community::(ui|platform)::/.test(name)) return 'our screens (ui, platform), with the framework code made for them';
  if (/tachys|leptos|reactive_graph/.test(name)) return 'Leptos runtime (reactive graph, DOM renderer)';
  if (/green_community::/.test(name)) return 'our domain (instrument, scoring, charts, exchange, workshop), i18n, routes';
  if (/serde/.test(name)) return 'serde / serde_json';
  return 'Rust std, core, alloc, allocator, wasm-bindgen';
}
function module(name) {
  const m = name.match(/green_community::((?:ui|domain|platform|i18n)::[a-z_]+|[a-z_]+)/);
  return m ? m[1] : null;
}

const total = rows.reduce((s, r) => s + r.size, 0);
const sum = (map, key, n) => map.set(key, (map.get(key) || 0) + n);
const layers = new Map();
const modules = new Map();
for (const r of rows) {
  sum(layers, layer(r.name), r.size);
  const m = module(r.name);
  if (m) sum(modules, m, r.size);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const print = (map, limit) => [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).forEach(([k, v]) =>
  console.log(`${kb(v)} raw  ~${kb(v * ratio)} gzip  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k}`));

console.log(`wasm after wasm-opt -Oz: ${kb(stripped.length)} raw, ${kb(stripped.length * ratio)} gzip (ratio ${ratio.toFixed(3)})`);
console.log('\nby layer');
print(layers, 10);
console.log('\nby module of ours (a function is charged to the first of our modules its name mentions)');
print(modules, 30);
