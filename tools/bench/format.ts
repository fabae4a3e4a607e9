/**
 * Number and table formatting for the readable report.
 */

/**
 * @example
 * grouped(1234567.891, 1); // → '1,234,567.9'
 */
export function grouped(value: number, fractionDigits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** Rounds for the JSON object: enough digits to compare runs, no float noise. */
export function rounded(value: number, fractionDigits: number): number {
  const scale = 10 ** fractionDigits;
  return Math.round(value * scale) / scale;
}

/**
 * Right-aligned columns, two spaces apart, header first.
 *
 * @example
 * formatTable(['a', 'bb'], [['100', '2']]); // → ['  a  bb', '100   2']
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => widths.map((width, column) => (cells[column] ?? '').padStart(width)).join('  ');
  return [line(headers), ...rows.map(line)];
}
