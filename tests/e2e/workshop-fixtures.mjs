// Generated workshop sites for the end-to-end test and the bench: copies of the five examples
// with new ids, names and provinces, and their levels jittered by a seeded generator.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

export const TYPES = ['rubber', 'fisheries', 'tourism', 'identity', 'watershed'];
export const PROVINCES = ['TH-80', 'TH-81', 'TH-82', 'TH-83', 'TH-84', 'TH-86', 'TH-90', 'TH-92', 'TH-94', 'TH-96'];

export function examples() {
  return TYPES.map((t) => JSON.parse(fs.readFileSync(path.join(root, 'public/examples', `${t}.json`), 'utf8')));
}

function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}

/** `n` sites: every type in turn, ten provinces in turn, names "ทดสอบ-NNN ...". */
export function generateSites(n, { seed = 7, trimText = false } = {}) {
  const base = examples();
  const rand = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = structuredClone(base[i % base.length]);
    a.id = `00000000-0000-4000-8000-${String(100000 + i).padStart(12, '0')}`;
    a.example = false;
    a.revision = 1;
    a.profile.site_name = `ทดสอบ-${String(i + 1).padStart(3, '0')} ชุมชน${['ควนรู', 'บ้านดอน', 'นาทอน', 'ทุ่งยาว', 'เขาพับ'][i % 5]}`;
    a.profile.province = PROVINCES[i % PROVINCES.length];
    for (const ans of Object.values(a.answers)) {
      if (typeof ans.level === 'number') {
        ans.level = Math.max(0, Math.min(4, ans.level + Math.round(rand() * 4 - 2)));
      }
    }
    if (trimText) {
      for (const ans of Object.values(a.answers)) ans.note = '';
      a.history = [];
    }
    // Site-specific partner so the merged network has both shared and single-site actors.
    a.network.actors.push({ id: 'gen', name: `กลุ่มทดสอบ ${i % 7}`, actor_type: 'community_org', level: 'village' });
    out.push(a);
  }
  return out;
}

export const bundle = (assessments) => JSON.stringify({
  format: 'green-community-assessment', format_version: 1, assessments,
});
