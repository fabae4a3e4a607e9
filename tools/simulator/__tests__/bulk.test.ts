// The bulk paths through the simulator (`simulate(…, { bulk })`, the built scripts in FileCabinet/): the sweep's rows,
// the realignment's report, the bulk summary, and the account after a run (`--save`) as the next run's input.
import path from 'node:path';
import { dayToDate } from '../../emulator/dates';
import { Schema } from '../../emulator/schema/accountSchema';
import type { AccountFile } from '../accountFile';
import { bulkFailure } from '../bulk';
import { REPORT_FOLDER_NAME } from '../bulkRealign';
import { formatBulkSummary } from '../bulkSummary';
import { accountFileText } from '../saveAccount';
import { savedAccount, simulate, toCsv } from '../simulate';
import { validateAccount } from '../validateAccount';
import { ROOT, usLead, westAccount } from './helpers/accounts';

/** The report's time stamp: noon of `today` on the machine's clock, in UTC, as the script names its file. */
// The run stands at noon of the account's today in the company's time zone: Pacific by default, 20:00 UTC in November.
const STAMP = '20261126T200000Z';

const address = [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }];

/** West (Ana 2 : Bo 1) with three leads to create, plus leads already in the account: two waiting for the sweep, one locked, one old, one of Bo's. */
function waitingAccount(): AccountFile {
  const account = westAccount();
  account.parameters = { custscript_tlr_match_owner: false };
  account.records!.customer!.push(
    { id: '601', externalid: 'W1', stage: 'LEAD', companyname: 'Waiting One', datecreated: '2026-11-20', addressbook: address },
    { id: '602', stage: 'LEAD', companyname: 'Waiting Two', datecreated: '2026-10-27', custentity_tlr_status: 'val_tlr_unassigned', addressbook: address },
    { id: '603', externalid: 'LOCKED', stage: 'LEAD', companyname: 'Locked', custentity_tlr_lock: true, addressbook: address },
    { id: '604', externalid: 'OLD', stage: 'LEAD', companyname: 'Old', datecreated: '2026-10-26', addressbook: address },
    { id: '605', externalid: 'BO', stage: 'LEAD', companyname: 'Bo Lead', salesrep: '8', custentity_tlr_status: 'val_tlr_routed', custentity_tlr_territory: '1', addressbook: address },
  );
  return account;
}

describe('--sweep', () => {
  test('after the leads are created, routes the waiting leads in the account; one CSV row per lead it wrote', () => {
    const { rows, bulk } = simulate(waitingAccount(), { root: ROOT, bulk: { kind: 'sweep' } });

    expect(rows.map((row) => row.lead)).toEqual(['L1', 'L2', 'L3']);
    if (bulk?.kind !== 'sweep') throw new Error('expected a sweep');
    // 602 was created on the first day of the 30-day look-back window, 604 the day before it.
    expect(bulk.runs.map((run) => [run.deploymentId, run.cursorIn, run.leadIds, run.report?.outcome])).toEqual([['customdeploy_tlr_ss_sweep', null, ['601', '602'], 'done']]);
    // The three created leads took Ana, Bo, Ana (one turn each): the sweep carries on A B A A B A with Ana, then Bo.
    expect(bulk.rows.map(({ lead, salesrep, territory, status }) => ({ lead, salesrep, territory, status }))).toEqual([
      { lead: 'W1', salesrep: '7', territory: '1', status: 'ROUTED' },
      { lead: '602', salesrep: '8', territory: '1', status: 'ROUTED' },
    ]);
    // Each row carries its share of the run's units: the run's units ÷ the leads it wrote.
    const units = bulk.runs[0]!.unitsUsed;
    expect(bulk.rows.map((row) => row.units)).toEqual([units / 2, units / 2]);
    expect(toCsv(bulk.rows).split('\n')[0]).toBe('lead,salesrep,territory,status,reason,units');
  });

  test('the summary gives the runs with their units, the leads written and their outcomes', () => {
    const { bulk } = simulate(waitingAccount(), { root: ROOT, bulk: { kind: 'sweep' } });
    const text = formatBulkSummary(bulk!);

    expect(text).toMatch(/^Sweep \(customscript_tlr_ss_sweep\): 1 run, \d+ units \([\d.]+ a lead written\), 2 leads written, 0 not written, in \d+ ms\n/);
    expect(text).toMatch(/\n {4}1 {2}customdeploy_tlr_ss_sweep +0 +\d+ +10,000 +2 +0 +\d+ +done\n/);
    expect(text).toMatch(/\n {2}ROUTED +2 +100\.0%\n/);
  });
});

test('a sweep run that throws ends the sweep and is a failure naming the run and the error', () => {
  const { bulk } = simulate(waitingAccount(), {
    root: ROOT,
    bulk: { kind: 'sweep' },
    beforeBulk: (emulator) => {
      emulator.faults.onSearch = (type) => {
        if (type === 'lead') throw new Error('search unavailable');
      };
    },
  });

  expect(bulk?.kind === 'sweep' && bulk.runs.map((run) => [run.run, run.leadIds, run.error?.message])).toEqual([[1, [], 'search unavailable']]);
  expect(bulkFailure(bulk!)).toBe('sweep run 1 (customdeploy_tlr_ss_sweep) failed: Error: search unavailable');
});

describe('--realign', () => {
  test('seeds a report folder when the account names none, after the leads, and returns the report the script saved', () => {
    const account = waitingAccount();
    const { bulk, emulator } = simulate(account, { root: ROOT, bulk: { kind: 'realign', mode: 'PREVIEW' } });

    if (bulk?.kind !== 'realign') throw new Error('expected a realignment');
    expect(bulk.failure).toBeNull();
    const folder = emulator.read('folder', bulk.seededFolderId!);
    expect(folder?.name).toBe(REPORT_FOLDER_NAME);
    // Created leads keep the ids they get without a bulk run: the folder comes after them.
    expect(Number(bulk.seededFolderId)).toBeGreaterThan(Math.max(...[...emulator.store.all('customer')].map((record) => Number(record.id))));
    expect(bulk.report?.folderId).toBe(bulk.seededFolderId);
    // The old lead (604, no rep) and the sweep's two waiting leads get a rep, A B A after the created leads' A B A;
    // Bo keeps his; the locked lead is left out.
    expect(bulk.report?.rows.map((row) => [row.lead, row.current_rep, row.new_rep, row.result])).toEqual([
      ['601', '', '7', 'preview'],
      ['602', '', '8', 'preview'],
      ['604', '', '7', 'preview'],
    ]);
    expect(bulk.report?.csv).toBe(emulator.fileContents(bulk.report!.fileId));
  });

  test("uses the account's report folder when its parameters name one", () => {
    const account = waitingAccount();
    account.records!.folder = [{ id: '44', name: 'Realignment' }];
    account.parameters!.custscript_tlr_report_folder = 44;

    const { bulk } = simulate(account, { root: ROOT, bulk: { kind: 'realign', mode: 'APPLY' } });

    expect(bulk?.kind === 'realign' && [bulk.seededFolderId, bulk.report?.folderId, bulk.report?.name]).toEqual([null, '44', `tlr_realign_apply_${STAMP}.csv`]);
  });

  test('the summary gives each stage with its invocations and units, the changes and the report', () => {
    const { bulk } = simulate(waitingAccount(), { root: ROOT, bulk: { kind: 'realign', mode: 'APPLY' } });
    const text = formatBulkSummary(bulk!);

    expect(text).toMatch(/^Realignment APPLY \(customscript_tlr_mr_realign\): 7 leads in scope, 4 unchanged, 3 changes: 3 written, 0 failed; \d+ units, in \d+ ms\n/);
    expect(text).toMatch(/\n {2}getInputData +1 +\d+ +\d+ +10,000 +0\n/);
    expect(text).toMatch(/\n {2}map +6 +15 +5 +1,000 +0\n/);
    expect(text).toMatch(/\n {2}reduce +6 +12 +6 +5,000 +0\n/);
    expect(text).toMatch(/\n {2}summarize +1 +\d+ +\d+ +10,000 +0\n/);
    expect(text).toMatch(new RegExp(`\\nReport tlr_realign_apply_${STAMP}\\.csv \\(file \\d+ in folder \\d+\\): 3 rows\\.\\n$`));
  });

  test('a realignment that cannot run is a failure naming the error', () => {
    const { bulk } = simulate(waitingAccount(), {
      root: ROOT,
      bulk: { kind: 'realign', mode: 'PREVIEW' },
      beforeBulk: (emulator) => {
        emulator.faults.onSearch = (type) => {
          if (type === 'customer') throw new Error('search unavailable');
        };
      },
    });

    expect(bulk?.kind === 'realign' && bulk.failure).toBe('the realignment did not run: Error: search unavailable');
  });
});

describe('the account after a run (--save)', () => {
  test('is an account file: created leads are customer records in the LEAD stage, with routing fields by script id', () => {
    const account = waitingAccount();
    const simulation = simulate(account, { root: ROOT, bulk: { kind: 'sweep' } });
    const saved = savedAccount(account, simulation);

    expect(saved.today).toBe('2026-11-26');
    expect(saved.parameters).toEqual(account.parameters);
    expect(saved.leads).toEqual([]);
    expect(Object.keys(saved.records!)).toEqual(['employee', 'campaign', 'customrecord_tlr_territory', 'customrecord_tlr_member', 'customer']);
    const l1 = saved.records!.customer!.find((row) => row.externalid === 'L1');
    expect(l1).toMatchObject({
      stage: 'LEAD',
      companyname: 'Company L1',
      leadsource: '3',
      salesrep: '7',
      custentity_tlr_status: 'val_tlr_routed',
      custentity_tlr_territory: '1',
      custentity_tlr_routed_at: new Date(dayToDate('2026-11-26').getTime() + 12 * 3600 * 1000).toISOString(),
      addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
    });
    expect(Number(l1!.id)).toBeGreaterThan(605);
    // The sweep's writes and the members' counters, as stored.
    // Ana (weight 2) took L1, L3 and W1, Bo L2 and 602: A B A A B.
    expect(saved.records!.customer!.find((row) => row.id === '602')).toMatchObject({ salesrep: '8', custentity_tlr_status: 'val_tlr_routed' });
    expect(saved.records!.customrecord_tlr_member!.map((row) => [row.id, row.custrecord_tlr_mem_assigned])).toEqual([
      ['1', 3],
      ['2', 2],
    ]);
    // A date of creation given as a day is noon that day, as `today` is.
    expect(saved.records!.customer!.find((row) => row.id === '604')?.datecreated).toBe(new Date(dayToDate('2026-10-26').getTime() + 12 * 3600 * 1000).toISOString());
    expect(() => validateAccount(Schema.fromObjectsDir(path.join(ROOT, 'Objects')), JSON.parse(accountFileText(saved)) as AccountFile)).not.toThrow();
  });

  test('leaves out the report folder the simulator seeded and the files the scripts saved', () => {
    const account = waitingAccount();
    account.records!.folder = [{ id: '44', name: 'Archive' }];
    const simulation = simulate(account, { root: ROOT, bulk: { kind: 'realign', mode: 'PREVIEW' } });

    const saved = savedAccount(account, simulation);

    expect(saved.records!.folder).toEqual([{ id: '44', name: 'Archive' }]);
    expect(saved.records!.file).toBeUndefined();
  });

  test('chains: a sweep, then an APPLY on its saved account, then another APPLY that changes nothing', () => {
    const first = waitingAccount();
    const swept = savedAccount(first, simulate(first, { root: ROOT, bulk: { kind: 'sweep' } }));
    const applied = simulate(swept, { root: ROOT, bulk: { kind: 'realign', mode: 'APPLY' } });
    const again = simulate(savedAccount(swept, applied), { root: ROOT, bulk: { kind: 'realign', mode: 'APPLY' } });

    expect(applied.rows).toEqual([]);
    // After A B A A B, Ana's turn: the sixth lead of A B A A B A.
    expect(applied.bulk?.kind === 'realign' && applied.bulk.report?.rows.map((row) => [row.lead, row.new_rep, row.result])).toEqual([['604', '7', 'written']]);
    expect(again.bulk?.kind === 'realign' && [again.bulk.tally?.changes, again.bulk.report?.rows, again.bulk.writtenLeadIds]).toEqual([0, [], []]);
  });
});

test('a lead created without a bulk run keeps the CSV of SPEC §5', () => {
  const account = westAccount();
  account.leads = [usLead('L1')];

  expect(toCsv(simulate(account, { root: ROOT }).rows).split('\n')[0]).toBe('lead,salesrep,territory,status,reason,units');
});
