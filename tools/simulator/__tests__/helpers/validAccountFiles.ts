/**
 * fast-check arbitraries of VALID account files (SPEC §5): everything the format allows, in the shapes people write
 * it — optional fields left out, blanks, ids as numbers or strings, checkboxes as booleans or "T"/"F", unicode and
 * punctuation in names, several address lines with and without `defaultbilling`, empty territories, members of
 * inactive territories, territory data routing must skip (stored as given, SPEC §3.7), dates at the edges, accounts
 * with and without OneWorld, states kept in `dropdownstate`, checkboxes older than their field (null).
 * Whatever they generate must pass the simulator's checks and run.
 */
import fc from 'fast-check';
import type { AccountFile } from '../../accountFile';

type Row = Record<string, unknown>;

/** A record field left out, or given one of `values`. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 3 });

/** Mostly `usual`, sometimes `unusual`: files that route leads, and files with the odd value routing must cope with. */
const mostly = <T, U>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: unusual, weight: 1 });

/** Drops the keys whose value is undefined: a field left out is absent from the file, not null. */
function present(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

/** An internal id as a number or as its text. */
const idForm = (id: number): fc.Arbitrary<number | string> => fc.constantFrom<number | string>(id, String(id));

const checkbox = fc.constantFrom<boolean | string>(true, false, 'T', 'F');

/** Days at the edges: year ends, a leap day, the epoch, far future. */
const EDGE_DAYS = ['2026-01-01', '2026-12-31', '2028-02-29', '2026-11-26', '1970-01-01', '2099-12-31'];
const day = fc.constantFrom(...EDGE_DAYS);
const instant = fc.constantFrom('2026-11-26T00:00:00Z', '2026-12-31T23:59:59.999Z', '2026-03-08T10:30:00-08:00', '2000-02-29T12:00:00+05:45');

const TRICKY_NAMES = [
  'Müller & Söhne GmbH',
  "O'Brien, Inc.",
  'AT&T',
  '株式会社トヨタ',
  '😀 Emoji Ltd',
  '"Quoted", Co.',
  'Acme',
  'ACME inc',
  '  spaced   out  ',
  'Ünïcödé – dash — and · dots…',
  'Line\nbreak Corp',
  '',
];
const name = fc.oneof(fc.constantFrom(...TRICKY_NAMES), fc.string({ unit: 'grapheme', maxLength: 24 }));

const DOMAINS = ['acme.com', 'gmail.com', 'ACME.COM', 'xn--mller-kva.de', 'example.org'];
const email = fc.oneof(
  fc.tuple(fc.constantFrom('jo', 'ops', 'ana.ruiz', 'x+y'), fc.constantFrom(...DOMAINS)).map(([local, domain]) => `${local}@${domain}`),
  fc.constantFrom('', '@', 'no-at-sign', 'a@b@acme.com', ' spaced@acme.com '),
);

const COUNTRIES = ['US', 'US', 'CA', 'GB', 'DE', 'NZ'];
const country = fc.constantFrom(...COUNTRIES);
const stateText = fc.oneof(fc.constantFrom('CA', 'ny', 'ON', 'Bayern', '', 'N/A'), fc.string({ unit: 'grapheme', maxLength: 6 }));
const zipText = fc.oneof(fc.constantFrom('94105', '94105-1234', '02134', 'SW1A 1AA', 'n17ab', '', '  '), fc.string({ maxLength: 8 }));

/** Territory list text: valid entries, separators of every kind, and entries routing must refuse (the territory is then skipped). */
const countriesText = mostly(
  fc.oneof(fc.constantFrom('', 'US', 'us, ca;GB\nDE', ' fr ; nl '), fc.array(country, { maxLength: 3 }).map((codes) => codes.join(', '))),
  fc.constantFrom('USA', 'U5'),
);
const statesText = mostly(fc.constantFrom('', '', 'CA', 'US-CA, US-NY', 'ON;BC', 'ca,\nny'), fc.constantFrom('US-', '-'));
const postalText = mostly(fc.constantFrom('', '', '', '94000-94999', 'SW1*', 'N1 *', '02134', '9*, 1*'), fc.constantFrom('*', '99-11', 'A B C'));

/** The state in `state`, or picked from NetSuite's state list (`dropdownstate`), or not given. */
const addressState = fc.oneof(
  stateText.map((state) => ({ state })),
  stateText.map((dropdownstate) => ({ dropdownstate })),
  fc.constant({}),
);
const address = fc
  .record({ country: mostly(country, fc.constant(undefined)), zip: maybe(zipText), city: maybe(name), addr1: maybe(name), state: addressState })
  .map(({ state, ...rest }) => present({ ...rest, ...state }));

const addressLine = fc
  .record({ defaultbilling: maybe(checkbox), defaultshipping: maybe(checkbox), label: maybe(name), addressbookaddress: maybe(address) })
  .map(present);
const addressBook = fc.array(addressLine, { maxLength: 3 });

/** Lead sources, categories and subsidiaries: ids 1–3, given as records or only implied by their use. */
const LIST_IDS = [1, 2, 3];
const listId = fc.constantFrom(...LIST_IDS).chain(idForm);
const listIds = fc.array(listId, { maxLength: 3 });

interface Ids {
  employees: number[];
  territories: number[];
}

function employees(ids: readonly number[]): fc.Arbitrary<Row[]> {
  return fc.tuple(
    ...ids.map((id) =>
      fc
        .record({
          id: idForm(id),
          entityid: name,
          issalesrep: mostly(fc.constantFrom(true, 'T'), maybe(checkbox)),
          isinactive: mostly(fc.constantFrom(undefined, false, 'F'), checkbox),
          email: maybe(email),
          firstname: maybe(name),
        })
        .map(present),
    ),
  );
}

/** A reference to one of `ids`, or left out / blank. */
const referenceTo = (ids: readonly number[]): fc.Arbitrary<number | string | undefined> =>
  ids.length === 0 ? fc.constantFrom(undefined, '') : fc.oneof(fc.constantFrom(...ids).chain(idForm), fc.constantFrom(undefined, ''));

function territories(ids: Ids): fc.Arbitrary<Row[]> {
  return fc.tuple(
    ...ids.territories.map((id) =>
      fc
        .record({
          id: idForm(id),
          name: maybe(name),
          isinactive: mostly(fc.constantFrom(undefined, false, 'F'), checkbox),
          custrecord_tlr_priority: maybe(mostly(fc.constantFrom(0, 100, 10, '5', 5), fc.constant(-1))),
          custrecord_tlr_countries: mostly(fc.constantFrom(undefined, '', 'US'), countriesText),
          custrecord_tlr_states: mostly(fc.constant(undefined), statesText),
          custrecord_tlr_postal_codes: mostly(fc.constant(undefined), postalText),
          custrecord_tlr_lead_sources: mostly(fc.constant(undefined), listIds),
          custrecord_tlr_categories: mostly(fc.constant(undefined), listIds),
          custrecord_tlr_subsidiaries: mostly(fc.constant(undefined), listIds),
          custrecord_tlr_method: maybe(fc.constantFrom('val_tlr_round_robin', 'val_tlr_load_balanced', 'VAL_TLR_ROUND_ROBIN', '')),
          custrecord_tlr_fallback_rep: referenceTo(ids.employees),
        })
        .map(present),
    ),
  );
}

function members(ids: Ids): fc.Arbitrary<Row[]> {
  const pairs = ids.territories.flatMap((territory) => ids.employees.map((rep) => [territory, rep] as const));
  if (pairs.length === 0) return fc.constant([]);
  const fields = fc
    .record({
      custrecord_tlr_mem_weight: maybe(mostly(fc.constantFrom(1, 2, 3, '2'), fc.constant(0))),
      custrecord_tlr_mem_capacity: mostly(fc.constant(undefined), fc.constantFrom(0, 1, 3, '')),
      custrecord_tlr_mem_away_from: mostly(fc.constant(undefined), day),
      custrecord_tlr_mem_away_until: mostly(fc.constant(undefined), day),
      custrecord_tlr_mem_turns: maybe(fc.constantFrom(0, 1.5, 3)),
      isinactive: mostly(fc.constantFrom(undefined, false, 'F'), checkbox),
    })
    .map(present);
  // Each rep once per territory, and now and then a rep listed twice (the territory is then skipped, SPEC §3.7).
  const memberships = fc.tuple(fc.subarray(pairs), mostly(fc.constant([]), fc.subarray(pairs, { maxLength: 1 }))).map(([once, twice]) => [...once, ...twice]);
  return memberships.chain((chosen) =>
    fc.tuple(
      ...chosen.map(([territory, rep], index) =>
        fc.record({ territory: idForm(territory), rep: idForm(rep), fields, withId: fc.boolean() }).map((member) => ({
          // Some members carry an id, others get one from the simulator.
          ...(member.withId ? { id: 100 + index } : {}),
          custrecord_tlr_mem_territory: member.territory,
          custrecord_tlr_mem_rep: member.rep,
          ...member.fields,
        })),
      ),
    ),
  );
}

function customers(ids: Ids): fc.Arbitrary<Row[]> {
  const customer = fc
    .record({
      stage: maybe(fc.constantFrom('LEAD', 'PROSPECT', 'CUSTOMER', 'lead')),
      companyname: maybe(name),
      email: maybe(email),
      salesrep: referenceTo(ids.employees),
      isinactive: maybe(checkbox),
      datecreated: maybe(fc.oneof(day, instant)),
      // null: the record is older than the lock field (no value stored).
      custentity_tlr_lock: maybe(fc.oneof(checkbox, fc.constant(null))),
      custentity_tlr_status: maybe(fc.constantFrom('val_tlr_unassigned', 'val_tlr_error', 'val_tlr_routed', '')),
      addressbook: maybe(addressBook),
    })
    .map(present);
  return fc.array(fc.tuple(customer, fc.boolean()), { maxLength: 4 }).map((rows) =>
    rows.map(([row, withExternalId], index) => ({ id: 500 + index, ...row, ...(withExternalId ? { externalid: `C${index}` } : {}) })),
  );
}

function leads(ids: Ids, oneWorld: boolean): fc.Arbitrary<Row[]> {
  const lead = fc
    .record({
      companyname: maybe(name),
      email: maybe(email),
      firstname: maybe(name),
      isperson: maybe(checkbox),
      phone: maybe(fc.constantFrom('', '+1 (415) 555-0100')),
      comments: maybe(name),
      salesrep: mostly(fc.constant(undefined), referenceTo(ids.employees)),
      leadsource: maybe(fc.oneof(listId, fc.constant(''))),
      category: maybe(fc.oneof(listId, fc.constant(''))),
      // Without OneWorld a lead has no subsidiary field at all.
      subsidiary: oneWorld ? maybe(fc.oneof(listId, fc.constant(''))) : fc.constant(undefined),
      addressbook: mostly(addressBook, fc.constant(undefined)),
    })
    .map(present);
  // External ids are unique across leads and customers (one record family); some leads have none.
  return fc.array(fc.tuple(lead, fc.constantFrom<string | undefined>(undefined, '', 'L', 'Ü-é,"x"')), { minLength: 1, maxLength: 6 }).map((rows) =>
    rows.map(([row, externalId], index) => (externalId === undefined ? row : { externalid: externalId === '' ? '' : `${externalId}${index}`, ...row })),
  );
}

const parameters = (ids: Ids): fc.Arbitrary<Row | undefined> =>
  maybe(
    fc
      .record({
        custscript_tlr_keep_existing: maybe(checkbox),
        custscript_tlr_match_owner: maybe(checkbox),
        custscript_tlr_default_rep: fc.oneof(referenceTo(ids.employees), fc.constant(null)),
        custscript_tlr_lookback_days: maybe(fc.constantFrom(0, 30, '7')),
      })
      .map(present),
  );

/** The lists routing compares by id, given as records (ids 1–3) or left implied. */
const lists = fc.boolean().map((given): Row => {
  if (!given) return {};
  const values = (type: string) => LIST_IDS.map((id) => ({ id, name: `${type} ${id}` }));
  return { campaign: values('Source'), customercategory: values('Category'), subsidiary: values('Subsidiary') };
});

/** One valid account file. */
export const validAccountFile: fc.Arbitrary<AccountFile> = fc
  .record({
    employeeCount: mostly(fc.integer({ min: 1, max: 4 }), fc.constant(0)),
    territoryCount: mostly(fc.integer({ min: 1, max: 4 }), fc.constant(0)),
    // An account without OneWorld says so; one with it may say so or not.
    features: mostly(fc.constantFrom(undefined, { SUBSIDIARIES: true }), fc.constant({ SUBSIDIARIES: false })),
  })
  .chain(({ employeeCount, territoryCount, features }) => {
    // Employee and territory ids overlap other families' ids on purpose: ids are unique per record type only.
    const ids: Ids = {
      employees: Array.from({ length: employeeCount }, (_, index) => 7 + index),
      territories: Array.from({ length: territoryCount }, (_, index) => 1 + index),
    };
    return fc.record({
      today: maybe(day),
      parameters: parameters(ids),
      employee: employees(ids.employees),
      territory: territories(ids),
      member: members(ids),
      customer: customers(ids),
      lists,
      leads: leads(ids, features?.SUBSIDIARIES !== false),
      features: fc.constant(features),
    });
  })
  .map(({ today, parameters: params, employee, territory, member, customer, lists: listRecords, leads: newLeads, features }) =>
    present({
      today,
      features,
      parameters: params,
      records: present({
        employee,
        customrecord_tlr_territory: territory,
        customrecord_tlr_member: member,
        customer,
        ...listRecords,
      }),
      leads: newLeads,
    }) as AccountFile,
  );
