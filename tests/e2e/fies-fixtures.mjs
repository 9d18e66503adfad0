// Sites with FIES households for the end-to-end tests and screenshots: generated workshop
// sites, each given 12–24 households whose number of "yes" answers depends on the site.
import { generateSites } from './workshop-fixtures.mjs';

export const CODES = ['WORRIED', 'HEALTHY', 'FEWFOOD', 'SKIPPED', 'ATELESS', 'RUNOUT', 'HUNGRY', 'WHLDAY'];

/** A household answering yes to its first `yes` items (FAO order), no to the rest. */
export function household(n, yes, dkLast = false) {
  const answers = {};
  CODES.forEach((c, i) => { answers[c] = dkLast && i === 7 ? 'dk' : i < yes ? 'yes' : 'no'; });
  return { code: `H${String(n).padStart(2, '0')}`, answers };
}

/** `n` generated sites; site i has 12 + (i*5 mod 13) households with yes counts spread by i. */
export function sitesWithHouseholds(n) {
  return generateSites(n).map((a, i) => {
    const count = 12 + ((i * 5) % 13);
    a.fies = {};
    a.fies_households = Array.from({ length: count }, (_, k) => household(k + 1, (k * (i + 1) + i) % 9, k % 11 === 10));
    return a;
  });
}
