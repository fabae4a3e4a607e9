import { csvLine, reportFileName } from '../../../src/netsuite/bulk/realignReport';


describe('report lines and names', () => {
  it('quotes values with commas, quotes or line breaks, and doubles quotes', () => {
    expect(csvLine(['901', '', 'Kept "Ana", as agreed', 'two\nlines'])).toBe('901,,"Kept ""Ana"", as agreed","two\nlines"');
  });

  it('names the file by mode and time, sortable and unique per second', () => {
    expect(reportFileName('APPLY', '2026-11-26T09:05:07.123Z')).toBe('tlr_realign_apply_20261126T090507Z.csv');
  });
});
