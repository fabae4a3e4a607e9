import type { PlanTerritory, PostalPattern } from '../types';
import { withoutHyphens } from '../definition/postal';

/** The first characters of every code a range or prefix accepts lie between `lo` and `hi`; null for other kinds. */
function leadingBounds(pattern: PostalPattern): { lo: string; hi: string } | null {
  if (pattern.kind === 'range') return pattern;
  return pattern.kind === 'prefix' ? { lo: pattern.prefix, hi: pattern.prefix } : null;
}

/**
 * Whether a code whose hyphens removed is `bare` can start with `length` characters between `bounds` (as long). Such
 * a code is `bare` with hyphens anywhere, so its start is spelt character by character: a hyphen or the next
 * character of `bare`, while the start read so far can still fall between the bounds.
 */
function exactCanStartBetween(bare: string, bounds: { lo: string; hi: string }): boolean {
  const length = bounds.lo.length;
  const grow = (start: string, used: number): boolean => {
    if (start < bounds.lo.slice(0, start.length) || start > bounds.hi.slice(0, start.length)) return false;
    if (start.length === length) return true;
    return grow(`${start}-`, used) || (used < bare.length && grow(start + bare[used]!, used + 1));
  };
  return grow('', 0);
}

/** Whether an exact code (compared without hyphens) and another pattern may accept one code. */
function exactMayMeet(code: string, other: PostalPattern): boolean {
  const bare = withoutHyphens(code);
  if (bare === '') return false;
  switch (other.kind) {
    case 'exact':
      return withoutHyphens(other.code) === bare;
    case 'prefix':
      // A code starting with the prefix continues with the rest of the exact code.
      return bare.startsWith(withoutHyphens(other.prefix));
    case 'range':
      return exactCanStartBetween(bare, other);
    case 'outward':
      return true;
  }
}

/**
 * Whether two patterns may accept one code: false only when no code can match both. Ranges and prefixes part when the
 * first characters both read fall apart; an exact code is spelt with hyphens anywhere against them; outward codes
 * part from each other only.
 */
function patternsMayMeet(a: PostalPattern, b: PostalPattern): boolean {
  if (a.kind === 'exact') return exactMayMeet(a.code, b);
  if (b.kind === 'exact') return exactMayMeet(b.code, a);
  if (a.kind === 'outward' && b.kind === 'outward') return a.outward === b.outward;
  const [x, y] = [leadingBounds(a), leadingBounds(b)];
  if (x === null || y === null) return true;
  const length = Math.min(x.lo.length, y.lo.length);
  return x.lo.slice(0, length) <= y.hi.slice(0, length) && y.lo.slice(0, length) <= x.hi.slice(0, length);
}

/**
 * Whether two territories' postal criteria may accept one code: either sets none, or some pair of their patterns may.
 * A necessary condition only (the exact comparison decides), but it parts most pairs of postal territories.
 *
 * @example
 * postalCodesMayMeet(zip94000to94499, zip94500to94999); // → false
 */
export function postalCodesMayMeet(a: PlanTerritory, b: PlanTerritory): boolean {
  if (a.postalPatterns.length === 0 || b.postalPatterns.length === 0) return true;
  return a.postalPatterns.some((one) => b.postalPatterns.some((other) => patternsMayMeet(one, other)));
}
