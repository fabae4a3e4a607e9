/**
 * The sample's territories as an administrator would set them up, one entry each, with their members.
 * Ids: territories from 201, members from 301, both in table order.
 *
 * What the table exercises, on the sample's day (2026-11-26):
 * - lead-source and category territories ahead of the regional ones (lower priority number);
 * - ZIP ranges (Bay Area, Los Angeles, Germany), prefixes (London, Île-de-France), UK areas written as ranges
 *   (`G0-G9` is Glasgow without catching GU Guildford or GL Gloucester), bare and country-qualified states;
 * - weights 2:1, capacity (Bay Area, Texas, the catch-all), a load-balanced territory (Texas);
 * - reps away today (Cy Dee; Rosa Martinez, whose absence has an open start; Duncan MacLeod, whose last day
 *   away is today) and one away only later (Greta Schmidt);
 * - a member who left the company (Victor Hughes), a territory with only a fallback rep (Japan), an inactive
 *   territory that would otherwise win (EMEA 2019), and a territory with bad data imported with server
 *   scripts off (Ireland: "UK" is not a country code), which routing skips and logs;
 * - a last territory whose members have capacity and no fallback rep, so leads beyond it go to the default rep;
 * - on purpose, for the health report (`npm run simulate -- --health`): Silicon Valley overlaps Bay Area and is
 *   shadowed by it, Ireland is invalid, and South Africa is a gap: Rest of world lists the countries sales works
 *   outside the regions, and South Africa, where marketing started campaigns, is on no territory, so its leads go to
 *   the default rep (leads without an address match no territory either: a territory with countries needs one).
 */
import { rep } from './reps';
import { CATEGORY, SOURCE } from './setup';

interface MemberSpec {
  rep: string;
  weight?: number;
  capacity?: number;
  awayFrom?: string;
  awayUntil?: string;
}

interface TerritorySpec {
  name: string;
  priority: number;
  countries?: string;
  states?: string;
  postalCodes?: string;
  leadSources?: string[];
  categories?: string[];
  loadBalanced?: boolean;
  fallback?: string;
  isInactive?: boolean;
  members: MemberSpec[];
}

const TERRITORIES: readonly TerritorySpec[] = [
  { name: 'Partner referrals', priority: 10, leadSources: [SOURCE.partner], fallback: 'sam', members: [{ rep: 'paolo' }] },
  {
    name: 'US public sector',
    priority: 15,
    countries: 'US',
    categories: [CATEGORY.publicSector],
    fallback: 'sam',
    members: [{ rep: 'uma' }, { rep: 'victor' }],
  },
  {
    name: 'Bay Area',
    priority: 20,
    countries: 'US',
    states: 'CA',
    postalCodes: '94000-95199',
    fallback: 'dana',
    members: [{ rep: 'ana', weight: 2 }, { rep: 'bo', capacity: 40 }, { rep: 'cy', awayFrom: '2026-11-20', awayUntil: '2026-11-30' }],
  },
  { name: 'Los Angeles', priority: 20, countries: 'US', states: 'CA', postalCodes: '90000-91899', fallback: 'dana', members: [{ rep: 'eli' }, { rep: 'fatima' }] },
  { name: 'California (rest)', priority: 30, countries: 'US', states: 'US-CA', members: [{ rep: 'dana' }, { rep: 'fatima' }] },
  { name: 'Pacific Northwest', priority: 20, countries: 'US', states: 'WA, OR', members: [{ rep: 'grace' }, { rep: 'hiro' }] },
  {
    name: 'New York Metro',
    priority: 20,
    countries: 'US',
    states: 'NY; NJ',
    postalCodes: '10000-11499\n07000-07999',
    members: [{ rep: 'isabel', weight: 2 }, { rep: 'jack' }],
  },
  { name: 'New England', priority: 20, countries: 'US', states: 'MA, CT, RI, NH, VT, ME', fallback: 'jack', members: [{ rep: 'kim' }] },
  {
    name: 'Texas',
    priority: 20,
    countries: 'US',
    states: 'TX',
    loadBalanced: true,
    members: [{ rep: 'liam', capacity: 60 }, { rep: 'maria', capacity: 60 }, { rep: 'noah', weight: 2 }],
  },
  { name: 'Southeast', priority: 20, countries: 'US', states: 'FL, GA, NC, SC, AL, TN', members: [{ rep: 'olivia' }, { rep: 'priya' }] },
  {
    name: 'Midwest',
    priority: 20,
    countries: 'US',
    states: 'IL, IN, OH, MI, WI, MN, IA, MO',
    members: [{ rep: 'quinn' }, { rep: 'rosa', awayUntil: '2026-11-27' }],
  },
  { name: 'Mountain', priority: 20, countries: 'US', states: 'CO, UT, AZ, NV, NM, ID, MT, WY', fallback: 'sam', members: [{ rep: 'tom' }] },
  { name: 'United States (rest)', priority: 90, countries: 'US', members: [{ rep: 'sam' }, { rep: 'quinn' }] },
  { name: 'Ontario', priority: 20, countries: 'CA', states: 'ON', members: [{ rep: 'yara', weight: 2 }, { rep: 'zoe' }] },
  { name: 'Québec', priority: 20, countries: 'CA', states: 'QC', members: [{ rep: 'wendy' }, { rep: 'xavier' }] },
  { name: 'Western Canada', priority: 20, countries: 'CA', states: 'BC, AB, SK, MB', members: [{ rep: 'zoe' }] },
  { name: 'Canada (rest)', priority: 90, countries: 'CA', fallback: 'wendy', members: [{ rep: 'xavier' }] },
  {
    name: 'London',
    priority: 20,
    countries: 'GB',
    postalCodes: 'EC*, WC*, E0-E9, N0-N9, NW*, SE*, SW*, W0-W9',
    members: [{ rep: 'amelia' }, { rep: 'ben' }],
  },
  {
    name: 'Midlands and North of England',
    priority: 20,
    countries: 'GB',
    postalCodes: 'B0-B9, BD*, CV*, L0-L9, LE*, LS*, M0-M9, NE*, NG*, S0-S9',
    members: [{ rep: 'chloe' }],
  },
  {
    name: 'Scotland',
    priority: 20,
    countries: 'GB',
    postalCodes: 'AB*, DD*, EH*, G0-G9',
    fallback: 'emily',
    members: [{ rep: 'duncan', awayFrom: '2026-11-24', awayUntil: '2026-11-26' }],
  },
  { name: 'Ireland', priority: 20, countries: 'IE, UK', members: [{ rep: 'emily' }] },
  { name: 'UK and Ireland (rest)', priority: 90, countries: 'GB, IE', members: [{ rep: 'emily' }, { rep: 'ben' }] },
  { name: 'Germany North and East', priority: 20, countries: 'DE', postalCodes: '00000-39999', members: [{ rep: 'felix' }] },
  {
    name: 'Germany West',
    priority: 20,
    countries: 'DE',
    postalCodes: '40000-69999',
    fallback: 'felix',
    members: [{ rep: 'greta', awayFrom: '2026-12-21', awayUntil: '2027-01-04' }],
  },
  { name: 'Germany South', priority: 20, countries: 'DE', postalCodes: '70000-99999', members: [{ rep: 'hannah', weight: 2 }, { rep: 'jonas' }] },
  { name: 'Austria and Switzerland', priority: 20, countries: 'AT, CH', fallback: 'hannah', members: [{ rep: 'jonas' }] },
  { name: 'Île-de-France', priority: 20, countries: 'FR', postalCodes: '75*, 77*, 78*, 91*, 92*, 93*, 94*, 95*', members: [{ rep: 'lea' }] },
  { name: 'France (rest)', priority: 90, countries: 'FR', members: [{ rep: 'hugo' }, { rep: 'lea' }] },
  { name: 'Benelux', priority: 50, countries: 'NL; BE; LU', members: [{ rep: 'daan' }] },
  { name: 'Nordics', priority: 50, countries: 'SE\nNO\nDK\nFI', members: [{ rep: 'sven' }] },
  {
    name: 'Australia East',
    priority: 20,
    countries: 'AU',
    states: 'NSW, VIC, QLD, ACT, TAS',
    members: [{ rep: 'mia', weight: 2 }, { rep: 'lachlan' }],
  },
  { name: 'Australia West and South', priority: 20, countries: 'AU', states: 'AU-WA, AU-SA, AU-NT', fallback: 'mia', members: [{ rep: 'lachlan' }] },
  { name: 'New Zealand', priority: 50, countries: 'NZ', members: [{ rep: 'aroha' }] },
  { name: 'Japan', priority: 50, countries: 'JP', fallback: 'hiro', members: [] },
  { name: 'Latin America', priority: 50, countries: 'BR, AR, CL, MX, CO', loadBalanced: true, members: [{ rep: 'ines' }] },
  { name: 'EMEA 2019', priority: 5, countries: 'GB, DE, FR', isInactive: true, members: [{ rep: 'amelia' }] },
  // A deliberate gap: South Africa (ZA) is on no territory, so the health report names its leads.
  { name: 'Rest of world', priority: 999, countries: 'ES, IT, IN, SG', members: [{ rep: 'ines', capacity: 150 }, { rep: 'omar', capacity: 150 }] },
  // A deliberate fault for the health report, added last so no other id moves: Silicon Valley shares priority 20
  // and ZIPs 95000-95199 with Bay Area (an overlap), and Bay Area, with a fallback rep, takes every one of those
  // leads first, so Silicon Valley is shadowed and never decides: routing is the same with or without it.
  { name: 'Silicon Valley', priority: 20, countries: 'US', states: 'CA', postalCodes: '95000-95199', members: [{ rep: 'ana' }] },
];

const FIRST_TERRITORY_ID = 201;
const FIRST_MEMBER_ID = 301;

const territoryId = (index: number): string => String(FIRST_TERRITORY_ID + index);

/** Leaves out what the table leaves out, so the account takes the field's default. */
function defined(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

export function territoryRecords(): Record<string, unknown>[] {
  return TERRITORIES.map((territory, index) =>
    defined({
      id: territoryId(index),
      name: territory.name,
      isinactive: territory.isInactive,
      custrecord_tlr_priority: territory.priority,
      custrecord_tlr_countries: territory.countries,
      custrecord_tlr_states: territory.states,
      custrecord_tlr_postal_codes: territory.postalCodes,
      custrecord_tlr_lead_sources: territory.leadSources,
      custrecord_tlr_categories: territory.categories,
      custrecord_tlr_method: territory.loadBalanced ? 'val_tlr_load_balanced' : 'val_tlr_round_robin',
      custrecord_tlr_fallback_rep: territory.fallback === undefined ? undefined : rep(territory.fallback),
    }),
  );
}

export function memberRecords(): Record<string, unknown>[] {
  const members = TERRITORIES.flatMap((territory, index) => territory.members.map((member) => ({ member, territory: territoryId(index) })));
  return members.map(({ member, territory }, index) =>
    defined({
      id: String(FIRST_MEMBER_ID + index),
      custrecord_tlr_mem_territory: territory,
      custrecord_tlr_mem_rep: rep(member.rep),
      custrecord_tlr_mem_weight: member.weight ?? 1,
      custrecord_tlr_mem_capacity: member.capacity,
      custrecord_tlr_mem_away_from: member.awayFrom,
      custrecord_tlr_mem_away_until: member.awayUntil,
    }),
  );
}
