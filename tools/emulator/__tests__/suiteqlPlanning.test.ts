/**
 * SuiteQL planning: keys and indexes narrow what a query reads (store.stats proves it), results always equal a
 * full scan's (`NOT (NOT (…))` defeats every narrowing without changing the logic), and the bulk page query is fast.
 */
import fc from 'fast-check';
import type { Emulator } from '../host';
import { makeRoutingEmulator } from './helpers/routingAccount';

const STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER'] as const;

const MEMBERS_WITH_OPEN_LEADS =
  "SELECT m.id AS id, m.custrecord_tlr_mem_turns AS turns, m.custrecord_tlr_mem_assigned AS assigned, m.custrecord_tlr_mem_rep AS rep, e.entityid AS repname, e.isinactive AS repinactive, e.issalesrep AS repsalesrep, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = m.custrecord_tlr_mem_rep AND c.searchstage = 'Lead' AND c.isinactive = 'F') AS openleads FROM customrecord_tlr_member m LEFT JOIN employee e ON e.id = m.custrecord_tlr_mem_rep WHERE (m.id IN (?, ?) OR m.id IN (?)) ORDER BY m.id";
const OPEN_LEADS_BY_REP =
  "SELECT c.salesrep AS rep, COUNT(*) AS openleads FROM customer c WHERE c.searchstage = 'Lead' AND c.isinactive = 'F' AND c.salesrep IN (?, ?) GROUP BY c.salesrep";
const CUSTOMERS_TO_SWEEP =
  "SELECT c.id AS id, c.searchstage AS stage, c.salesrep AS salesrep, c.email AS email, c.companyname AS companyname, c.isinactive AS isinactive, c.leadsource AS leadsource, c.category AS category, c.subsidiary AS subsidiary, c.custentity_tlr_lock AS locked, c.defaultbillingaddress AS billingaddress, a.country AS country, a.state AS state, a.zip AS zip, e.entityid AS repname, e.isinactive AS repinactive, e.issalesrep AS repsalesrep FROM customer c LEFT JOIN employee e ON e.id = c.salesrep LEFT JOIN entityaddress a ON a.nkey = c.defaultbillingaddress WHERE c.id > ? AND ((c.searchstage = 'Lead' AND c.custentity_tlr_lock = 'F') OR (c.isinactive = 'F' AND c.salesrep IS NOT NULL)) ORDER BY c.id";

type CustomerRow = {
  id: number;
  salesrep: number | undefined;
  stage: (typeof STAGES)[number];
  isinactive: boolean;
  custentity_tlr_lock: boolean;
  addressbook?: unknown[];
};

/** A random query: join kind, ON, WHERE, and the correlated count's correlation and own condition. */
interface QueryShape {
  join: string;
  on: string;
  where: string;
  correlation: string;
  inner: string;
}

/**
 * Employees and members 1–30 (member n's rep is employee n); `count` customers from id 1001: customer i has rep
 * (i % 30) + 1 except every 13th (none), stage by ⌊i / 30⌋ % 3, inactive every 7th, locked every 5th, a default
 * billing address every 10th.
 */
function account(count: number): { emulator: Emulator; customers: CustomerRow[] } {
  const emulator = makeRoutingEmulator();
  emulator.seed('employee', Array.from({ length: 30 }, (_, index) => ({ id: index + 1, entityid: `Rep ${index + 1}`, issalesrep: true })));
  emulator.seed('customrecord_tlr_member', Array.from({ length: 30 }, (_, index) => ({ id: index + 1, custrecord_tlr_mem_rep: index + 1 })));
  const customers: CustomerRow[] = Array.from({ length: count }, (_, index) => ({
    id: 1001 + index,
    salesrep: index % 13 === 0 ? undefined : (index % 30) + 1,
    stage: STAGES[Math.floor(index / 30) % 3] as CustomerRow['stage'],
    isinactive: index % 7 === 0,
    custentity_tlr_lock: index % 5 === 0,
    ...(index % 10 === 0 ? { addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', zip: String(10_000 + index) } }] } : {}),
  }));
  emulator.seed('customer', customers);
  return { emulator, customers };
}

/** What `run` adds to the store's counters. */
function measured(emulator: Emulator, run: () => unknown): { scanned: number; lookups: number } {
  const { recordsScanned, indexLookups } = emulator.store.stats;
  run();
  return { scanned: emulator.store.stats.recordsScanned - recordsScanned, lookups: emulator.store.stats.indexLookups - indexLookups };
}

describe('keys and indexes narrow what a query reads', () => {
  test('the member query reads its members by id and their reps by id, and counts from the per-stage salesrep index and the inactive sets', () => {
    const { emulator, customers } = account(3000);
    const { query } = emulator.modules();
    const leadsOf = (rep: number) => customers.filter((row) => row.salesrep === rep && row.stage === 'LEAD');
    let openLeads: unknown[] = [];

    const read = measured(emulator, () => (openLeads = query.runSuiteQL({ query: MEMBERS_WITH_OPEN_LEADS, params: [5, 6, 7] }).asMappedResults().map((row) => row.openleads)));

    expect(openLeads).toEqual([5, 6, 7].map((rep) => leadsOf(rep).filter((row) => !row.isinactive).length));
    expect(openLeads.every((count) => Number(count) > 0)).toBe(true);
    // Three members and three reps: no lead is read.
    expect(read.scanned).toBe(3 + 3);
    // Two id lists, a rep id per member, and per member's count the per-stage salesrep index and the lead stage's
    // checked and unset `isinactive` sets (`= 'F'` rejects both).
    expect(read.lookups).toBe(2 + 3 + 3 * 3);
  });

  test('the per-stage index follows a lead converted, a lead handed to another rep, and a lead deleted', () => {
    const { emulator, customers } = account(300);
    const { record, query } = emulator.modules();
    const leadsOf = (rep: number) => customers.filter((row) => row.salesrep === rep && row.stage === 'LEAD');
    const [converted, handedOver, deleted] = leadsOf(5) as [CustomerRow, CustomerRow, CustomerRow];
    const countOf = (rep: number) => query.runSuiteQL({ query: "SELECT COUNT(*) AS n FROM customer c WHERE c.salesrep = ? AND c.searchstage = 'Lead'", params: [rep] }).asMappedResults()[0]?.n;
    const before = [countOf(5), countOf(6)];

    emulator.seed('customer', [{ id: 9001, salesrep: 5, stage: 'LEAD' }]);
    // Stage is read-only to scripts: the conversion is written to the store as NetSuite would.
    const lead = emulator.store.snapshot('customer', String(converted.id))!;
    emulator.store.replace({ ...lead, values: { ...lead.values, stage: 'CUSTOMER' } });
    record.submitFields({ type: 'lead', id: handedOver.id, values: { salesrep: 6 } });
    record.delete({ type: 'lead', id: deleted.id });
    let after: unknown[] = [];
    const read = measured(emulator, () => (after = [countOf(5), countOf(6)]));

    expect(before).toEqual([leadsOf(5).length, leadsOf(6).length]);
    expect(after).toEqual([leadsOf(5).length + 1 - 3, leadsOf(6).length + 1]);
    // Counted from the index's sets: no lead is read.
    expect(read.scanned).toBe(0);
  });

  test('the count by rep reads the leads of the two reps only', () => {
    const { emulator, customers } = account(3000);
    const inScope = customers.filter((row) => (row.salesrep === 3 || row.salesrep === 4) && row.stage === 'LEAD');

    let counts: unknown[] = [];
    const read = measured(emulator, () => (counts = emulator.modules().query.runSuiteQL({ query: OPEN_LEADS_BY_REP, params: [3, 4] }).asMappedResults()));

    expect(counts).toEqual([3, 4].map((rep) => ({ rep, openleads: inScope.filter((row) => row.salesrep === rep && !row.isinactive).length })));
    expect(read.scanned).toBe(inScope.length);
  });

  test('the sweep page scans customers once and joins each kept row by key (rep by id, address by nkey)', () => {
    const { emulator, customers } = account(3000);
    const kept = customers.filter((row) => row.id > 2000 && ((row.stage === 'LEAD' && !row.custentity_tlr_lock) || (!row.isinactive && row.salesrep !== undefined)));

    let ids: unknown[] = [];
    const read = measured(emulator, () => (ids = emulator.modules().query.runSuiteQL({ query: CUSTOMERS_TO_SWEEP, params: [2000] }).results.map((result) => result.values[0])));

    expect(ids).toEqual(kept.map((row) => row.id));
    expect(read.scanned).toBe(3000 + kept.filter((row) => row.salesrep !== undefined).length + kept.filter((row) => row.addressbook).length);
  });

  test('an OR reads the union of its narrowed branches; one branch no key narrows makes it read everything', () => {
    const { emulator, customers } = account(3000);
    const { query } = emulator.modules();
    const count = (where: string) => query.runSuiteQL(`SELECT COUNT(*) AS n FROM customer c WHERE ${where}`).asMappedResults()[0]?.n;

    const named = customers.filter((row) => row.salesrep === 3 || row.id <= 1002 || row.stage === 'PROSPECT').length;

    const narrowed = measured(emulator, () => expect(count("c.salesrep = 3 OR c.id IN (1001, 1002) OR c.searchstage = 'Prospect'")).toBe(named));
    const scanned = measured(emulator, () => count("c.salesrep = 3 OR c.isinactive = 'T'"));

    // Each customer a branch names is read once.
    expect(narrowed.scanned).toBe(named);
    expect(named).toBeLessThan(1100);
    expect(scanned.scanned).toBe(3000);
  });
});

describe('planned results equal a full scan', () => {
  const rep = fc.integer({ min: 1, max: 5 });
  const id = fc.integer({ min: 1, max: 40 });
  const customerAtom = (alias: string) =>
    fc.oneof(
      id.map((value) => `${alias}.id = ${value}`),
      fc.tuple(id, id).map(([first, second]) => `${alias}.id IN (${first}, ${second})`),
      id.map((value) => `${alias}.id > ${value}`),
      rep.map((value) => `${alias}.salesrep = ${value}`),
      rep.map((value) => `${alias}.salesrep IN (${value}, NULL)`),
      fc.constant(`${alias}.salesrep IS NULL`),
      fc.constantFrom('Lead', 'Prospect', 'Customer', 'lead').map((stage) => `${alias}.searchstage = '${stage}'`),
      fc.constantFrom('T', 'F').map((flag) => `${alias}.isinactive = '${flag}'`),
      fc.constantFrom('T', 'F').map((flag) => `${alias}.custentity_tlr_lock = '${flag}'`),
    );
  const employeeAtom = fc.oneof(
    fc.constant("e.isinactive = 'F'"),
    rep.map((value) => `e.id = ${value}`),
    fc.constant('e.id IS NULL'),
    fc.tuple(rep, rep).map(([first, second]) => `e.id IN (${first}, ${second})`),
    fc.constant('c.salesrep = e.id'),
  );
  const conditionOver = (atom: fc.Arbitrary<string>) =>
    fc.letrec<{ condition: string }>((tie) => ({
      condition: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        tie('condition').map((inner) => `NOT (${inner})`),
        fc.tuple(tie('condition'), fc.constantFrom('AND', 'OR'), tie('condition')).map(([left, operator, right]) => `(${left} ${operator} ${right})`),
      ),
    })).condition;
  const query: fc.Arbitrary<QueryShape> = fc.record({
    join: fc.constantFrom('LEFT JOIN', 'INNER JOIN'),
    on: fc.oneof(fc.constant('e.id = c.salesrep'), employeeAtom.map((atom) => `e.id = c.salesrep AND ${atom}`), rep.map((value) => `e.id IN (c.salesrep, ${value})`)),
    where: conditionOver(fc.oneof(customerAtom('c'), employeeAtom)),
    correlation: fc.constantFrom('d.salesrep = c.salesrep', 'd.id = c.id', 'd.searchstage = c.searchstage', 'd.id > c.id'),
    inner: conditionOver(customerAtom('d')),
  });
  const customer = fc.record({
    stage: fc.constantFrom(...STAGES),
    salesrep: fc.option(rep, { nil: undefined }),
    isinactive: fc.boolean(),
    custentity_tlr_lock: fc.boolean(),
  });
  const scanOf = (condition: string) => `NOT (NOT (${condition}))`;
  const text = (shape: QueryShape, wrap: (condition: string) => string) =>
    `SELECT c.id AS id, e.id AS rep, (SELECT COUNT(*) FROM customer d WHERE ${wrap(`${shape.correlation} AND ${shape.inner}`)}) AS n FROM customer c ${shape.join} employee e ON ${wrap(shape.on)} WHERE ${wrap(shape.where)} ORDER BY c.id, e.id`;

  test('for random customers, employees, joins, WHERE trees and correlated counts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 15 }),
        fc.array(customer, { minLength: 15, maxLength: 15 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        (ids, rows, inactiveReps, shapes) => {
          const emulator = makeRoutingEmulator();
          emulator.seed('employee', inactiveReps.map((isinactive, index) => ({ id: index + 1, entityid: `Rep ${index + 1}`, isinactive })));
          emulator.seed('customer', ids.map((customerId, index) => ({ id: customerId, ...rows[index] })));
          const { query: suiteql } = emulator.modules();
          for (const shape of shapes) {
            let planned: unknown;
            let scanned: unknown;
            const narrowed = measured(emulator, () => (planned = suiteql.runSuiteQL(text(shape, (condition) => condition)).asMappedResults()));
            const full = measured(emulator, () => (scanned = suiteql.runSuiteQL(text(shape, scanOf)).asMappedResults()));
            expect(planned).toEqual(scanned);
            expect(narrowed.scanned).toBeLessThanOrEqual(full.scanned);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the bulk page query', () => {
  test('reads 30,000 customers in keyset pages of 5,000, each page reading the table at most once', () => {
    const { emulator, customers } = account(30_000);
    const { query } = emulator.modules();
    const pages: { rows: number; scanned: number }[] = [];
    let after = 0;

    for (let rows = 5000; rows === 5000; ) {
      let page: Record<string, unknown>[] = [];
      const read = measured(emulator, () => (page = query.runSuiteQL({ query: CUSTOMERS_TO_SWEEP, params: [after] }).asMappedResults()));
      pages.push({ rows: page.length, scanned: read.scanned });
      rows = page.length;
      after = Number(page.at(-1)?.id ?? after);
    }

    const expected = customers.filter((row) => (row.stage === 'LEAD' && !row.custentity_tlr_lock) || (!row.isinactive && row.salesrep !== undefined)).length;
    expect(pages.reduce((total, page) => total + page.rows, 0)).toBe(expected);
    expect(pages.map((page) => page.rows)).toEqual([5000, 5000, 5000, 5000, 5000, expected - 25_000]);
    // Work, not wall time (a timed assertion fails on a busy machine): no page reads more than the customers and
    // their addresses once, so the whole read stays linear in the table, never quadratic.
    for (const page of pages) expect(page.scanned).toBeLessThanOrEqual(2 * customers.length);
  });
});
