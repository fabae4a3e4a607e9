/**
 * The realignment's CSV report in the File Cabinet (SPEC §4): lead, current rep, new rep, territory (each id with
 * its name beside it), status, reason, and the result of the write. Built line by line with appendLine, which has no 10 MB content cap; saved
 * once (20 units).
 */
import file from 'N/file';
import { compareIds } from '../../engine';
import type { ReportRow } from './realignEntries';
import type { RealignMode } from './realignParameters';

export const REPORT_HEADER = [
  'lead', 'lead_name', 'current_rep', 'current_rep_name', 'new_rep', 'new_rep_name', 'territory', 'territory_name', 'status', 'reason', 'result',
];

/**
 * One CSV line (RFC 4180): a value with a comma, quote or line break is quoted, quotes doubled.
 *
 * @example
 * csvLine(['901', 'Kept "Ana", as agreed']); // '901,"Kept ""Ana"", as agreed"'
 */
export function csvLine(values: readonly string[]): string {
  return values.map((value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
}

/** @example reportFileName('PREVIEW', '2026-11-26T09:00:00.000Z'); // 'tlr_realign_preview_20261126T090000Z.csv' */
export function reportFileName(mode: RealignMode, now: string): string {
  return `tlr_realign_${mode.toLowerCase()}_${now.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.csv`;
}

/**
 * Writes the rows, ascending lead id, to a new file in the folder; returns the file's internal id.
 *
 * @example
 * writeReport(rows, '812', reportFileName('APPLY', now)); // 4410
 */
export function writeReport(rows: readonly ReportRow[], folderId: string, name: string): number {
  const report = file.create({ name, fileType: file.Type.CSV, contents: `${csvLine(REPORT_HEADER)}\n`, folder: Number(folderId) });
  for (const row of [...rows].sort((a, b) => compareIds(a.lead, b.lead))) {
    const { lead, leadName, currentRep, currentRepName, newRep, newRepName, territory, territoryName, status, reason, result } = row;
    report.appendLine({ value: csvLine([lead, leadName, currentRep, currentRepName, newRep, newRepName, territory, territoryName, status, reason, result]) });
  }
  return report.save();
}
