/**
 * The realignment's reports as the console reads them (SPEC §4): the file name says the mode and when the run
 * ended (`tlr_realign_preview_20261126T090000Z.csv`); the CSV's `status` and `result` columns, found by their
 * names in the header, say what changes.
 */

export interface ReportFile {
  id: string;
  name: string;
  mode: 'PREVIEW' | 'APPLY' | null;
  /** ISO instant the name carries, or null for a file named otherwise. */
  at: string | null;
}

export interface ReportSummary {
  /** Leads the run changes (PREVIEW) or wrote (APPLY). */
  changes: number;
  byStatus: Record<string, number>;
  /** Leads whose routing failed or whose write failed: nothing was written for them. */
  failed: number;
}

const REPORT_NAME = /^tlr_realign_(preview|apply)_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.csv$/;

/** @example reportFile('12', 'tlr_realign_preview_20261126T090000Z.csv'); // { id: '12', name: …, mode: 'PREVIEW', at: '2026-11-26T09:00:00Z' } */
export function reportFile(id: string, name: string): ReportFile {
  const parts = REPORT_NAME.exec(name);
  if (parts === null) return { id, name, mode: null, at: null };
  const [, mode, year, month, day, hour, minute, second] = parts;
  return { id, name, mode: mode === 'apply' ? 'APPLY' : 'PREVIEW', at: `${year}-${month}-${day}T${hour}:${minute}:${second}Z` };
}

/**
 * The records of a CSV text (RFC 4180: quoted values may hold commas, doubled quotes and line breaks).
 *
 * @example
 * csvRecords('a,"b ""c"""\n1,2\n'); // [['a', 'b "c"'], ['1', '2']]
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character !== '"') value += character;
      else if (text[index + 1] === '"') {
        value += '"';
        index += 1;
      } else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(value);
      value = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      records.push([...record, value]);
      record = [];
      value = '';
    } else value += character;
  }
  if (value !== '' || record.length > 0) records.push([...record, value]);
  return records;
}

/**
 * Counts a report's lines by what became of them.
 *
 * @example
 * summarizeReport('lead,…,status,reason,result\n901,…,ROUTED,…,preview\n');
 * // { changes: 1, byStatus: { ROUTED: 1 }, failed: 0 }
 */
export function summarizeReport(csv: string): ReportSummary {
  const [header, ...lines] = csvRecords(csv);
  const status = header?.indexOf('status') ?? -1;
  const result = header?.indexOf('result') ?? -1;
  const summary: ReportSummary = { changes: 0, byStatus: {}, failed: 0 };
  for (const line of lines) {
    const outcome = line[result] ?? '';
    if (outcome === 'preview' || outcome === 'written') {
      summary.changes += 1;
      const code = line[status] ?? '';
      summary.byStatus[code] = (summary.byStatus[code] ?? 0) + 1;
    } else summary.failed += 1;
  }
  return summary;
}
