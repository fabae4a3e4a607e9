// Random territory rows and leads in small alphabets, so random leads really match: shared by the property tests.
import fc from 'fast-check';
import type { LeadFacts, TerritoryRow } from '../../src/engine/types';
import { lead, territoryRow } from '../../tools/fixtures/rows';

const postalChar = fc.constantFrom('0', '1', '2', 'A', 'B');
export const postalText = (minLength: number, maxLength: number) => fc.string({ unit: postalChar, minLength, maxLength });

/** A postal pattern as an administrator might type it: range, prefix, outward code or exact, in any case and spacing. */
export const postalEntry = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 1, max: 3 })
      .chain((length) => fc.tuple(postalText(length, length), postalText(length, length)))
      .map(([a, b]) => (a <= b ? `${a}-${b}` : `${b} - ${a}`)),
  },
  { weight: 4, arbitrary: postalText(1, 2).map((prefix) => `${prefix.toLowerCase()}*`) },
  { weight: 3, arbitrary: fc.tuple(postalText(1, 3), fc.constantFrom(' ', '  ', '\t')).map(([outward, space]) => `${outward}${space}*`) },
  {
    weight: 4,
    arbitrary: fc.tuple(postalText(1, 3), postalText(0, 2), fc.constantFrom('-', ' ', '')).map(([head, tail, glue]) => head + glue + tail),
  },
  { weight: 1, arbitrary: fc.constantFrom('3-1', '*', '1*1') },
);

const separator = fc.constantFrom(', ', ';', '\n', ' ; ');
/** A list field: empty half of the time, so territories set only some criteria and leads can match them. */
const joined = (entry: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.constant(''),
    fc.tuple(fc.array(entry, { minLength: 1, maxLength: 3 }), separator).map(([entries, glue]) => entries.join(glue)),
  );

export const territoryRows: fc.Arbitrary<TerritoryRow[]> = fc
  .array(
    fc.record({
      isInactive: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
      priority: fc.constantFrom(0, 10, 10, 20, 20, 20, 20, 20, 20, null),
      countries: joined(fc.constantFrom('US', 'CA', 'GB', 'AU', 'us')),
      states: joined(fc.constantFrom('US-WA', 'AU-WA', 'WA', 'CA', 'us-ca', 'NSW')),
      postalCodes: joined(postalEntry),
      leadSources: fc.constantFrom<string[]>([], [], ['1'], ['1', '2']),
      categories: fc.constantFrom<string[]>([], [], [], ['5']),
      beforeOwner: fc.integer({ min: 0, max: 5 }).map((roll) => roll === 0),
    }),
    { maxLength: 25 },
  )
  .map((rows) => rows.map((row, i) => territoryRow({ ...row, id: String(i + 1), name: `T${i + 1}` })));

/** Leads in the same small alphabet, with ZIP+4-like tails, spaces and lower case. */
export const leads: fc.Arbitrary<LeadFacts[]> = fc.array(
  fc
    .record({
      country: fc.constantFrom('US', 'ca', 'GB', 'AU', ''),
      state: fc.constantFrom('WA', 'ca', 'NSW', ''),
      postalCode: fc
        .tuple(postalText(0, 5), fc.constantFrom('', '-12', ' 1a', ' 1ab', '2AB'), fc.boolean())
        .map(([code, tail, lower]) => (code === '' ? '' : lower ? (code + tail).toLowerCase() : code + tail)),
      leadSource: fc.constantFrom('1', '2', null),
      category: fc.constantFrom('5', null),
    })
    .map((facts) => lead(facts)),
  { minLength: 1, maxLength: 20 },
);

