// An account file's bytes: UTF-8 (a byte-order mark dropped), and where it stops being UTF-8 when it is not.
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { accountText } from '../accountText';
import { firstInvalidUtf8Byte } from '../utf8';

describe('firstInvalidUtf8Byte', () => {
  test('agrees with Node on any bytes, and everything before the offset it names is UTF-8', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      // Mostly valid text with one byte changed: errors deep inside multi-byte characters.
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([text, at, byte]) => {
        const encoded = Buffer.from(text, 'utf8');
        if (encoded.length > 0) encoded[at % encoded.length] = byte;
        return new Uint8Array(encoded);
      }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8Byte(input);
        expect(offset === -1).toBe(isUtf8(input));
        if (offset !== -1) expect(isUtf8(input.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['an overlong "/"', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a character cut short', [0x41, 0xe2, 0x82], 1],
    ['U+10FFFF itself', [0xf4, 0x8f, 0xbf, 0xbf], -1],
  ])('%s', (_, bytes, offset) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(offset);
  });
});

describe('accountText', () => {
  test('drops a byte-order mark and keeps everything else exactly', () => {
    expect(accountText(Buffer.from('\ufeff{"a":"\ufeffCafé"}', 'utf8'))).toEqual({ text: '{"a":"\ufeffCafé"}' });
  });

  test('names the first byte that is not UTF-8 by offset, line and column, counting the byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeff{\n  "a": "Caf', 'utf8'), Buffer.from([0xe9]), Buffer.from('"\n}')]);

    expect(accountText(bytes)).toEqual({
      problem: 'not UTF-8: byte 0xE9 at offset 16 (line 2, column 12) is not part of a UTF-8 character; save the file as UTF-8 (a Latin-1 or Windows-1252 export must be converted)',
    });
  });

  test('says when a file is UTF-16', () => {
    expect(accountText(Buffer.from('\ufeff{}', 'utf16le'))).toEqual({ problem: 'not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' });
  });
});
