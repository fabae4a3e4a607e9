/** The simulator's CSV (SPEC §5): one row per created lead, in creation order; and the reader of CSV files it is given. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { OutputRow } from './leadOutcome';

const COLUMNS: readonly (keyof OutputRow)[] = ['lead', 'salesrep', 'territory', 'status', 'reason', 'units'];

/**
 * RFC 4180 text: the header `lead,salesrep,territory,status,reason,units`, then one line per row; fields with a
 * comma, quote or line break are quoted, quotes doubled.
 *
 * @example
 * toCsv([{ lead: 'L1', salesrep: '7', territory: '', status: 'OWNER', reason: 'Assigned to Ana, who owns #500.', units: 52 }]);
 * // 'lead,salesrep,territory,status,reason,units\nL1,7,,OWNER,"Assigned to Ana, who owns #500.",52\n'
 */
export function toCsv(rows: readonly OutputRow[]): string {
  return stringify(
    rows.map((row) => COLUMNS.map((column) => row[column])),
    { header: true, columns: [...COLUMNS], record_delimiter: 'unix' },
  );
}

/**
 * Reads RFC 4180 text whose first line is a header into one object per line, keyed by the header's names; empty
 * lines are skipped. The simulator reads the realignment's report with it.
 *
 * @example
 * readCsv('lead,status\n901,"ROUTED"\n'); // [{ lead: '901', status: 'ROUTED' }]
 */
export function readCsv<Row extends Record<string, string> = Record<string, string>>(text: string): Row[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}
