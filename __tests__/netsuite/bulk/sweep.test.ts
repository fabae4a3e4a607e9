// customscript_tlr_ss_sweep through Oracle's N-module stubs over a small account: what is written, the scope's
// filters, governance (exact units, stopping with a margin, re-queueing with a cursor), the lock, and failures.
import { sweepLeadsPerRun, sweepRunUnits } from './runUnits';
import entry from '../../../src/scripts/tlr_ss_sweep';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';
import { STATUS, condition, createAccount, type AccountLead, type AccountSpec } from './bulkAccount';
import type { BulkNetSuite } from './bulkNetSuite';


const SCHEDULED = 'customdeploy_tlr_ss_sweep';
const ON_DEMAND = 'customdeploy_tlr_ss_sweep_ondemand';
const LOCK = 'tlr_bulk/sweep_lock';

const REPS = [{ id: '7', name: 'Ana Ruiz' }, { id: '8', name: 'Bo Li' }, { id: '9', name: 'Cy Dee' }, { id: '12', name: 'Di Eng' }];

function leads(first: number, count: number, overrides: Partial<AccountLead> = {}): AccountLead[] {
  return Array.from({ length: count }, (_, index) => ({ id: String(first + index), country: 'US', state: 'CA', zip: '94105', ...overrides }));
}

function westAccount(overrides: Partial<AccountSpec> = {}) {
  return createAccount({
    territories: [territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US', states: 'CA' })],
    members: [memberRow({ id: '31', repId: '7' }), memberRow({ id: '32', repId: '8' }), memberRow({ id: '33', repId: '9' })],
    reps: REPS,
    leads: leads(1001, 5),
    ...overrides,
  });
}

const execute = () => entry.execute({} as never);
const leadScopeSearches = (fake: BulkNetSuite) =>
  fake.searches.filter((call) => call.type === 'lead' && !call.columns.some((column) => typeof column === 'object' && column !== null && 'summary' in column));
const repsOf = (account: ReturnType<typeof westAccount>) => [...account.leads.values()].map((lead) => lead.salesrep);
const countBy = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

describe('sweep: what it routes', () => {
  it('routes waiting leads with the creation rules, writes them with submitFields and commits each member once', () => {
    const account = westAccount();
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    expect(repsOf(account)).toEqual(['7', '8', '9', '7', '8']);
    expect(account.leadWrites[0]).toMatchObject({
      type: 'lead',
      id: '1001',
      values: { salesrep: '7', custentity_tlr_status: STATUS.ROUTED, custentity_tlr_territory: '1', custentity_tlr_routed_at: expect.any(Date) },
    });
    expect(String(account.leadWrites[0]!.values['custentity_tlr_reason'])).toMatch(/^Routed to Ana Ruiz by territory West/);
    expect(account.memberWrites.map((call) => [call.id, call.values['custrecord_tlr_mem_turns'], call.values['custrecord_tlr_mem_assigned']])).toEqual([
      ['31', 2, 2],
      ['32', 2, 2],
      ['33', 1, 1],
    ]);
    expect(fake.tasks).toEqual([]);
    expect(fake.cacheStore.has(LOCK)).toBe(false);
  });

  it('searches only leads with no rep, not locked, status empty/Unassigned/Error, created in the look-back window, oldest first', () => {
    const account = westAccount();
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    const [first] = leadScopeSearches(fake);
    expect(first?.filters).toEqual([
      ['salesrep', 'anyof', '@NONE@'],
      'and',
      ['custentity_tlr_lock', 'is', 'F'],
      'and',
      ['custentity_tlr_status', 'anyof', ['@NONE@', STATUS.UNASSIGNED, STATUS.ERROR]],
      'and',
      ['datecreated', 'onorafter', 'daysago30'],
    ]);
    expect(first?.columns[0]).toEqual({ name: 'internalid', sort: 'ASC' });
  });

  it('leaves locked, already assigned, already routed and too old leads alone', () => {
    const account = westAccount({
      leads: [
        { id: '1001', country: 'US', state: 'CA', lock: true },
        { id: '1002', country: 'US', state: 'CA', salesrep: '8' },
        { id: '1003', country: 'US', state: 'CA', status: STATUS.ROUTED, salesrep: '9' },
        { id: '1004', country: 'US', state: 'CA', createdDaysAgo: 31 },
        { id: '1005', country: 'US', state: 'CA', status: STATUS.UNASSIGNED },
        { id: '1006', country: 'US', state: 'CA', status: STATUS.ERROR },
      ],
    });
    account.install({ deploymentId: SCHEDULED, parameters: { custscript_tlr_lookback_days: 30 } });

    execute();

    expect([...account.writesPerLead().keys()]).toEqual(['1005', '1006']);
  });

  it('looks back without limit when the look-back is 0, and continues after the cursor only on the on-demand deployment', () => {
    const account = westAccount();
    const continuation = account.install({ deploymentId: ON_DEMAND, parameters: { custscript_tlr_lookback_days: 0, custscript_tlr_sweep_after: 1002 } });
    execute();
    const continued = leadScopeSearches(continuation)[0]?.filters as unknown[];

    const scheduled = westAccount().install({ deploymentId: SCHEDULED, parameters: { custscript_tlr_sweep_after: 1002 } });
    execute();
    const restarted = leadScopeSearches(scheduled)[0]?.filters as unknown[];

    expect(condition(continued, 'datecreated')).toBeUndefined();
    expect(continued.slice(-2)).toEqual(['and', ['internalidnumber', 'greaterthan', 1002]]);
    expect([...account.writesPerLead().keys()]).toEqual(['1003', '1004', '1005']);
    expect(condition(restarted, 'internalidnumber')).toBeUndefined();
  });

  it('reads the routing settings from the lead user event deployment: its default rep takes a lead nothing else decides', () => {
    const account = westAccount({ leads: [{ id: '1001', country: 'DE' }], settings: { keepExisting: true, matchOwner: false, defaultRep: '12' } });
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    expect(fake.searches.find((call) => call.type === 'scriptdeployment')?.filters).toEqual([['scriptid', 'is', 'customdeploy_tlr_ue_lead']]);
    expect(account.leadWrites[0]?.values).toMatchObject({ salesrep: '12', custentity_tlr_status: STATUS.DEFAULT, custentity_tlr_territory: '' });
    expect(fake.searches.some((call) => call.type === 'customer')).toBe(false);
  });

  it('falls back to the SPEC defaults, with a log, when the lead user event deployment cannot be found', () => {
    const account = westAccount({ settings: null, customers: [{ id: '500', stage: 'CUSTOMER', salesrep: '12', email: 'ops@acme.com' }], leads: leads(1001, 1, { email: 'jo@acme.com' }) });
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    expect(account.leadWrites[0]?.values).toMatchObject({ salesrep: '12', custentity_tlr_status: STATUS.OWNER });
    expect(fake.logs.find((entry) => entry.level === 'error')?.title).toBe('Routing settings of the lead user event unreadable; using the defaults');
  });

  it('lands later leads from one company with the rep the first got, across batches (owner search per batch)', () => {
    const account = westAccount({ leads: leads(1001, 150, { email: 'x@globex.com' }).map((lead, index) => (index === 0 ? lead : { ...lead, email: `u${index}@acme.com` })) });
    account.leads.get('1001')!.email = 'jo@acme.com';
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    expect(new Set(repsOf(account))).toEqual(new Set(['7']));
    const ownerSearches = fake.searches.filter((call) => call.type === 'customer');
    expect(ownerSearches).toHaveLength(2);
    expect(ownerSearches[0]?.filters).toEqual([
      ['stage', 'anyof', ['LEAD', 'PROSPECT', 'CUSTOMER']], 'and', ['isinactive', 'is', 'F'], 'and', ['salesrep', 'noneof', '@NONE@'], 'and',
      [['email', 'contains', '@acme.com']],
    ]);
  });

  it('loads a lead whose search shows no billing address and routes it by its first address (5 units more)', () => {
    const account = westAccount({ leads: [{ id: '1001', addresses: [{ defaultbilling: false, country: 'US', state: 'CA', zip: '94105' }] }, { id: '1002' }] });
    account.install({ deploymentId: SCHEDULED });

    execute();

    expect(account.leadWrites.map((call) => [call.id, call.values['salesrep'], call.values['custentity_tlr_status']])).toEqual([
      ['1001', '7', STATUS.ROUTED],
      ['1002', undefined, STATUS.UNASSIGNED],
    ]);
  });
});

describe('sweep: governance', () => {
  it('a 250-lead run with owner matching on costs exactly the unit formula', () => {
    const account = westAccount({
      leads: leads(1001, 250).map((lead, index) => ({ ...lead, companyname: `Company${index}` })),
      customers: [{ id: '500', stage: 'CUSTOMER', salesrep: '8', companyname: 'Initech' }],
    });
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    const expected = sweepRunUnits({
      leads: 250, addressLoads: 0, batches: 3, ownerSearchRows: [1, 101, 201], snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, membersChanged: 3, requeued: false,
    });
    expect(account.leadWrites).toHaveLength(250);
    expect(fake.units()).toBe(expected);
    expect(expected).toBe(1363);
  });

  it('routes at least 1,500 leads per 10,000-unit run with owner matching on (5.22 units a lead)', () => {
    expect(sweepLeadsPerRun(10_000, { snapshot: { members: 40, repsRead: 2, openLeadReps: 12 }, ownerSearchRows: 1000, members: 40 })).toBeGreaterThanOrEqual(1500);
  });

  it('stops before its limit with a margin, commits, queues itself on the on-demand deployment after the last lead handled', () => {
    const account = westAccount({ leads: leads(1001, 2500) });
    const fake = account.install({ deploymentId: SCHEDULED });

    execute();

    const written = account.leadWrites.length;
    expect(written).toBe(sweepLeadsPerRun(10_000, { snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, ownerSearchRows: null, members: 3 }));
    expect(fake.units()).toBeLessThanOrEqual(10_000);
    expect(account.memberWrites).toHaveLength(3);
    expect(fake.tasks).toEqual([
      { taskType: 'SCHEDULED_SCRIPT', scriptId: 'customscript_tlr_ss_sweep', deploymentId: ON_DEMAND, params: { custscript_tlr_sweep_after: 1000 + written } },
    ]);
  });

  it('routes a backlog larger than one run across several runs, none skipped, none twice, turns continuing', () => {
    const account = westAccount({ leads: leads(1001, 450) });
    let run = { deploymentId: SCHEDULED, parameters: {} as Record<string, unknown> };
    const runs: number[] = [];
    for (;;) {
      const fake = account.install({ ...run, limit: 1000 });
      execute();
      expect(fake.units()).toBeLessThanOrEqual(1000);
      runs.push(account.leadWrites.length);
      const [queued] = fake.tasks;
      if (!queued) break;
      run = { deploymentId: queued.deploymentId, parameters: queued.params };
    }

    expect(runs.length).toBeGreaterThan(2);
    expect([...account.writesPerLead().values()].every((count) => count === 1)).toBe(true);
    expect(account.writesPerLead().size).toBe(450);
    expect(countBy(repsOf(account))).toEqual({ '7': 150, '8': 150, '9': 150 });
    expect([...account.states.values()]).toEqual([{ turns: 150, assigned: 150 }, { turns: 150, assigned: 150 }, { turns: 150, assigned: 150 }]);
  });
});

describe('sweep: one copy at a time', () => {
  it('does nothing while another copy holds the lock', () => {
    const account = westAccount();
    const fake = account.install({ deploymentId: ON_DEMAND, cached: { [LOCK]: 'customdeploy_tlr_ss_sweep@earlier' } });

    execute();

    expect(account.leadWrites).toEqual([]);
    expect(leadScopeSearches(fake)).toEqual([]);
    expect(fake.cacheStore.get(LOCK)).toBe('customdeploy_tlr_ss_sweep@earlier');
    expect(fake.logs.map((entry) => entry.title)).toEqual(['Sweep skipped']);
  });

  it('a copy queued after the pass finished finds nothing left to do', () => {
    const account = westAccount();
    account.install({ deploymentId: SCHEDULED });
    execute();
    const second = account.install({ deploymentId: ON_DEMAND, parameters: { custscript_tlr_sweep_after: 0 } });

    execute();

    expect(account.leadWrites).toHaveLength(5);
    expect(second.tasks).toEqual([]);
  });

  it('stops, commits and does not queue itself when another copy takes the lock over', () => {
    const account = westAccount({ leads: leads(1001, 250) });
    let fake: BulkNetSuite | null = null;
    fake = account.install({
      deploymentId: SCHEDULED,
      onSubmit: (call) => {
        if (call.id === '1150') fake!.cacheStore.set(LOCK, 'another copy');
      },
    });

    execute();

    expect(account.leadWrites).toHaveLength(200);
    expect(account.memberWrites).toHaveLength(3);
    expect(fake.tasks).toEqual([]);
    expect(fake.cacheStore.get(LOCK)).toBe('another copy');
  });
});

describe('sweep: failures', () => {
  it('logs a lead whose write fails, leaves it for the next pass, and does not count its turn', () => {
    const account = westAccount();
    const fake = account.install({
      deploymentId: SCHEDULED,
      failWrite: (call) => (call.id === '1002' ? Object.assign(new Error('Record has been changed'), { name: 'RCRD_HAS_BEEN_CHANGED' }) : undefined),
    });

    execute();
    account.install({ deploymentId: SCHEDULED });
    execute();

    expect(fake.logs.some((entry) => entry.level === 'error' && entry.title === 'Lead 1002 not written; the next sweep retries it')).toBe(true);
    // 1002's pick (8) was never applied, so 1003 took it; the next pass retries 1002, which gets the next turn.
    expect(repsOf(account)).toEqual(['7', '8', '8', '9', '7']);
  });

  it('logs a continuation NetSuite refuses to queue; the next scheduled run carries on', () => {
    const account = westAccount({ leads: leads(1001, 300) });
    const fake = account.install({ deploymentId: SCHEDULED, limit: 1000, failTask: Object.assign(new Error('already queued'), { name: 'FAILED_TO_SUBMIT_JOB_REQUEST_1' }) });

    execute();

    expect(fake.logs.find((entry) => entry.level === 'error')?.title).toBe('Sweep continuation not queued');
    expect(fake.logs.at(-1)?.title).toBe('Sweep stopped');
  });

  it('keeps the picks the lead user event committed to a member while the sweep ran', () => {
    const account = westAccount({ memberStates: { '31': { turns: 4, assigned: 10 }, '32': { turns: 4, assigned: 10 }, '33': { turns: 4, assigned: 10 } } });
    account.install({
      deploymentId: SCHEDULED,
      onSubmit: (call) => {
        if (call.id === '1001') account.states.set('33', { turns: 5, assigned: 11 });
      },
    });

    execute();

    expect([...account.states.entries()]).toEqual([
      ['31', { turns: 6, assigned: 12 }],
      ['32', { turns: 6, assigned: 12 }],
      ['33', { turns: 6, assigned: 12 }],
    ]);
  });
});
