/**
 * The realignment's parameters, limits and failures (bulkRealign.test.ts and realignOwners.test.ts hold what it
 * decides): the BUILT customscript_tlr_mr_realign in the emulator — Mode, a list value read once by the input stage (its
 * default, Apply, a value it cannot read), a saved search
 * narrowing the scope, a missing report folder, address loads and the scope they make too large, and what each stage costs against the unit model (runUnits.ts).
 */
import type { Emulator } from '../../tools/emulator/host';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { modeParameter, reportFolder, runRealign } from '../../tools/simulator/bulkRealign';
import { realignInputUnits } from '../netsuite/bulk/runUnits';
import { TODAY, invocationsOf, leadWriteCounts, run } from './harness';

const REALIGN = 'customscript_tlr_mr_realign';
const CA = { country: 'US', state: 'CA', zip: '94105' };

type Lead = Record<string, unknown>;

/** A routed lead of rep `salesrep`, billed at `address`. */
function lead(id: number, salesrep: string, address: Record<string, string> = CA, extra: Lead = {}): Lead {
  return {
    id: String(id),
    stage: 'LEAD',
    companyname: `Lead ${id}`,
    salesrep,
    custentity_tlr_status: 'val_tlr_routed',
    addressbook: [{ defaultbilling: true, addressbookaddress: address }],
    ...extra,
  };
}

/**
 * West (California: Ana 7, Bo 8) and Nation (the US: Cy 9). Ex Rep (5) is in no territory: 901–903 (California) and 905 (New York)
 * are his and move; 904 is Ana's and stays; 906 is his but locked.
 */
function account(customers: Lead[] = [lead(901, '5'), lead(902, '5'), lead(903, '5'), lead(904, '7'), lead(905, '5', { country: 'US', state: 'NY' }), lead(906, '5', CA, { custentity_tlr_lock: true })]): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: false },
    records: {
      employee: [
        { id: '5', entityid: 'Ex Rep', issalesrep: true },
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', issalesrep: true },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' },
        { id: '2', name: 'Nation', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'US' },
      ],
      customrecord_tlr_member: [
        { id: '31', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '32', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
        { id: '41', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '9' },
      ],
      customer: customers,
    },
  };
}

const seeded = (customers?: Lead[]): Emulator => run(account(customers)).emulator;
const written = (emulator: Emulator) => [...leadWriteCounts(emulator, 'MAPREDUCE').keys()];
const summaryLogs = (emulator: Emulator) => invocationsOf(emulator, REALIGN, 'summarize').flatMap((invocation) => invocation.logs);

describe('parameters', () => {
  const inputLogs = (emulator: Emulator) => invocationsOf(emulator, REALIGN, 'getInputData').flatMap((invocation) => invocation.logs);
  const modeProblems = (emulator: Emulator) => inputLogs(emulator).filter((entry) => entry.title === 'Realignment previews: Mode not understood');

  test('Mode defaults to Preview: the deployment as installed writes a report and no lead', () => {
    const emulator = seeded();
    reportFolder(emulator, {});

    emulator.runMapReduce(REALIGN);

    expect(written(emulator)).toEqual([]);
    expect(summaryLogs(emulator).map((entry) => entry.title)).toContain('Realignment PREVIEW finished');
    expect(modeProblems(emulator)).toEqual([]);
  });

  test('Mode Apply (the list value\'s internal id) writes the leads that change; the input stage alone reads Mode', () => {
    const emulator = seeded();
    reportFolder(emulator, {});

    const modeListReads: string[] = [];
    emulator.faults.onSearch = (type) => void (type === 'customlist_tlr_mode' && modeListReads.push(type));

    emulator.runMapReduce(REALIGN, { params: modeParameter(emulator, 'APPLY') });

    expect(written(emulator)).toEqual(['901', '902', '903', '905']);
    expect(summaryLogs(emulator).map((entry) => entry.title)).toContain('Realignment APPLY finished');
    // One paged read of the list for the whole run (runPaged, then its one page), not one per lead written.
    expect(modeListReads).toHaveLength(2);
  });

  test.each([
    ['the text of an old Mode', 'APPLY', 'Mode holds "APPLY", which is no value of the list customlist_tlr_mode'],
    ['an id of no list value', '999', 'Mode holds "999"'],
  ])('a Mode it cannot read (%s) previews, with one error line saying why', (_case, value, why) => {
    const emulator = seeded();
    reportFolder(emulator, {});

    emulator.runMapReduce(REALIGN, { params: { custscript_tlr_mode: value } });

    expect(written(emulator)).toEqual([]);
    expect(summaryLogs(emulator).map((entry) => entry.title)).toContain('Realignment PREVIEW finished');
    expect(modeProblems(emulator)).toEqual([expect.objectContaining({ level: 'ERROR', details: expect.stringContaining(why) })]);
  });

  test('the report names each id with its name beside it (owner matching on: the current reps are read with the leads)', () => {
    const emulator = seeded();
    emulator.setParameter('customscript_tlr_ue_lead', 'custscript_tlr_match_owner', true);

    const { report } = runRealign(emulator, 'PREVIEW', {});

    expect(report?.rows.map((row) => [row.lead, row.current_rep_name, row.new_rep, row.new_rep_name, row.territory_name, row.result])).toEqual([
      ['901', 'Ex Rep', '7', 'Ana Ruiz', 'West', 'preview'],
      ['902', 'Ex Rep', '8', 'Bo Li', 'West', 'preview'],
      ['903', 'Ex Rep', '7', 'Ana Ruiz', 'West', 'preview'],
      ['905', 'Ex Rep', '9', 'Cy Dee', 'Nation', 'preview'],
    ]);
    expect(report?.rows[0]?.reason).toBe('Routed to Ana Ruiz by territory West (priority 10: country US, state CA), round robin, among 2 eligible reps.');
  });

  test('a saved search narrows the scope, which keeps its own conditions: the locked lead it names stays untouched', () => {
    const emulator = seeded();
    emulator.registerSavedSearch({ id: 'customsearch_first_leads', type: 'customer', filters: [['internalidnumber', 'lessthan', 904], 'or', ['internalidnumber', 'greaterthan', 905]] });
    emulator.setParameter(REALIGN, 'custscript_tlr_scope_search', 'customsearch_first_leads');

    const outcome = runRealign(emulator, 'APPLY', {});

    expect(outcome.failure).toBeNull();
    expect(written(emulator)).toEqual(['901', '902', '903']);
  });

  test('a saved search of another record type is refused before anything changes', () => {
    const emulator = seeded();
    emulator.registerSavedSearch({ id: 'customsearch_staff', internalId: '77', type: 'employee', filters: [] });
    emulator.setParameter(REALIGN, 'custscript_tlr_scope_search', '77');

    const outcome = runRealign(emulator, 'APPLY', {});

    expect(outcome.failure).toContain('TLR_SCOPE_SEARCH_NOT_LEADS');
    expect(outcome.loggedErrors.map((entry) => entry.details).join('\n')).toMatch(/TLR_SCOPE_SEARCH_NOT_LEADS: The scope search 77 searches employee records/);
    expect(written(emulator)).toEqual([]);
  });

  test('without a report folder it refuses to start, before reading any lead', () => {
    const emulator = seeded();

    const run = emulator.runMapReduce(REALIGN, { params: { custscript_tlr_mode: 'APPLY' } });

    expect(run.input.error).toContain('TLR_REPORT_FOLDER_MISSING');
    expect(run.input.usage).toBeLessThan(20);
    expect(written(emulator)).toEqual([]);
    expect(summaryLogs(emulator).find((entry) => entry.level === 'ERROR')).toMatchObject({
      title: 'Realignment did not run',
      details: expect.stringContaining('Set Report Folder (custscript_tlr_report_folder)'),
    });
  });
});

describe('addresses and limits', () => {
  test('a lead whose record shows no default billing address is loaded and routed by its first address', () => {
    const emulator = seeded([lead(1001, '5', CA, { addressbook: [{ defaultbilling: false, addressbookaddress: CA }] })]);

    const outcome = runRealign(emulator, 'APPLY', {});

    expect(outcome.report?.rows.map((row) => [row.lead, row.new_rep, row.result])).toEqual([['1001', '7', 'written']]);
    expect(outcome.tally).toMatchObject({ addressLoads: 1 });
  });

  test('a scope whose leads without billing address would cost more than the input stage has is refused before loading any', () => {
    const emulator = seeded(Array.from({ length: 2000 }, (_, index) => lead(2001 + index, '5', CA, { addressbook: [] })));

    const outcome = runRealign(emulator, 'APPLY', {});

    expect(outcome.failure).toContain('TLR_SCOPE_TOO_LARGE');
    expect(outcome.failure).toContain('2000 leads in scope have no default billing address');
    expect(outcome.run.input.usage).toBeLessThan(100);
    expect(written(emulator)).toEqual([]);
  });

  test('stages cost the unit model: input 10 per 5,000 customer rows besides settings, plan and snapshot; map 5 a lead; reduce 6 a member (load, save); summarize the report', () => {
    const emulator = seeded(Array.from({ length: 1000 }, (_, index) => lead(1001 + index, '5')));
    runRealign(emulator, 'PREVIEW', {}); // compiles and caches the plan, as an earlier run or lead would have

    const outcome = runRealign(emulator, 'APPLY', {});

    const input = realignInputUnits({ leads: 1000, customerRows: 1000, addressLoads: 0, savedSearch: false, snapshot: { members: 3, repsRead: 0, openLeadReps: 0 } });
    expect(input).toBe(15 + 10 + 1 + 10 + 10); // settings, Mode list, plan, snapshot, customers
    expect(outcome.stages.map((stage) => [stage.stage, stage.stage === 'map' ? stage.mostInOne : stage.units])).toEqual([
      ['getInputData', input],
      ['map', 5],
      ['reduce', 2 * (2 + 4)],
      ['summarize', 20],
    ]);
  });
});
