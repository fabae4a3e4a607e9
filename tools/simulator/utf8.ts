/**
 * Where bytes stop being UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
 * Only asked once a file is known not to be UTF-8 (`buffer.isUtf8` answers that natively), to say where.
 */

/** The bytes a lead byte may be followed by first, and how many continuation bytes it needs in all. */
function sequence(lead: number): { needs: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { needs: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { needs: 2, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { needs: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { needs: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { needs: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { needs: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { needs: 3, low: 0x80, high: 0x8f };
  return null;
}

/**
 * The offset of the first byte that starts no valid UTF-8 character, or -1 when all of them are UTF-8.
 *
 * @example
 * firstInvalidUtf8Byte(Buffer.from('Café', 'latin1')); // 3 (0xE9, é in Latin-1)
 * firstInvalidUtf8Byte(Buffer.from('Café', 'utf8'));   // -1
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const expected = sequence(lead);
    if (expected === null) return index;
    for (let next = 1; next <= expected.needs; next += 1) {
      const byte = bytes[index + next];
      const [low, high] = next === 1 ? [expected.low, expected.high] : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += expected.needs + 1;
  }
  return -1;
}
