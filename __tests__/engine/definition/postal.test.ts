import type { PostalPattern } from '../../../src/engine/types';
import { formatPostalPattern, outwardPart, parsePostalPattern, postalKey, postalPatternMatches } from '../../../src/engine/definition/postal';

function pattern(entry: string): PostalPattern {
  const parsed = parsePostalPattern(entry);
  if (!parsed.ok) throw new Error(`test pattern ${entry} does not parse: ${parsed.reason}`);
  return parsed.value;
}

function matches(entry: string, code: string): boolean {
  return postalPatternMatches(pattern(entry), postalKey(code));
}

describe('parsePostalPattern', () => {
  it.each<[string, PostalPattern]>([
    ['94000-94999', { kind: 'range', lo: '94000', hi: '94999' }],
    [' 94000 - 94999 ', { kind: 'range', lo: '94000', hi: '94999' }],
    ['a0a-z9z', { kind: 'range', lo: 'A0A', hi: 'Z9Z' }],
    ['94105-94105', { kind: 'range', lo: '94105', hi: '94105' }],
    ['sw1*', { kind: 'prefix', prefix: 'SW1' }],
    // A space right before the star makes a UK outward code, not a prefix.
    ['N1 *', { kind: 'outward', outward: 'N1' }],
    [' n1  * ', { kind: 'outward', outward: 'N1' }],
    ['SW1A\t*', { kind: 'outward', outward: 'SW1A' }],
    ['SW1A 1*', { kind: 'prefix', prefix: 'SW1A1' }],
    // A star ends a prefix whatever comes before it; prefixes compare with hyphens kept (SPEC §3.2).
    ['100-*', { kind: 'prefix', prefix: '100-' }],
    ['SW1A 1AA', { kind: 'exact', code: 'SW1A1AA' }],
    // Sides of different length: an exact code with a hyphen, not a range.
    ['SW1A-1AA', { kind: 'exact', code: 'SW1A-1AA' }],
    ['100-0001', { kind: 'exact', code: '100-0001' }],
    // More than one hyphen is never a range.
    ['1-2-3', { kind: 'exact', code: '1-2-3' }],
    ['-94105', { kind: 'exact', code: '-94105' }],
  ])('parses %p', (entry, value) => {
    expect(parsePostalPattern(entry)).toEqual({ ok: true, value });
  });

  it.each([
    ['*', 'is a lone "*", which would match every code: leave the field empty to accept any code'],
    [' *', 'is a lone "*", which would match every code: leave the field empty to accept any code'],
    ['N1 *9', 'has a "*" before its end: "*" may only end a prefix, as in SW1*'],
    ['9*9', 'has a "*" before its end: "*" may only end a prefix, as in SW1*'],
    ['SW**', 'has a "*" before its end: "*" may only end a prefix, as in SW1*'],
  ])('refuses %p', (entry, reason) => {
    expect(parsePostalPattern(entry)).toEqual({ ok: false, code: 'BAD_POSTAL_PATTERN', reason });
  });

  it('refuses a range whose low end comes after its high end', () => {
    expect(parsePostalPattern('94999-94000')).toEqual({
      ok: false,
      code: 'BAD_POSTAL_PATTERN',
      reason: 'is a range that runs backwards: "94999" comes after "94000"',
    });
  });

  it.each(['94_105', '94105.', 'SW1A/1AA', 'Zürich', '94105?'])('refuses %p for its characters', (entry) => {
    expect(parsePostalPattern(entry)).toEqual({
      ok: false,
      code: 'BAD_POSTAL_PATTERN',
      reason: 'may contain only letters, digits, spaces, "-" and "*"',
    });
  });

  it.each(['-', '--', '-*'])('refuses %p, which has no letters or digits', (entry) => {
    expect(parsePostalPattern(entry)).toEqual({ ok: false, code: 'BAD_POSTAL_PATTERN', reason: 'has no letters or digits' });
  });
});

describe('postalPatternMatches', () => {
  it('puts a ZIP+4 code inside a five-digit range', () => {
    expect(matches('94000-94999', '94105-1234')).toBe(true);
  });

  it('keeps leading zeros: 02134 is in 02000-02999 and not in 2000-2999', () => {
    expect([matches('02000-02999', '02134'), matches('2000-2999', '02134')]).toEqual([true, false]);
  });

  it('includes both ends of a range and nothing outside it', () => {
    expect(['93999', '94000', '94999', '95000'].map((code) => matches('94000-94999', code))).toEqual([false, true, true, false]);
  });

  it('needs at least as many characters as the range sides', () => {
    expect(matches('94000-94999', '9410')).toBe(false);
  });

  it('matches a lower-case UK code with a space against a prefix', () => {
    expect(matches('SW1*', 'sw1a 1aa')).toBe(true);
  });

  it('does not match a prefix in the middle of a code', () => {
    expect(matches('W1*', 'SW1A 1AA')).toBe(false);
  });

  it('compares exact codes with hyphens and spaces removed on both sides', () => {
    expect([matches('SW1A-1AA', 'sw1a 1aa'), matches('SW1A 1AA', 'SW1A-1AA'), matches('100-0001', '1000001')]).toEqual([true, true, true]);
  });

  it('does not treat an exact code as a prefix', () => {
    expect(matches('SW1A 1AA', 'SW1A 1AAX')).toBe(false);
  });

  it('matches nothing for a lead without a postal code', () => {
    expect(['94000-94999', 'SW1*', 'N1 *', 'SW1A 1AA'].map((entry) => matches(entry, ''))).toEqual([false, false, false, false]);
  });

  describe('an outward code (N1 *)', () => {
    it.each([
      ['N1 7AB', true, 'the text before the space is N1'],
      ['N17AB', true, 'without a space, all but the last three characters are N1'],
      ['n1 7ab', true, 'case does not matter'],
      ['  N1   7AB ', true, 'surrounding and repeated white space does not matter'],
      ['N17 0AP', false, 'district N17 is not district N1'],
      ['N170AP', false, 'district N17 without its space'],
      ['N1', false, 'an outward code alone has no inward part, so no outward part to compare'],
      ['N1 ', false, 'a trailing space is trimmed: still no inward part'],
      ['SN1 7AB', false, 'an outward code is compared whole, not as a suffix'],
    ])('%p → %p (%s)', (code, expected) => {
      expect(matches('N1 *', code)).toBe(expected);
    });

    it('is what N1* (a prefix) is not: the prefix also takes N10 to N19', () => {
      expect([matches('N1*', 'N17 0AP'), matches('N1 *', 'N17 0AP')]).toEqual([true, false]);
    });
  });
});

describe('outwardPart', () => {
  it.each([
    ['N1 7AB', 'N1'],
    ['N17AB', 'N1'],
    ['sw1a 1aa', 'SW1A'],
    ['SW1A1AA', 'SW1A'],
    ['N1', ''],
    ['', ''],
    ['94105', '94'],
  ])('%p → %p', (code, outward) => {
    expect(outwardPart(code)).toBe(outward);
  });
});

describe('formatPostalPattern', () => {
  it('writes each kind as an administrator does', () => {
    expect(['94000 - 94999', 'sw1*', 'n1  *', 'SW1A-1AA'].map((entry) => formatPostalPattern(pattern(entry)))).toEqual([
      '94000-94999',
      'SW1*',
      'N1 *',
      'SW1A-1AA',
    ]);
  });
});
