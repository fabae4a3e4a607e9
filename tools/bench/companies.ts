/**
 * Made-up companies for the emulated accounts: a distinctive brand word, sometimes a descriptor, a trade word and
 * a legal form ("Corvalis Pacific Logistics LLC", corvalislogistics.com), and the people who write from them.
 *
 * Trade words follow a long-tailed frequency, as in real account lists: "Solutions", "Services", "Group",
 * "Consulting" are common, "Brewing" is rare. That matters for the owner search, which looks a company up by
 * every word of its name (src/netsuite/ownerQuery.ts companyWords): a shared trade word alone would match
 * thousands of accounts.
 */
import type { Random } from '../fixtures/random';

export interface Company {
  /** The name as written, with a legal form. */
  name: string;
  /** The company's own email domain. */
  domain: string;
}

const SYLLABLES = [
  'ar', 'bel', 'cor', 'dan', 'el', 'fin', 'gal', 'hal', 'is', 'jor', 'kel', 'lum', 'mar', 'nor', 'ol', 'pra', 'quin', 'ros',
  'sel', 'tor', 'ul', 'ven', 'wil', 'xan', 'yor', 'zen', 'bra', 'cal', 'dor', 'fal', 'gren', 'hav', 'lin', 'mor', 'tal', 'vis',
];
const DESCRIPTORS = ['North', 'Global', 'United', 'Pacific', 'First', 'American', 'Advanced', 'Coastal', 'Metro', 'Prime', 'Summit', 'Western'];

/** Trade words with their relative frequency (a long tail). */
const TRADES: ReadonlyArray<readonly [string, number]> = [
  ['Solutions', 40], ['Services', 36], ['Group', 32], ['Consulting', 26], ['Technologies', 24], ['Systems', 20], ['Partners', 18],
  ['International', 15], ['Logistics', 13], ['Manufacturing', 12], ['Software', 11], ['Construction', 10], ['Industries', 9],
  ['Enterprises', 9], ['Associates', 8], ['Healthcare', 8], ['Engineering', 7], ['Marketing', 7], ['Media', 6], ['Labs', 6],
  ['Foods', 5], ['Energy', 5], ['Capital', 5], ['Dental', 4], ['Design', 4], ['Realty', 4], ['Motors', 3], ['Pharma', 3],
  ['Textiles', 2], ['Freight', 2], ['Robotics', 2], ['Architects', 2], ['Studios', 2], ['Bakery', 1], ['Brewing', 1], ['Clinics', 1],
];
const TRADE_TOTAL = TRADES.reduce((sum, [, weight]) => sum + weight, 0);
const LEGAL_FORMS = ['Inc', 'Inc.', 'LLC', 'Ltd', 'Corp', 'GmbH', 'B.V.', 'Pty Ltd', ''];
const FIRST_NAMES = ['james', 'mary', 'wei', 'aisha', 'carlos', 'sofia', 'liam', 'emma', 'noah', 'lukas', 'hugo', 'ravi', 'kenji', 'yuki', 'mateo', 'lena', 'omar', 'sarah'];
const LAST_NAMES = ['smith', 'chen', 'khan', 'garcia', 'rossi', 'murphy', 'taylor', 'schneider', 'martin', 'sharma', 'sato', 'lopez', 'weber', 'jansen', 'nguyen', 'kim', 'okafor', 'dubois'];
/** All on the engine's free-mail list: they never match an owner by domain. */
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'gmx.de'];

function trade(random: Random): string {
  let roll = random.next() * TRADE_TOTAL;
  for (const [word, weight] of TRADES) if ((roll -= weight) < 0) return word;
  return TRADES[0]![0];
}

function brand(random: Random): string {
  let word = '';
  for (let n = random.int(2, 3); n > 0; n--) word += random.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * A maker of companies, each brand + trade used once, so that two records share a name or a domain only when a
 * generator means them to.
 *
 * @example
 * const next = companyMaker(createRandom(3));
 * next(); // → { name: 'Corvalis Pacific Logistics LLC', domain: 'corvalislogistics.com' }
 */
export function companyMaker(random: Random): () => Company {
  const used = new Set<string>();
  return () => {
    let key: string;
    let words: string[];
    do {
      words = [brand(random), ...(random.chance(0.3) ? [random.pick(DESCRIPTORS)] : []), trade(random)];
      key = `${words[0]} ${words.at(-1)}`;
    } while (used.has(key));
    used.add(key);
    const legalForm = random.pick(LEGAL_FORMS);
    const domain = `${key.toLowerCase().replace(/[^a-z]+/g, '')}.${random.chance(0.7) ? 'com' : random.pick(['net', 'io', 'co.uk', 'de'])}`;
    return { name: [...words, legalForm].filter((word) => word !== '').join(' '), domain };
  };
}

/** someone@domain, the way most companies spell addresses. */
export function workEmail(random: Random, domain: string): string {
  return `${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}@${domain}`;
}

export function freeMailEmail(random: Random): string {
  return `${random.pick(FIRST_NAMES)}${random.int(1, 999)}@${random.pick(FREE_MAIL)}`;
}

/** The same company written another way: without its legal form, or in capitals. */
export function variantName(random: Random, name: string): string {
  const withoutForm = name.replace(/\s+(Inc\.?|LLC|Ltd|Corp|GmbH|B\.V\.|Pty Ltd)$/, '');
  return random.chance(0.5) ? withoutForm : withoutForm.toUpperCase();
}
