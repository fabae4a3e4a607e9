/**
 * An account file's bytes as text. Account files are UTF-8; a byte-order mark (which some Windows editors write)
 * is dropped. Anything else — a Latin-1 or Windows-1252 export, UTF-16 — is refused, naming the first byte that is
 * not UTF-8, rather than read into replacement characters that a saved account would then keep.
 */
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8Byte } from './utf8';

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);

/** Line and column (both from 1) of a byte offset, counting bytes. */
function bytePosition(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * @example
 * accountText(Buffer.from('\ufeff{"today":"2026-11-26"}'));   // { text: '{"today":"2026-11-26"}' }
 * accountText(Buffer.from('{"companyname":"Café"}', 'latin1'));
 * // { problem: 'not UTF-8: byte 0xE9 at offset 18 (line 1, column 19) is not part of a UTF-8 character; …' }
 */
export function accountText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { problem: 'not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' };
  }
  const start = startsWith(bytes, BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
  const body = bytes.subarray(start);
  if (!isUtf8(body)) {
    const offset = start + firstInvalidUtf8Byte(body);
    return {
      problem:
        `not UTF-8: byte ${hex(bytes[offset]!)} at offset ${offset} (${bytePosition(bytes, offset)}) is not part of a UTF-8 character; ` +
        'save the file as UTF-8 (a Latin-1 or Windows-1252 export must be converted)',
    };
  }
  try {
    return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  } catch (error) {
    // Past about 512 MB a JavaScript string cannot hold the file.
    return { problem: `too large to read as text (${bytes.length.toLocaleString('en-US')} bytes): ${(error as Error).message}` };
  }
}
