/**
 * Pseudonymising an account export (SPEC §6, `anonymize=T`) so it can be shared: emails and company names are
 * replaced consistently and nothing else that identifies a person is kept. Owner matching (SPEC §3.5) compares
 * email domains and company keys only, so replacing each domain and each company key by one stand-in of its own
 * keeps every match and every non-match:
 * - an email becomes `contact-<record id>@<domain>`; a free-mail domain stays as it is (it never matches), any
 *   other domain becomes `company-<n>.example`, the same n for the same domain (compared in lower case);
 * - a company name becomes `Company <n>`, the same n for the same company key; a name with no key stays empty;
 * - employees become `Rep <id>`; a lead's routing reason (it names reps and companies) is left out.
 * Lead names, phone numbers and street addresses are never read by the export at all.
 */
import { companyKey, isFreeMailDomain } from '../../engine';
import { compactRow, type AccountExport, type ExportRow } from './accountExport';

/** Stand-ins handed out in order of first appearance: the same key always gets the same one. */
class StandIns {
  private readonly given = new Map<string, string>();

  constructor(private readonly make: (n: number) => string) {}

  of(key: string): string {
    let standIn = this.given.get(key);
    if (standIn === undefined) {
      standIn = this.make(this.given.size + 1);
      this.given.set(key, standIn);
    }
    return standIn;
  }
}

interface Pseudonyms {
  domains: StandIns;
  companies: StandIns;
}

function pseudonymEmail(email: unknown, recordId: string, pseudonyms: Pseudonyms): string {
  const text = String(email ?? '');
  const at = text.lastIndexOf('@');
  if (at < 0) return '';
  const domain = text.slice(at + 1).trim().toLowerCase();
  if (domain === '') return '';
  return `contact-${recordId}@${isFreeMailDomain(domain) ? domain : pseudonyms.domains.of(domain)}`;
}

function pseudonymCompany(name: unknown, pseudonyms: Pseudonyms): string {
  const key = companyKey(String(name ?? ''));
  return key === null ? '' : pseudonyms.companies.of(key);
}

function pseudonymCustomer(row: ExportRow, pseudonyms: Pseudonyms): ExportRow {
  const { custentity_tlr_reason: _reason, ...kept } = row;
  const replaced: ExportRow = { ...kept };
  if (row['email'] !== undefined) replaced['email'] = pseudonymEmail(row['email'], row.id, pseudonyms);
  if (row['companyname'] !== undefined) replaced['companyname'] = pseudonymCompany(row['companyname'], pseudonyms);
  return compactRow(replaced);
}

/**
 * The export with stand-ins; the input is left as it was.
 *
 * @example
 * pseudonymise(account).records.customer?.[0]; // { id: '500', companyname: 'Company 1', email: 'contact-500@company-1.example', … }
 */
export function pseudonymise(account: AccountExport): AccountExport {
  const pseudonyms: Pseudonyms = { domains: new StandIns((n) => `company-${n}.example`), companies: new StandIns((n) => `Company ${n}`) };
  const records: Record<string, ExportRow[]> = {};
  for (const [type, rows] of Object.entries(account.records)) {
    if (type === 'employee') records[type] = rows.map((row) => ({ ...row, entityid: `Rep ${row.id}` }));
    else if (type === 'customer') records[type] = rows.map((row) => pseudonymCustomer(row, pseudonyms));
    else records[type] = rows.map((row) => ({ ...row }));
  }
  return { ...account, parameters: { ...account.parameters }, records };
}
