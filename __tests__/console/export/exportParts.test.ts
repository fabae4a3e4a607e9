/** Splitting an export into parts (pure): every part within the size, the records in order, refusals in one line. */
import fc from 'fast-check';
import { accountExport, type ExportRow } from '../../../src/console/export/accountExport';
import { partName, splitExport } from '../../../src/console/export/exportParts';

const FIRST = 'tlr_export_20261126T090000Z_90d.json';

function account(customers: ExportRow[]) {
  const lists = { campaign: [], customercategory: [], subsidiary: [] };
  return accountExport({ today: '2026-11-26', timezone: 'America/Los_Angeles', parameters: {}, employees: [{ id: '7', entityid: 'Ana' }], territories: [], members: [], customers, lists });
}

const customer = (id: number, name: string): ExportRow => ({ id: String(id), stage: 'LEAD', companyname: name, email: `a@${id}.example` });

describe('splitExport', () => {
  it('every part fits, the customers follow in order, and the first part names the others', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200, unit: 'binary' }), { maxLength: 60 }), fc.integer({ min: 1200, max: 6000 }), (names, partBytes) => {
        const customers = names.map((name, index) => customer(index + 1, name));
        const exported = account(customers);
        const parts = splitExport(exported, FIRST, partBytes);
        if (typeof parts === 'string') throw new Error(parts);
        for (const part of parts) expect(Buffer.byteLength(part.text)).toBeLessThanOrEqual(partBytes);
        const [first, ...others] = parts.map((part) => JSON.parse(part.text));
        expect(first.parts).toEqual(others.map((_, index) => partName(FIRST, index + 2)));
        expect(others.map((part) => part.part)).toEqual(others.map((_, index) => index + 2));
        expect(others.flatMap((part) => part.records.customer)).toEqual(exported.records['customer']);
      }),
    );
  });

  it('refuses, in one line, a record or a first part larger than a part', () => {
    expect(splitExport(account([customer(5, 'x'.repeat(3000))]), FIRST, 2000)).toMatch(/^customer 5 alone takes \d+ bytes, more than a part may hold \(2000 bytes\)$/);
    expect(splitExport(account([]), FIRST, 100)).toMatch(/^the settings, employees, territories and members alone take \d+ bytes, more than a part may hold \(100 bytes\)$/);
  });
});
