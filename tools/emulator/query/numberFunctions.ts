/**
 * Oracle's DECODE, MOD and TRUNC (number) over SuiteQL values. NULL in gives NULL out (DECODE aside: it matches NULL
 * with NULL); numeric text meets them as a number (implicit conversion, ORA-01722 when it holds none); DATE and
 * DATETIME values are not modelled here.
 */
import { unsupported } from './errors';
import { compareValues, convertedNumber, TemporalValue, type SqlValue } from './values';

function numberOf(value: Exclude<SqlValue, null>, fn: string): number {
  if (value instanceof TemporalValue) throw unsupported(`${fn} of a DATE or DATETIME value`);
  return typeof value === 'number' ? value : convertedNumber(value);
}

/**
 * `DECODE(expr, search1, result1, …, [default])`: the result of the first search equal to `expr` (NULL equals NULL
 * here, unlike `=`), else the default, else NULL. Oracle compares in the type of the first search; a number against
 * a text search (compared as text after TO_CHAR) is not modelled.
 *
 * @example decode(3, [1, 'a', 3, 'c'], undefined); // 'c'
 */
export function decode(operand: SqlValue, pairs: readonly SqlValue[], fallback: SqlValue | undefined): SqlValue {
  const firstSearch = pairs[0];
  if (typeof firstSearch === 'string' && typeof operand === 'number') throw unsupported('DECODE comparing a number with a text search value');
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    const search = pairs[index] as SqlValue;
    if (operand === null || search === null ? operand === search : compareValues(operand, search) === 0) return pairs[index + 1] as SqlValue;
  }
  return fallback ?? null;
}

/**
 * `MOD(n2, n1)`: the remainder of n2 divided by n1, with the sign of n2 (n2 itself when n1 is 0).
 *
 * @example mod(-11, 4); // -3
 */
export function mod(dividend: SqlValue, divisor: SqlValue): SqlValue {
  if (dividend === null || divisor === null) return null;
  const [n2, n1] = [numberOf(dividend, 'MOD'), numberOf(divisor, 'MOD')];
  return n1 === 0 ? n2 : n2 % n1;
}

/**
 * `TRUNC(n, [places])`: n cut toward zero to `places` decimal places (0 when omitted; a negative count cuts digits left
 * of the point: TRUNC(1234, -1) is 1230). The count is itself truncated to a whole number.
 *
 * @example trunc(1234.5, -2); // 1200
 */
export function trunc(value: SqlValue, places: SqlValue | undefined): SqlValue {
  if (value === null || places === null) return null;
  const number = numberOf(value, 'TRUNC');
  const count = Math.trunc(places === undefined ? 0 : numberOf(places, 'TRUNC'));
  if (count <= 0) {
    const unit = 10 ** -count;
    return Math.trunc(number / unit) * unit;
  }
  // Cut the decimal text, not number * 10^count, which binary fractions get wrong (0.29 * 100 is 28.999…).
  const text = String(number);
  if (/e/i.test(text)) throw unsupported(`TRUNC of ${text} to ${count} places`);
  const point = text.indexOf('.');
  return point < 0 ? number : Number(text.slice(0, point + 1 + count));
}
