/** N/query as scripts call it: arguments, result objects and value formats, errors, the row cap, governance and faults. */
import { suiteScriptError } from '../errors';
import { parseSuiteQL } from '../query/parse';
import { amdScript, failureOf } from './helpers/fixtures';
import { makeRoutingEmulator, seedRouting } from './helpers/routingAccount';

const SCHEDULED = '/SuiteScripts/tst/tst_ss.js';
const LEAD_UE = '/SuiteScripts/tst/tst_ue_lead.js';

function setup(options: Parameters<typeof makeRoutingEmulator>[0] = {}) {
  const emulator = makeRoutingEmulator(options);
  seedRouting(emulator);
  return { emulator, query: emulator.modules().query };
}


describe('runSuiteQL arguments and results', () => {
  const TEXT = 'SELECT e.id AS id, e.entityid AS name FROM employee e WHERE e.id IN (7, 8) ORDER BY e.id';

  test('{ query, params }, a plain string, or an object with a query string', () => {
    const { query } = setup();
    const expected = [
      { id: 7, name: 'Ana Ruiz' },
      { id: 8, name: 'Ben Ode' },
    ];

    expect(query.runSuiteQL({ query: TEXT }).asMappedResults()).toEqual(expected);
    expect(query.runSuiteQL(TEXT).asMappedResults()).toEqual(expected);
    expect(query.runSuiteQL({ query: 'SELECT e.id AS id, e.entityid AS name FROM employee e WHERE e.id IN (?, ?) ORDER BY e.id', params: [8, 7] }).asMappedResults()).toEqual(expected);
  });

  test('results hold values in select-list order and asMap(); other members are not emulated', () => {
    const { query } = setup();
    const resultSet = query.runSuiteQL(TEXT);
    const [first] = resultSet.results;

    expect(resultSet.results.map((result) => result.values)).toEqual([
      [7, 'Ana Ruiz'],
      [8, 'Ben Ode'],
    ]);
    expect(first?.asMap()).toEqual({ id: 7, name: 'Ana Ruiz' });
    expect(JSON.parse(JSON.stringify(resultSet))).toEqual({ results: [{ values: [7, 'Ana Ruiz'] }, { values: [8, 'Ben Ode'] }] });
    const notEmulated = (run: () => unknown) => failureOf(run).name;
    expect([
      notEmulated(() => resultSet.columns),
      notEmulated(() => resultSet.types),
      notEmulated(() => resultSet.iterator()),
      notEmulated(() => resultSet.getTypeForAlias()),
      notEmulated(() => first?.columns),
      notEmulated(() => first?.getValueForAlias()),
    ]).toEqual(Array(6).fill('EMULATOR_NOT_EMULATED'));
  });

  test('the rest of N/query is not emulated', () => {
    const { query } = setup();

    expect(failureOf(() => query.runSuiteQL.promise()).message).toBe('query.runSuiteQL.promise is not emulated; extend tools/emulator if a script needs it');
    expect([query.runSuiteQLPaged, query.create, query.load, query.delete, query.listTables].map((call) => failureOf(() => call()).name)).toEqual(Array(5).fill('EMULATOR_NOT_EMULATED'));
  });

  test('result keys: the alias or column name in lower case, else expr1, expr2, …; two columns of one name cannot be mapped', () => {
    const { query } = setup();

    expect(query.runSuiteQL('SELECT COUNT(*), UPPER(c.companyname), c.ID, c.companyname AS Company FROM customer c WHERE c.id = 1001 GROUP BY c.companyname, c.id').asMappedResults()).toEqual([
      { expr1: 1, expr2: 'ACME', id: 1001, company: 'Acme' },
    ]);
    const twoIds = query.runSuiteQL('SELECT c.id, e.id FROM customer c JOIN employee e ON e.id = c.salesrep WHERE c.id = 1004');
    expect(twoIds.results[0]?.values).toEqual([1004, 8]);
    expect(failureOf(() => twoIds.asMappedResults()).message).toBe('SuiteQL mapped results with two columns named id is not emulated; extend tools/emulator if a script needs it');
  });

  test('a missing query, bad params and a params count that does not match the placeholders fail', () => {
    const { query } = setup();

    expect(failureOf(() => query.runSuiteQL({ params: [] }))).toEqual({ name: 'SSS_MISSING_REQD_ARGUMENT', message: 'Missing a required argument: query' });
    expect(failureOf(() => query.runSuiteQL({ query: TEXT, params: 7 })).name).toBe('SSS_INVALID_TYPE_ARG');
    expect(failureOf(() => query.runSuiteQL({ query: 'SELECT e.id FROM employee e WHERE e.id = ?', params: [null] }))).toEqual({
      name: 'SSS_INVALID_TYPE_ARG',
      message: 'runSuiteQL params: params[0] is null, not a string, a number or a boolean',
    });
    expect(failureOf(() => query.runSuiteQL({ query: 'SELECT e.id FROM employee e WHERE e.id = ?', params: [7, 8] }))).toEqual({
      name: 'SSS_SEARCH_ERROR_OCCURRED',
      message: 'Search error occurred: the query has 1 ? placeholder(s) and 2 params were given',
    });
  });
});

describe('values as SuiteQL returns them', () => {
  test('ids and selects as numbers, CHECKBOX T / F, numbers, text with NULL for empty, DATE and DATETIMETZ in the account format', () => {
    const { query } = setup();

    expect(
      query
        .runSuiteQL(
          'SELECT m.id, m.name, m.isinactive, m.custrecord_tlr_mem_turns, m.custrecord_tlr_mem_assigned, m.custrecord_tlr_mem_rep, m.custrecord_tlr_mem_away_from, m.created FROM customrecord_tlr_member m WHERE m.id IN (301, 304) ORDER BY m.id',
        )
        .asMappedResults(),
    ).toEqual([
      { id: 301, name: 'Ana West', isinactive: 'F', custrecord_tlr_mem_turns: 1.5, custrecord_tlr_mem_assigned: 3, custrecord_tlr_mem_rep: 7, custrecord_tlr_mem_away_from: '12/24/2026', created: '11/26/2026 12:00 pm' },
      { id: 304, name: 'Nobody', isinactive: 'F', custrecord_tlr_mem_turns: 0, custrecord_tlr_mem_assigned: 0, custrecord_tlr_mem_rep: null, custrecord_tlr_mem_away_from: null, created: '11/26/2026 12:00 pm' },
    ]);
    expect(query.runSuiteQL('SELECT c.email, c.searchstage, c.defaultbillingaddress FROM customer c WHERE c.id IN (1005, 1006) ORDER BY c.id').asMappedResults()).toEqual([
      { email: null, searchstage: 'Lead', defaultbillingaddress: null },
      { email: null, searchstage: 'Prospect', defaultbillingaddress: null },
    ]);
  });

  test('a checkbox the record holds no value for (seeded null: older than the field) is NULL; NVL reads it unchecked', () => {
    const { emulator, query } = setup();
    emulator.seed('lead', [{ id: 1011, companyname: 'Old lead', custentity_tlr_lock: null }]);
    const sql = (where: string) => `SELECT c.id FROM customer c WHERE c.id IN (1001, 1002, 1011) AND ${where} ORDER BY c.id`;

    expect(query.runSuiteQL('SELECT c.id, c.custentity_tlr_lock FROM customer c WHERE c.id IN (1001, 1002, 1011) ORDER BY c.id').asMappedResults()).toEqual([
      { id: 1001, custentity_tlr_lock: 'F' },
      { id: 1002, custentity_tlr_lock: 'T' },
      { id: 1011, custentity_tlr_lock: null },
    ]);
    expect(query.runSuiteQL(sql("c.custentity_tlr_lock = 'F'")).asMappedResults()).toEqual([{ id: 1001 }]);
    expect(query.runSuiteQL(sql("NVL(c.custentity_tlr_lock, 'F') = 'F'")).asMappedResults()).toEqual([{ id: 1001 }, { id: 1011 }]);
    expect(emulator.modules().record.load({ type: 'lead', id: 1011 }).getValue({ fieldId: 'custentity_tlr_lock' })).toBe(false);
  });

  test("an address's state kept in dropdownstate: SuiteQL shows the two columns as stored, N/record and searches show it as state", () => {
    const { emulator, query } = setup();
    emulator.seed('lead', [{ id: 1012, companyname: 'Picked', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', dropdownstate: 'NY', zip: '10001' } }] }]);
    const { record, search } = emulator.modules();

    expect(query.runSuiteQL('SELECT a.state, a.dropdownstate FROM customer c JOIN entityaddress a ON a.nkey = c.defaultbillingaddress WHERE c.id IN (1001, 1012) ORDER BY c.id').asMappedResults()).toEqual([
      { state: 'CA', dropdownstate: null },
      { state: null, dropdownstate: 'NY' },
    ]);
    expect(record.load({ type: 'lead', id: 1012 }).getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }).getValue({ fieldId: 'state' })).toBe('NY');
    expect(search.lookupFields({ type: 'lead', id: 1012, columns: ['billstate'] })).toEqual({ billstate: 'NY' });
  });

  test('custom lists: id, name, scriptid, isinactive; list values of a select are their ids', () => {
    const { emulator, query } = setup();
    emulator.seed('lead', [{ id: 1010, companyname: 'Listed', custentity_tst_status: 'val_tst_error' }]);

    expect(query.runSuiteQL('SELECT l.id, l.name, l.scriptid, l.isinactive FROM customlist_tst_status l ORDER BY l.id').asMappedResults()).toEqual([
      { id: 1, name: 'Routed', scriptid: 'VAL_TST_ROUTED', isinactive: 'F' },
      { id: 2, name: 'Error', scriptid: 'VAL_TST_ERROR', isinactive: 'T' },
    ]);
    expect(query.runSuiteQL('SELECT l.name FROM customer c JOIN customlist_tst_status l ON l.id = c.custentity_tst_status').asMappedResults()).toEqual([{ name: 'Error' }]);
  });
});

describe('multi-select columns', () => {
  test("a multi-select reads as its selected ids in one text, NULL when none is selected", () => {
    const { emulator, query } = setup();
    emulator.seed('customrecord_tst_zone', [
      { id: 501, name: 'Two', custrecord_tst_subsidiaries: [1, 2] },
      { id: 502, name: 'None' },
    ]);

    expect(query.runSuiteQL('SELECT z.id, z.custrecord_tst_subsidiaries AS subs FROM customrecord_tst_zone z WHERE z.id > 500 ORDER BY z.id').asMappedResults()).toEqual([
      { id: 501, subs: '1, 2' },
      { id: 502, subs: null },
    ]);
  });
});

describe('what fails', () => {
  test.each([
    ['SELECT x.id FROM customrecord_nope x', 'SSS_SEARCH_ERROR_OCCURRED', "Search error occurred: Record 'CUSTOMRECORD_NOPE' was not found."],
    ['SELECT p.id FROM prospect p', 'SSS_SEARCH_ERROR_OCCURRED', "Search error occurred: Record 'PROSPECT' was not found."],
    ['SELECT c.stage FROM customer c', 'SSS_SEARCH_ERROR_OCCURRED', "Search error occurred: Field 'stage' for record 'customer' was not found."],
    ['SELECT nope FROM employee', 'SSS_SEARCH_ERROR_OCCURRED', "Search error occurred: Field 'nope' for record 'employee' was not found."],
    ['SELECT * FROM customer', 'EMULATOR_NOT_EMULATED', 'SuiteQL SELECT * (name the columns)'],
    ['SELECT c.id FROM customer c WHERE c.id BETWEEN 1 AND 2', 'EMULATOR_NOT_EMULATED', 'SuiteQL the operator BETWEEN'],
    ['SELECT c.id + 1 FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL the operator +'],
    ["SELECT c.id || 'x' FROM customer c", 'EMULATOR_NOT_EMULATED', 'SuiteQL the operator ||'],
    ['SELECT -c.id FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL the operator -'],
    ['SELECT CASE WHEN c.id = 1 THEN 1 END FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL CASE'],
    ['SELECT AVG(c.id) FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL the aggregate AVG'],
    ['SELECT TRUNC(c.datecreated) FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL TRUNC of a DATE or DATETIME value'],
    ['SELECT SUBSTR(c.companyname, 1, 2) FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL the function SUBSTR'],
    ['SELECT BUILTIN.DF(c.salesrep) FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL the function BUILTIN.DF'],
    ['SELECT c.salesrep FROM customer c GROUP BY c.salesrep HAVING COUNT(*) > 1', 'EMULATOR_NOT_EMULATED', 'SuiteQL HAVING'],
    ['SELECT c.id FROM customer c UNION SELECT e.id FROM employee e', 'EMULATOR_NOT_EMULATED', 'SuiteQL UNION, INTERSECT and MINUS'],
    ['SELECT c.id FROM customer c RIGHT JOIN employee e ON e.id = c.salesrep', 'EMULATOR_NOT_EMULATED', 'SuiteQL RIGHT JOIN'],
    ['SELECT c.id FROM customer c, employee e', 'EMULATOR_NOT_EMULATED', 'SuiteQL a comma join (FROM a, b)'],
    ['SELECT x.id FROM (SELECT c.id FROM customer c) x', 'EMULATOR_NOT_EMULATED', 'SuiteQL a subquery in FROM'],
    ['SELECT c.id FROM customer c WHERE c.salesrep IN (SELECT e.id FROM employee e)', 'EMULATOR_NOT_EMULATED', 'SuiteQL IN (subquery)'],
    ['SELECT c.id FROM customer c WHERE EXISTS (SELECT e.id FROM employee e)', 'EMULATOR_NOT_EMULATED', 'SuiteQL the function EXISTS'],
    ['SELECT c.id FROM customer c WHERE ROWNUM <= 2', 'EMULATOR_NOT_EMULATED', 'SuiteQL ROWNUM'],
    ["SELECT c.id FROM customer c WHERE c.companyname LIKE 'a!%' ESCAPE '!'", 'EMULATOR_NOT_EMULATED', 'SuiteQL LIKE … ESCAPE'],
    ['SELECT c.id FROM customer c WHERE c.isinactive = TRUE', 'EMULATOR_NOT_EMULATED', 'SuiteQL TRUE / FALSE'],
    ['SELECT c.id FROM customer c # note', 'EMULATOR_NOT_EMULATED', 'SuiteQL a # comment'],
    ['SELECT "C".id FROM customer c', 'EMULATOR_NOT_EMULATED', 'SuiteQL a double-quoted identifier'],
    ["SELECT c.id FROM customer c WHERE c.companyname = 'a\\'b'", 'EMULATOR_NOT_EMULATED', 'SuiteQL a backslash in a string literal'],
    ['SELECT c.id FROM customer c FETCH FIRST 5 ROWS ONLY', 'EMULATOR_NOT_EMULATED', "SuiteQL that the emulator's parser cannot read (line 1, column 29; its MySQL dialect also reserves words such as LEAD and RANK)"],
    ['SELECT c.id FROM customer c LIMIT 5', 'EMULATOR_NOT_EMULATED', 'SuiteQL LIMIT'],
    ["SELECT m.id FROM customrecord_tlr_member m WHERE m.custrecord_tlr_mem_away_from = '12/24/2026'", 'EMULATOR_NOT_EMULATED', 'SuiteQL comparing DATE or DATETIME values'],
    ['SELECT c.id FROM customer c WHERE c.companyname', 'SSS_SEARCH_ERROR_OCCURRED', 'Search error occurred: ORA-00920: invalid relational operator (a value where a condition is expected)'],
    ['SELECT c.id = 1 FROM customer c', 'SSS_SEARCH_ERROR_OCCURRED', 'Search error occurred: ORA-00923: a condition where a value is expected'],
    ['SELECT c.id FROM customer c WHERE c.id = (SELECT d.id, d.email FROM customer d)', 'SSS_SEARCH_ERROR_OCCURRED', 'Search error occurred: ORA-00913: too many values (a scalar subquery selects one column)'],
  ])('%s', (text, name, message) => {
    const { query } = setup();
    const error = failureOf(() => query.runSuiteQL(text));

    expect(error.name).toBe(name);
    expect(error.message).toBe(name === 'EMULATOR_NOT_EMULATED' ? `${message} is not emulated; extend tools/emulator if a script needs it` : message);
  });

  test('a query text is parsed once and then served from the cache', () => {
    const text = 'SELECT e.id AS id FROM employee e WHERE e.id IN (?, ?)';

    expect(parseSuiteQL(text)).toBe(parseSuiteQL(text));
    expect(parseSuiteQL(text).paramCount).toBe(2);
  });
});

describe('the 5,000-row cap', () => {
  test('runSuiteQL returns the first 5,000 rows after ORDER BY, silently', () => {
    const { emulator, query } = setup();
    emulator.seed('customrecord_tlr_member', Array.from({ length: 5003 }, (_, index) => ({ id: 10_000 + index, name: `M${index}` })));

    const newest = query.runSuiteQL('SELECT m.id FROM customrecord_tlr_member m WHERE m.id >= 10000 ORDER BY m.id DESC').results.map((result) => result.values[0]);
    const counted = query.runSuiteQL('SELECT COUNT(*) AS n FROM customrecord_tlr_member m WHERE m.id >= 10000').asMappedResults();

    expect([newest.length, newest[0], newest[4999]]).toEqual([5000, 15_002, 10_003]);
    expect(counted).toEqual([{ n: 5003 }]);
  });
});

describe('governance, faults and the store at call time', () => {
  const THREE_QUERIES = amdScript(
    'ScheduledScript',
    ['N/query'],
    `{ execute: function () {
      for (var run = 0; run < 3; run += 1) {
        var rows = query.runSuiteQL({ query: 'SELECT COUNT(*) AS n FROM employee e WHERE e.issalesrep = ?', params: [true] }).asMappedResults();
        log.audit('reps', rows[0].n);
      }
    } }`,
  );

  test('each call costs 10 units, charged before it runs; the call that would pass the limit fails uncharged', () => {
    const { emulator } = setup({ scripts: { [SCHEDULED]: THREE_QUERIES } });
    emulator.faults.usageLimit = 25;

    const invocation = emulator.runScheduled('customscript_tst_ss');

    expect(invocation.charges).toEqual([
      { api: 'query.runSuiteQL', units: 10 },
      { api: 'query.runSuiteQL', units: 10 },
    ]);
    expect(invocation.unitsUsed).toBe(20);
    expect(invocation.logs.map((entry) => entry.details)).toEqual(['2', '2']);
    expect(invocation.error).toEqual({ name: 'SSS_USAGE_LIMIT_EXCEEDED', message: 'Script Execution Usage Limit Exceeded' });
  });

  test('the search fault hook sees every table a query reads, once, before any row is read', () => {
    const { emulator, query } = setup();
    const seen: string[] = [];
    emulator.faults.onSearch = (table) => {
      seen.push(table);
      if (table === 'customrecord_tlr_member') throw suiteScriptError('SSS_REQUEST_TIME_EXCEEDED', 'timed out');
    };
    const scanned = emulator.store.stats.recordsScanned;

    const error = failureOf(() => query.runSuiteQL('SELECT e.id FROM employee e WHERE (SELECT COUNT(*) FROM customrecord_tlr_member m WHERE m.custrecord_tlr_mem_rep = e.id) > 0'));
    const scannedByFailure = emulator.store.stats.recordsScanned - scanned;
    emulator.faults.onSearch = (table) => seen.push(table);
    const counts = query.runSuiteQL('SELECT e.id, (SELECT COUNT(*) FROM customer c WHERE c.salesrep = e.id) AS n FROM employee e LEFT JOIN customer d ON d.salesrep = e.id WHERE e.id IN (7, 9)');

    expect(error).toEqual({ name: 'SSS_REQUEST_TIME_EXCEEDED', message: 'timed out' });
    expect(scannedByFailure).toBe(0);
    expect(seen).toEqual(['employee', 'customrecord_tlr_member', 'employee', 'customer']);
    // Employee 7 has five customers (five joined rows, each counting five), employee 9 one.
    expect(counts.results.map((result) => result.values)).toEqual([...Array(5).fill([7, 5]), [9, 1]]);
  });

  test('a query reads the store as it is at the call: a lead being created is not in it during beforeSubmit', () => {
    const COUNTING_UE = amdScript(
      'UserEventScript',
      ['N/query'],
      `{
        beforeSubmit: function () { log.audit('before', query.runSuiteQL("SELECT COUNT(*) AS n FROM customer c WHERE c.searchstage = 'Lead'").asMappedResults()[0].n); },
        afterSubmit: function () { log.audit('after', query.runSuiteQL("SELECT COUNT(*) AS n FROM customer c WHERE c.searchstage = 'Lead'").asMappedResults()[0].n); }
      }`,
    );
    const { emulator } = setup({ scripts: { [LEAD_UE]: COUNTING_UE } });

    emulator.modules().record.create({ type: 'lead' }).save();

    expect(emulator.invocations.map((invocation) => [invocation.entryPoint, invocation.logs[0]?.details, invocation.unitsUsed])).toEqual([
      ['beforeSubmit', '5', 10],
      ['afterSubmit', '6', 10],
    ]);
  });
});
