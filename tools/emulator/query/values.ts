/**
 * SuiteQL values and Oracle's rules for them: NULL is `null` (and so is ''), comparisons with NULL are unknown,
 * text compares by code unit (case-sensitive), and a number meets numeric text numerically (implicit conversion;
 * other text against a number is ORA-01722). DATE and DATETIMETZ values keep the text SuiteQL returns and the
 * instant they sort by; comparing them with anything is not modelled.
 */
import { invalidParams, invalidQuery, unsupported } from './errors';

export class TemporalValue {
  constructor(
    /** As runSuiteQL returns it: the account's date (or date and time) format. */
    readonly text: string,
    /** Milliseconds since the epoch, for ORDER BY, MIN and MAX. */
    readonly time: number,
  ) {}
}

export type Comparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type SqlValue = string | number | null | TemporalValue;
export type PresentValue = Exclude<SqlValue, null>;
/** SQL's three truth values; `null` is unknown. */
export type Truth = boolean | null;
/** What a result holds for a column. */
export type ResultValue = string | number | null;

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Longest digit string read digit by digit: below 10^15 every step is exact (< 2^53). */
export const SAFE_DIGITS = 15;

/** The number a string of 1 to SAFE_DIGITS ASCII digits (and nothing else) writes; undefined for any other text. */
export function digitsValue(text: string): number | undefined {
  if (text.length === 0 || text.length > SAFE_DIGITS) return undefined;
  let number = 0;
  for (let index = 0; index < text.length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    number = number * 10 + digit;
  }
  return number;
}

/** The number in numeric text, or undefined. Ids given as text (`?` values) meet numeric ids on every row read: digits skip the pattern. */
function numberIn(text: string): number | undefined {
  return digitsValue(text) ?? (NUMERIC_TEXT.test(text) ? Number(text) : undefined);
}

/** Text a number meets, converted as Oracle converts it implicitly; ORA-01722 when it holds no number. */
export function convertedNumber(text: string): number {
  const number = numberIn(text);
  if (number === undefined) throw invalidQuery(`ORA-01722: invalid number ('${text}')`);
  return number;
}

function ordered(left: number | string, right: number | string): number {
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  const leftNumber = typeof left === 'number' ? left : convertedNumber(left);
  const rightNumber = typeof right === 'number' ? right : convertedNumber(right);
  return Math.sign(leftNumber - rightNumber);
}

/** The order of two values a comparison compares: negative, 0 or positive. */
export function compareValues(left: PresentValue, right: PresentValue): number {
  if (left instanceof TemporalValue || right instanceof TemporalValue) throw unsupported('comparing DATE or DATETIME values');
  return ordered(left, right);
}

/** The order ORDER BY, MIN and MAX use: that of comparisons, and dates and times by instant. */
export function sortOrder(left: PresentValue, right: PresentValue): number {
  if (left instanceof TemporalValue && right instanceof TemporalValue) return Math.sign(left.time - right.time);
  return compareValues(left, right);
}

/** `left <operator> right` in three-valued logic. */
export function compare(operator: Comparison, left: SqlValue, right: SqlValue): Truth {
  if (left === null || right === null) return null;
  const order = compareValues(left, right);
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

const likePatterns = new Map<string, RegExp>();
const PATTERN_MEMO_LIMIT = 1000;

function likeExpression(pattern: string): RegExp {
  let expression = likePatterns.get(pattern);
  if (expression) return expression;
  const source = [...pattern].map((character) => (character === '%' ? '.*' : character === '_' ? '.' : character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))).join('');
  // `s`: % and _ match line breaks too; `u`: _ is one character, not one UTF-16 unit.
  expression = new RegExp(`^${source}$`, 'su');
  if (likePatterns.size < PATTERN_MEMO_LIMIT) likePatterns.set(pattern, expression);
  return expression;
}

/** `value LIKE pattern` (case-sensitive, `%` any run, `_` one character, no ESCAPE). */
export function likes(value: SqlValue, pattern: SqlValue): Truth {
  if (value === null || pattern === null) return null;
  if (typeof value !== 'string' || typeof pattern !== 'string') throw unsupported('LIKE on a value that is not text');
  return likeExpression(pattern).test(value);
}

/** A key equal for values GROUP BY and DISTINCT put together (NULLs together). */
export function groupKey(value: SqlValue): string {
  if (value === null) return 'n';
  if (value instanceof TemporalValue) return `t${value.time}`;
  return typeof value === 'number' ? `d${value}` : `s${value}`;
}

/**
 * The internal id (or select value) a value can equal, as the store keys it; undefined when no id can equal it.
 * Ids are whole numbers written without leading zeros, or codes (list values, stages).
 */
export function idKey(value: SqlValue): string | undefined {
  if (value === null || value instanceof TemporalValue) return undefined;
  const number = typeof value === 'number' ? value : numberIn(value);
  if (number === undefined) return value as string;
  return Number.isSafeInteger(number) && number >= 0 ? String(number) : undefined;
}

/** A `?` parameter as SuiteQL sees it: a boolean is 'T' / 'F', '' is NULL. */
export function paramValue(value: unknown, index: number): SqlValue {
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw invalidParams(`params[${index}] is ${JSON.stringify(value) ?? String(value)}, not a string, a number or a boolean`);
}

export function resultValue(value: SqlValue): ResultValue {
  return value instanceof TemporalValue ? value.text : value;
}
