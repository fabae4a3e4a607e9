/**
 * Values and keys of an account file as messages quote them: short, on one line, every invisible character
 * visible. A message names the record and the field; it never repeats a long value (8 KB of brackets, a 5,000
 * character company name), so a problem stays one readable line.
 */

/** How many characters of a value a message quotes. */
const EXCERPT_CHARACTERS = 40;

/** Control, format (byte-order mark, bidirectional marks, zero-width), private and unassigned characters, and every space but the plain one. */
const INVISIBLE = /(?! )[\p{C}\p{Z}]/gu;

/**
 * The text with every invisible character written as a `\u` escape, so a message stays one visible line.
 *
 * @example
 * visible('a\nb'); // 'a\\u000ab'
 */
export const visible = (text: string): string =>
  text.replace(INVISIBLE, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);

/** The first `count` characters (code points, so no emoji is cut in half) and whether anything was left out. */
function head(text: string, count: number): { text: string; cut: boolean } {
  let end = 0;
  for (let taken = 0; taken < count && end < text.length; taken += 1) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return { text: text.slice(0, end), cut: end < text.length };
}

/**
 * A value as JSON, cut to a short excerpt; a long text says how long it was.
 *
 * @example
 * excerpt('Acme');              // '"Acme"'
 * excerpt('x'.repeat(5000));    // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (5,000 characters)'
 * excerpt([[[[1]]]]);           // '[[[[1]]]]'
 * excerpt('\ufeffL1');          // '"\\ufeffL1"'
 */
export function excerpt(value: unknown): string {
  if (typeof value === 'string') {
    const quoted = quotedStart(value);
    return quoted.endsWith('…"') ? `${quoted} (${characterCount(value).toLocaleString('en-US')} characters)` : quoted;
  }
  const json = JSON.stringify(value) ?? String(value);
  const { text, cut } = head(json, EXCERPT_CHARACTERS);
  return visible(cut ? `${text}…` : text);
}

/** The start of a text in quotes, `…` where it was cut. */
export function quotedStart(text: string): string {
  const start = head(text, EXCERPT_CHARACTERS);
  return visible(JSON.stringify(start.cut ? `${start.text}…` : start.text));
}

/**
 * A key of the file (record type, field id, parameter id) as a message names it: as written when it is a plain
 * identifier, else quoted and cut like a value.
 *
 * @example
 * keyText('custrecord_tlr_priority'); // 'custrecord_tlr_priority'
 * keyText('colour\u200b');             // '"colour\\u200b"'
 */
export function keyText(key: string): string {
  return /^[\w.-]{1,80}$/.test(key) ? key : excerpt(key);
}

/** Characters as a person counts them (code points: an emoji is one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count += 1;
  return count;
}
