// Post-build step (run by scripts/build-analyst.sh on trunk's staging folder): puts the page
// shown until the app starts (public/boot.html) in place of the empty `<div id="boot"></div>`
// of each page, so that index.html and workshop.html share one copy of it.
// Usage: node scripts/boot-page.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node scripts/boot-page.mjs <dist folder>');
  process.exit(2);
}
const fragment = fs.readFileSync(new URL('../public/boot.html', import.meta.url), 'utf8').trim();
// trunk's HTML minifier may drop the quotes: <div id=boot></div>.
const placeholder = /<div id=["']?boot["']?\s*><\/div>/;
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const file = path.join(dir, name);
  const html = fs.readFileSync(file, 'utf8');
  if (!placeholder.test(html)) continue;
  fs.writeFileSync(file, html.replace(placeholder, () => fragment));
  console.log(`boot-page: ${name}`);
}
