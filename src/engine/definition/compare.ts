const NUMERIC = /^\d+$/;

/**
 * Orders NetSuite internal ids: numerically when both are numeric (`'9'` before `'10'`), numeric ids before
 * any others, otherwise as text. Used for every "lower internal id first" tie-break.
 *
 * @example
 * ['10', '9', '100'].sort(compareIds); // → ['9', '10', '100']
 */
export function compareIds(a: string, b: string): number {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric && bNumeric) return Number(a) - Number(b) || compareText(a, b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return compareText(a, b);
}

/**
 * Orders text by UTF-16 code units, the way postal ranges compare (no locale rules).
 *
 * @example
 * ['94999', '02000'].sort(compareText); // → ['02000', '94999']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
