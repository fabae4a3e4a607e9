import type { LeadFacts, PlanTerritory, PostalPattern } from '../types';
import { normaliseCode } from './lists';
import { postalKey, withoutHyphens } from './postal';

/**
 * Where a territory is kept in the stored plan, and which part a lead reads: a bucket is named `country:prefix`, a
 * country code (or `*`: the territory names no country) and the first one to three characters of a postal code (or
 * `*`: the territory sets no postal code, or a range too wide to list). A territory that sets no postal code but
 * states is placed by its states instead: `US:#CA` (it can match only a lead of one of them). A territory sits in
 * every bucket it can match a lead of, under the longest prefix its patterns pin down; a lead reads its country and
 * `*`, each by every prefix of its code (with and without hyphens) up to that length, by its state and by `*`, so
 * whatever bucket a matching territory sits in, the lead reads it.
 */
export const ANY = '*';
/** Marks a state in a bucket's name (`US:#CA`); no postal code starts with it. */
const STATE = '#';

/** The longest prefix a bucket is named by: at 25,000 territories a bucket holds a few dozen. */
const PREFIX_LENGTH = 3;
/** A range that pins no longer prefix is filed under each of its next characters when they are this few. */
const MAX_RANGE_BUCKETS = 10;
/** The characters postal patterns are made of, in the order strings compare (SPEC §3.2 allows these). */
const POSTAL_CHARACTERS = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The buckets a territory sits in: each country it can match × each prefix its postal codes can have.
 *
 * @example
 * territoryBuckets(territory({ countries: ['US'], postalPatterns: [{ kind: 'range', lo: '94000', hi: '95999' }] })); // ['US:94', 'US:95']
 * territoryBuckets(territory({ states: [{ country: null, state: 'CA' }] })); // ['*:#CA']
 */
export function territoryBuckets(territory: PlanTerritory): string[] {
  const countries = territoryCountries(territory);
  const prefixes =
    territory.postalPatterns.length > 0
      ? unique(territory.postalPatterns.flatMap(patternPrefixes))
      : territory.states.length > 0
        ? unique(territory.states.map((entry) => STATE + entry.state))
        : [ANY];
  return countries.flatMap((country) => prefixes.map((prefix) => bucketName(country, prefix)));
}

/**
 * The buckets that hold every territory that can match this lead.
 *
 * @example
 * leadBuckets(lead({ country: 'us', state: 'ca', postalCode: '94105' })); // ['US:9', 'US:94', 'US:941', 'US:*', 'US:#CA', '*:9', …, '*:#CA']
 */
export function leadBuckets(lead: LeadFacts): string[] {
  const country = normaliseCode(lead.country);
  const key = postalKey(lead.postalCode);
  const prefixes: string[] = [];
  for (const code of unique([key.code, key.bare])) {
    for (let length = 1; length <= Math.min(PREFIX_LENGTH, code.length); length++) prefixes.push(code.slice(0, length));
  }
  const names = unique(prefixes).concat(ANY);
  const state = normaliseCode(lead.state);
  // A territory placed by its states can match only a lead of one of them: a lead without a state reads none.
  if (state !== '') names.push(STATE + state);
  const countries = country === '' ? [ANY] : [country, ANY];
  return countries.flatMap((name) => names.map((prefix) => bucketName(name, prefix)));
}

function bucketName(country: string, prefix: string): string {
  return `${country}:${prefix}`;
}

/** A territory that names countries matches only them; one whose states all name their country, only those. */
function territoryCountries(territory: PlanTerritory): string[] {
  if (territory.countries.length > 0) return territory.countries;
  if (territory.states.length > 0 && territory.states.every((entry) => entry.country !== null)) return unique(territory.states.map((entry) => entry.country!));
  return [ANY];
}

/** The prefixes of the codes a pattern matches (exact patterns compare without hyphens). */
function patternPrefixes(pattern: PostalPattern): string[] {
  switch (pattern.kind) {
    case 'exact':
      return [withoutHyphens(pattern.code).slice(0, PREFIX_LENGTH)];
    case 'prefix':
      return [pattern.prefix.slice(0, PREFIX_LENGTH)];
    // A lead's outward part starts its code (hyphens kept), so the outward code's first characters are the code's.
    case 'outward':
      return [pattern.outward.slice(0, PREFIX_LENGTH)];
    case 'range':
      return rangePrefixes(pattern.lo, pattern.hi);
  }
}

/**
 * Where a range is filed: under the prefix its bounds share, or, when the next characters of its codes are few,
 * under each of them (codes compare as strings, so a code of the range starts with the shared prefix and a next
 * character between the bounds' next characters).
 */
function rangePrefixes(lo: string, hi: string): string[] {
  let shared = 0;
  while (shared < Math.min(PREFIX_LENGTH, lo.length) && lo.charAt(shared) === hi.charAt(shared)) shared++;
  const head = lo.slice(0, shared);
  if (shared < Math.min(PREFIX_LENGTH, lo.length)) {
    const from = POSTAL_CHARACTERS.indexOf(lo.charAt(shared));
    const to = POSTAL_CHARACTERS.indexOf(hi.charAt(shared));
    if (from >= 0 && to >= from && to - from < MAX_RANGE_BUCKETS) return [...POSTAL_CHARACTERS.slice(from, to + 1)].map((next) => head + next);
  }
  return [head === '' ? ANY : head];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
