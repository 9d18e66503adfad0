// The release build stays under the size budget (wasm + JS + CSS, gzip, fonts excluded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, kb, BUDGET_GZIP, CEILING_GZIP } from './sizes.mjs';

test('wasm + JS + CSS of the release build stay under the size ceiling', () => {
  const { total, groups } = measure();
  assert.ok(groups.wasm.length === 1, 'exactly one wasm file in dist/');
  if (total.gzip > BUDGET_GZIP) {
    console.log(`# size: ${kb(total.gzip)} gzip is over the ${kb(BUDGET_GZIP)} product budget (ceiling ${kb(CEILING_GZIP)})`);
  }
  assert.ok(total.gzip <= CEILING_GZIP, `gzip total ${kb(total.gzip)} exceeds the ceiling ${kb(CEILING_GZIP)}`);
});

test('the Thai font ships with the app, with its licence', async () => {
  const fs = await import('node:fs');
  const { groups } = measure();
  assert.ok(groups.fonts.some((f) => f.file.includes('sarabun-thai-400')), 'Sarabun Thai 400 in dist/');
  assert.ok(fs.existsSync('public/fonts/OFL-Sarabun.txt'));
});
