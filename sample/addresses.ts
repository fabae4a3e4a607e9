/**
 * Addresses for sample leads and accounts: the state or province and postal code a real address in that country
 * would have, in the country's own postal format (ZIP and ZIP+4, Canadian and UK postcodes, Dutch `1011 AB`, …).
 */
import { CA_FSA_LETTERS, LETTERS, UK_INWARD_LETTERS } from '../tools/fixtures/geography';
import type { Random } from '../tools/fixtures/random';

export interface Address {
  country: string;
  state?: string;
  zip?: string;
}

type Weighted<T> = readonly (readonly [T, number])[];

export function pickWeighted<T>(random: Random, entries: Weighted<T>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const digits = (random: Random, length: number): string => Array.from({ length }, () => String(random.int(0, 9))).join('');
const padded = (value: number, length: number): string => String(value).padStart(length, '0');
const inRange = (random: Random, [low, high]: readonly [number, number], length: number): string => padded(random.int(low, high), length);

/** US states with the ZIP ranges they use, weighted by how many leads the sample company gets from each. */
const US_STATES: Weighted<readonly [string, readonly (readonly [number, number])[]]> = [
  [['CA', [[90000, 91899], [92000, 93999], [94000, 95199], [95200, 96199]]], 14],
  [['NY', [[10000, 11499], [11500, 14999]]], 8],
  [['TX', [[75000, 79999]]], 7],
  [['FL', [[32000, 34999]]], 6],
  [['IL', [[60000, 62999]]], 4],
  [['PA', [[15000, 19699]]], 4],
  [['MA', [[1000, 2799]]], 3],
  [['NJ', [[7000, 8999]]], 3],
  [['WA', [[98000, 99499]]], 3],
  [['GA', [[30000, 31999]]], 3],
  [['NC', [[27000, 28999]]], 3],
  [['OH', [[43000, 45999]]], 3],
  [['MI', [[48000, 49999]]], 3],
  [['VA', [[20100, 24699]]], 3],
  [['OR', [[97000, 97999]]], 2],
  [['CO', [[80000, 81699]]], 2],
  [['AZ', [[85000, 86599]]], 2],
  [['MN', [[55000, 56799]]], 2],
  [['TN', [[37000, 38599]]], 2],
  [['CT', [[6000, 6999]]], 1],
  [['UT', [[84000, 84799]]], 1],
  [['NV', [[88900, 89899]]], 1],
  [['DC', [[20000, 20599]]], 1],
  [['MO', [[63000, 65899]]], 1],
];

function usAddress(random: Random): Address {
  const [state, ranges] = pickWeighted(random, US_STATES);
  const zip = inRange(random, random.pick(ranges), 5);
  // Some forms collect ZIP+4.
  return { country: 'US', state, zip: random.chance(0.1) ? `${zip}-${digits(random, 4)}` : zip };
}

/** Provinces by the first letters of their postal codes. */
const CA_PROVINCES: Weighted<readonly [string, string]> = [
  [['ON', 'KLMNP'], 45],
  [['QC', 'GHJ'], 25],
  [['BC', 'V'], 14],
  [['AB', 'T'], 10],
  [['NS', 'B'], 3],
  [['MB', 'R'], 2],
  [['NB', 'E'], 1],
];

function canadianAddress(random: Random): Address {
  const [state, firstLetters] = pickWeighted(random, CA_PROVINCES);
  const letter = () => random.pick(CA_FSA_LETTERS);
  return { country: 'CA', state, zip: `${random.pick([...firstLetters])}${random.int(0, 9)}${letter()} ${random.int(0, 9)}${letter()}${random.int(0, 9)}` };
}

/** UK postcode areas by region, as the sample company's leads come in. */
const UK_AREAS: Weighted<readonly string[]> = [
  [['EC', 'WC', 'E', 'N', 'NW', 'SE', 'SW', 'W'], 35],
  [['B', 'M', 'L', 'S', 'LS', 'NG', 'LE', 'CV', 'NE', 'BD'], 30],
  [['AB', 'EH', 'G', 'DD'], 10],
  [['BS', 'CF', 'OX', 'CB', 'RG', 'GU', 'GL', 'BN', 'PL', 'SO', 'TN', 'ME', 'MK'], 25],
];

function ukAddress(random: Random): Address {
  const area = random.pick(pickWeighted(random, UK_AREAS));
  const district = random.int(1, area.length === 1 ? 9 : 20);
  // Central London districts carry a letter: EC1A, WC2N, W1T.
  const subdistrict = ['EC', 'WC', 'W'].includes(area) && district < 3 ? random.pick(['A', 'M', 'N', 'R', 'T']) : '';
  const inward = `${random.int(0, 9)}${random.pick(UK_INWARD_LETTERS)}${random.pick(UK_INWARD_LETTERS)}`;
  return { country: 'GB', zip: `${area}${district}${subdistrict} ${inward}` };
}

const AU_STATES: Weighted<readonly [string, readonly [number, number]]> = [
  [['NSW', [2000, 2599]], 35],
  [['VIC', [3000, 3999]], 28],
  [['QLD', [4000, 4999]], 18],
  [['WA', [6000, 6797]], 9],
  [['SA', [5000, 5799]], 6],
  [['ACT', [2600, 2618]], 2],
  [['TAS', [7000, 7799]], 1],
  [['NT', [800, 899]], 1],
];

function australianAddress(random: Random): Address {
  const [state, range] = pickWeighted(random, AU_STATES);
  return { country: 'AU', state, zip: inRange(random, range, 4) };
}

function frenchAddress(random: Random): Address {
  const department = random.chance(0.35) ? random.pick(['75', '77', '78', '91', '92', '93', '94', '95']) : padded(random.int(1, 95), 2);
  return { country: 'FR', zip: `${department}${digits(random, 3)}` };
}

const upper = (random: Random): string => random.pick(LETTERS);

/** Every other country's postal format. */
const POSTAL_FORMATS: Readonly<Record<string, (random: Random) => string>> = {
  DE: (random) => inRange(random, [1067, 99998], 5),
  AT: (random) => inRange(random, [1010, 9992], 4),
  CH: (random) => inRange(random, [1000, 9658], 4),
  NL: (random) => `${random.int(1011, 9999)} ${upper(random)}${upper(random)}`,
  BE: (random) => inRange(random, [1000, 9992], 4),
  SE: (random) => `${random.int(100, 984)} ${digits(random, 2)}`,
  NO: (random) => inRange(random, [1, 9991], 4),
  DK: (random) => inRange(random, [1050, 9990], 4),
  IE: (random) => `D${padded(random.int(1, 24), 2)} ${upper(random)}${digits(random, 2)}${upper(random)}`,
  NZ: (random) => inRange(random, [600, 9893], 4),
  JP: (random) => `${inRange(random, [100, 999], 3)}-${digits(random, 4)}`,
  BR: (random) => `${inRange(random, [1000, 99999], 5)}-${digits(random, 3)}`,
  MX: (random) => inRange(random, [1000, 99999], 5),
  IN: (random) => inRange(random, [110001, 855117], 6),
  SG: (random) => inRange(random, [18956, 829999], 6),
  ZA: (random) => inRange(random, [1, 9999], 4),
  ES: (random) => inRange(random, [1001, 52080], 5),
  IT: (random) => inRange(random, [10, 98168], 5),
};

const ADDRESS_MAKERS: Readonly<Record<string, (random: Random) => Address>> = {
  US: usAddress,
  CA: canadianAddress,
  GB: ukAddress,
  AU: australianAddress,
  FR: frenchAddress,
};

/** The countries the sample's leads come from, weighted. The last five have no territory but the catch-all. */
export const LEAD_COUNTRIES: Weighted<string> = [
  ['US', 44], ['CA', 7], ['GB', 11], ['IE', 1], ['DE', 8], ['AT', 1], ['CH', 1], ['FR', 5], ['NL', 2], ['BE', 1],
  ['SE', 1], ['NO', 1], ['DK', 1], ['AU', 5], ['NZ', 1], ['JP', 2], ['BR', 2], ['MX', 1],
  ['IN', 2], ['SG', 1], ['ZA', 1], ['ES', 1], ['IT', 1],
];

export function addressIn(country: string, random: Random): Address {
  const maker = ADDRESS_MAKERS[country];
  if (maker) return maker(random);
  const format = POSTAL_FORMATS[country];
  if (!format) throw new Error(`sample: no address format for ${country}`);
  return { country, zip: format(random) };
}

/** An addressbook line as the account file takes it. */
export function addressLine(address: Address, flags: { defaultbilling: boolean; defaultshipping: boolean }): Record<string, unknown> {
  return { ...flags, addressbookaddress: { ...address } };
}
