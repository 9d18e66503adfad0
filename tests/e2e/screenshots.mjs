// `make screenshots`: every screen at 390 px and 1920 px, in Thai and English, into screenshots/.
// Usage: node tests/e2e/screenshots.mjs [name=hash ...]   (defaults to every screen)
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, ready, root, forEachView, ANALYST_PAGE } from './lib.mjs';

const defaults = {
  drafts: '#/',
  about: '#/about',
  'example-profile': '#/a/00000000-0000-4000-8000-000000000002/profile',
  'example-indicators': '#/a/00000000-0000-4000-8000-000000000002/indicators',
  'example-fies': '#/a/00000000-0000-4000-8000-000000000002/fies',
  'example-toolset': '#/a/00000000-0000-4000-8000-000000000002/toolset',
  'example-factors': '#/a/00000000-0000-4000-8000-000000000002/factors',
  'example-network': '#/a/00000000-0000-4000-8000-000000000002/network',
  'example-results': '#/a/00000000-0000-4000-8000-000000000002/results',
  workshop: ANALYST_PAGE + '#/workshop',
};
const args = process.argv.slice(2);
const shots = args.length ? Object.fromEntries(args.map((a) => a.split('='))) : defaults;
const out = path.join(root, 'screenshots');
fs.mkdirSync(out, { recursive: true });

const server = await serveDist(process.env.DIST || undefined);
const browser = await launch();
await forEachView(browser, server.url, async (page, { width, lang }) => {
  for (const [name, hash] of Object.entries(shots)) {
    await page.goto(server.url + hash);
    await page.reload();
    await ready(page);
    await page.waitForTimeout(300);
    const file = path.join(out, `${name}-${width}-${lang}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
  }
});
await browser.close();
await server.close();
