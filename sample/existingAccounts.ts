/**
 * Customers, prospects and leads the sample account already holds, for owner matching (SPEC §3.5) and for the
 * open-lead counts that capacity and load balancing read. The named accounts are written out; the open leads
 * that fill the capacity-limited reps' books are generated. Ids run from 1001.
 */
import type { Random } from '../tools/fixtures/random';
import { addressIn, addressLine } from './addresses';
import { emailOf, newPerson, type CompanyMaker } from './names';
import { rep } from './reps';
import { CATEGORY, subsidiaryFor } from './setup';

export interface ExistingAccount {
  name: string;
  /** The company's own domain; empty for accounts known only by a free-mail address. */
  domain: string;
  stage: 'CUSTOMER' | 'PROSPECT' | 'LEAD';
  owner: string;
  country: string;
  email?: string;
  category?: string;
  isInactive?: boolean;
}

/** Accounts new leads may belong to. Names are the fictitious companies of Microsoft's sample data. */
export const EXISTING_ACCOUNTS: readonly ExistingAccount[] = [
  { name: 'Fabrikam, Inc.', domain: 'fabrikam.com', stage: 'CUSTOMER', owner: 'ana', country: 'US' },
  { name: 'Northwind Traders Inc', domain: 'northwindtraders.com', stage: 'CUSTOMER', owner: 'isabel', country: 'US' },
  { name: 'Adventure Works Cycles', domain: 'adventure-works.com', stage: 'CUSTOMER', owner: 'grace', country: 'US' },
  { name: 'Coho Winery', domain: 'cohowinery.com', stage: 'CUSTOMER', owner: 'eli', country: 'US' },
  { name: 'Proseware, Inc.', domain: 'proseware.com', stage: 'CUSTOMER', owner: 'tom', country: 'US' },
  { name: 'Humongous Insurance', domain: 'humongousinsurance.com', stage: 'CUSTOMER', owner: 'liam', country: 'US' },
  { name: 'Blue Yonder Airlines', domain: 'blueyonderairlines.com', stage: 'CUSTOMER', owner: 'quinn', country: 'US' },
  { name: 'City Power & Light', domain: 'cpandl.com', stage: 'CUSTOMER', owner: 'uma', country: 'US', category: CATEGORY.publicSector },
  { name: 'Tailspin Toys LLC', domain: 'tailspintoys.com', stage: 'PROSPECT', owner: 'noah', country: 'US' },
  { name: 'Litware Inc', domain: 'litwareinc.com', stage: 'PROSPECT', owner: 'kim', country: 'US' },
  { name: 'Consolidated Messenger', domain: 'consolidatedmessenger.com', stage: 'PROSPECT', owner: 'priya', country: 'US' },
  { name: 'A. Datum Corporation', domain: 'adatum.com', stage: 'PROSPECT', owner: 'sam', country: 'US' },
  { name: 'Wingtip Toys', domain: 'wingtiptoys.com', stage: 'LEAD', owner: 'olivia', country: 'US' },
  // A prospect and a customer of one company: the customer's rep wins (CUSTOMER before PROSPECT).
  { name: 'Relecloud', domain: 'relecloud.com', stage: 'PROSPECT', owner: 'yara', country: 'CA' },
  { name: 'Relecloud Corp', domain: 'relecloud.com', stage: 'CUSTOMER', owner: 'zoe', country: 'CA' },
  { name: 'Fourth Coffee', domain: 'fourthcoffee.com', stage: 'PROSPECT', owner: 'yara', country: 'CA' },
  { name: 'Contoso Ltd', domain: 'contoso.co.uk', stage: 'CUSTOMER', owner: 'amelia', country: 'GB' },
  { name: 'Trey Research', domain: 'treyresearch.net', stage: 'PROSPECT', owner: 'chloe', country: 'GB' },
  { name: 'Wide World Importers GmbH', domain: 'wideworldimporters.de', stage: 'CUSTOMER', owner: 'felix', country: 'DE' },
  { name: 'Lucerne Publishing', domain: 'lucernepublishing.com', stage: 'LEAD', owner: 'hannah', country: 'DE' },
  { name: 'Alpine Ski House AG', domain: 'alpineskihouse.ch', stage: 'CUSTOMER', owner: 'jonas', country: 'CH' },
  { name: 'Graphic Design Institute', domain: 'graphicdesigninstitute.fr', stage: 'CUSTOMER', owner: 'lea', country: 'FR' },
  { name: 'School of Fine Art B.V.', domain: 'fineartschool.nl', stage: 'PROSPECT', owner: 'daan', country: 'NL' },
  { name: 'VanArsdel AB', domain: 'vanarsdel.se', stage: 'CUSTOMER', owner: 'sven', country: 'SE' },
  { name: "Margie's Travel Pty Ltd", domain: 'margiestravel.com.au', stage: 'CUSTOMER', owner: 'mia', country: 'AU' },
  { name: "Munson's Pickles and Preserves Farm", domain: 'munsonspickles.co.nz', stage: 'CUSTOMER', owner: 'aroha', country: 'NZ' },
  { name: 'Bellows College', domain: 'bellowscollege.com.br', stage: 'PROSPECT', owner: 'ines', country: 'BR' },
  // Owners who no longer count: the rep has left, or the customer is inactive. Routing moves on.
  { name: 'Woodgrove Bank', domain: 'woodgrovebank.com', stage: 'CUSTOMER', owner: 'victor', country: 'US' },
  { name: 'Southridge Video', domain: 'southridgevideo.com', stage: 'CUSTOMER', owner: 'jack', country: 'US', isInactive: true },
  // Sole traders known only by a free-mail address: the domain never matches, the company name does.
  { name: "Joe's Plumbing", domain: '', email: 'joesplumbing@gmail.com', stage: 'CUSTOMER', owner: 'olivia', country: 'US' },
  { name: 'Schreinerei Maier', domain: '', email: 'info.maier@web.de', stage: 'CUSTOMER', owner: 'hannah', country: 'DE' },
];

/** Open leads already on the books of the reps whose capacity or load the sample exercises. */
const OPEN_LEADS: readonly (readonly [handle: string, count: number, countries: readonly string[]])[] = [
  ['bo', 35, ['US']],
  ['liam', 30, ['US']],
  ['maria', 20, ['US']],
  ['noah', 30, ['US']],
  ['ines', 120, ['IN', 'SG', 'ZA', 'ES', 'IT', 'BR', 'MX']],
  ['omar', 135, ['IN', 'SG', 'ZA', 'ES', 'IT']],
];

const FIRST_ID = 1001;

function customerRecord(account: ExistingAccount, random: Random): Record<string, unknown> {
  return {
    companyname: account.name,
    email: account.email ?? emailOf(newPerson(random), account.domain),
    stage: account.stage,
    salesrep: rep(account.owner),
    subsidiary: subsidiaryFor(account.country),
    ...(account.category === undefined ? {} : { category: account.category }),
    ...(account.isInactive ? { isinactive: true } : {}),
    addressbook: [addressLine(addressIn(account.country, random), { defaultbilling: true, defaultshipping: true })],
  };
}

/** The named accounts, then the generated open leads; `newCompany` keeps their names apart from the new leads'. */
export function existingRecords(random: Random, newCompany: CompanyMaker): Record<string, unknown>[] {
  const openLeads: ExistingAccount[] = OPEN_LEADS.flatMap(([owner, count, countries]) =>
    Array.from({ length: count }, () => {
      const company = newCompany(random.pick(countries));
      return { name: company.name, domain: company.domain, stage: 'LEAD' as const, owner, country: company.country };
    }),
  );
  return [...EXISTING_ACCOUNTS, ...openLeads].map((account, index) => ({ id: String(FIRST_ID + index), ...customerRecord(account, random) }));
}
