import type { PostalPattern } from '../types';
import type { Parsed } from './parsed';

const ALLOWED = /^[A-Z0-9*-]*$/;
const HAS_LETTER_OR_DIGIT = /[A-Z0-9]/;

/** A lead's postal code in the two forms patterns compare against (SPEC §3.2). */
export interface PostalKey {
  /** Upper case, white space removed, hyphens kept: what ranges and prefixes read. */
  code: string;
  /** `code` without hyphens: what exact patterns compare with. */
  bare: string;
  /**
   * The UK outward part outward-code patterns compare with: the text before the code's first space, else all but its
   * last three characters (the inward part); upper case. '' when the code has no such part.
   */
  outward: string;
}

/** An outward-code pattern: a space right before its closing `*` (`N1 *`). */
const OUTWARD_PATTERN = /\s\*$/;

/**
 * Upper-cases a postal code or pattern and removes its white space.
 *
 * @example
 * normalisePostal(' sw1a 1aa '); // → 'SW1A1AA'
 */
export function normalisePostal(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * Removes hyphens, the separator exact patterns ignore.
 *
 * @example
 * withoutHyphens('94105-1234'); // → '941051234'
 */
export function withoutHyphens(text: string): string {
  return text.replace(/-/g, '');
}

/**
 * The forms of a lead's postal code that patterns compare with.
 *
 * @example
 * postalKey('94105-1234'); // → { code: '94105-1234', bare: '941051234', outward: '94105-1' }
 * postalKey('n1 7ab');     // → { code: 'N17AB', bare: 'N17AB', outward: 'N1' }
 */
export function postalKey(postalCode: string): PostalKey {
  const code = normalisePostal(postalCode);
  return { code, bare: withoutHyphens(code), outward: outwardPart(postalCode) };
}

/**
 * The outward part of a postal code as typed (SPEC §3.2): the text before its first space, or, when it has none, all
 * but its last three characters. A code too short to hold an inward part (`N1`) has none ('').
 *
 * @example
 * outwardPart(' N1 7AB'); // → 'N1'
 * outwardPart('N17AB');   // → 'N1'
 * outwardPart('N1');      // → ''
 */
export function outwardPart(postalCode: string): string {
  const trimmed = postalCode.trim().toUpperCase();
  const space = trimmed.search(/\s/);
  return space === -1 ? trimmed.slice(0, Math.max(0, trimmed.length - 3)) : trimmed.slice(0, space);
}

/**
 * Parses one postal-code pattern (SPEC §3.2): `LO-HI` range (one hyphen, both sides of equal length),
 * `ABC*` prefix, `N1 *` outward code (a space right before the `*`), or an exact code. Any other hyphenated text (`1-2-3`, `SW1A-1AA`) is an exact code,
 * compared with hyphens removed, because postal codes legitimately carry hyphens that are not ranges.
 *
 * @example
 * parsePostalPattern('94000 - 94999'); // → { ok: true, value: { kind: 'range', lo: '94000', hi: '94999' } }
 * parsePostalPattern('sw1*');          // → { ok: true, value: { kind: 'prefix', prefix: 'SW1' } }
 * parsePostalPattern('n1 *');          // → { ok: true, value: { kind: 'outward', outward: 'N1' } }
 * parsePostalPattern('SW1A 1AA');      // → { ok: true, value: { kind: 'exact', code: 'SW1A1AA' } }
 */
export function parsePostalPattern(entry: string): Parsed<PostalPattern> {
  const text = normalisePostal(entry);
  if (!ALLOWED.test(text)) return refuse('may contain only letters, digits, spaces, "-" and "*"');
  if (text === '*') return refuse('is a lone "*", which would match every code: leave the field empty to accept any code');
  const star = text.indexOf('*');
  if (star !== -1 && star !== text.length - 1) return refuse('has a "*" before its end: "*" may only end a prefix, as in SW1*');
  const core = star === -1 ? text : text.slice(0, -1);
  if (!HAS_LETTER_OR_DIGIT.test(core)) return refuse('has no letters or digits');
  if (star !== -1 && OUTWARD_PATTERN.test(entry.trim())) return { ok: true, value: { kind: 'outward', outward: core } };
  if (star !== -1) return { ok: true, value: { kind: 'prefix', prefix: core } };

  const sides = text.split('-');
  const [lo = '', hi = ''] = sides;
  if (sides.length === 2 && lo !== '' && lo.length === hi.length) {
    if (lo > hi) return refuse(`is a range that runs backwards: "${lo}" comes after "${hi}"`);
    return { ok: true, value: { kind: 'range', lo, hi } };
  }
  return { ok: true, value: { kind: 'exact', code: text } };
}

/**
 * A compiled pattern as an administrator writes it.
 *
 * @example
 * formatPostalPattern({ kind: 'prefix', prefix: 'SW1' }); // → 'SW1*'
 */
export function formatPostalPattern(pattern: PostalPattern): string {
  switch (pattern.kind) {
    case 'range':
      return `${pattern.lo}-${pattern.hi}`;
    case 'prefix':
      return `${pattern.prefix}*`;
    case 'outward':
      return `${pattern.outward} *`;
    case 'exact':
      return pattern.code;
  }
}

/**
 * Whether a pattern matches a lead's postal code. An empty code matches nothing.
 *
 * @example
 * postalPatternMatches({ kind: 'range', lo: '94000', hi: '94999' }, postalKey('94105-1234')); // → true
 * postalPatternMatches({ kind: 'range', lo: '02000', hi: '02999' }, postalKey('02134'));      // → true
 * postalPatternMatches({ kind: 'outward', outward: 'N1' }, postalKey('N17 0AP'));           // → false
 */
export function postalPatternMatches(pattern: PostalPattern, key: PostalKey): boolean {
  switch (pattern.kind) {
    case 'range': {
      const head = key.code.slice(0, pattern.lo.length);
      return head.length === pattern.lo.length && head >= pattern.lo && head <= pattern.hi;
    }
    case 'prefix':
      return key.code.startsWith(pattern.prefix);
    case 'outward':
      return key.outward === pattern.outward;
    case 'exact':
      return key.bare !== '' && key.bare === withoutHyphens(pattern.code);
  }
}

function refuse(reason: string): Parsed<PostalPattern> {
  return { ok: false, code: 'BAD_POSTAL_PATTERN', reason };
}
