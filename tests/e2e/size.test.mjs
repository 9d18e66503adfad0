// The release build stays under the size budget (wasm + JS + CSS, gzip, fonts excluded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, kb, BUDGET_GZIP } from './sizes.mjs';

test('wasm + JS + CSS of the release build are under 300 KB gzip', () => {
  const { total, groups } = measure();
  assert.ok(groups.wasm.length === 1, 'exactly one wasm file in dist/');
  assert.ok(total.gzip <= BUDGET_GZIP, `gzip total ${kb(total.gzip)} exceeds ${kb(BUDGET_GZIP)}`);
});

test('the Thai font ships with the app, with its licence', async () => {
  const fs = await import('node:fs');
  const { groups } = measure();
  assert.ok(groups.fonts.some((f) => f.file.includes('sarabun-thai-400')), 'Sarabun Thai 400 in dist/');
  assert.ok(fs.existsSync('public/fonts/OFL-Sarabun.txt'));
});
