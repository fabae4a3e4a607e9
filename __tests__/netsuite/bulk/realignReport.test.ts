import { parseMode } from '../../../src/netsuite/bulk/realignParameters';
import { csvLine, reportFileName } from '../../../src/netsuite/bulk/realignReport';


describe('report lines and names', () => {
  it('quotes values with commas, quotes or line breaks, and doubles quotes', () => {
    expect(csvLine(['901', '', 'Kept "Ana", as agreed', 'two\nlines'])).toBe('901,,"Kept ""Ana"", as agreed","two\nlines"');
  });

  it('names the file by mode and time, sortable and unique per second', () => {
    expect(reportFileName('APPLY', '2026-11-26T09:05:07.123Z')).toBe('tlr_realign_apply_20261126T090507Z.csv');
  });
});

describe('parseMode', () => {
  it('applies only for APPLY, in any case, spaces ignored; anything else previews', () => {
    expect(['APPLY', ' apply ', 'Apply', 'PREVIEW', '', null, 'APPLY NOW'].map((value) => parseMode(value))).toEqual([
      'APPLY', 'APPLY', 'APPLY', 'PREVIEW', 'PREVIEW', 'PREVIEW', 'PREVIEW',
    ]);
  });
});
