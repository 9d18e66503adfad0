// Screenshots of sites over time (issue 16): a follow-up's indicator cards (the previous round's
// answer, the community's level), its results (change view, gap view, site history), the A4
// report as PDF, and the workshop's change view and slide with twenty sites, seven of them
// followed up. 390 and 1920 px, Thai and English.
// Usage: DIST=... OUT=/tmp/shots node tests/e2e/rounds-shots.mjs
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, root, forEachView, ANALYST_PAGE } from './lib.mjs';
import { generateSites } from './workshop-fixtures.mjs';

const out = process.env.OUT || path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });

const base = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));
const baseline = structuredClone(base);
baseline.id = '11111111-1111-4111-8111-111111111111';
baseline.site_id = baseline.id;
baseline.round = 0;
baseline.example = false;
baseline.profile.site_name = 'ชุมชนประมงพื้นบ้านบ้านปากน้ำท่าศาลาและเครือข่ายอนุรักษ์หญ้าทะเลอ่าวทองคำ';
const followUp = structuredClone(baseline);
followUp.id = '22222222-2222-4222-8222-222222222222';
followUp.round = 1;
followUp.profile.assessment_date = '2027-06-14';
let n = 0;
for (const [id, ans] of Object.entries(followUp.answers)) {
  n++;
  if (typeof ans.level !== 'number') continue;
  if (n % 5 === 0) { delete followUp.answers[id]; continue; }
  ans.level = Math.max(0, Math.min(4, ans.level + [1, 0, -1, 1, 2][n % 5]));
  ans.community_level = Math.max(0, Math.min(4, ans.level + [0, 1, 2, -1, 0][n % 5]));
  ans.note = n % 3 ? '' : ans.note;
}

const sites = generateSites(20, { trimText: true });
const followed = [0, 2, 5, 7, 11, 13, 18].map((i, k) => {
  const a = structuredClone(sites[i]);
  a.site_id = sites[i].id;
  a.round = 1;
  a.id = `00000000-0000-4000-9000-0000000000${String(10 + k)}`;
  for (const ans of Object.values(a.answers)) {
    if (typeof ans.level === 'number') ans.level = Math.max(0, Math.min(4, ans.level + [2, 1, 0, -1, 1, 0, 1][k]));
  }
  return a;
});
const bundle = JSON.stringify({ format: 'green-community-assessment', format_version: 3, assessments: [...sites, ...followed] });

const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
await forEachView(browser, server.url, async (page, { width, lang, last }) => {
  await page.evaluate(([a, b]) => {
    localStorage.setItem(`gca.draft.${a.id}`, JSON.stringify(a));
    localStorage.setItem(`gca.draft.${b.id}`, JSON.stringify(b));
  }, [baseline, followUp]);
  const shot = async (name) => {
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(out, `rounds-${name}-${width}-${lang}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  };
  await page.goto(server.url + `#/a/${followUp.id}/indicators`);
  await page.reload();
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  await page.getByTestId('indicator-C01').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  await page.getByTestId('indicator-C01').screenshot({ path: path.join(out, `rounds-card-${width}-${lang}.png`) });
  await page.goto(server.url + `#/a/${followUp.id}/results`);
  await page.getByTestId('results').waitFor({ timeout: 20000 });
  await shot('results');
  for (const part of ['changes', 'gap']) {
    await page.getByTestId(part).screenshot({ path: path.join(out, `rounds-${part}-${width}-${lang}.png`) });
  }
  if (last) {
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(out, `rounds-report-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    console.log(pdf);
    await page.emulateMedia({ media: 'screen' });
  }
  await page.goto(server.url + '#/');
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  await shot('drafts');

  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await page.getByTestId('workshop').waitFor({ timeout: 20000 });
  await page.getByTestId('workshop-files').setInputFiles([{ name: 'rounds.json', mimeType: 'application/json', buffer: Buffer.from(bundle) }]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="workshop-change-row"]').length === 7);
  await page.evaluate(() => document.fonts.ready);
  await page.getByTestId('workshop-changes').screenshot({ path: path.join(out, `rounds-workshop-${width}-${lang}.png`) });
  if (width >= 1000) {
    await page.goto(server.url + ANALYST_PAGE + '#/present');
    await page.getByTestId('present').waitFor({ timeout: 20000 });
    for (let i = 0; i < 80; i++) {
      if ((await page.getByTestId('slide').locator('[data-testid="workshop-changes-table"]').count()) > 0) break;
      await page.getByTestId('next-slide').click();
    }
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, `rounds-slide-${lang}.png`) });
  }
});
await browser.close();
await server.close();
