// Screenshots of every projected slide at 1920×1080 and 960×540 (the back of the room) and of
// the workshop page, with the five examples and fifteen generated sites, into screenshots/.
// Usage: DIST=/tmp/dist LANGS=th node tests/e2e/screenshots-workshop.mjs
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, newPage, ready, root, ANALYST_PAGE } from './lib.mjs';
import { examples, generateSites, bundle } from './workshop-fixtures.mjs';

const out = path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });
const langs = (process.env.LANGS || 'th').split(',');
const sizes = [[1920, 1080], [960, 540]];
const chosen = examples().map((a) => a.id);
const imported = bundle(generateSites(15));

const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
for (const lang of langs) {
  for (const [width, height] of sizes) {
    const { context, page } = await newPage(browser, { width, height });
    await page.goto(server.url);
    await ready(page);
    await page.evaluate(([l, c, imp]) => {
      localStorage.setItem('gca.lang', l);
      localStorage.setItem('gca.workshop', JSON.stringify({ chosen: c, weights: {}, anonymous: false, sort: 'overall' }));
      localStorage.setItem('gca.workshop.imported', imp);
    }, [lang, chosen, imported]);
    await page.goto(server.url + ANALYST_PAGE + '#/present');
    await page.reload();
    await page.getByTestId('present').waitFor();
    const total = Number((await page.getByTestId('progress').innerText()).split('/')[1]);
    for (let i = 1; i <= total; i++) {
      await page.waitForTimeout(100);
      const file = path.join(out, `present-${String(i).padStart(2, '0')}-${width}-${lang}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.keyboard.press('ArrowRight');
    }
    if (width === 1920) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(server.url + ANALYST_PAGE + '#/workshop');
      await page.getByTestId('workshop').waitFor();
      await page.waitForTimeout(300);
      const file = path.join(out, `workshop-1280-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    if (page.errors.length) console.error('page errors:', page.errors);
    await context.close();
  }
}
await browser.close();
await server.close();
