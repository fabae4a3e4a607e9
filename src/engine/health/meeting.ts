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

/** The first characters of every code a range or prefix accepts lie between `lo` and `hi`; null for other kinds. */
function leadingBounds(pattern: PostalPattern): { lo: string; hi: string } | null {
  if (pattern.kind === 'range') return pattern;
  return pattern.kind === 'prefix' ? { lo: pattern.prefix, hi: pattern.prefix } : null;
}

/**
 * Whether two patterns may accept one code. They part when the first characters both read (codes with hyphens
 * kept) fall in ranges apart, or when two exact codes (hyphens skipped) or two outward codes differ; an exact code
 * against a range or prefix is not compared, since hyphens move the characters a range reads.
 */
function patternsMayMeet(a: PostalPattern, b: PostalPattern): boolean {
  if (a.kind === 'exact' && b.kind === 'exact') return withoutHyphens(a.code) === withoutHyphens(b.code);
  if (a.kind === 'outward' && b.kind === 'outward') return a.outward === b.outward;
  const [x, y] = [leadingBounds(a), leadingBounds(b)];
  if (x === null || y === null) return true;
  const length = Math.min(x.lo.length, y.lo.length);
  return x.lo.slice(0, length) <= y.hi.slice(0, length) && y.lo.slice(0, length) <= x.hi.slice(0, length);
}

/**
 * Whether two territories' postal criteria may accept one code: either sets none, or some pair of their patterns may.
 *
 * @example
 * postalCodesMayMeet(zip94000to94499, zip94500to94999); // → false
 */
export function postalCodesMayMeet(a: PlanTerritory, b: PlanTerritory): boolean {
  if (a.postalPatterns.length === 0 || b.postalPatterns.length === 0) return true;
  return a.postalPatterns.some((one) => b.postalPatterns.some((other) => patternsMayMeet(one, other)));
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

/**
 * For each territory, the positions of the other territories that may share a lead with it, ascending. Candidates
 * come from an index by country (territories of any country are everyone's candidates), then each pair is tested.
 *
 * @example
 * possibleNeighbours([usWest, germany, usZip94]); // → [[2], [], [0]]
 */
export function possibleNeighbours(territories: readonly PlanTerritory[]): number[][] {
  const footprints = territories.map(footprintOf);
  const anywhere: number[] = [];
  const byCountry = new Map<string, number[]>();
  footprints.forEach(({ countries }, position) => {
    if (countries === null) anywhere.push(position);
    else {
      for (const country of countries) {
        const bucket = byCountry.get(country);
        if (bucket === undefined) byCountry.set(country, [position]);
        else bucket.push(position);
      }
    }
  });
  return footprints.map((footprint, position) => {
    const candidates = footprint.countries === null ? territories.keys() : [...anywhere, ...[...footprint.countries].flatMap((country) => byCountry.get(country) ?? [])];
    const found = new Set<number>();
    for (const other of candidates) if (other !== position && !found.has(other) && mayMeet(footprint, footprints[other]!)) found.add(other);
    return [...found].sort((a, b) => a - b);
  });
}
