// Keyboard and screen-reader use: the levels as a WAI-ARIA radio group filled with the keyboard
// only, focus on the new screen's heading, the language button's name, and axe-core (WCAG 2.1
// AA) over every screen and its key states in both languages: no serious or critical finding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, ready, ANALYST_PAGE, axe } from './lib.mjs';
import { examples, generateSites, bundle } from './workshop-fixtures.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const active = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') || document.activeElement?.tagName);

/** Presses Tab until the focused element's data-testid matches `re`; fails after `max` presses. */
async function tabTo(page, re, max = 80) {
  for (let i = 0; i < max; i++) {
    const now = await active(page);
    if (now && re.test(now)) return now;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${re} (last: ${await active(page)})`);
}

const checked = (page, id) => page.getByTestId(id).getAttribute('aria-checked');

test('three indicators filled with the keyboard only (radio group: Tab in, arrows move and choose)', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/new?type=fisheries&province=TH-84&site=K');
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  const id = await page.evaluate(() => location.hash.split('/')[2]);

  // To the indicators tab and into it with Enter; focus lands on the section's heading.
  await tabTo(page, /^section-indicators$/);
  await page.keyboard.press('Enter');
  await page.getByTestId('indicator-C01').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'section-heading');

  // C01: Tab reaches level 0 (one tab stop for the group); three arrows right choose 3.
  assert.equal(await tabTo(page, /^level-C01-/), 'level-C01-0');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), 'level-C01-3');
  assert.equal(await checked(page, 'level-C01-3'), 'true');
  assert.equal(await checked(page, 'level-C01-0'), 'false');

  // C02: End chooses the last level, ArrowDown wraps round to 0, ArrowUp back to 4.
  assert.equal(await tabTo(page, /^level-C02-/), 'level-C02-0');
  await page.keyboard.press('End');
  assert.equal(await checked(page, 'level-C02-4'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await checked(page, 'level-C02-0'), 'true');
  await page.keyboard.press('ArrowUp');
  assert.equal(await checked(page, 'level-C02-4'), 'true');

  // C04: Space chooses the focused level 0, then ArrowRight, ArrowRight, ArrowLeft give 1.
  assert.equal(await tabTo(page, /^level-C04-/), 'level-C04-0');
  await page.keyboard.press('Space');
  assert.equal(await checked(page, 'level-C04-0'), 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await checked(page, 'level-C04-1'), 'true');

  // Shift+Tab back into C01's group lands on its chosen level, not on level 0.
  for (let i = 0; i < 80 && !/^level-C01-/.test(await active(page) || ''); i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await active(page), 'level-C01-3');

  // Digits are left to screen readers: they choose nothing.
  await page.keyboard.press('1');
  assert.equal(await checked(page, 'level-C01-3'), 'true');

  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem('gca.draft.' + id)), id);
  assert.deepEqual([stored.answers.C01.level, stored.answers.C02.level, stored.answers.C04.level], [3, 4, 1]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"new assessment" and a section tab put focus on the new screen\'s heading', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('drafts').waitFor();
  await tabTo(page, /^new-assessment$/);
  await page.keyboard.press('Enter');
  await page.getByTestId('editor').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'section-heading');
  assert.match(await page.getByTestId('section-heading').innerText(), /ข้อมูล|โปรไฟล์|ชุมชน/);

  await tabTo(page, /^section-toolset$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/toolset'));
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'section-heading');
  // The next Tab goes into the section, not back through the header.
  await page.keyboard.press('Tab');
  const inHeader = await page.evaluate(() => !!document.activeElement?.closest('header.topbar'));
  assert.equal(inHeader, false);
  await context.close();
});

test('the language button\'s accessible name contains its visible text (WCAG 2.5.3)', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  for (let i = 0; i < 2; i++) {
    const btn = page.getByTestId('lang-toggle');
    const visible = (await btn.innerText()).trim();
    const name = await btn.getAttribute('aria-label');
    assert.ok(name === null || name.includes(visible), `"${name}" does not contain "${visible}"`);
    await btn.click();
  }
  await context.close();
});

// ---- axe-core --------------------------------------------------------------------------------



async function setLang(page, lang) {
  await page.evaluate((l) => localStorage.setItem('gca.lang', l), lang);
  await page.reload();
  await ready(page);
}

/** The screen states axe checks in one language; each step leaves the page in a state. */
async function screenStates(page, lang) {
  const found = [];
  const check = async (label) => { await page.waitForTimeout(150); found.push(...await axe(page, `${lang} ${label}`)); };
  const long = 'บ้านทดสอบชื่อยาวมากริมทะเลสาบสงขลาหมู่ที่สิบสองตำบลเกาะใหญ่อำเภอกระแสสินธุ์';

  await page.goto(server.url + '#/');
  await setLang(page, lang);
  await page.getByTestId('drafts').waitFor();
  await check('drafts, empty');

  await page.goto(server.url + '#/new?type=fisheries&province=TH-90&site=' + encodeURIComponent(long));
  await page.getByTestId('editor').waitFor({ timeout: 20000 });
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await check('editor profile');
  await page.goto(server.url + `#/a/${id}/indicators`);
  await page.getByTestId('indicator-C01').waitFor();
  await page.getByTestId('level-C01-2').click();
  await page.getByTestId('na-C16').check();
  await page.getByTestId('level-C04-4').click();
  await check('editor indicators (answered, N/A)');
  for (const s of ['fies', 'toolset', 'factors', 'network']) {
    await page.goto(server.url + `#/a/${id}/${s}`);
    await page.getByTestId('editor').waitFor();
    await check(`editor ${s}`);
  }
  await page.goto(server.url + `#/a/${id}/results`);
  await page.waitForTimeout(300);
  await check('results');
  await page.goto(server.url + '#/');
  await page.getByTestId('draft-item').first().waitFor();
  await check('drafts, one draft');
  await page.goto(server.url + '#/new?type=fisheries&province=TH-90&site=' + encodeURIComponent(long));
  await page.waitForTimeout(500);
  await check('deep link already opened');
  await page.goto(server.url + '#/import?d=broken');
  await page.waitForTimeout(500);
  await check('import link, damaged');
  await page.goto(server.url + '#/about');
  await page.waitForTimeout(300);
  await check('about');
  await page.goto(server.url + '#/nowhere');
  await page.getByTestId('not-found').waitFor();
  await check('not found');

  // Workshop with twenty sites, then anonymised, then every projected slide.
  await page.goto(server.url + ANALYST_PAGE + '#/workshop');
  await page.getByTestId('workshop').waitFor();
  for (const a of examples()) await page.locator(`input[data-id="${a.id}"]`).check();
  await page.getByTestId('workshop-files').setInputFiles([
    { name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(bundle(generateSites(15))) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="heatmap"] [data-testid="heatmap-row"]').length === 20);
  await check('workshop, twenty sites');
  await page.getByTestId('site-code-toggle').check();
  await check('workshop, anonymised');
  await page.goto(server.url + ANALYST_PAGE + '#/present');
  await page.getByTestId('present').waitFor();
  const total = Number((await page.getByTestId('progress').innerText()).split('/')[1]);
  for (let i = 1; i <= total; i++) {
    await check(`slide ${i}/${total}`);
    await page.keyboard.press('ArrowRight');
  }
  return found;
}

for (const lang of ['th', 'en']) {
  for (const width of [390, 1440]) {
    test(`axe-core: no serious or critical WCAG 2.1 AA finding on any screen (${lang}, ${width} px)`, async () => {
      const { context, page } = await newPage(browser, { width, height: width < 800 ? 844 : 900 });
      const found = await screenStates(page, lang);
      assert.deepEqual(found, [], JSON.stringify(found, null, 1));
      await context.close();
    });
  }
}
