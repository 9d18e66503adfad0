// `make bench`, the comparison of issue 18: the field app's deep link against a SurveyJS page
// with the same questions, side by side in one Chromium, on the same slow mobile profile
// (throttle.mjs: 1.6 Mbps down, 750 Kbps up, 150 ms round trip, CPU 4x), both served compressed
// as real hosts do (.br/.gz beside each file). Runs alternate (ours, then SurveyJS) so that a
// busy machine slows both alike. Cold: an empty cache. Warm: a second visit (HTTP cache, and our
// service worker). Each until the last question is drawn and a tap on it has taken effect.
//
// The SurveyJS page is made here from the instrument: the indicators of the fisheries example's
// type (core and fisheries), each a radio group with its question, definition, five levels, an
// N/A choice and a note box, in Thai, with the same Sarabun font files; SurveyJS 2.5.38
// (survey-core, survey-js-ui, devDependencies) with its font-less theme. Not a test: figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, root } from './lib.mjs';
import { serveCompressed, throttle, loadFieldDeepLink, phoneWithDraft, kb, median } from './throttle.mjs';

const RUNS = Number(process.env.RUNS || 3);
const mods = path.join(root, 'node_modules');
const sjFiles = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  'survey-core.fontless.min.css': 'survey-core/survey-core.fontless.min.css',
};
if (!Object.values(sjFiles).every((f) => fs.existsSync(path.join(mods, f)))) {
  console.log('surveyjs comparison: survey-core and survey-js-ui are not installed (npm ci)');
  process.exit(0);
}

const example = JSON.parse(fs.readFileSync(path.join(root, 'public/examples/fisheries.json'), 'utf8'));
const inst = JSON.parse(fs.readFileSync(path.join(root, 'public/instrument/green-community.json'), 'utf8'));
const type = example.profile.community_type;
const questions = inst.indicators.filter((i) => i.applies_to.includes('core') || i.applies_to.includes(type));

/** The SurveyJS page in a folder of its own, with .gz and .br beside each file. */
function surveyFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gca-surveyjs-'));
  for (const [name, from] of Object.entries(sjFiles)) fs.copyFileSync(path.join(mods, from), path.join(dir, name));
  fs.mkdirSync(path.join(dir, 'fonts'));
  for (const f of fs.readdirSync(path.join(root, 'public/fonts'))) fs.copyFileSync(path.join(root, 'public/fonts', f), path.join(dir, 'fonts', f));
  const survey = {
    locale: 'th', showQuestionNumbers: 'off', showCompletedPage: false,
    pages: [{ name: 'indicators', elements: questions.map((q) => ({
      type: 'radiogroup', name: q.id, title: `${q.id} ${q.label.th}`, description: q.definition.th,
      choices: q.levels.map((l, n) => ({ value: n, text: `${n}: ${l.th}` })),
      showNoneItem: true, noneText: 'ไม่เกี่ยวข้องกับชุมชนนี้ (N/A)',
      showCommentArea: true, commentText: 'บันทึกหลักฐาน/ข้อสังเกต',
    })) }],
  };
  const face = (file, weight) => `@font-face{font-family:Sarabun;font-weight:${weight};font-display:swap;src:url(fonts/${file}) format("woff2")}`;
  fs.writeFileSync(path.join(dir, 'index.html'), `<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SurveyJS</title>
<link rel="preload" href="fonts/sarabun-thai-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="survey-core.fontless.min.css">
<style>${face('sarabun-thai-400-normal.woff2', 400)}${face('sarabun-thai-700-normal.woff2', 700)}${face('sarabun-latin-400-normal.woff2', 400)}${face('sarabun-latin-700-normal.woff2', 700)}
body{margin:0;--sjs-font-family:Sarabun,sans-serif}</style>
<script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script>
</head><body><div id="survey"></div>
<script>
const model = new Survey.Model(${JSON.stringify(survey)});
model.onValueChanged.add((_, o) => { document.body.dataset.changed = o.name + '=' + o.value; });
SurveyUI.renderSurvey(model, document.getElementById('survey'));
</script></body></html>`);
  // The .gz and .br beside each file, as the app's own build writes them.
  execFileSync(process.execPath, [path.join(root, 'scripts/precompress.mjs'), dir], { stdio: 'ignore' });
  return dir;
}

/** One SurveyJS load: ms from navigation start until a tap on the last question's last level took effect. */
async function loadSurvey(page, url) {
  const reqs = await throttle(page);
  await page.goto(url, { waitUntil: 'commit' });
  const last = questions[questions.length - 1].id;
  const choice = page.locator(`input[name^="${last}_"][value="4"]`).first();
  await choice.waitFor({ state: 'attached', timeout: 120000 });
  const ms = await page.evaluate((last) => new Promise((resolve) => {
    setTimeout(() => resolve(NaN), 20000);
    const obs = new MutationObserver(() => {
      if (document.body.dataset.changed === `${last}=4`) { obs.disconnect(); resolve(performance.now()); }
    });
    obs.observe(document.body, { attributes: true, attributeFilter: ['data-changed'] });
    document.querySelector(`input[name^="${last}_"][value="4"]`).click();
  }), last);
  const list = [...reqs.values()].filter((r) => r.end);
  return { ms, bytes: list.reduce((a, r) => a + (r.bytes || 0), 0) };
}

const ours = await serveCompressed();
const sjDir = surveyFolder();
const theirs = await serveCompressed(sjDir);
const browser = await launch();
const draftId = '11111111-2222-4333-8444-555555555555';
const draft = { ...example, id: draftId, example: false };
const results = { ours: { cold: [], warm: [] }, surveyjs: { cold: [], warm: [] } };

for (let i = 0; i < RUNS; i++) {
  for (const who of ['ours', 'surveyjs']) {
    const context = await phoneWithDraft(browser, draft);
    const run = who === 'ours'
      ? (p) => loadFieldDeepLink(p, `${ours.url}#/a/${draftId}/indicators`)
      : (p) => loadSurvey(p, `${theirs.url}index.html`);
    const page = await context.newPage();
    results[who].cold.push(await run(page));
    if (who === 'ours') await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
    await page.waitForTimeout(1000);
    const again = await context.newPage();
    await page.close();
    results[who].warm.push(await run(again));
    await context.close();
  }
}

const s = (x) => (x / 1000).toFixed(2) + ' s';
console.log(`side by side, ${questions.length} Thai questions (the fisheries example's indicators), slow mobile profile, ${process.env.NO_COMPRESS ? 'plain files (NO_COMPRESS)' : 'both compressed'}, ${RUNS} runs each, alternating`);
for (const phase of ['cold', 'warm']) {
  const a = results.ours[phase], b = results.surveyjs[phase];
  const ma = median(a.map((x) => x.ms)), mb = median(b.map((x) => x.ms));
  console.log(`  ${phase}: this app ${s(ma)} (${a.map((x) => s(x.ms)).join(', ')}; ${kb(median(a.map((x) => x.bytes)))}), ` +
    `SurveyJS ${s(mb)} (${b.map((x) => s(x.ms)).join(', ')}; ${kb(median(b.map((x) => x.bytes)))}): ratio ${(ma / mb).toFixed(2)} (goal 0.50 or less)`);
}
await browser.close();
await ours.close();
await theirs.close();
fs.rmSync(sjDir, { recursive: true, force: true });
