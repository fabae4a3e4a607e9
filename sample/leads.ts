/**
 * The sample's new leads, generated from a fixed seed so every run creates the same ones. Most come from new
 * companies all over the world; some from existing accounts (same domain, or the same company written
 * differently), some from colleagues of an earlier lead (so two leads of one company meet the same rep), some
 * from people on free mail, a few entered with a rep already chosen, without an address, or with their
 * billing address second in the address book.
 */
import type { Random } from '../tools/fixtures/random';
import { addressIn, addressLine, LEAD_COUNTRIES, pickWeighted, type Address } from './addresses';
import { EXISTING_ACCOUNTS, type ExistingAccount } from './existingAccounts';
import { emailOf, freeMailDomain, newPerson, type Company, type CompanyMaker } from './names';
import { ACTIVE_REP_HANDLES, rep } from './reps';
import { CATEGORY, SOURCE, subsidiaryFor } from './setup';

type Origin = 'new company' | 'existing account' | 'colleague' | 'free-mail business' | 'individual';

const ORIGINS: readonly (readonly [Origin, number])[] = [
  ['new company', 73],
  ['existing account', 7],
  ['colleague', 10],
  ['free-mail business', 7],
  ['individual', 3],
];

const SOURCES: readonly (readonly [string | null, number])[] = [
  [SOURCE.webForm, 40],
  [SOURCE.paidSearch, 20],
  [SOURCE.webinar, 12],
  [SOURCE.tradeShow, 10],
  [SOURCE.outbound, 10],
  [SOURCE.partner, 6],
  [null, 2],
];

const CATEGORIES: readonly (readonly [string | null, number])[] = [
  [CATEGORY.enterprise, 15],
  [CATEGORY.midMarket, 35],
  [CATEGORY.smallBusiness, 40],
  [CATEGORY.publicSector, 5],
  [null, 5],
];

/** How an existing account's name comes back on a web form: as it is, shouted, without punctuation or legal form. */
function writtenDifferently(random: Random, name: string): string {
  const bare = name.replace(/[.,]/g, '');
  return random.pick([name, name.toUpperCase(), bare, bare.replace(/\s+(Inc|Ltd|LLC|AG|AB|GmbH|Corp|Pty Ltd)$/i, '')]);
}

interface Sender {
  companyname: string;
  email: string;
  country: string;
  isperson?: boolean;
  firstname: string;
  lastname: string;
}

function fromExistingAccount(random: Random, account: ExistingAccount): Sender {
  const person = newPerson(random);
  // Mostly a colleague at the same domain; sometimes the company name alone links them.
  const byDomain = account.domain !== '' && random.chance(0.7);
  const email = emailOf(person, byDomain ? account.domain : freeMailDomain(random, account.country));
  return { companyname: writtenDifferently(random, account.name), email, country: account.country, ...person };
}

function fromCompany(random: Random, company: Company): Sender {
  const person = newPerson(random);
  return { companyname: company.name, email: emailOf(person, company.domain), country: company.country, ...person };
}

/** The billing address, sometimes after a shipping address elsewhere; rarely none at all. */
function addressBook(random: Random, address: Address): Record<string, unknown>[] {
  if (random.chance(0.01)) return [];
  const billing = addressLine(address, { defaultbilling: true, defaultshipping: false });
  if (!random.chance(0.04)) return [{ ...billing, defaultshipping: true }];
  return [addressLine(addressIn(address.country, random), { defaultbilling: false, defaultshipping: true }), billing];
}

export function sampleLeads(random: Random, count: number, newCompany: CompanyMaker): Record<string, unknown>[] {
  const companies: Company[] = [];
  const sender = (origin: Origin): Sender => {
    const country = () => pickWeighted(random, LEAD_COUNTRIES);
    switch (origin) {
      case 'existing account':
        return fromExistingAccount(random, random.pick(EXISTING_ACCOUNTS));
      case 'colleague':
        if (companies.length > 0) return fromCompany(random, random.pick(companies));
        return sender('new company');
      case 'free-mail business': {
        const company = newCompany(country());
        return { ...fromCompany(random, company), email: emailOf(newPerson(random), freeMailDomain(random, company.country)) };
      }
      case 'individual': {
        const [person, where] = [newPerson(random), country()];
        return { companyname: '', isperson: true, email: emailOf(person, freeMailDomain(random, where)), country: where, ...person };
      }
      case 'new company': {
        const company = newCompany(country());
        companies.push(company);
        return fromCompany(random, company);
      }
    }
  };

  return Array.from({ length: count }, (_, index) => {
    const { country, ...who } = sender(pickWeighted(random, ORIGINS));
    const leadsource = pickWeighted(random, SOURCES);
    const category = pickWeighted(random, CATEGORIES);
    return {
      externalid: `WEB-${String(index + 1).padStart(5, '0')}`,
      ...who,
      subsidiary: subsidiaryFor(country),
      ...(leadsource === null ? {} : { leadsource }),
      ...(category === null ? {} : { category }),
      // A rep picked by hand on the form: kept (SPEC §3.5 keep existing).
      ...(random.chance(0.02) ? { salesrep: rep(random.pick(ACTIVE_REP_HANDLES)) } : {}),
      addressbook: addressBook(random, addressIn(country, random)),
    };
  });
}
