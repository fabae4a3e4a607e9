// customscript_tlr_mr_realign through Oracle's N-module stubs over a small account, its stages run in order: what
// PREVIEW and APPLY write, the report, least disruption, fairness, failures, the scope's filters and the units.
import { realignInputUnits } from './runUnits';
import entry from '../../../src/scripts/tlr_mr_realign';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';
import { STATUS, createAccount, type AccountLead, type AccountSpec } from './bulkAccount';
import type { BulkOptions } from './bulkNetSuite';
import { runMapReduce } from './mapReduceRunner';


const HEADER = 'lead,lead_name,current_rep,current_rep_name,new_rep,new_rep_name,territory,territory_name,status,reason,result';
const FOLDER = { custscript_tlr_report_folder: 812 };
const APPLY = { ...FOLDER, custscript_tlr_mode: 'APPLY' };
const REPS = [{ id: '5', name: 'Ex Rep', isInactive: true }, { id: '7', name: 'Ana Ruiz' }, { id: '8', name: 'Bo Li' }, { id: '9', name: 'Cy Dee' }];

function leads(first: number, count: number, overrides: Partial<AccountLead> = {}): AccountLead[] {
  return Array.from({ length: count }, (_, index) => ({ id: String(first + index), country: 'US', state: 'CA', zip: '94105', status: STATUS.ROUTED, ...overrides }));
}

function account(overrides: Partial<AccountSpec> = {}) {
  return createAccount({
    territories: [territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US', states: 'CA' }), territoryRow({ id: '2', name: 'Nation', priority: 20, countries: 'US' })],
    members: [memberRow({ id: '31', territoryId: '1', repId: '7' }), memberRow({ id: '32', territoryId: '1', repId: '8' }), memberRow({ id: '41', territoryId: '2', repId: '9' })],
    reps: REPS,
    leads: [
      ...leads(901, 3, { salesrep: '5' }),
      { id: '904', country: 'US', state: 'CA', salesrep: '7' },
      { id: '905', country: 'US', state: 'NY', salesrep: '5' },
      { id: '906', country: 'US', state: 'CA', salesrep: '5', lock: true },
    ],
    ...overrides,
  });
}

function realign(target: ReturnType<typeof account>, options: BulkOptions = {}) {
  const netsuite = target.install({ deploymentId: 'customdeploy_tlr_mr_realign', parameters: FOLDER, ...options });
  return { netsuite, ...runMapReduce(entry, netsuite) };
}

const reportOf = (run: ReturnType<typeof realign>) => run.netsuite.files[0]?.lines ?? [];
const withoutResult = (line: string) => line.replace(/,[^,]*$/, '');

describe('realignment: PREVIEW and APPLY', () => {
  it('PREVIEW writes nothing but the CSV report of the leads that would change', () => {
    const target = account();

    const run = realign(target);

    expect(run.netsuite.submitted).toEqual([]);
    expect(run.netsuite.files).toHaveLength(1);
    expect(run.netsuite.files[0]).toMatchObject({ fileType: 'CSV', folder: 812, name: expect.stringMatching(/^tlr_realign_preview_\d{8}T\d{6}Z\.csv$/) });
    const [header, ...rows] = reportOf(run);
    expect(header).toBe(HEADER);
    // Each id with its name beside it: lead, current rep, new rep, territory.
    expect(rows.map((row) => row.split(',').slice(1, 9).join(','))).toEqual([
      ',5,Ex Rep,7,Ana Ruiz,1,West,ROUTED',
      ',5,Ex Rep,8,Bo Li,1,West,ROUTED',
      ',5,Ex Rep,7,Ana Ruiz,1,West,ROUTED',
      ',5,Ex Rep,9,Cy Dee,2,Nation,ROUTED',
    ]);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['901', '902', '903', '905']);
    expect(rows.every((row) => row.endsWith(',preview'))).toBe(true);
    expect(rows[0]).toBe('901,,5,Ex Rep,7,Ana Ruiz,1,West,ROUTED,"Routed to Ana Ruiz by territory West (priority 10: country US, state CA), round robin, among 2 eligible reps.",preview');
  });

  it('APPLY writes exactly the leads PREVIEW listed, commits member turns once, and writes the same report', () => {
    const target = account();
    const preview = reportOf(realign(target));

    const run = realign(target, { parameters: APPLY });

    expect(target.leadWrites.map((call) => call.id)).toEqual(['901', '902', '903', '905']);
    expect(target.leadWrites[0]?.values).toMatchObject({ salesrep: '7', custentity_tlr_status: STATUS.ROUTED, custentity_tlr_territory: '1' });
    expect(target.memberWrites.map((call) => [call.id, call.values['custrecord_tlr_mem_turns'], call.values['custrecord_tlr_mem_assigned']])).toEqual([
      ['31', 2, 2],
      ['32', 1, 1],
      ['41', 1, 1],
    ]);
    expect(reportOf(run).map(withoutResult)).toEqual(preview.map(withoutResult));
    expect(reportOf(run).slice(1).every((row) => row.endsWith(',written'))).toBe(true);
  });

  it('a second APPLY on unchanged data changes nothing', () => {
    const target = account();
    realign(target, { parameters: APPLY });
    const writes = target.leadWrites.length + target.memberWrites.length;

    const second = realign(target, { parameters: APPLY });

    expect(target.leadWrites.length + target.memberWrites.length).toBe(writes);
    expect(reportOf(second)).toEqual([HEADER]);
  });

  it('treats any mode other than APPLY as PREVIEW', () => {
    const target = account();

    const run = realign(target, { parameters: { ...FOLDER, custscript_tlr_mode: 'yes please' } });

    expect(run.netsuite.submitted).toEqual([]);
    expect(reportOf(run)).toHaveLength(5);
  });
});

describe('realignment: which leads and how', () => {
  it('reads the unlocked leads in the lead stage and the owner pool in one SuiteQL pass, oldest first', () => {
    const run = realign(account());

    const reads = run.netsuite.queries.filter((call) => call.table === 'customer');
    expect(reads).toEqual([
      {
        sql:
          'SELECT c.id AS id, c.searchstage AS stage, c.salesrep AS salesrep, c.email AS email, c.companyname AS companyname, c.isinactive AS isinactive, ' +
          'c.leadsource AS leadsource, c.category AS category, c.subsidiary AS subsidiary, c.custentity_tlr_lock AS custentity_tlr_lock, ' +
          'c.defaultbillingaddress AS defaultbillingaddress, a.country AS country, COALESCE(a.state, a.dropdownstate) AS state, a.zip AS zip, ' +
          'e.entityid AS rep_entityid, e.isinactive AS rep_isinactive, e.issalesrep AS rep_issalesrep ' +
          'FROM customer c LEFT JOIN employee e ON e.id = c.salesrep LEFT JOIN entityaddress a ON a.nkey = c.defaultbillingaddress ' +
          "WHERE c.id > ? AND ((c.searchstage = 'Lead' AND NVL(c.custentity_tlr_lock, 'F') = 'F') OR (c.searchstage IN ('Lead', 'Prospect', 'Customer') AND NVL(c.isinactive, 'F') = 'F' AND c.salesrep IS NOT NULL)) ORDER BY c.id",
        params: [0],
        table: 'customer',
      },
    ]);
    expect(run.netsuite.searches.filter((call) => call.type === 'lead' || call.type === 'customer')).toEqual([]);
  });

  it('reads only the scope\'s leads, and counts open leads apart, with owner matching off', () => {
    const run = realign(account({ settings: { keepExisting: true, matchOwner: false, defaultRep: '' } }));

    const read = run.netsuite.queries.find((call) => call.table === 'customer' && !call.sql.includes('GROUP BY'));
    expect(read?.sql).toContain("WHERE c.id > ? AND ((c.searchstage = 'Lead' AND NVL(c.custentity_tlr_lock, 'F') = 'F')) ORDER BY c.id");
  });

  it('narrows the scope by a saved search, keeping the unlocked-lead conditions and its own', () => {
    const target = account();

    const run = realign(target, {
      parameters: { ...FOLDER, custscript_tlr_scope_search: 'customsearch_ca_leads' },
      savedSearches: { customsearch_ca_leads: { searchType: 'customer', filterExpression: [['state', 'anyof', 'CA']] } },
    });

    const scope = run.netsuite.searches.find((call) => call.type === 'customer' && JSON.stringify(call.filters).includes('custentity_tlr_lock'));
    expect(scope?.filters).toEqual([[['state', 'anyof', 'CA']], 'and', ['stage', 'anyof', 'LEAD'], 'and', ['custentity_tlr_lock', 'is', 'F']]);
  });

  it('refuses a saved search of another record type, before changing anything', () => {
    const target = account();

    const run = realign(target, {
      parameters: { ...APPLY, custscript_tlr_scope_search: '77' },
      savedSearches: { '77': { searchType: 'salesorder', filterExpression: [] } },
    });

    expect(run.inputError).toContain('TLR_SCOPE_SEARCH_NOT_LEADS');
    expect(run.netsuite.submitted).toEqual([]);
    expect(run.netsuite.logs.find((entry) => entry.level === 'error')?.details).toMatch(/^TLR_SCOPE_SEARCH_NOT_LEADS: The scope search 77 searches salesorder records/);
  });

  it('least disruption: a rep who is an active member of the deciding territory keeps the lead, even away', () => {
    const target = account({
      members: [memberRow({ id: '31', territoryId: '1', repId: '7', awayUntil: '2999-12-31' }), memberRow({ id: '32', territoryId: '1', repId: '8' })],
      leads: [{ id: '904', country: 'US', state: 'CA', salesrep: '7' }, { id: '907', country: 'US', state: 'CA', salesrep: '9' }],
    });

    const run = realign(target, { parameters: APPLY });

    expect(target.leadWrites.map((call) => [call.id, call.values['salesrep']])).toEqual([['907', '8']]);
    expect(reportOf(run)).toHaveLength(2);
  });

  it('shares the moved leads fairly: within one lead per member', () => {
    const target = account({ leads: leads(1001, 31, { salesrep: '5' }) });

    realign(target, { parameters: APPLY });

    const counts = target.leadWrites.reduce<Record<string, number>>((total, call) => ({ ...total, [String(call.values['salesrep'])]: (total[String(call.values['salesrep'])] ?? 0) + 1 }), {});
    expect(counts).toEqual({ '7': 16, '8': 15 });
  });
});

describe('realignment: failures and limits', () => {
  it('refuses to start without a report folder, before reading any lead', () => {
    const target = account();

    const run = realign(target, { parameters: { custscript_tlr_mode: 'APPLY' } });

    expect(run.inputError).toContain('TLR_REPORT_FOLDER_MISSING');
    expect(run.netsuite.searches.filter((call) => call.type === 'lead')).toEqual([]);
    expect(run.netsuite.submitted).toEqual([]);
    expect(run.netsuite.files).toEqual([]);
    expect(run.netsuite.logs.find((entry) => entry.level === 'error')).toMatchObject({
      title: 'Realignment did not run',
      details: expect.stringContaining('Set Report Folder (custscript_tlr_report_folder)'),
    });
  });

  it('reports a lead whose write fails, writes the others, and gives its turn back at commit', () => {
    const target = account();

    const run = realign(target, {
      parameters: APPLY,
      failWrite: (call) => (call.id === '902' ? Object.assign(new Error('Record has been changed'), { name: 'RCRD_HAS_BEEN_CHANGED' }) : undefined),
    });

    expect(target.leadWrites.map((call) => call.id)).toEqual(['901', '903', '905']);
    expect(reportOf(run).find((row) => row.startsWith('902,'))).toMatch(/,failed: Record has been changed$/);
    expect(target.states.get('32')).toEqual({ turns: 0, assigned: 0 });
    expect(run.netsuite.logs.at(-1)?.details).toContain('"written":3,"failed":1');
  });

  it('spends 10 units per 5,000 customer rows in the input stage besides settings, plan and snapshot, 5 per written lead in map', () => {
    const target = account({ leads: leads(1001, 1000, { salesrep: '5' }) });

    const run = realign(target, { parameters: APPLY });

    const expected = realignInputUnits({ leads: 1000, customerRows: 1000, addressLoads: 0, savedSearch: false, snapshot: { members: 3, repsRead: 0, openLeadReps: 0 } });
    expect(run.inputUnits).toBe(expected);
    expect(expected).toBe(15 + 1 + 10 + 10);
    expect(Math.max(...run.mapUnits)).toBe(5);
    expect(run.summarizeUnits).toBe(10 + 2 * 2 + 20);
  });

  it('loads a lead whose search shows no billing address; one that cannot be loaded is reported, never written', () => {
    const target = account({
      leads: [
        { id: '1001', salesrep: '5', addresses: [{ defaultbilling: false, country: 'US', state: 'CA', zip: '94105' }] },
        { id: '1002', salesrep: '5', unloadable: true },
      ],
    });

    const run = realign(target, { parameters: APPLY });

    expect(target.leadWrites.map((call) => [call.id, call.values['salesrep']])).toEqual([['1001', '7']]);
    const failed = reportOf(run).find((row) => row.startsWith('1002,'));
    expect(failed).toMatch(/^1002,,5,Ex Rep,5,Ex Rep,,,ERROR,Routing failed \(UNEXPECTED_ERROR\): RCRD_DSNT_EXIST: That record does not exist: lead 1002/);
    expect(failed).toMatch(/,not written: routing failed$/);
    expect(run.netsuite.logs.at(-1)?.details).toContain('"routingErrors":1,"addressLoads":2');
  });

  it('refuses, before loading any, a scope whose leads without billing address would cost more than the input stage has', () => {
    const target = account({ leads: Array.from({ length: 2000 }, (_, index) => ({ id: String(2001 + index), salesrep: '5' })) });

    const run = realign(target, { parameters: APPLY });

    expect(run.inputError).toContain('TLR_SCOPE_TOO_LARGE');
    expect(run.inputError).toContain('2000 leads in scope have no default billing address');
    expect(run.inputUnits).toBeLessThan(100);
    expect(target.leadWrites).toEqual([]);
  });

  it('logs every map error NetSuite reports, with the counts', () => {
    const netsuite = account().install({ deploymentId: 'customdeploy_tlr_mr_realign', parameters: FOLDER });
    const errors = [['lead:901', JSON.stringify({ name: 'SSS_USAGE_LIMIT_EXCEEDED', message: 'Script Execution Usage Limit Exceeded' }), 1]];
    const output = [['tally', JSON.stringify({ kind: 'tally', tally: { inScope: 1, changes: 1, unchanged: 0, routingErrors: 0, addressLoads: 0 } })]];
    const iterate = (entries: unknown[][]) => ({ iterator: () => ({ each: (callback: (...args: unknown[]) => boolean) => entries.forEach((entry) => callback(...entry)) }) });

    entry.summarize({ inputSummary: { error: '' }, mapSummary: { errors: iterate(errors) }, output: iterate(output) } as never);

    expect(netsuite.logs[0]).toEqual({ level: 'error', title: 'Realignment map error (lead:901)', details: 'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded' });
    expect(netsuite.logs.at(-1)?.details).toContain('"mapErrors":1');
  });
});
