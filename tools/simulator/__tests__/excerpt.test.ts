// Values and keys as messages quote them: short, one line, nothing invisible.
import fc from 'fast-check';
import { excerpt, keyText } from '../excerpt';

describe('excerpt', () => {
  test.each<[unknown, string]>([
    ['Acme', '"Acme"'],
    ['x'.repeat(41), `"${'x'.repeat(40)}…" (41 characters)`],
    ['😀'.repeat(41), `"${'😀'.repeat(40)}…" (41 characters)`],
    [[[[[1]]]], '[[[[1]]]]'],
    [{ a: 'y'.repeat(100) }, `{"a":"${'y'.repeat(34)}…`],
    ['\ufeffL1\u200b\u00a0 \n\t', '"\\ufeffL1\\u200b\\u00a0 \\n\\t"'],
    [9007199254740992, '9007199254740992'],
    [true, 'true'],
  ])('%j', (value, shown) => {
    expect(excerpt(value)).toBe(shown);
  });

  test('is one short line of visible characters for any value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 5000 }), (value, text) => {
        for (const shown of [excerpt(value), excerpt(text)]) {
          expect(shown.length).toBeLessThan(120);
          expect(shown).not.toMatch(/(?! )[\p{C}\p{Z}]/u);
        }
      }),
    );
  });
});

describe('keyText', () => {
  test('plain identifiers as written, anything else quoted and cut', () => {
    expect(keyText('custrecord_tlr_priority')).toBe('custrecord_tlr_priority');
    expect(keyText('email\u200b')).toBe('"email\\u200b"');
    expect(keyText('k'.repeat(100))).toBe(`"${'k'.repeat(40)}…" (100 characters)`);
  });
});
