// Instrument 1.1 in the browser: the level rule on every card, the N/A reason, the consent step
// and characteristics in the profile, and a 1.0.0 draft whose split indicators wait "to check
// again" with their old question (never mapped to the new ones).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveDist, launch, newPage } from './lib.mjs';

// The version in use, as the results say it ("re-scored with version …"), read from the file.
const inUse = JSON.parse(fs.readFileSync(new URL('../../public/instrument/green-community.json', import.meta.url))).version;

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const editorReady = (page) => page.getByTestId('editor').waitFor({ timeout: 20000 });

async function fromLink(page, query) {
  await page.goto(server.url + '#/new?' + query);
  await editorReady(page);
  return page.evaluate(() => location.hash.split('/')[2]);
}

test('the level rule is on every card; N/A asks for a reason that reaches the results', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=fisheries&province=TH-84&site=' + encodeURIComponent('บ้านทดสอบ 1.1'));
  await page.goto(server.url + `#/a/${id}/indicators`);
  await editorReady(page);
  const rule = await page.getByTestId('level-rule-C01').innerText();
  assert.match(rule, /เลือกระดับสูงสุดที่เข้าเงื่อนไขครบทุกข้อ/);
  assert.equal(await page.getByTestId('na-reason-FI18').count(), 0, 'no reason field before N/A');
  await page.getByTestId('na-FI18').check();
  await page.getByTestId('na-reason-FI18').fill('ชุมชนอยู่ในเขตอุทยานที่ห้ามวางซั้ง');
  await page.getByTestId('na-reason-FI18').press('Tab');
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem('gca.draft.' + id)), id);
  assert.equal(stored.answers.FI18.not_applicable, true);
  assert.equal(stored.answers.FI18.na_reason, 'ชุมชนอยู่ในเขตอุทยานที่ห้ามวางซั้ง');

  await page.goto(server.url + `#/a/${id}/results`);
  await page.getByTestId('results').waitFor();
  assert.match(await page.getByTestId('na-reasons').innerText(), /FI18[\s\S]*ห้ามวางซั้ง/);
  assert.equal(await page.getByTestId('recheck-summary').count(), 0, 'a 1.1 draft has nothing to check again');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('consent and the type characteristics are ticked in the profile and shown in the results', async () => {
  const { context, page } = await newPage(browser);
  const id = await fromLink(page, 'type=rubber&province=TH-93&site=' + encodeURIComponent('สวนยางทดสอบ'));
  await page.goto(server.url + `#/a/${id}/profile`);
  await editorReady(page);
  await page.getByTestId('consent').check();
  await page.getByTestId('char-mixed').check();
  await page.getByTestId('save-status').filter({ hasText: /บันทึกแล้ว/ }).waitFor();
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem('gca.draft.' + id)), id);
  assert.equal(stored.profile.consent, true);
  assert.deepEqual(stored.profile.characteristics, ['mixed']);
  await page.goto(server.url + `#/a/${id}/results`);
  await page.getByTestId('results').waitFor();
  const text = await page.getByTestId('characteristics-summary').innerText();
  assert.match(text, /✓ พบ[\s\S]*สวนยางผสมผสาน[\s\S]*ยังไม่พบ/);
  assert.match(text, /ไม่นำไปคิดคะแนน/);
  await page.goto(server.url + `#/a/${id}/factors`);
  assert.match(await page.getByTestId('factor-kinds').innerText(), /จุดเด่น[\s\S]*ปัจจัยอุปสรรค/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a 1.0.0 draft opens with nothing lost: split indicators wait to be checked again', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(server.url + '#/');
  await page.getByTestId('drafts').waitFor({ timeout: 20000 });
  const id = '7b0d2c1e-0000-4000-8000-0000000010aa';
  await page.evaluate((id) => localStorage.setItem('gca.draft.' + id, JSON.stringify({
    id, revision: 3, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z',
    instrument: { id: 'green-community-south', version: '1.0.0', hash: 'old' },
    profile: { site_name: 'ร่างเก่า 1.0', community_type: 'fisheries', province: 'TH-84' },
    answers: { C01: { level: 3, note: 'ปลาเกือบทุกวัน' }, C03: { level: 2, note: 'ผักจากตลาด' } },
  })), id);
  // The draft is in storage before the app starts, as when a browser kept it from 1.0: leave the
  // running app first, so it cannot answer the hash change from its own (older) list of drafts.
  await page.goto('about:blank');
  await page.goto(server.url + `#/a/${id}/indicators`);
  await editorReady(page);
  assert.equal(await page.getByTestId('level-C01-3').getAttribute('aria-checked'), 'true', 'unchanged answers carry over');
  const re = await page.getByTestId('recheck-C03').innerText();
  assert.match(re, /อาหารที่คนในชุมชนกินปลอดภัย/, 'the old question is shown');
  assert.match(re, /ระดับ 2/);
  assert.match(re, /ผักจากตลาด/);
  assert.match(re, /C16, C17/);
  for (const n of [0, 1, 2, 3, 4]) {
    assert.equal(await page.getByTestId(`level-C16-${n}`).getAttribute('aria-checked'), 'false', 'never mapped to C16');
  }
  await page.goto(server.url + `#/a/${id}/results`);
  await page.getByTestId('results').waitFor();
  const summary = await page.getByTestId('recheck-summary').innerText();
  assert.ok(summary.includes(inUse), `names the version in use, ${inUse}`);
  assert.match(summary, /1\.0\.0/);
  assert.match(summary, /C03/);
  const kept = await page.evaluate((id) => JSON.parse(localStorage.getItem('gca.draft.' + id)), id);
  assert.equal(kept.answers.C03.level, 2, 'the old answer is still stored');
  assert.deepEqual(page.errors, []);
  await context.close();
});
