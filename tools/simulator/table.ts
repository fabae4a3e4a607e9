/** Plain-text tables for the console: columns padded to their widest cell, numbers right-aligned. */

export type Cell = string | number;

/**
 * @example
 * formatTable(['rep', 'leads'], [['Ana Ruiz', 12], ['Bo Li', 3]], '');
 * // ['rep       leads', 'Ana Ruiz     12', 'Bo Li          3']
 */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[], indent = '  '): string[] {
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || /^[+-]?[\d.,]+%?$/.test(String(row[column]))));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)));
  const line = (cells: readonly Cell[]) =>
    indent +
    cells
      .map((cell, column) => (numeric[column] ? String(cell).padStart(widths[column]!) : String(cell).padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
