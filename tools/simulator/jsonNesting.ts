/**
 * How deep an account file's JSON nests, checked on the text before it is parsed. An account file needs seven
 * levels (the file, records, a record type's array, a record, its address book, a line, the address); a file
 * nested thousands deep is refused here, by a loop that never recurses, so no later step (a message quoting a
 * value, a copy of the account) can run out of stack on it.
 */
import { keyText } from './excerpt';

/** Deepest nesting an account file may have: room to spare above the seven it needs. */
export const MAX_NESTING = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

function lineAndColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

function keyOf(literal: string): string {
  try {
    return String(JSON.parse(literal));
  } catch {
    return literal;
  }
}

/**
 * Where the text first nests deeper than `limit`, as the path to that value and its line and column; null when it
 * never does. Only brackets outside strings count; the text need not be valid JSON.
 *
 * @example
 * nestingProblem('{"leads":[{"companyname":[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]}]}');
 * // 'leads[0].companyname: nested more than 16 levels deep (line 1, column 39); an account file needs 7 at most'
 */
export function nestingProblem(text: string, limit = MAX_NESTING): string | null {
  // Per open container (1 = the top level): object or array, the key being read, the array position.
  const isObject: boolean[] = [];
  const keys: string[] = [];
  const positions: number[] = [];
  let depth = 0;
  let expectingKey = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const start = index;
      index += 1;
      while (index < text.length && text.charCodeAt(index) !== QUOTE) index += text.charCodeAt(index) === BACKSLASH ? 2 : 1;
      if (expectingKey) keys[depth] = text.slice(start, index + 1);
      expectingKey = false;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return `${pathTo(depth, isObject, keys, positions)}: nested more than ${limit} levels deep (${lineAndColumn(text, index)}); an account file needs 7 at most`;
      isObject[depth] = code === OPEN_BRACE;
      keys[depth] = '';
      positions[depth] = 0;
      expectingKey = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
      expectingKey = false;
    } else if (code === COMMA && depth > 0) {
      if (isObject[depth]) expectingKey = true;
      else positions[depth] = (positions[depth] ?? 0) + 1;
    }
  }
  return null;
}

/** `leads[0].companyname`: the path to the last key above the container opened at `depth` (array positions below it add nothing). */
function pathTo(depth: number, isObject: readonly boolean[], keys: readonly string[], positions: readonly number[]): string {
  let path = '';
  let throughLastKey = '';
  for (let level = 1; level < depth; level += 1) {
    if (!isObject[level]) path += `[${positions[level]}]`;
    else throughLastKey = path += `${path === '' ? '' : '.'}${keyText(keyOf(keys[level] ?? ''))}`;
  }
  return throughLastKey === '' ? 'the file' : throughLastKey;
}
