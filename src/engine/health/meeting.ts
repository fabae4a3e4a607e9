import type { PlanTerritory, PostalPattern } from '../types';
import { withoutHyphens } from '../definition/postal';

/**
 * Which pairs of territories may share a lead, by necessary conditions only: the exact comparison (commonLead,
 * coverage) runs on the pairs left. A lead has one value per criterion, so two territories that both list a
 * criterion's values and list none in common share no lead; postal codes are compared by the first character a
 * matching code can have. With thousands of territories most pairs part here, in a few set look-ups each.
 */
interface Footprint {
  /** null: any (the criterion lists nothing, or cannot be narrowed). */
  countries: ReadonlySet<string> | null;
  states: ReadonlySet<string> | null;
  lists: readonly (ReadonlySet<string> | null)[];
  /** The first characters of the codes the territory's postal patterns match. */
  postalFirst: ReadonlySet<string> | null;
  /** Some exact pattern: its codes may also start with a hyphen, which exact codes skip. */
  exact: boolean;
  /** Some range or prefix whose codes may start with a hyphen. */
  hyphenFirst: boolean;
}

/**
 * The countries a territory's leads can be in, or null for any: its countries list, else the countries its state
 * entries name when every entry is qualified.
 */
function countriesOf(territory: PlanTerritory): ReadonlySet<string> | null {
  if (territory.countries.length > 0) return new Set(territory.countries);
  if (territory.states.length > 0 && territory.states.every((entry) => entry.country !== null)) {
    return new Set(territory.states.map((entry) => entry.country!));
  }
  return null;
}

const orAny = (values: readonly string[]): ReadonlySet<string> | null => (values.length === 0 ? null : new Set(values));

/** The characters from `low` to `high`, inclusive. */
function characters(low: string, high: string): string[] {
  const found: string[] = [];
  for (let code = low.charCodeAt(0); code <= high.charCodeAt(0); code++) found.push(String.fromCharCode(code));
  return found;
}

function firstCharacters(pattern: PostalPattern): string[] {
  switch (pattern.kind) {
    case 'range':
      return characters(pattern.lo[0] ?? '', pattern.hi[0] ?? '');
    case 'prefix':
      return pattern.prefix === '' ? [] : [pattern.prefix[0]!];
    case 'outward':
      return pattern.outward === '' ? [] : [pattern.outward[0]!];
    case 'exact':
      return withoutHyphens(pattern.code).slice(0, 1).split('').filter((character) => character !== '');
  }
}

function footprintOf(territory: PlanTerritory): Footprint {
  const patterns = territory.postalPatterns;
  const anyPostal = patterns.length === 0 || patterns.some((pattern) => firstCharacters(pattern).length === 0 && pattern.kind !== 'exact');
  const first = new Set(patterns.flatMap(firstCharacters));
  return {
    countries: countriesOf(territory),
    states: orAny(territory.states.map((entry) => entry.state)),
    lists: [orAny(territory.leadSources), orAny(territory.categories), orAny(territory.subsidiaries)],
    postalFirst: anyPostal ? null : first,
    exact: patterns.some((pattern) => pattern.kind === 'exact'),
    hyphenFirst: patterns.some((pattern) => pattern.kind !== 'exact' && firstCharacters(pattern).includes('-')),
  };
}

function meets(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) return true;
  return false;
}

function mayMeet(a: Footprint, b: Footprint): boolean {
  if (!meets(a.countries, b.countries) || !meets(a.states, b.states)) return false;
  if (!a.lists.every((list, index) => meets(list, b.lists[index]!))) return false;
  return meets(a.postalFirst, b.postalFirst) || (a.exact && b.hyphenFirst) || (b.exact && a.hyphenFirst);
}

/** Positions filed under keys, and those filed under none, which every look-up finds. */
interface Buckets {
  anywhere: number[];
  byKey: Map<string, number[]>;
}

function bucketsOf(footprints: readonly Footprint[], keysOf: (footprint: Footprint) => Iterable<string> | null): Buckets {
  const buckets: Buckets = { anywhere: [], byKey: new Map() };
  footprints.forEach((footprint, position) => {
    const keys = keysOf(footprint);
    if (keys === null) buckets.anywhere.push(position);
    else {
      for (const key of keys) {
        const bucket = buckets.byKey.get(key);
        if (bucket === undefined) buckets.byKey.set(key, [position]);
        else bucket.push(position);
      }
    }
  });
  return buckets;
}

function lookUp(buckets: Buckets, keys: Iterable<string>): number[] {
  return [...buckets.anywhere, ...[...keys].flatMap((key) => buckets.byKey.get(key) ?? [])];
}

/** Filed under exact codes, which may start with a hyphen that a range or prefix reads. */
const EXACT = '#exact';

/**
 * For each territory, the positions of the other territories that may share a lead with it, ascending. Candidates
 * come from an index by the first character of postal codes, else by country (territories open there are
 * everyone's candidates), then each pair is tested.
 *
 * @example
 * possibleNeighbours([usWest, germany, usZip94]); // → [[2], [], [0]]
 */
export function possibleNeighbours(territories: readonly PlanTerritory[]): number[][] {
  const footprints = territories.map(footprintOf);
  const byCountry = bucketsOf(footprints, (footprint) => footprint.countries);
  const byPostal = bucketsOf(footprints, (footprint) => (footprint.postalFirst === null ? null : [...footprint.postalFirst, ...(footprint.exact ? [EXACT] : [])]));
  const near: number[][] = territories.map(() => []);
  // Each pair is tested once, from its earlier territory; `seenBy` skips a candidate two buckets both hold.
  const seenBy = new Int32Array(territories.length).fill(-1);
  footprints.forEach((footprint, position) => {
    const candidates = footprint.postalFirst !== null
      ? lookUp(byPostal, [...footprint.postalFirst, ...(footprint.exact ? ['-'] : []), ...(footprint.hyphenFirst ? [EXACT] : [])])
      : footprint.countries !== null ? lookUp(byCountry, footprint.countries) : territories.keys();
    for (const other of candidates) {
      if (other <= position || seenBy[other] === position) continue;
      seenBy[other] = position;
      if (!mayMeet(footprint, footprints[other]!)) continue;
      near[position]!.push(other);
      near[other]!.push(position);
    }
  });
  return near.map((positions) => positions.sort((a, b) => a - b));
}
