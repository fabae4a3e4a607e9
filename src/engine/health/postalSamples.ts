import type { PostalPattern } from '../types';
import { withoutHyphens } from '../definition/postal';

/**
 * Characters that stand for a gap between the characters patterns name, most readable first. Each is unchanged by
 * the normalisation leads go through (upper case, no white space), so a sample is exactly the code the matcher
 * compares. The hyphen is not among them: exact codes skip it, so it is never like its neighbours.
 */
const GAP_CHARACTERS = [
  ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).filter((c) => !/[a-z0-9A-Z-]/.test(c)),
];

/** Where one pattern stands after reading a code's first characters. */
type PatternState = string;

/** A postal code standing for its class, and the patterns it matches. */
export interface PostalClass {
  code: string;
  /** Positions in `[...focus, ...patterns]` of the patterns the code matches, ascending. */
  matching: number[];
}

/**
 * One postal code per class of codes that the given patterns tell apart, with the patterns it matches: for every set
 * of patterns that some code matches exactly (and no others), at least one of the returned codes matches exactly that
 * set. Always includes '' (no code), which matches no pattern. When `focus` patterns are given (the territory under
 * study), only codes that can match one of them are followed; with none, every class is. With `until`, the walk stops
 * at the first class it accepts (the last returned).
 *
 * Exact by construction rather than sampling: codes are read character by character while tracking, for every
 * pattern still undecided, how far it has got (a range tight against its low or high bound, a prefix or exact code
 * still being spelt, a hyphen skipped by exact codes, an outward code before or after the space that ends it). Samples
 * hold at most one space, which only outward codes read. Characters that no undecided pattern tells apart at a step are
 * represented by one of them, so every class is reached; a standing reached twice is followed once, and there are
 * finitely many. The walk knows which patterns each class matches, so a caller need not ask the territories.
 *
 * @example
 * postalClasses([{ kind: 'prefix', prefix: '94' }, { kind: 'range', lo: '940', hi: '949' }]);
 * // → [{ code: '', matching: [] }, { code: '9', matching: [] }, { code: '94', matching: [0] }, { code: '940', matching: [0, 1] }, …]
 */
export function postalClasses(patterns: readonly PostalPattern[], focus: readonly PostalPattern[] = [], until?: (found: PostalClass) => boolean): PostalClass[] {
  const compiled = [...focus, ...patterns].map(compile);
  const focused = focus.length;
  const longestPositional = Math.max(0, ...compiled.map((one) => (one.kind === 'exact' ? 0 : one.length)));
  const samples: PostalClass[] = [];
  const seen = new Set<string>();
  let stopped = false;
  const visit = (code: string, undecided: readonly number[], decidedIn: readonly number[]): void => {
    // Only outward codes read the space a sample may hold; the other patterns compare codes without white space.
    const normal = code.replace(' ', '');
    const typed = { code, normal, bare: withoutHyphens(normal) };
    const open: number[] = [];
    let states = '';
    const matched = [...decidedIn];
    // An exact code fully spelt stays open (hyphens may follow) yet matches now.
    const complete: number[] = [];
    const relevant = new Set<string>();
    let positionalOpen = false;
    let focusRead = focused === 0;
    for (const i of undecided) {
      // The focus patterns come first: once they are read, a code none of them can match is left at once.
      if (!focusRead && i >= focused) {
        if (open.length === 0 && !matched.some((pattern) => pattern < focused)) return;
        focusRead = true;
      }
      const one = compiled[i]!;
      const state = one.state(typed);
      if (!one.open(state)) {
        if (state === 'in') matched.push(i);
        continue;
      }
      open.push(i);
      states += `${i}:${state} `;
      if (one.matchesAt(state)) complete.push(i);
      for (const character of one.next(typed, state)) relevant.add(character);
      if (one.kind !== 'exact') positionalOpen = true;
    }
    if (focused > 0 && !open.some((i) => i < focused) && !matched.some((i) => i < focused)) return;
    // Codes that leave every pattern in the same place have the same future: one of them is enough.
    const key = `${states}#${[...matched].sort((a, b) => a - b).join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const found = { code, matching: [...matched, ...complete].sort((a, b) => a - b) };
    samples.push(found);
    stopped = until?.(found) ?? false;
    if (stopped || open.length === 0) return;
    // A hyphen leaves an exact code where it was: it only makes a difference while a range or prefix reads positions.
    if (!positionalOpen || typed.normal.length >= longestPositional) relevant.delete('-');
    for (const character of representatives(relevant)) if (!stopped) visit(code + character, open, matched);
  };
  visit('', compiled.map((_, i) => i), []);
  return samples;
}

/** The relevant characters themselves, and one character from each gap between them. */
function representatives(relevant: ReadonlySet<string>): string[] {
  const sorted = [...relevant].sort();
  const bounds = [undefined, ...sorted, undefined];
  const chosen = [...sorted];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const low = bounds[i];
    const high = bounds[i + 1];
    const inside = GAP_CHARACTERS.find((c) => (low === undefined || c > low) && (high === undefined || c < high));
    if (inside !== undefined) chosen.push(inside);
  }
  return chosen;
}

/**
 * A sample as a lead would type it (at most one space, never leading), as most patterns read it (no space), and as
 * exact codes read it (no hyphen either).
 */
interface SampleCode {
  code: string;
  normal: string;
  bare: string;
}

interface CompiledPattern {
  kind: PostalPattern['kind'];
  /** Characters read by a range, prefix or outward code. */
  length: number;
  /** The pattern's standing after reading a code (a short text, equal for codes the pattern cannot yet tell apart). */
  state: (sample: SampleCode) => PatternState;
  /** The next characters this pattern tells apart. */
  next: (sample: SampleCode, state: PatternState) => string[];
  /** Whether later characters can still change this pattern's answer. */
  open: (state: PatternState) => boolean;
  /** Whether a code leaving an open pattern in this state matches it now. */
  matchesAt: (state: PatternState) => boolean;
}

function compile(pattern: PostalPattern): CompiledPattern {
  switch (pattern.kind) {
    case 'range':
      return rangePattern(pattern.lo, pattern.hi);
    case 'prefix':
      return prefixPattern(pattern.prefix);
    case 'outward':
      return outwardPattern(pattern.outward);
    case 'exact':
      return exactPattern(withoutHyphens(pattern.code));
  }
}

function rangePattern(lo: string, hi: string): CompiledPattern {
  const length = lo.length;
  return {
    kind: 'range',
    length,
    state: ({ normal: code }) => {
      const head = code.slice(0, length);
      const low = lo.slice(0, head.length);
      const high = hi.slice(0, head.length);
      if (head < low || head > high) return 'out';
      if (head.length === length) return 'in';
      if (head === low || head === high) return `tight${head === low ? 'L' : ''}${head === high ? 'H' : ''}${head.length}`;
      return `need${length - head.length}`;
    },
    next: ({ normal: code }, state) => (state.startsWith('tight') ? [lo[code.length]!, hi[code.length]!] : []),
    open: (state) => state !== 'out' && state !== 'in',
    matchesAt: () => false,
  };
}

function prefixPattern(prefix: string): CompiledPattern {
  return {
    kind: 'prefix',
    length: prefix.length,
    state: ({ normal: code }) => {
      if (code.startsWith(prefix)) return 'in';
      return prefix.startsWith(code) ? `at${code.length}` : 'out';
    },
    next: ({ normal: code }, state) => (state.startsWith('at') ? [prefix[code.length]!] : []),
    open: (state) => state.startsWith('at'),
    matchesAt: () => false,
  };
}

function exactPattern(target: string): CompiledPattern {
  return {
    kind: 'exact',
    length: target.length,
    state: ({ bare }) => (target.startsWith(bare) ? `at${bare.length}` : 'out'),
    next: ({ bare }, state) => {
      if (state === 'out') return [];
      return bare.length < target.length ? [target[bare.length]!, '-'] : ['-'];
    },
    open: (state) => state !== 'out',
    matchesAt: (state) => target !== '' && state === `at${target.length}`,
  };
}

/** Characters after the outward part when a code has no space: the inward part. */
const INWARD_LENGTH = 3;

/**
 * An outward code (`N1 *`). Before any space, a code spelling the outward part stands `at` its length, and one that
 * runs past it stands in its `tail` (all but the last three characters are the outward part, so a tail of exactly
 * three matches). A space ends the outward part: after it, one more character decides (a code's trailing space is
 * trimmed, so until then the code reads as if it had none: `gap` when the outward part is spelt, `gapTail` when
 * the tail was complete).
 */
function outwardPattern(outward: string): CompiledPattern {
  const beforeSpace = (code: string): PatternState => {
    if (outward.startsWith(code)) return `at${code.length}`;
    const tail = code.length - outward.length;
    return code.startsWith(outward) && tail <= INWARD_LENGTH ? `tail${tail}` : 'out';
  };
  return {
    kind: 'outward',
    length: outward.length + INWARD_LENGTH,
    state: ({ code }) => {
      const space = code.indexOf(' ');
      if (space === -1) return beforeSpace(code);
      const before = code.slice(0, space);
      if (space < code.length - 1) return before === outward ? 'in' : 'out';
      if (before === outward) return 'gap';
      return beforeSpace(before) === `tail${INWARD_LENGTH}` ? 'gapTail' : 'out';
    },
    next: ({ code }, state) => {
      // A space tells codes apart wherever one may still come (a leading one is trimmed, so not there).
      const space = code === '' || code.includes(' ') ? [] : [' '];
      return state.startsWith('at') && code.length < outward.length ? [outward[code.length]!, ...space] : space;
    },
    open: (state) => state !== 'out' && state !== 'in',
    // A code without a space matches with exactly three characters after the outward part; a trailing space is trimmed.
    matchesAt: (state) => state === `tail${INWARD_LENGTH}` || state === 'gapTail',
  };
}
