// Screenshots of the results view (issue 6): every example at 390 and 1920 px in Thai and
// English, plus the printed report as an A4 PDF (render its pages with `pdftoppm`).
// Usage: DIST=... OUT=/tmp/shots node tests/e2e/results-shots.mjs [example numbers, e.g. 1 3]
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, root, forEachView } from './lib.mjs';

const out = process.env.OUT || path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });
const which = process.argv.slice(2).length ? process.argv.slice(2) : ['1', '2', '3', '4', '5'];
const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
await forEachView(browser, server.url, async (page, { width, lang, last }) => {
  for (const n of which) {
    await page.goto(server.url + `#/a/00000000-0000-4000-8000-00000000000${n}/results`);
    await page.reload();
    await page.getByTestId('results').waitFor({ timeout: 20000 });
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(out, `results-${n}-${width}-${lang}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (last) {
      await page.emulateMedia({ media: 'print' });
      const pdf = path.join(out, `results-${n}-${lang}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      console.log(pdf);
      await page.emulateMedia({ media: 'screen' });
    }
  }
});
await browser.close();
await server.close();
