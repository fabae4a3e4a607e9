/**
 * The routing day on the deployed scripts (SPEC §3.4): the company's time zone comes from Company Information (the
 * account file's `timezone`), a territory with working hours lives in their zone, and the emulator runs the scripts
 * on Pacific time as NetSuite does. At 09:00 on Monday 21 December in Sydney it is 14:00 on Sunday in California
 * (the server) and 17:00 on Sunday in New York.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { openConsole } from '../../tools/console/consoleHost';
import { run, storedLeads } from './harness';

const AWAY_FROM_MONDAY = '2026-12-21';

function address(country: string) {
  return [{ defaultbilling: true, addressbookaddress: { country, state: '', zip: '' } }];
}

/** Ana (Australia) and Cy (New York) are away from Monday 21 December; Bo and Di are not. */
function sydneyAccount(time: Partial<AccountFile>, leads: Record<string, unknown>[] = []): AccountFile {
  return {
    timezone: 'Australia/Sydney',
    ...time,
    parameters: { custscript_tlr_match_owner: false },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Park', issalesrep: true },
        { id: '10', entityid: 'Di Shaw', issalesrep: true },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'Australia', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'AU' },
        { id: '2', name: 'New York', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_work_hours: 'Mon-Fri 09:00-17:00 America/New_York' },
      ],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_away_from: AWAY_FROM_MONDAY },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
        { id: '21', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '9', custrecord_tlr_mem_away_from: AWAY_FROM_MONDAY },
        { id: '22', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '10' },
      ],
    },
    leads,
  };
}

const LEADS = [
  { externalid: 'AU', companyname: 'Kangaroo Pty', addressbook: address('AU') },
  { externalid: 'NY', companyname: 'Hudson Inc', addressbook: address('US') },
];

describe('lead created at 09:00 Monday in a Sydney account', () => {
  test("skips the Australian rep on their first day away and keeps New York's, whose day is still Sunday", () => {
    const { rows } = run(sydneyAccount({ now: '2026-12-21T09:00' }, LEADS));
    expect(rows.map((row) => [row.lead, row.salesrep, row.status])).toEqual([
      ['AU', '8', 'ROUTED'],
      ['NY', '9', 'ROUTED'],
    ]);
    expect(rows[0]?.reason).toContain('Ana Ruiz');
  });

  test('a lead time without an offset is read in the company time zone: one minute before midnight the rep is not away yet', () => {
    // One lead a run, so the round robin's rotation cannot hand the second lead to Bo anyway.
    const repAt = (datecreated: string) => run(sydneyAccount({ today: '2026-12-20' }, [{ ...LEADS[0], datecreated }])).rows[0]?.salesrep;
    expect([repAt('2026-12-20T23:59'), repAt('2026-12-21T00:00')]).toEqual(['7', '8']);
  });

  test("the same instant in an account that keeps the server's time (the default) is still Sunday: Ana takes the lead", () => {
    const { rows } = run({ ...sydneyAccount({ now: '2026-12-20T22:00:00Z' }, LEADS.slice(0, 1)), timezone: undefined });
    expect(rows.map((row) => row.salesrep)).toEqual(['7']);
  });
});

describe('bulk paths and the console use the same day', () => {
  const waiting = (id: string, country: string) => ({ id, stage: 'LEAD', companyname: `Waiting ${id}`, addressbook: address(country), datecreated: '2026-12-20' });

  test('the sweep routes a waiting Australian lead past the rep who is away today', () => {
    const account = sydneyAccount({ now: '2026-12-21T09:00' });
    account.records!.customer = [waiting('600', 'AU'), waiting('601', 'US')];
    const { bulk } = run(account, { bulk: { kind: 'sweep' } });
    expect(bulk?.kind === 'sweep' ? bulk.rows.map((row) => [row.lead, row.salesrep]) : bulk).toEqual([
      ['600', '8'],
      ['601', '9'],
    ]);
  });

  test('a realignment moves leads to the rep present on each territory\'s day', () => {
    const account = sydneyAccount({ now: '2026-12-21T09:00' });
    account.records!.employee!.push({ id: '30', entityid: 'Old Owner', issalesrep: true });
    account.records!.customer = [{ ...waiting('600', 'AU'), salesrep: '30' }, { ...waiting('601', 'US'), salesrep: '30' }];
    const { emulator } = run(account, { bulk: { kind: 'realign', mode: 'APPLY' } });
    const reps = Object.fromEntries(storedLeads(emulator).map((lead) => [String(lead.id), lead.salesrep]));
    expect([reps['600'], reps['601']]).toEqual(['8', '9']);
  });

  test("the console's test view answers for the territory's day", () => {
    const host = openConsole(sydneyAccount({ now: '2026-12-21T09:00' }));
    const test = (country: string) => JSON.parse(host.request('GET', { action: 'test', country, format: 'json' }).body) as { salesrep: string };
    expect([test('AU').salesrep, test('US').salesrep]).toEqual(['8', '9']);
  });
});
