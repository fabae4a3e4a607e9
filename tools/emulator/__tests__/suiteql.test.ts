/** N/query runSuiteQL: the routing scripts' queries, and SQL's semantics as SuiteQL (Oracle) has them. */
import { failureOf } from './helpers/fixtures';
import { makeRoutingEmulator, seedRouting } from './helpers/routingAccount';

function setup() {
  const emulator = makeRoutingEmulator();
  seedRouting(emulator);
  const { query } = emulator.modules();
  const rows = (text: string, params: unknown[] = []) => query.runSuiteQL({ query: text, params }).asMappedResults();
  /** The first column of every row. */
  const values = (text: string, params: unknown[] = []) => query.runSuiteQL({ query: text, params }).results.map((result) => result.values[0]);
  return { emulator, rows, values };
}


describe("the routing scripts' queries", () => {
  const MEMBERS_WITH_OPEN_LEADS =
    "SELECT m.id AS id, m.custrecord_tlr_mem_turns AS turns, m.custrecord_tlr_mem_assigned AS assigned, m.custrecord_tlr_mem_rep AS rep, e.entityid AS repname, e.isinactive AS repinactive, e.issalesrep AS repsalesrep, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = m.custrecord_tlr_mem_rep AND c.searchstage = 'Lead' AND c.isinactive = 'F') AS openleads FROM customrecord_tlr_member m LEFT JOIN employee e ON e.id = m.custrecord_tlr_mem_rep WHERE (m.id IN (?, ?) OR m.id IN (?)) ORDER BY m.id";
  const ACTIVE_MEMBERS_AFTER =
    "SELECT m.id AS id, m.custrecord_tlr_mem_turns AS turns, m.custrecord_tlr_mem_assigned AS assigned, m.custrecord_tlr_mem_rep AS rep, e.entityid AS repname, e.isinactive AS repinactive, e.issalesrep AS repsalesrep FROM customrecord_tlr_member m LEFT JOIN employee e ON e.id = m.custrecord_tlr_mem_rep WHERE m.isinactive = 'F' AND m.id > ? ORDER BY m.id";
  const REPS = 'SELECT e.id AS id, e.entityid AS name, e.isinactive AS isinactive, e.issalesrep AS issalesrep FROM employee e WHERE e.id IN (?, ?) ORDER BY e.id';
  const OPEN_LEADS_BY_REP =
    "SELECT c.salesrep AS rep, COUNT(*) AS openleads FROM customer c WHERE c.searchstage = 'Lead' AND c.isinactive = 'F' AND c.salesrep IN (?, ?) GROUP BY c.salesrep";
  const CUSTOMERS_TO_SWEEP =
    "SELECT c.id AS id, c.searchstage AS stage, c.salesrep AS salesrep, c.email AS email, c.companyname AS companyname, c.isinactive AS isinactive, c.leadsource AS leadsource, c.category AS category, c.subsidiary AS subsidiary, c.custentity_tlr_lock AS locked, c.defaultbillingaddress AS billingaddress, a.country AS country, a.state AS state, a.zip AS zip, e.entityid AS repname, e.isinactive AS repinactive, e.issalesrep AS repsalesrep FROM customer c LEFT JOIN employee e ON e.id = c.salesrep LEFT JOIN entityaddress a ON a.nkey = c.defaultbillingaddress WHERE c.id > ? AND ((c.searchstage = 'Lead' AND c.custentity_tlr_lock = 'F') OR (c.isinactive = 'F' AND c.salesrep IS NOT NULL)) ORDER BY c.id";

  const ANA = { repname: 'Ana Ruiz', repinactive: 'F', repsalesrep: 'T' };
  const BEN = { repname: 'Ben Ode', repinactive: 'T', repsalesrep: 'T' };
  const NO_REP = { repname: null, repinactive: null, repsalesrep: null };

  test('members by id with their rep and a correlated count of open leads', () => {
    expect(setup().rows(MEMBERS_WITH_OPEN_LEADS, [304, 301, 302])).toEqual([
      { id: 301, turns: 1.5, assigned: 3, rep: 7, ...ANA, openleads: 2 },
      { id: 302, turns: 0, assigned: 0, rep: 8, ...BEN, openleads: 1 },
      { id: 304, turns: 0, assigned: 0, rep: null, ...NO_REP, openleads: 0 },
    ]);
  });

  test('active members after a cursor', () => {
    expect(setup().rows(ACTIVE_MEMBERS_AFTER, [301])).toEqual([
      { id: 302, turns: 0, assigned: 0, rep: 8, ...BEN },
      { id: 304, turns: 0, assigned: 0, rep: null, ...NO_REP },
    ]);
  });

  test('reps by id', () => {
    expect(setup().rows(REPS, [9, 7])).toEqual([
      { id: 7, name: 'Ana Ruiz', isinactive: 'F', issalesrep: 'T' },
      { id: 9, name: 'Cy Vale', isinactive: 'F', issalesrep: 'F' },
    ]);
  });

  test('open leads grouped by rep (groups in the order their first row was read)', () => {
    expect(setup().rows(OPEN_LEADS_BY_REP, [8, 7])).toEqual([
      { rep: 7, openleads: 2 },
      { rep: 8, openleads: 1 },
    ]);
  });

  test('customers to sweep, with rep and default billing address', () => {
    const none = { email: null, isinactive: 'F', leadsource: null, category: null, subsidiary: null, locked: 'F', billingaddress: null, country: null, state: null, zip: null };

    expect(setup().rows(CUSTOMERS_TO_SWEEP, [0])).toEqual([
      { ...none, id: 1001, stage: 'Lead', salesrep: 7, email: 'ops@acme.com', companyname: 'Acme', subsidiary: 1, billingaddress: 1001001, country: 'US', state: 'CA', zip: '94105', ...ANA },
      { ...none, id: 1002, stage: 'Lead', salesrep: 7, companyname: 'Bolt', locked: 'T', ...ANA },
      { ...none, id: 1003, stage: 'Lead', salesrep: 7, companyname: 'Crux', isinactive: 'T', ...ANA },
      { ...none, id: 1004, stage: 'Lead', salesrep: 8, companyname: 'Dune', ...BEN },
      { ...none, id: 1005, stage: 'Lead', salesrep: null, companyname: 'echo', ...NO_REP },
      { ...none, id: 1006, stage: 'Prospect', salesrep: 7, companyname: 'Fjord', ...ANA },
      { ...none, id: 1007, stage: 'Customer', salesrep: 9, companyname: 'Gale', billingaddress: 1007002, country: 'GB', state: 'London', zip: 'EC1A', repname: 'Cy Vale', repinactive: 'F', repsalesrep: 'F' },
    ]);
    expect(setup().values(CUSTOMERS_TO_SWEEP, [1005])).toEqual([1006, 1007]);
  });
});

describe('NULL and three-valued logic', () => {
  const ids = (where: string, params: unknown[] = []) => setup().values(`SELECT c.id FROM customer c WHERE ${where} ORDER BY c.id`, params);
  const ALL = [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008];

  test.each([
    ["c.email = 'ops@acme.com'", [1001]],
    ["c.email <> 'ops@acme.com'", []],
    ["c.email != 'ops@acme.com'", []],
    ["NOT (c.email = 'ops@acme.com')", []],
    ['c.email IS NULL', [1002, 1003, 1004, 1005, 1006, 1007, 1008]],
    ['c.email IS NOT NULL', [1001]],
    ['c.salesrep = NULL', []],
    ["c.email = 'ops@acme.com' OR c.email IS NULL", ALL],
    ["c.email = 'x' OR c.id = 1002", [1002]],
    ["NOT (c.email = 'x' AND c.id = 1002)", [1001, 1003, 1004, 1005, 1006, 1007, 1008]],
    ["NOT (c.email = 'x' OR c.id = 1001)", []],
    ['c.salesrep IN (8, NULL)', [1004]],
    ['c.salesrep NOT IN (8, NULL)', []],
    ['c.salesrep NOT IN (8)', [1001, 1002, 1003, 1006, 1007, 1008]],
    ['NOT c.salesrep IN (7, 9)', [1004]],
  ])('WHERE %s', (where, expected) => {
    expect(ids(where)).toEqual(expected);
  });

  test("'' is NULL: in literals and in params", () => {
    const { rows } = setup();

    expect(rows("SELECT NVL('', 'none') AS literal, NVL(?, 'none') AS param, COALESCE(?, ?, 'last') AS coalesced FROM employee e WHERE e.id = 7", ['', '', 'second'])).toEqual([
      { literal: 'none', param: 'none', coalesced: 'second' },
    ]);
    expect(ids("c.email = ''")).toEqual([]);
  });
});

describe('comparisons and LIKE', () => {
  const ids = (where: string, params: unknown[] = []) => setup().values(`SELECT c.id FROM customer c WHERE ${where} ORDER BY c.id`, params);

  test.each([
    ["c.companyname LIKE 'A%'", [1001]],
    ["c.companyname LIKE '_u%'", [1004, 1008]],
    ["c.companyname LIKE 'e%'", [1005]],
    ["c.companyname LIKE 'E%'", []],
    ["c.companyname NOT LIKE '%o%'", [1001, 1003, 1004, 1007, 1008]],
    ["c.companyname LIKE 'Acm.'", []],
    ["c.companyname LIKE 'Ac_e'", [1001]],
    ["c.email LIKE '%'", [1001]],
    // Text compares by code unit: lower case after upper case.
    ["c.companyname > 'Dune'", [1005, 1006, 1007, 1008]],
    ["c.companyname = 'acme'", []],
    ["UPPER(c.companyname) = 'ECHO'", [1005]],
    ["LOWER(c.companyname) = 'acme'", [1001]],
    // A number meets numeric text numerically.
    ["c.id = '1002'", [1002]],
    ["c.id < '1002.5'", [1001, 1002]],
    ['c.salesrep >= 8', [1004, 1007]],
  ])('WHERE %s', (where, expected) => {
    expect(ids(where)).toEqual(expected);
  });

  test('text that is no number against a number fails as Oracle does (ORA-01722)', () => {
    expect(failureOf(() => ids('c.companyname = 5'))).toEqual({ name: 'SSS_SEARCH_ERROR_OCCURRED', message: "Search error occurred: ORA-01722: invalid number ('Acme')" });
  });
});

describe('joins', () => {
  const LEADS = "c.searchstage = 'Lead'";

  test('INNER JOIN drops rows without a match; LEFT JOIN keeps them with NULLs', () => {
    const { rows } = setup();
    const joined = (join: string) => rows(`SELECT c.id AS id, e.entityid AS rep FROM customer c ${join} employee e ON e.id = c.salesrep WHERE ${LEADS} ORDER BY c.id`);

    const leadsWithReps = [
      { id: 1001, rep: 'Ana Ruiz' },
      { id: 1002, rep: 'Ana Ruiz' },
      { id: 1003, rep: 'Ana Ruiz' },
      { id: 1004, rep: 'Ben Ode' },
    ];
    expect(joined('INNER JOIN')).toEqual(leadsWithReps);
    expect(joined('JOIN')).toEqual(leadsWithReps);
    expect(joined('LEFT JOIN')).toEqual([...leadsWithReps, { id: 1005, rep: null }]);
    expect(joined('LEFT OUTER JOIN')).toEqual([...leadsWithReps, { id: 1005, rep: null }]);
  });

  test('a LEFT JOIN condition in ON keeps the row with NULLs; the same condition in WHERE drops it', () => {
    const { rows } = setup();

    expect(rows(`SELECT c.id AS id, e.id AS rep FROM customer c LEFT JOIN employee e ON e.id = c.salesrep AND e.isinactive = 'F' WHERE c.salesrep = 8`)).toEqual([{ id: 1004, rep: null }]);
    expect(rows(`SELECT c.id AS id, e.id AS rep FROM customer c LEFT JOIN employee e ON e.id = c.salesrep WHERE c.salesrep = 8 AND e.isinactive = 'F'`)).toEqual([]);
    expect(rows(`SELECT c.id AS id FROM customer c LEFT JOIN employee e ON e.id = c.salesrep WHERE e.id IS NULL`)).toEqual([{ id: 1005 }]);
  });

  test('entityaddress rows, joined by the default billing and shipping nkeys', () => {
    const { rows } = setup();

    expect(rows('SELECT a.nkey, a.country, a.zip FROM entityaddress a ORDER BY a.nkey')).toEqual([
      { nkey: 1001001, country: 'US', zip: '94105' },
      { nkey: 1004001, country: 'DE', zip: '10115' },
      { nkey: 1007001, country: 'FR', zip: '75001' },
      { nkey: 1007002, country: 'GB', zip: 'EC1A' },
    ]);
    expect(
      rows(
        'SELECT c.id AS id, b.country AS billing, s.country AS shipping FROM customer c LEFT JOIN entityaddress b ON b.nkey = c.defaultbillingaddress LEFT JOIN entityaddress s ON s.nkey = c.defaultshippingaddress WHERE c.id IN (1001, 1004, 1007) ORDER BY c.id',
      ),
    ).toEqual([
      { id: 1001, billing: 'US', shipping: null },
      { id: 1004, billing: null, shipping: 'DE' },
      { id: 1007, billing: 'GB', shipping: 'FR' },
    ]);
  });
});

describe('subqueries', () => {
  test('a correlated scalar subquery in WHERE, and one reading an outer column by its bare name', () => {
    const { rows, values } = setup();

    expect(values('SELECT e.id FROM employee e WHERE (SELECT COUNT(*) FROM customer c WHERE c.salesrep = e.id) > 1 ORDER BY e.id')).toEqual([7]);
    // `issalesrep` is no customer column: it is the outer employee's.
    expect(rows("SELECT e.id AS id, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = e.id AND issalesrep = 'T') AS n FROM employee e ORDER BY e.id")).toEqual([
      { id: 7, n: 5 },
      { id: 8, n: 1 },
      { id: 9, n: 0 },
    ]);
  });

  test('an uncorrelated subquery; no row gives NULL; more than one row fails', () => {
    const { values } = setup();

    expect(values("SELECT c.id FROM customer c WHERE c.id = (SELECT MAX(d.id) FROM customer d WHERE d.searchstage = 'Lead')")).toEqual([1005]);
    expect(values('SELECT (SELECT d.id FROM customer d WHERE d.id = 1) AS x FROM employee e WHERE e.id = 7')).toEqual([null]);
    expect(failureOf(() => values('SELECT (SELECT d.id FROM customer d) AS x FROM employee e'))).toEqual({
      name: 'SSS_SEARCH_ERROR_OCCURRED',
      message: 'Search error occurred: ORA-01427: single-row subquery returns more than one row',
    });
  });
});

describe('GROUP BY and aggregates', () => {
  test('COUNT(*), COUNT(expr), MIN and MAX per group', () => {
    expect(
      setup().rows('SELECT c.searchstage AS stage, COUNT(*) AS n, COUNT(c.email) AS emails, MIN(c.companyname) AS first, MAX(c.id) AS last FROM customer c GROUP BY c.searchstage ORDER BY stage'),
    ).toEqual([
      { stage: 'Customer', n: 2, emails: 0, first: 'Gale', last: 1008 },
      { stage: 'Lead', n: 5, emails: 1, first: 'Acme', last: 1005 },
      { stage: 'Prospect', n: 1, emails: 0, first: 'Fjord', last: 1006 },
    ]);
  });

  test('SUM, COUNT(DISTINCT), and an aggregate over no rows is one row (COUNT 0, others NULL)', () => {
    const { rows } = setup();

    expect(rows('SELECT SUM(m.custrecord_tlr_mem_turns) AS turns, SUM(m.custrecord_tlr_mem_assigned) AS assigned, COUNT(DISTINCT m.custrecord_tlr_mem_rep) AS reps FROM customrecord_tlr_member m')).toEqual([
      { turns: 1.5, assigned: 3, reps: 3 },
    ]);
    expect(rows('SELECT COUNT(*) AS n, MAX(c.id) AS top, SUM(c.salesrep) AS total FROM customer c WHERE c.id < 0')).toEqual([{ n: 0, top: null, total: null }]);
    expect(rows('SELECT c.salesrep AS rep, COUNT(*) AS n FROM customer c WHERE c.id < 0 GROUP BY c.salesrep')).toEqual([]);
  });

  test('GROUP BY an expression; the select list may use it, an ungrouped column fails', () => {
    const { rows } = setup();

    expect(rows("SELECT UPPER(c.searchstage) AS stage, COUNT(*) AS n FROM customer c WHERE c.salesrep = 7 GROUP BY UPPER(c.searchstage) ORDER BY n DESC, stage")).toEqual([
      { stage: 'LEAD', n: 3 },
      { stage: 'CUSTOMER', n: 1 },
      { stage: 'PROSPECT', n: 1 },
    ]);
    expect(failureOf(() => rows('SELECT c.salesrep, c.id FROM customer c GROUP BY c.salesrep'))).toEqual({ name: 'SSS_SEARCH_ERROR_OCCURRED', message: 'Search error occurred: ORA-00979: not a GROUP BY expression' });
    expect(failureOf(() => rows('SELECT c.id FROM customer c WHERE COUNT(*) > 1'))).toEqual({ name: 'SSS_SEARCH_ERROR_OCCURRED', message: 'Search error occurred: ORA-00934: group function is not allowed here' });
  });

  test('DISTINCT, NULL sorting last', () => {
    expect(setup().values('SELECT DISTINCT c.salesrep AS rep FROM customer c ORDER BY rep')).toEqual([7, 8, 9, null]);
  });
});

describe('ORDER BY', () => {
  test('numbers numerically, text by code unit, NULLs last ascending and first descending', () => {
    const { emulator, rows, values } = setup();
    emulator.seed('employee', [{ id: 10, entityid: 'Dee Ten' }]);

    expect(values('SELECT e.id FROM employee e ORDER BY e.id')).toEqual([7, 8, 9, 10]);
    expect(values('SELECT e.id FROM employee e ORDER BY e.id DESC')).toEqual([10, 9, 8, 7]);
    expect(values("SELECT c.companyname AS name FROM customer c WHERE c.searchstage = 'Lead' ORDER BY name")).toEqual(['Acme', 'Bolt', 'Crux', 'Dune', 'echo']);
    expect(values("SELECT c.companyname FROM customer c WHERE c.searchstage = 'Lead' ORDER BY c.companyname DESC")).toEqual(['echo', 'Dune', 'Crux', 'Bolt', 'Acme']);
    expect(values("SELECT c.id AS id, c.salesrep AS rep FROM customer c WHERE c.searchstage = 'Lead' ORDER BY rep, id")).toEqual([1001, 1002, 1003, 1004, 1005]);
    expect(values("SELECT c.id AS id, c.salesrep AS rep FROM customer c WHERE c.searchstage = 'Lead' ORDER BY rep DESC, id")).toEqual([1005, 1004, 1001, 1002, 1003]);
    expect(rows('SELECT m.id AS id, m.custrecord_tlr_mem_turns AS turns FROM customrecord_tlr_member m ORDER BY 2 DESC, 1 DESC')).toEqual([
      { id: 301, turns: 1.5 },
      { id: 304, turns: 0 },
      { id: 303, turns: 0 },
      { id: 302, turns: 0 },
    ]);
  });

  test('an alias wins over a column of the same name; a position out of range fails', () => {
    const { values } = setup();

    expect(values("SELECT c.id AS n, c.salesrep AS id FROM customer c WHERE c.searchstage = 'Lead' ORDER BY id DESC, n")).toEqual([1005, 1004, 1001, 1002, 1003]);
    expect(failureOf(() => values('SELECT c.id FROM customer c ORDER BY 2')).message).toBe('Search error occurred: ORA-01785: ORDER BY item must be the number of a SELECT-list expression');
  });
});

describe('names and parameters', () => {
  test('identifiers ignore case; bare columns resolve to the one table having them', () => {
    const { rows } = setup();

    expect(rows('select C.CompanyName AS Name from CUSTOMER c where C.ID = 1001')).toEqual([{ name: 'Acme' }]);
    expect(rows('SELECT entityid, e.issalesrep FROM employee e WHERE id = 8')).toEqual([{ entityid: 'Ben Ode', issalesrep: 'T' }]);
    expect(rows('SELECT companyname, issalesrep FROM customer c JOIN employee e ON e.id = c.salesrep WHERE c.id = 1004')).toEqual([{ companyname: 'Dune', issalesrep: 'T' }]);
    expect(rows('SELECT customer.id FROM customer WHERE customer.id = 1006')).toEqual([{ id: 1006 }]);
  });

  test('an ambiguous bare column and an unknown qualifier fail', () => {
    const { rows } = setup();

    expect(failureOf(() => rows('SELECT isinactive FROM customer c JOIN employee e ON e.id = c.salesrep'))).toEqual({
      name: 'SSS_SEARCH_ERROR_OCCURRED',
      message: 'Search error occurred: ORA-00918: column ambiguously defined (isinactive)',
    });
    expect(failureOf(() => rows('SELECT x.id FROM customer c')).message).toBe('Search error occurred: ORA-00904: "x"."id": invalid identifier');
  });

  test('? params are positional; a boolean is T / F; numbers and numeric text meet ids numerically', () => {
    const { values } = setup();

    expect(values('SELECT c.id FROM customer c WHERE c.custentity_tlr_lock = ? ORDER BY c.id', [true])).toEqual([1002]);
    expect(values('SELECT c.id FROM customer c WHERE c.custentity_tlr_lock = ? AND c.salesrep = ? ORDER BY c.id', [false, '7'])).toEqual([1001, 1003, 1006, 1008]);
    expect(values('SELECT c.id FROM customer c WHERE c.id IN (?, ?) ORDER BY c.id', [1007, 1001.0])).toEqual([1001, 1007]);
  });
});

describe('TO_CHAR', () => {
  test("TO_CHAR(date, 'YYYY-MM-DD') is the day in the account's zone, so leads group by the day they were created", () => {
    const { emulator, rows } = setup();
    emulator.seed('customer', [
      { id: 2001, companyname: 'Early', stage: 'LEAD', datecreated: '2026-11-20T09:00:00' },
      { id: 2002, companyname: 'Late', stage: 'LEAD', datecreated: '2026-11-20T23:30:00' },
      { id: 2003, companyname: 'Next', stage: 'LEAD', datecreated: '2026-11-21T00:10:00' },
    ]);

    expect(rows("SELECT TO_CHAR(c.datecreated, 'YYYY-MM-DD') AS day, COUNT(*) AS n FROM customer c WHERE c.id > 2000 GROUP BY TO_CHAR(c.datecreated, 'YYYY-MM-DD') ORDER BY day")).toEqual([
      { day: '2026-11-20', n: 2 },
      { day: '2026-11-21', n: 1 },
    ]);
    expect(failureOf(() => rows("SELECT TO_CHAR(c.datecreated, 'DD.MM.YYYY') AS day FROM customer c"))).toMatchObject({ name: 'EMULATOR_NOT_EMULATED' });
    expect(failureOf(() => rows("SELECT TO_CHAR(c.companyname, 'YYYY-MM-DD') AS day FROM customer c WHERE c.id = 2001"))).toMatchObject({ name: 'EMULATOR_NOT_EMULATED' });
  });
});

describe('DECODE, MOD and TRUNC', () => {
  test('DECODE picks the result of the first equal search, else the default, else NULL; NULL matches NULL', () => {
    const { values } = setup();

    expect(values("SELECT DECODE(m.custrecord_tlr_mem_rep, 7, 'seven', 8, 'eight', 'other') FROM customrecord_tlr_member m ORDER BY m.id")).toEqual(['seven', 'eight', 'other', 'other']);
    expect(values("SELECT DECODE(m.custrecord_tlr_mem_rep, 7, 'seven') FROM customrecord_tlr_member m ORDER BY m.id")).toEqual(['seven', null, null, null]);
    expect(values("SELECT DECODE(m.custrecord_tlr_mem_rep, NULL, 'none', 'some') FROM customrecord_tlr_member m ORDER BY m.id")).toEqual(['some', 'some', 'some', 'none']);
    expect(failureOf(() => values("SELECT DECODE(m.custrecord_tlr_mem_rep, '7', 1) FROM customrecord_tlr_member m WHERE m.id = 301"))).toMatchObject({ name: 'EMULATOR_NOT_EMULATED' });
  });

  test('MOD keeps the sign of the dividend and gives it back for a zero divisor; TRUNC cuts toward zero, left of the point for a negative count', () => {
    const { values } = setup();
    const one = (expression: string) => values(`SELECT ${expression} FROM employee e WHERE e.id = 7`)[0];

    expect([one('MOD(11, 4)'), one('MOD(-11, 4)'), one('MOD(11, 0)'), one('MOD(NULL, 4)'), one("MOD('11', 4)")]).toEqual([3, -3, 11, null, 3]);
    expect([one('TRUNC(1234.56)'), one('TRUNC(1234.56, 1)'), one('TRUNC(1234.56, -2)'), one('TRUNC(-1239, -1)'), one('TRUNC(0.29, 2)'), one('TRUNC(NULL, -1)')]).toEqual([1234, 1234.5, 1200, -1230, 0.29, null]);
    expect(failureOf(() => one("MOD('x', 4)"))).toEqual({ name: 'SSS_SEARCH_ERROR_OCCURRED', message: "Search error occurred: ORA-01722: invalid number ('x')" });
  });

  test('ids in blocks of ten: one row per block, a member in each slot by MOD(id, 10), NULL where no member is', () => {
    const { rows } = setup();

    expect(
      rows(
        "SELECT MAX(m.id) AS last, MAX(DECODE(MOD(m.id, 10), 1, m.custrecord_tlr_mem_rep)) AS rep1, MAX(DECODE(MOD(m.id, 10), 2, m.custrecord_tlr_mem_rep)) AS rep2, MAX(DECODE(MOD(m.id, 10), 3, m.id)) AS id3 FROM customrecord_tlr_member m WHERE m.isinactive = 'F' GROUP BY TRUNC(m.id, -1) ORDER BY last",
      ),
    ).toEqual([{ last: 304, rep1: 7, rep2: 8, id3: null }]);
  });
});
