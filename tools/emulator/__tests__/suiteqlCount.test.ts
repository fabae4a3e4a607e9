/**
 * COUNT(*) from set sizes (`query/count.ts`): a count whose WHERE the store answers exactly reads no row, and its
 * number equals a full scan's (COUNT(d.id) under `NOT (NOT (…))` reads every row) through inserts, conversions,
 * rep changes, inactivations, NULL checkboxes and deletes.
 */
import fc from 'fast-check';
import type { Emulator } from '../host';
import { makeRoutingEmulator } from './helpers/routingAccount';

const STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER'] as const;
type Stage = (typeof STAGES)[number];
const FLAG_FIELDS = ['isinactive', 'custentity_tlr_lock'] as const;
type FlagField = (typeof FLAG_FIELDS)[number];
/** A checkbox as stored: checked, unchecked, or holding no value (a field added after the record existed). */
type Box = boolean | 'unset';

/** The member query's shape: members by id, each with the rep's open leads counted in a correlated subquery. */
const MEMBERS_WITH_OPEN_LEADS =
  "SELECT m.id AS id, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = m.custrecord_tlr_mem_rep AND (c.searchstage = 'Lead' AND NVL(c.isinactive, 'F') = 'F')) AS openleads FROM customrecord_tlr_member m LEFT JOIN employee e ON e.id = m.custrecord_tlr_mem_rep WHERE m.id IN (?, ?, ?) ORDER BY m.id";
/** The same numbers read row by row. */
const MEMBERS_WITH_OPEN_LEADS_SCANNED = MEMBERS_WITH_OPEN_LEADS.replace('COUNT(*)', 'COUNT(c.id)').replace(
  "WHERE c.salesrep = m.custrecord_tlr_mem_rep AND (c.searchstage = 'Lead' AND NVL(c.isinactive, 'F') = 'F')",
  "WHERE NOT (NOT (c.salesrep = m.custrecord_tlr_mem_rep AND (c.searchstage = 'Lead' AND NVL(c.isinactive, 'F') = 'F')))",
);

function measured(emulator: Emulator, run: () => unknown): number {
  const before = emulator.store.stats.recordsScanned;
  run();
  return emulator.store.stats.recordsScanned - before;
}

/** Writes a record's stage or checkbox straight to the store (stage is read-only to scripts; scripts cannot clear a checkbox). */
function rewrite(emulator: Emulator, id: number, change: { stage?: Stage; flag?: [FlagField, Box] }): void {
  const record = emulator.store.snapshot('customer', String(id));
  if (!record) return;
  if (change.stage) record.values.stage = change.stage;
  if (change.flag) {
    const [field, box] = change.flag;
    if (box === 'unset') delete record.values[field];
    else record.values[field] = box;
  }
  emulator.store.replace(record);
}

/** Employees (reps) 1–3 and members 1–3, member n's rep being employee n. */
function membersAndReps(): Emulator {
  const emulator = makeRoutingEmulator();
  emulator.seed('employee', [1, 2, 3].map((id) => ({ id, entityid: `Rep ${id}`, issalesrep: true })));
  emulator.seed('customrecord_tlr_member', [1, 2, 3].map((id) => ({ id, custrecord_tlr_mem_rep: id })));
  return emulator;
}

describe('a count the store answers exactly reads no row', () => {
  test("the member query's open leads follow leads converted, inactivated, unset, handed over, deleted and added", () => {
    const emulator = membersAndReps();
    const { query, record } = emulator.modules();
    // Rep 1: leads 101–105, an inactive lead 106, a prospect 107 and a customer 108; rep 2: lead 201.
    emulator.seed('customer', [
      ...[101, 102, 103, 104, 105].map((id) => ({ id, stage: 'LEAD', salesrep: 1 })),
      { id: 106, stage: 'LEAD', salesrep: 1, isinactive: true },
      { id: 107, stage: 'PROSPECT', salesrep: 1 },
      { id: 108, stage: 'CUSTOMER', salesrep: 1 },
      { id: 201, stage: 'LEAD', salesrep: 2 },
    ]);
    const counts = (): unknown[] => {
      let planned: unknown[] = [];
      // Three members and their reps are read, and nothing else.
      expect(measured(emulator, () => (planned = query.runSuiteQL({ query: MEMBERS_WITH_OPEN_LEADS, params: [1, 2, 3] }).asMappedResults().map((row) => row.openleads)))).toBe(6);
      const scanned = query.runSuiteQL({ query: MEMBERS_WITH_OPEN_LEADS_SCANNED, params: [1, 2, 3] }).asMappedResults().map((row) => row.openleads);
      expect(planned).toEqual(scanned);
      return planned;
    };

    expect(counts()).toEqual([5, 1, 0]);
    rewrite(emulator, 101, { stage: 'CUSTOMER' });
    expect(counts()).toEqual([4, 1, 0]);
    record.submitFields({ type: 'lead', id: 102, values: { isinactive: true } });
    expect(counts()).toEqual([3, 1, 0]);
    // NVL reads a lead holding no isinactive value as active: still counted, also once it was inactive.
    rewrite(emulator, 103, { flag: ['isinactive', 'unset'] });
    rewrite(emulator, 106, { flag: ['isinactive', 'unset'] });
    expect(counts()).toEqual([4, 1, 0]);
    record.submitFields({ type: 'lead', id: 104, values: { salesrep: 3 } });
    record.submitFields({ type: 'lead', id: 102, values: { salesrep: 2 } });
    expect(counts()).toEqual([3, 1, 1]);
    record.delete({ type: 'lead', id: 105 });
    rewrite(emulator, 107, { stage: 'LEAD' });
    emulator.seed('customer', [{ id: 301, stage: 'LEAD', salesrep: 3 }, { id: 302, stage: 'LEAD', salesrep: 3, isinactive: true }]);
    expect(counts()).toEqual([3, 1, 2]);
  });

  test("a checkbox compared with a parameter or an enclosing row's value is judged afresh for each", () => {
    const emulator = membersAndReps();
    const { query } = emulator.modules();
    emulator.seed('customer', [{ id: 101, stage: 'LEAD', salesrep: 1 }, { id: 102, stage: 'LEAD', salesrep: 1, isinactive: true }, { id: 103, stage: 'LEAD', salesrep: 1, isinactive: true }]);
    const byParam = (inactive: boolean) => query.runSuiteQL({ query: 'SELECT COUNT(*) AS n FROM customer c WHERE c.salesrep = 1 AND c.isinactive = ?', params: [inactive] }).asMappedResults();
    const byLead = "SELECT o.id AS id, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = o.salesrep AND c.isinactive = o.isinactive) AS n FROM customer o ORDER BY o.id";

    expect([byParam(true), byParam(false), byParam(true)]).toEqual([[{ n: 2 }], [{ n: 1 }], [{ n: 2 }]]);
    expect(query.runSuiteQL(byLead).asMappedResults()).toEqual([{ id: 101, n: 1 }, { id: 102, n: 2 }, { id: 103, n: 2 }]);
  });

  test('a key the index does not answer exactly, and a count beside other columns, read rows with the same result', () => {
    const emulator = membersAndReps();
    const { query } = emulator.modules();
    emulator.seed('customer', [{ id: 101, stage: 'LEAD', salesrep: 1 }, { id: 102, stage: 'LEAD', salesrep: 1, isinactive: true }, { id: 103, stage: 'PROSPECT', salesrep: 1 }]);
    const run = (sql: string) => {
      let rows: unknown[] = [];
      const scanned = measured(emulator, () => (rows = query.runSuiteQL(sql).asMappedResults()));
      return { rows, scanned };
    };

    expect(run("SELECT COUNT(*) AS n FROM customer c WHERE c.salesrep = 1 AND NVL(c.isinactive, 'F') = 'F'")).toEqual({ rows: [{ n: 2 }], scanned: 0 });
    // An internal id is no exact key (the id may name no record): the named row is read.
    expect(run("SELECT COUNT(*) AS n FROM customer c WHERE c.id IN (101, 9999) AND c.isinactive = 'F'")).toEqual({ rows: [{ n: 1 }], scanned: 1 });
    expect(run("SELECT COUNT(*) AS n, MAX(c.id) AS top FROM customer c WHERE c.salesrep = 1 AND c.searchstage = 'Lead'")).toEqual({ rows: [{ n: 2, top: 102 }], scanned: 2 });
    // A multi-select's index finds a row by any of its ids; its column reads them all as one text.
    emulator.seed('customrecord_tst_zone', [{ id: 11, name: 'Both', custrecord_tst_subsidiaries: [1, 2] }, { id: 12, name: 'One', custrecord_tst_subsidiaries: [1] }]);
    expect(run("SELECT COUNT(*) AS n FROM customrecord_tst_zone z WHERE z.custrecord_tst_subsidiaries = '1'")).toEqual({ rows: [{ n: 1 }], scanned: 2 });
    // Only checkbox conditions and none naming rows: the table is read.
    expect(run("SELECT COUNT(*) AS n FROM customer c WHERE c.isinactive = 'F'")).toEqual({ rows: [{ n: 2 }], scanned: 3 });
    // Checked boxes name rows: counted from the checked set.
    expect(run("SELECT COUNT(*) AS n FROM customer c WHERE c.isinactive = 'T'")).toEqual({ rows: [{ n: 1 }], scanned: 0 });
  });
});

describe('counts from set sizes equal a full scan', () => {
  const rep = fc.integer({ min: 1, max: 4 });
  const flagAtom = (field: FlagField) =>
    fc.constantFrom(
      `d.${field} = 'T'`,
      `d.${field} = 'F'`,
      `NVL(d.${field}, 'F') = 'F'`,
      `NVL(d.${field}, 'F') = 'T'`,
      `NVL(d.${field}, 'T') = 'T'`,
      `d.${field} IS NULL`,
      `d.${field} IS NOT NULL`,
      `NOT (d.${field} = 'T')`,
      `d.${field} <> 'F'`,
      `(d.${field} = 'T' OR d.${field} IS NULL)`,
    );
  const countable = fc.oneof(
    rep.map((value) => `d.salesrep = ${value}`),
    fc.tuple(rep, rep).map(([first, second]) => `d.salesrep IN (${first}, ${second}, NULL)`),
    fc.constantFrom("d.searchstage = 'Lead'", "d.searchstage = 'Prospect'", "d.searchstage = 'lead'", "d.searchstage IN ('Lead', 'Customer')"),
    flagAtom('isinactive'),
    flagAtom('custentity_tlr_lock'),
  );
  const box = fc.constantFrom<Box[]>(true, false, 'unset');
  const customer = fc.record({ stage: fc.constantFrom(...STAGES), salesrep: fc.option(rep, { nil: undefined }), isinactive: box, custentity_tlr_lock: box });
  const index = fc.nat({ max: 19 });
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constant('stage' as const), index, stage: fc.constantFrom(...STAGES) }),
    fc.record({ kind: fc.constant('rep' as const), index, rep }),
    fc.record({ kind: fc.constant('flag' as const), index, field: fc.constantFrom(...FLAG_FIELDS), box }),
    fc.record({ kind: fc.constant('delete' as const), index }),
  );
  type Customer = { stage: Stage; salesrep: number | undefined; isinactive: Box; custentity_tlr_lock: Box };
  type Change = { kind: 'stage'; index: number; stage: Stage } | { kind: 'rep'; index: number; rep: number } | { kind: 'flag'; index: number; field: FlagField; box: Box } | { kind: 'delete'; index: number };

  /** A conversion or a checkbox written to the store, a rep handed over by a script, or a delete. */
  function apply(emulator: Emulator, change: Change, customers: number): void {
    const id = (change.index % customers) + 1;
    const stored = emulator.store.get('customer', String(id));
    if (!stored) return;
    if (change.kind === 'stage') rewrite(emulator, id, { stage: change.stage });
    else if (change.kind === 'rep') emulator.modules().record.submitFields({ type: stored.type, id, values: { salesrep: change.rep } });
    else if (change.kind === 'flag') rewrite(emulator, id, { flag: [change.field, change.box] });
    else emulator.modules().record.delete({ type: stored.type, id });
  }

  function seeded(rows: Customer[]): Emulator {
    const emulator = makeRoutingEmulator();
    emulator.seed('employee', [1, 2, 3, 4].map((id) => ({ id, entityid: `Rep ${id}` })));
    rows.forEach((row, position) => {
      const { isinactive, custentity_tlr_lock: lock, ...rest } = row;
      const id = position + 1;
      emulator.seed('customer', [{ ...rest, id, isinactive: isinactive === true, custentity_tlr_lock: lock === true }]);
      if (isinactive === 'unset') rewrite(emulator, id, { flag: ['isinactive', 'unset'] });
      if (lock === 'unset') rewrite(emulator, id, { flag: ['custentity_tlr_lock', 'unset'] });
    });
    return emulator;
  }

  test('for random leads and customers changed at random, and random conjunctions, correlated and not', () => {
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 20 }),
        fc.array(change, { maxLength: 8 }),
        // With an id range no index answers exactly, the counts read rows.
        fc.array(fc.tuple(fc.array(countable, { minLength: 1, maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (rows, changes, wheres) => {
          const emulator = seeded(rows);
          const { query } = emulator.modules();
          for (const one of changes) apply(emulator, one, rows.length);
          for (const [atoms, withOther] of wheres) {
            const conditions = withOther ? [...atoms, 'd.id > 3'] : atoms;
            const where = conditions.join(' AND ');
            const correlated = (count: string, condition: string) => `SELECT e.id AS rep, (SELECT ${count} FROM customer d WHERE ${condition}) AS n FROM employee e ORDER BY e.id`;
            let planned: unknown;
            const read = measured(emulator, () => (planned = query.runSuiteQL(correlated('COUNT(*)', `d.salesrep = e.id AND ${where}`)).asMappedResults()));
            const scanned = query.runSuiteQL(correlated('COUNT(d.id)', `NOT (NOT (d.salesrep = e.id AND ${where}))`)).asMappedResults();
            expect(planned).toEqual(scanned);
            // Every count comes from sets: only the four employees are read.
            if (!withOther) expect(read).toBe(4);
            const total = (count: string, condition: string) => query.runSuiteQL(`SELECT ${count} AS n FROM customer d WHERE ${condition}`).asMappedResults();
            expect(total('COUNT(*)', where)).toEqual(total('COUNT(d.id)', `NOT (NOT (${where}))`));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
