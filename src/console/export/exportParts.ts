/**
 * A large export split into files the File Cabinet can hold (10 MB each). The first part is an account file like
 * any other — today, parameters, employees, lists, territories and members — with `parts` naming the others in
 * order; each other part holds only customer-stage records, with `part` (its number) and `export` (the first
 * part's name). The simulator reads the first part and the parts it names from the same folder, so `--account`
 * takes the first part as it takes any account file. Pure: the job writing them is src/netsuite/bulk/exportJob.ts.
 */
import { accountExportText, utf8Bytes, type AccountExport, type ExportRow } from './accountExport';

/** How far the background export has got (kept by src/netsuite/bulk/exportProgress.ts, shown on the export page). */
export interface ExportProgress {
  /** reading: the account is being read; writing: parts are being saved; done: every part is saved; failed: see `error`. */
  state: 'reading' | 'writing' | 'done' | 'failed';
  /** The first part's file name. */
  name: string;
  /** Parts saved so far, and how many there are (0 until the account is read). */
  written: number;
  parts: number;
  /** Once every part is saved: each part's file, the first part first. */
  files?: { id: string; name: string }[];
  /** One line, when the export failed. */
  error?: string;
}

export interface ExportPart {
  name: string;
  text: string;
}

/**
 * The name of part `number` (2 or more) of the export whose first part is `firstName`.
 *
 * @example
 * partName('tlr_export_20261126T090000Z_90d.json', 2); // 'tlr_export_20261126T090000Z_90d_part2.json'
 */
export function partName(firstName: string, number: number): string {
  return firstName.replace(/\.json$/, `_part${number}.json`);
}

/** The bytes a row takes inside the part's `customer` array: its lines indented three levels, and ",\n". */
function rowBytes(row: ExportRow): number {
  const text = JSON.stringify(row, null, 2);
  return utf8Bytes(text) + 6 * (text.split('\n').length) + 2;
}

function customerPart(firstName: string, number: number, rows: ExportRow[]): ExportPart {
  const text = `${JSON.stringify({ part: number, export: firstName, records: { customer: rows } }, null, 2)}\n`;
  return { name: partName(firstName, number), text };
}

/**
 * The export as parts of at most `partBytes` each: the first holds everything but the customer-stage records, which
 * follow in internal-id order, as many to a part as fit. A string (one line) when a part cannot fit at all: the
 * first part alone, or one record, is larger than `partBytes`.
 *
 * @example
 * splitExport(account, 'tlr_export_20261126T090000Z_90d.json', 9_961_472).map((part) => part.name);
 * // ['tlr_export_20261126T090000Z_90d.json', 'tlr_export_20261126T090000Z_90d_part2.json', …]
 */
export function splitExport(account: AccountExport, firstName: string, partBytes: number): ExportPart[] | string {
  const customers = account.records['customer'] ?? [];
  const overhead = utf8Bytes(customerPart(firstName, 99999, []).text);
  const groups: ExportRow[][] = [];
  let current: ExportRow[] = [];
  let size = overhead;
  for (const row of customers) {
    const bytes = rowBytes(row);
    if (overhead + bytes > partBytes) return `customer ${row.id} alone takes ${bytes} bytes, more than a part may hold (${partBytes} bytes)`;
    if (size + bytes > partBytes) {
      groups.push(current);
      current = [];
      size = overhead;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) groups.push(current);
  const others = groups.map((rows, index) => customerPart(firstName, index + 2, rows));
  const firstText = accountExportText({ ...account, records: { ...account.records, customer: [] }, parts: others.map((part) => part.name) });
  const firstBytes = utf8Bytes(firstText);
  if (firstBytes > partBytes) return `the settings, employees, territories and members alone take ${firstBytes} bytes, more than a part may hold (${partBytes} bytes)`;
  return [{ name: firstName, text: firstText }, ...others];
}
