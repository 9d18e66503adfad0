// Screenshots of the results view (issue 6): every example at 390 and 1920 px in Thai and
// English, plus the printed report as an A4 PDF (render its pages with `pdftoppm`).
// Usage: DIST=... OUT=/tmp/shots node tests/e2e/results-shots.mjs [example numbers, e.g. 1 3]
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, newPage, ready, root } from './lib.mjs';

const out = process.env.OUT || path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });
const which = process.argv.slice(2).length ? process.argv.slice(2) : ['1', '2', '3', '4', '5'];
const widths = (process.env.WIDTHS || '390,1920').split(',').map(Number);
const langs = (process.env.LANGS || 'th,en').split(',');
const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
for (const lang of langs) {
  for (const width of widths) {
    const { context, page } = await newPage(browser, { width, height: width < 800 ? 844 : 1080 });
    await page.goto(server.url);
    await ready(page);
    await page.evaluate((l) => localStorage.setItem('gca.lang', l), lang);
    for (const n of which) {
      await page.goto(server.url + `#/a/00000000-0000-4000-8000-00000000000${n}/results`);
      await page.reload();
      await page.getByTestId('results').waitFor({ timeout: 20000 });
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(out, `results-${n}-${width}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      if (width === widths[widths.length - 1]) {
        await page.emulateMedia({ media: 'print' });
        const pdf = path.join(out, `results-${n}-${lang}.pdf`);
        await page.pdf({ path: pdf, format: 'A4', printBackground: true });
        console.log(pdf);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    if (page.errors.length) console.error('page errors:', page.errors);
    await context.close();
  }
}
await browser.close();
await server.close();
