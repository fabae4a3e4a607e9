// Outward codes (`N1 *`) read the space in a code, which every other pattern ignores: the samples must hold codes
// with a space where it makes the difference, or the health analysis would miss the leads only they stand for.
import type { PostalPattern } from '../../../src/engine/types';
import { parsePostalPattern, postalKey, postalPatternMatches } from '../../../src/engine/definition/postal';
import { postalClasses, type PostalClass } from '../../../src/engine/health/postalSamples';

const patterns = (...entries: string[]): PostalPattern[] =>
  entries.map((entry) => {
    const parsed = parsePostalPattern(entry);
    if (!parsed.ok) throw new Error(`${entry}: ${parsed.reason}`);
    return parsed.value;
  });

/** Which of the patterns each sample matches, as a set of signatures like '10'. */
const classes = (list: PostalPattern[]) =>
  new Set(postalClasses(list).map(({ code }) => list.map((pattern) => (postalPatternMatches(pattern, postalKey(code)) ? 1 : 0)).join('')));

describe('postal classes with outward codes', () => {
  it('tells N1 * apart from N1* and from N17 0AP', () => {
    // Codes in district N1 (both), in N10–N19 (the prefix alone), elsewhere (neither).
    expect(classes(patterns('N1 *', 'N1*'))).toEqual(new Set(['11', '01', '00']));
  });

  it('finds the code only a space makes: A 0000 is in outward code A and is the exact code A0000', () => {
    // Without a space the outward part is all but three characters, so A0000 (and A-0000) is in outward code A0.
    expect(classes(patterns('A *', 'A0000'))).toContain('11');
  });

  it('finds the code only a missing space makes: A0BC is in outward code A and is not A0', () => {
    expect(classes(patterns('A *', 'A0'))).toEqual(new Set(['11', '10', '01', '00']));
  });

  it('follows only the codes a focus pattern can match', () => {
    const samples = postalClasses(patterns('B1*'), patterns('N1 *')).map(({ code }) => code);
    expect(samples.some((code) => postalPatternMatches(patterns('N1 *')[0]!, postalKey(code)))).toBe(true);
    expect(samples.every((code) => code === '' || 'N1'.startsWith(code.slice(0, 2)) || code.startsWith('N1'))).toBe(true);
  });

  it('stops at the first class `until` accepts: the one the whole walk finds first', () => {
    const list = patterns('N1 *', 'N1*', 'N17AB');
    const matchesTwo = (found: PostalClass) => found.matching.length === 2;
    const whole = postalClasses(list);
    const stopped = postalClasses(list, [], matchesTwo);
    expect(stopped.at(-1)).toEqual(whole.find(matchesTwo));
    expect(stopped).toEqual(whole.slice(0, stopped.length));
    expect(stopped.length).toBeLessThan(whole.length);
  });
});
