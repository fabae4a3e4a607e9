/** Pseudonymising an export keeps every owner match and non-match (SPEC §3.5) and drops what identifies people. */
import fc from 'fast-check';
import { accountExport, type AccountExport, type ExportRow } from '../../../src/console/export/accountExport';
import { pseudonymise } from '../../../src/console/export/pseudonymise';
import { companyKey, emailDomain } from '../../../src/engine';

function account(customers: ExportRow[], employees: ExportRow[] = []): AccountExport {
  const lists = { campaign: [], customercategory: [], subsidiary: [] };
  return accountExport({ today: '2026-11-26', timezone: 'America/Los_Angeles', parameters: {}, employees, territories: [], members: [], customers, lists });
}

const DOMAINS = ['acme.com', 'ACME.com', 'sub.acme.com', 'gmail.com', 'Yahoo.com', 'initech.example', ''];
const NAMES = ['Acme Inc', 'ACME, Inc.', 'Acme Co Ltd', 'Acme Holdings', 'Inc.', '', 'Smith & Sons GmbH', 'smith and sons'];

describe('pseudonymise', () => {
  it('keeps equal domains and company keys equal, different ones different, free mail free, and empty keys empty', () => {
    const row = fc.record({ local: fc.constantFrom('jo', 'Pat.Smith', ''), domain: fc.constantFrom(...DOMAINS), name: fc.constantFrom(...NAMES) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 8 }), (rows) => {
        const customers = rows.map((r, index) => ({ id: String(500 + index), stage: 'LEAD', email: `${r.local}@${r.domain}`, companyname: r.name }));
        const out = pseudonymise(account(customers)).records['customer']!;
        for (const [i, a] of customers.entries()) {
          const standIn = out[i]!;
          expect(emailDomain(String(standIn['email'] ?? '')) === null).toBe(emailDomain(a.email) === null);
          expect(companyKey(String(standIn['companyname'] ?? '')) === null).toBe(companyKey(a.companyname) === null);
          for (const [j, b] of customers.entries()) {
            const other = out[j]!;
            const sameDomain = emailDomain(a.email) !== null && emailDomain(a.email) === emailDomain(b.email);
            expect(sameDomain).toBe(emailDomain(String(standIn['email'] ?? '')) !== null && emailDomain(String(standIn['email'])) === emailDomain(String(other['email'] ?? '')));
            const sameKey = companyKey(a.companyname) !== null && companyKey(a.companyname) === companyKey(b.companyname);
            expect(sameKey).toBe(standIn['companyname'] !== undefined && standIn['companyname'] === other['companyname']);
          }
        }
      }),
    );
  });

  it('replaces local parts and names, keeps free-mail domains, drops reasons and rep names, and leaves its input alone', () => {
    const input = account(
      [
        { id: '500', stage: 'CUSTOMER', email: 'Ops@Acme.com', companyname: 'Acme Inc', custentity_tlr_reason: 'Routed to Ana Ruiz', salesrep: '7' },
        { id: '501', stage: 'LEAD', email: 'jo.bloggs@gmail.com', companyname: 'ACME, Inc.' },
      ],
      [{ id: '7', entityid: 'Ana Ruiz', issalesrep: true }],
    );
    const copy = structuredClone(input);
    const out = pseudonymise(input);
    expect(out.records['customer']).toEqual([
      { id: '500', stage: 'CUSTOMER', email: 'contact-500@company-1.example', companyname: 'Company 1', salesrep: '7' },
      { id: '501', stage: 'LEAD', email: 'contact-501@gmail.com', companyname: 'Company 1' },
    ]);
    expect(out.records['employee']).toEqual([{ id: '7', entityid: 'Rep 7', issalesrep: true }]);
    expect(input).toEqual(copy);
  });
});
