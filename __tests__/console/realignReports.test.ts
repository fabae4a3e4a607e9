import { csvRecords, reportFile, summarizeReport } from '../../src/console/realignReports';
import { countsText } from '../../src/console/realignView';
import { csvLine, REPORT_HEADER } from '../../src/netsuite/bulk/realignReport';

describe('realignment reports as the console reads them', () => {
  it('reads the mode and the moment from the name the realignment gives its report', () => {
    expect(reportFile('12', 'tlr_realign_apply_20261126T093005Z.csv')).toEqual({ id: '12', name: 'tlr_realign_apply_20261126T093005Z.csv', mode: 'APPLY', at: '2026-11-26T09:30:05Z' });
    expect(reportFile('13', 'notes.csv')).toEqual({ id: '13', name: 'notes.csv', mode: null, at: null });
  });

  /** A report line with these columns set, the others empty. */
  const line = (values: Record<string, string>) => REPORT_HEADER.map((column) => values[column] ?? '');

  it('reads back what the realignment writes, quotes, commas and line breaks included', () => {
    const values = line({ lead: '901', lead_name: 'Acme, "East"', status: 'ROUTED', reason: 'Routed to "Ana", then\nmore, text', result: 'preview' });
    expect(csvRecords(`${csvLine(REPORT_HEADER)}\n${csvLine(values)}\n`)).toEqual([REPORT_HEADER, values]);
    expect(csvRecords('a,b\r\nc,')).toEqual([['a', 'b'], ['c', '']]);
  });

  it('counts the changes by status and the leads nothing was written for', () => {
    const rows = [
      line({ lead: '1', status: 'ROUTED', result: 'preview' }),
      line({ lead: '2', status: 'OWNER', result: 'preview' }),
      line({ lead: '3', status: 'ROUTED', result: 'written' }),
      line({ lead: '4', status: 'ERROR', result: 'not written: routing failed' }),
      line({ lead: '5', status: 'ROUTED', result: 'failed: RCRD_HAS_BEEN_CHANGED' }),
    ];
    const report = [REPORT_HEADER, ...rows].map(csvLine).join('\n');
    const summary = summarizeReport(report);
    expect(summary).toEqual({ changes: 3, byStatus: { ROUTED: 2, OWNER: 1 }, failed: 2 });
    expect(countsText(summary)).toBe('3 leads would change (Routed 2, Owner 1); 2 could not be decided and stay as they are');
    expect(countsText(summarizeReport(csvLine(REPORT_HEADER)))).toBe('0 leads would change');
  });
});
