/** The export view's parameters and file names. */
import { employeesReferred, listIdsReferred, utf8Bytes } from '../../../src/console/export/accountExport';
import { exportFileName, isExportName, readExportInput } from '../../../src/console/export/exportInput';

describe('readExportInput', () => {
  it.each([
    [{}, { days: 90, anonymize: false }],
    [{ days: ' 30 ', anonymize: 't' }, { days: 30, anonymize: true }],
    [{ days: '3650', anonymize: 'F' }, { days: 3650, anonymize: false }],
  ])('%j reads as %j', (params, expected) => expect(readExportInput(params)).toEqual(expected));

  it.each([
    [{ days: '0' }, 'days: "0" is not a whole number of days from 1 to 3650'],
    [{ days: '3651' }, 'days: "3651" is not a whole number of days from 1 to 3650'],
    [{ days: '1.5' }, 'days: "1.5" is not a whole number of days from 1 to 3650'],
    [{ days: '-1' }, 'days: "-1" is not a whole number of days from 1 to 3650'],
    [{ anonymize: 'yes' }, 'anonymize: "YES" is neither T nor F'],
  ])('%j is refused with one line', (params, message) => expect(readExportInput(params)).toBe(message));
});

describe('export files', () => {
  it('are named by moment, window and pseudonymisation, and only such names are exports', () => {
    const name = exportFileName('2026-11-26T09:05:01.123Z', { days: 90, anonymize: true });
    expect(name).toBe('tlr_export_20261126T090501Z_90d_pseudonymised.json');
    expect(isExportName(name)).toBe(true);
    expect(isExportName('tlr_realign_preview_20261126T090000Z.csv')).toBe(false);
    expect(isExportName('tlr_export_../../x.json')).toBe(false);
  });

  it('count UTF-8 bytes as the File Cabinet does', () => {
    expect([utf8Bytes('a'), utf8Bytes('é'), utf8Bytes('€'), utf8Bytes('😀')]).toEqual([1, 2, 3, 4]);
  });
});

describe('references', () => {
  it('lists and employees the export must hold', () => {
    const territories = [{ id: '1', custrecord_tlr_lead_sources: ['4', '3'], custrecord_tlr_fallback_rep: '9' }];
    const customers = [{ id: '9', leadsource: '3', salesrep: '15' }, { id: '10', leadsource: '11' }];
    expect(listIdsReferred('campaign', territories, customers)).toEqual(['3', '4', '11']);
    expect(listIdsReferred('customercategory', territories, customers)).toEqual([]);
    expect(employeesReferred({ custscript_tlr_default_rep: '12' }, territories, [{ id: '21', custrecord_tlr_mem_rep: '7' }], customers)).toEqual(['7', '9', '12', '15']);
  });
});
