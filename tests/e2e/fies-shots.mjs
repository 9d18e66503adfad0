// Screenshots of household FIES: the form at 390 px, the results block, the workshop card and
// the projected slide, in Thai and English, into screenshots/fies-*.png.
// Usage: node tests/e2e/fies-shots.mjs
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, newPage, ready, root, ANALYST_PAGE } from './lib.mjs';
import { sitesWithHouseholds } from './fies-fixtures.mjs';

const out = path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });
const sites = sitesWithHouseholds(12);
sites[0].profile.site_name = 'ชุมชนประมงพื้นบ้านบ้านแหลมสนอ่อน ตำบลบ่อยาง อำเภอเมืองสงขลา';
const imported = JSON.stringify({ format: 'green-community-assessment', format_version: 2, assessments: sites });
const server = await serveDist();
const browser = await launch();
const shot = async (loc, name) => { const f = path.join(out, name); await loc.screenshot({ path: f }); console.log(f); };
for (const lang of ['th', 'en']) {
  for (const width of [390, 1920]) {
    const { context, page } = await newPage(browser, { width, height: width < 800 ? 844 : 1080 });
    await page.goto(server.url);
    await ready(page);
    await page.evaluate(([l, a, c, imp]) => {
      localStorage.setItem('gca.lang', l);
      localStorage.setItem('gca.draft.' + a.id, JSON.stringify(a));
      localStorage.setItem('gca.workshop', JSON.stringify({ chosen: c, weights: {}, anonymous: false, sort: 'overall' }));
      localStorage.setItem('gca.workshop.imported', imp);
    }, [lang, sites[0], sites.map((a) => a.id), imported]);
    await page.goto(server.url + `#/a/${sites[0].id}/fies`);
    await page.reload();
    await page.getByTestId('fies-grid').waitFor({ timeout: 20000 });
    await page.screenshot({ path: path.join(out, `fies-form-${width}-${lang}.png`), fullPage: width < 800 });
    await page.goto(server.url + `#/a/${sites[0].id}/results`);
    await page.getByTestId('fies-summary').waitFor({ timeout: 20000 });
    await shot(page.getByTestId('fies-summary'), `fies-results-${width}-${lang}.png`);
    await page.goto(server.url + `#/a/00000000-0000-4000-8000-000000000002/results`);
    await page.getByTestId('fies-summary').waitFor({ timeout: 20000 });
    await shot(page.getByTestId('fies-summary'), `fies-results-example-${width}-${lang}.png`);
    await page.goto(server.url + ANALYST_PAGE + '#/workshop');
    await page.getByTestId('workshop-fies').waitFor({ timeout: 20000 });
    await shot(page.getByTestId('workshop-fies'), `fies-workshop-${width}-${lang}.png`);
    if (width === 1920) {
      await page.goto(server.url + ANALYST_PAGE + '#/present');
      await page.getByTestId('present').waitFor();
      const total = Number((await page.getByTestId('progress').innerText()).split('/')[1]);
      for (let i = 1; i <= total; i++) {
        if (await page.locator('.fies-stack').count()) { await page.waitForTimeout(200); await page.screenshot({ path: path.join(out, `fies-slide-${lang}.png`) }); console.log('slide', i); break; }
        await page.keyboard.press('ArrowRight');
      }
    }
    if (page.errors.length) console.error('page errors:', page.errors);
    await context.close();
  }
}
await browser.close();
await server.close();
