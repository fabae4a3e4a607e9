/**
 * Company and person names for sample leads, with the email domains they would use: the company's own domain
 * under its country's top-level domain, or a free-mail domain people of that country use.
 */
import type { Random } from '../tools/fixtures/random';

const PREFIXES = [
  'Blue', 'North', 'Summit', 'Bright', 'Harbor', 'Iron', 'Silver', 'Cedar', 'Atlas', 'Nova', 'Pioneer', 'Maple', 'Crystal',
  'Evergreen', 'Granite', 'Orbit', 'Vertex', 'Delta', 'Quantum', 'Sierra', 'Coastal', 'Prairie', 'Falcon', 'Redwood', 'Beacon',
  'Copper', 'Meridian', 'Aspen', 'Lakeside', 'Keystone', 'Riverbend', 'Sunrise', 'Oakridge', 'Westwind', 'Highland', 'Clearwater',
];
const MIDDLES = ['Bay', 'Peak', 'Stone', 'Field', 'Point', 'Ridge', 'Valley', 'Bridge', 'Star', 'Works', 'Line', 'Path', 'Gate', 'Wood', 'Park', 'Crest'];
const TRADES = [
  'Analytics', 'Logistics', 'Foods', 'Dental', 'Robotics', 'Software', 'Energy', 'Capital', 'Partners', 'Labs', 'Manufacturing',
  'Health', 'Media', 'Systems', 'Consulting', 'Outdoor', 'Bakery', 'Motors', 'Studios', 'Pharma', 'Insurance', 'Architects',
  'Freight', 'Hotels', 'Biotech', 'Textiles', 'Electric', 'Engineering', 'Clinics', 'Brewing',
];
const FIRST_NAMES = [
  'James', 'Mary', 'Wei', 'Aisha', 'Carlos', 'Sofia', 'Liam', 'Emma', 'Noah', 'Olivia', 'Lukas', 'Mia', 'Hugo', 'Chloé', 'Ravi',
  'Ananya', 'Kenji', 'Yuki', 'Oliver', 'Amelia', 'Mateo', 'Lucía', 'Jonas', 'Lena', 'Finn', 'Freya', 'Omar', 'Layla', 'Daniel',
  'Sarah', 'Thomas', 'Julia', 'Pieter', 'Sanne', 'Erik', 'Ingrid', 'Jack', 'Charlotte', 'Tane', 'Mere',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Chen', 'Khan', 'Garcia', 'Rossi', 'Murphy', 'Wilson', 'Taylor', 'Brown', 'Schneider', 'Fischer', 'Martin',
  'Bernard', 'Sharma', 'Gupta', 'Sato', 'Suzuki', 'Jones', 'Williams', 'Lopez', 'Fernandez', 'Weber', 'Hoffmann', 'Jansen',
  'de Jong', 'Andersen', 'Nilsen', 'Walsh', 'Byrne', 'Nguyen', 'Kim', 'Okafor', 'Mensah', 'Cohen', 'Levi', 'Dubois', 'Moreau',
  'Campbell', 'Stewart',
];

/** Legal forms by country; the routing engine drops them when it compares company names. */
const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: ['Inc', 'Inc.', 'LLC', 'Corp', 'Corporation', ''],
  CA: ['Inc', 'Ltd', 'Corp', ''],
  GB: ['Ltd', 'Limited', 'plc', ''],
  IE: ['Ltd', 'Limited', ''],
  DE: ['GmbH', 'AG', 'GmbH & Co. KG'],
  AT: ['GmbH', 'AG'],
  CH: ['AG', 'SA', 'GmbH'],
  FR: ['SA', 'SARL', 'SAS'],
  NL: ['B.V.', 'N.V.'],
  BE: ['NV', 'SA', 'BV'],
  SE: ['AB'],
  NO: ['AS'],
  DK: ['A/S', 'ApS'],
  AU: ['Pty Ltd', 'Pty. Ltd.'],
  NZ: ['Limited', 'Ltd'],
  JP: ['K.K.', 'Co., Ltd.'],
  BR: ['Ltda', 'S.A.'],
  MX: ['S.A. de C.V.'],
  IN: ['Pvt Ltd', 'Limited'],
  SG: ['Pte Ltd'],
  ZA: ['(Pty) Ltd'],
  ES: ['S.L.', 'S.A.'],
  IT: ['S.r.l.', 'S.p.A.'],
};

const TOP_LEVEL_DOMAINS: Readonly<Record<string, string>> = {
  US: 'com', CA: 'ca', GB: 'co.uk', IE: 'ie', DE: 'de', AT: 'at', CH: 'ch', FR: 'fr', NL: 'nl', BE: 'be', SE: 'se', NO: 'no',
  DK: 'dk', AU: 'com.au', NZ: 'co.nz', JP: 'co.jp', BR: 'com.br', MX: 'com.mx', IN: 'in', SG: 'com.sg', ZA: 'co.za', ES: 'es',
  IT: 'it',
};

/** Free-mail domains people use, by country (all on the engine's free-mail list, so they never match an owner). */
const FREE_MAIL: Readonly<Record<string, readonly string[]>> = {
  DE: ['gmx.de', 'web.de', 'gmail.com'],
  AT: ['gmx.com', 'gmail.com'],
  GB: ['yahoo.co.uk', 'hotmail.com', 'gmail.com'],
  JP: ['yahoo.com', 'gmail.com'],
};
const DEFAULT_FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'];

export interface Company {
  /** The name as the company writes it, with its legal form. */
  name: string;
  domain: string;
  country: string;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A maker of made-up companies ("Cedar Ridge Logistics LLC", cedarridgelogistics.com), each name used once:
 * companies that share a name or domain in the sample do so on purpose, never by chance.
 */
export type CompanyMaker = (country: string) => Company;

export function companyMaker(random: Random): CompanyMaker {
  const used = new Set<string>();
  return (country) => {
    let base: string[];
    do base = [random.pick(PREFIXES), random.pick(MIDDLES), random.pick(TRADES)];
    while (used.has(base.join(' ')));
    used.add(base.join(' '));
    const legalForm = random.pick(LEGAL_FORMS[country] ?? ['']);
    const name = [...base, legalForm].filter((word) => word !== '').join(' ');
    return { name, domain: `${slug(base.join(''))}.${TOP_LEVEL_DOMAINS[country] ?? 'com'}`, country };
  };
}

export function freeMailDomain(random: Random, country: string): string {
  return random.pick(FREE_MAIL[country] ?? DEFAULT_FREE_MAIL);
}

interface Person {
  firstname: string;
  lastname: string;
}

export function newPerson(random: Random): Person {
  return { firstname: random.pick(FIRST_NAMES), lastname: random.pick(LAST_NAMES) };
}

/** jo.smith@domain, the way most companies spell addresses. */
export function emailOf(person: Person, domain: string): string {
  const local = `${person.firstname}.${person.lastname}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  return `${local}@${domain}`;
}
