// `make size`: prints the sizes of the release build and fails when over budget.
import { measure, kb, BUDGET_GZIP } from './sizes.mjs';

const { groups, sum, total } = measure();
for (const g of ['wasm', 'js', 'css', 'fonts']) {
  console.log(`${g.padEnd(6)} raw ${kb(sum(g, 'raw')).padStart(10)}  gzip ${kb(sum(g, 'gzip')).padStart(10)}  (${groups[g].length} files)`);
}
console.log(`wasm+js+css  raw ${kb(total.raw)}  gzip ${kb(total.gzip)}  budget ${kb(BUDGET_GZIP)} gzip`);
if (total.gzip > BUDGET_GZIP) {
  console.error(`OVER BUDGET by ${kb(total.gzip - BUDGET_GZIP)}`);
  process.exit(1);
}
