import type { LeadFacts, PlanIndex, PlanTerritory, RangeTree } from '../types';
import { normaliseCode } from './lists';
import { postalKey, withoutHyphens } from './postal';
import { buildRangeTree, stabRangeTree, type RangeEntry } from './rangeTree';

/**
 * Builds the lookup over plan positions. Each territory is anchored once, by its most selective location
 * criterion — every postal pattern, else every state entry, else every country, else `always` — so a lookup
 * returns a superset of the territories that can match, never missing one.
 *
 * @example
 * buildIndex([territory({ countries: ['US'] }), territory({ postalPatterns: [{ kind: 'prefix', prefix: 'SW1' }] })]);
 * // → { always: [], byCountry: { US: [0] }, byState: {}, postalExact: {}, postalPrefix: { SW1: [1] }, postalOutward: {}, postalRanges: {} }
 */
export function buildIndex(territories: PlanTerritory[]): PlanIndex {
  const index: PlanIndex = { always: [], byCountry: {}, byState: {}, postalExact: {}, postalPrefix: {}, postalOutward: {}, postalRanges: {} };
  const rangesByLength: Record<string, RangeEntry[]> = {};
  territories.forEach((territory, position) => {
    if (territory.postalPatterns.length > 0) {
      for (const pattern of territory.postalPatterns) {
        if (pattern.kind === 'exact') addTo(index.postalExact, withoutHyphens(pattern.code), position);
        else if (pattern.kind === 'prefix') addTo(index.postalPrefix, pattern.prefix, position);
        else if (pattern.kind === 'outward') addTo(index.postalOutward, pattern.outward, position);
        else (rangesByLength[String(pattern.lo.length)] ??= []).push({ lo: pattern.lo, hi: pattern.hi, position });
      }
    } else if (territory.states.length > 0) {
      for (const entry of territory.states) addTo(index.byState, `${entry.country ?? '*'}-${entry.state}`, position);
    } else if (territory.countries.length > 0) {
      for (const country of territory.countries) addTo(index.byCountry, country, position);
    } else {
      index.always.push(position);
    }
  });
  for (const [length, entries] of Object.entries(rangesByLength)) index.postalRanges[length] = buildRangeTree(entries);
  return index;
}

/**
 * Positions of the territories that may match a lead, ascending and unique. Every territory that matches is
 * among them; the caller checks each with `checkTerritory`.
 *
 * @example
 * indexedCandidates(buildIndex(plan.territories), lead({ country: 'US', postalCode: '94105-1234' })); // → [0, 4]
 */
export function indexedCandidates(index: PlanIndex, lead: LeadFacts): number[] {
  const found = [...index.always];
  const country = normaliseCode(lead.country);
  const state = normaliseCode(lead.state);
  collect(found, index.byCountry, country);
  if (state !== '') {
    collect(found, index.byState, `${country}-${state}`);
    collect(found, index.byState, `*-${state}`);
  }
  const key = postalKey(lead.postalCode);
  if (key.code !== '') {
    collect(found, index.postalExact, key.bare);
    if (key.outward !== '') collect(found, index.postalOutward, key.outward);
    for (let length = 1; length <= key.code.length; length++) collect(found, index.postalPrefix, key.code.slice(0, length));
    for (const [length, tree] of Object.entries(index.postalRanges)) stabByLength(tree, Number(length), key.code, found);
  }
  return sortedUnique(found);
}

/** Positions arrive in ascending order per territory, so a repeat is always the last one pushed. */
function addTo(buckets: Record<string, number[]>, key: string, position: number): void {
  const bucket = (buckets[key] ??= []);
  if (bucket[bucket.length - 1] !== position) bucket.push(position);
}

function collect(found: number[], buckets: Record<string, number[]>, key: string): void {
  if (Object.hasOwn(buckets, key)) found.push(...buckets[key]!);
}

function stabByLength(tree: RangeTree, length: number, code: string, found: number[]): void {
  if (code.length >= length) stabRangeTree(tree, code.slice(0, length), found);
}

function sortedUnique(positions: number[]): number[] {
  positions.sort((a, b) => a - b);
  return positions.filter((position, i) => i === 0 || position !== positions[i - 1]);
}
