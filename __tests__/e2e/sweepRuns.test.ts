/**
 * The sweep's rules beyond the backlog (bulkSweep.test.ts): the BUILT customscript_tlr_ss_sweep in the emulator —
 * the routing settings it borrows from the lead user event, owners across batches, address loads, the look-back and
 * cursor parameters, the run lock, failed writes and continuations, picks committed beside it, and what a run costs
 * against the scripts' own unit model (runUnits.ts).
 */
import type { Emulator } from '../../tools/emulator/host';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { runSweep, type SweepOutcome } from '../../tools/simulator/bulkSweep';
import { sweepLeadsPerRun, sweepRunUnits } from '../netsuite/bulk/runUnits';
import { TODAY, invocationsOf, run, statusValueId } from './harness';

const SWEEP = 'customscript_tlr_ss_sweep';
const ON_DEMAND = 'customdeploy_tlr_ss_sweep_ondemand';
/** The lock's N/cache entry as the emulator keys it (public scope, cache tlr_bulk, key sweep_lock). */
const LOCK_ENTRY = JSON.stringify(['PUBLIC', '', 'tlr_bulk', 'sweep_lock']);
const OWNER_OFF = { custscript_tlr_keep_existing: true, custscript_tlr_match_owner: false };

type Lead = Record<string, unknown>;

/** A lead waiting for the sweep: no rep, no status, created six days ago, billed in California. */
function waiting(id: number, extra: Lead = {}): Lead {
  return {
    id: String(id),
    stage: 'LEAD',
    companyname: `Company ${id}`,
    datecreated: '2026-11-20',
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }],
    ...extra,
  };
}

const waitingLeads = (first: number, count: number, extra: (index: number) => Lead = () => ({})): Lead[] =>
  Array.from({ length: count }, (_, index) => waiting(first + index, extra(index)));

/** West (California) shares leads by round robin among Ana (7), Bo (8) and Cy (9); Di (12) is in no territory. */
function westAccount(customers: Lead[], parameters: Record<string, unknown> = OWNER_OFF): AccountFile {
  return {
    today: TODAY,
    parameters,
    // Created through the lead user event before the sweep, so the plan is cached as it is between sweeps; entered with a rep, so out of the sweep's scope.
    leads: [{ externalid: 'WARM', companyname: 'Warm Inc', salesrep: '12', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US', state: 'CA' } }] }],
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', issalesrep: true },
        { id: '12', entityid: 'Di Eng', issalesrep: true },
      ],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA' }],
      customrecord_tlr_member: ['7', '8', '9'].map((rep, index) => ({ id: String(31 + index), custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: rep })),
      customer: customers,
    },
  };
}

function sweep(account: AccountFile, beforeBulk?: (emulator: Emulator) => void): { emulator: Emulator; outcome: SweepOutcome } {
  const simulation = run(account, { bulk: { kind: 'sweep' }, ...(beforeBulk ? { beforeBulk } : {}) });
  if (simulation.bulk?.kind !== 'sweep') throw new Error('expected a sweep outcome');
  return { emulator: simulation.emulator, outcome: simulation.bulk };
}

const repsOf = (emulator: Emulator, ids: readonly string[]) => ids.map((id) => emulator.read('lead', id)?.salesrep ?? '');
const idsFrom = (first: number, count: number) => Array.from({ length: count }, (_, index) => String(first + index));
const memberStates = (emulator: Emulator) =>
  ['31', '32', '33'].map((id) => emulator.read('customrecord_tlr_member', id)).map((member) => [member?.custrecord_tlr_mem_turns, member?.custrecord_tlr_mem_assigned]);

describe('the settings the sweep routes with', () => {
  test('come from the lead user event deployment: its default rep takes a lead nothing else decides', () => {
    const { emulator } = sweep(westAccount([waiting(1001, { addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'DE' } }] })], { ...OWNER_OFF, custscript_tlr_default_rep: '12' }));

    expect(emulator.read('lead', '1001')).toMatchObject({ salesrep: '12', custentity_tlr_status: statusValueId(emulator, 'DEFAULT') });
  });

  test('fall back to the SPEC defaults (owner matching on), with a logged error, when that deployment cannot be read', () => {
    const customers = [{ id: '500', stage: 'CUSTOMER', companyname: 'Acme Inc', email: 'ops@acme.com', salesrep: '12' }, waiting(1001, { email: 'jo@acme.com' })];
    const { emulator, outcome } = sweep(westAccount(customers), (host) => {
      host.faults.onSearch = (type) => {
        if (type === 'scriptdeployment') throw new Error('deployment unreadable');
      };
    });

    expect(emulator.read('lead', '1001')).toMatchObject({ salesrep: '12', custentity_tlr_status: statusValueId(emulator, 'OWNER') });
    expect(outcome.runs[0]!.errors.map((entry) => entry.title)).toContain('Routing settings of the lead user event unreadable; using the defaults');
  });
});

describe('what the sweep reads', () => {
  test('later leads of one company land with the rep the first got, across batches (an owner search per batch)', () => {
    const leads = waitingLeads(1001, 150, (index) => ({ email: `u${index}@acme.com`, companyname: `Acme branch ${index}` }));
    const { emulator } = sweep(westAccount(leads, { custscript_tlr_match_owner: true }));

    expect(new Set(repsOf(emulator, idsFrom(1001, 150)))).toEqual(new Set(['7']));
  });

  test('loads a lead whose record shows no default billing address and routes it by its first address', () => {
    const noBilling = waiting(1001, { addressbook: [{ defaultbilling: false, addressbookaddress: { country: 'US', state: 'CA', zip: '94105' } }] });
    const { emulator } = sweep(westAccount([noBilling, waiting(1002, { addressbook: [] })]));

    expect(emulator.read('lead', '1001')).toMatchObject({ salesrep: '7', custentity_tlr_status: statusValueId(emulator, 'ROUTED') });
    expect(emulator.read('lead', '1002')).toMatchObject({ custentity_tlr_status: statusValueId(emulator, 'UNASSIGNED') });
  });

  test('looks back without limit when the look-back is 0', () => {
    const { emulator } = sweep(westAccount([waiting(1001, { datecreated: '2025-01-02' })]), (host) => host.setParameter(SWEEP, 'custscript_tlr_lookback_days', 0));

    expect(emulator.read('lead', '1001')?.salesrep).toBe('7');
  });

  test('continues after the cursor only on the on-demand deployment: the scheduled one starts from the first lead', () => {
    const account = westAccount(waitingLeads(1001, 5));
    const { outcome } = sweep(account, (host) => host.setParameter(SWEEP, 'custscript_tlr_sweep_after', 1002));
    expect(outcome.runs[0]!.leadIds).toEqual(idsFrom(1001, 5));

    const onDemand = run(account).emulator;
    const continued = onDemand.runScheduled(SWEEP, { deploymentId: ON_DEMAND, params: { custscript_tlr_sweep_after: 1002 } });
    expect(continued.error).toBeUndefined();
    expect(idsFrom(1001, 5).map((id) => Boolean(onDemand.read('lead', id)?.salesrep))).toEqual([false, false, true, true, true]);
  });
});

describe('one copy at a time', () => {
  test('a run finding another copy\'s lock does nothing and leaves the lock to it', () => {
    const { emulator, outcome } = sweep(westAccount(waitingLeads(1001, 5)), (host) => host.caches.set(LOCK_ENTRY, { value: 'customdeploy_tlr_ss_sweep@earlier' }));

    const [skipped] = invocationsOf(emulator, SWEEP);
    expect(outcome.runs.map((entry) => entry.leadIds.length)).toEqual([0]);
    expect(skipped?.logs.map((entry) => [entry.title, entry.details])).toEqual([['Sweep skipped', 'Another sweep is running; it routes the waiting leads.']]);
    expect(emulator.caches.get(LOCK_ENTRY)?.value).toBe('customdeploy_tlr_ss_sweep@earlier');
  });

  test('a run whose lock another copy takes over stops after the batch, commits its members and queues nothing', () => {
    const { emulator, outcome } = sweep(westAccount(waitingLeads(1001, 250)), (host) => {
      host.faults.onWrite = (_type, id) => {
        if (id === '1150') host.caches.set(LOCK_ENTRY, { value: 'another copy' });
      };
    });

    expect(outcome.runs.map((entry) => [entry.report?.outcome, entry.leadIds.length, entry.report?.membersCommitted])).toEqual([['stopped', 200, 3]]);
    expect(emulator.tasks).toEqual([]);
    expect(emulator.caches.get(LOCK_ENTRY)?.value).toBe('another copy');
  });
});

describe('failures and picks committed beside the sweep', () => {
  test('a lead whose write fails is logged and left for the next pass, and its turn is not counted', () => {
    let refuse = true;
    const { emulator, outcome } = sweep(westAccount(waitingLeads(1001, 5)), (host) => {
      host.faults.onWrite = (type, id) => {
        if (refuse && type === 'lead' && id === '1002') throw Object.assign(new Error('Record has been changed'), { name: 'RCRD_HAS_BEEN_CHANGED' });
      };
    });
    expect(outcome.runs[0]!.errors.map((entry) => entry.title)).toContain('Lead 1002 not written; the next sweep retries it');

    refuse = false;
    runSweep(emulator);

    // 1002's pick (Bo) was never applied, so 1003 took it; the next pass retries 1002, which gets the next turn.
    expect(repsOf(emulator, idsFrom(1001, 5))).toEqual(['7', '8', '8', '9', '7']);
  });

  test('a continuation NetSuite refuses to queue is logged; the run still ends with its report', () => {
    const { outcome } = sweep(westAccount(waitingLeads(1001, 300)), (host) => {
      host.faults.usageLimit = (scriptId) => (scriptId === SWEEP ? 1000 : undefined);
      // The on-demand deployment is already queued, so NetSuite refuses a second submission.
      host.modules().task.create({ taskType: 'SCHEDULED_SCRIPT', scriptId: SWEEP, deploymentId: ON_DEMAND }).submit();
    });

    expect(outcome.runs[0]!.errors.map((entry) => entry.title)).toContain('Sweep continuation not queued');
    expect(outcome.runs[0]!.report?.outcome).toBe('stopped');
  });

  test('keeps the picks the lead user event committed to a member while the sweep ran', () => {
    const account = westAccount(waitingLeads(1001, 5));
    for (const member of account.records!.customrecord_tlr_member!) Object.assign(member, { custrecord_tlr_mem_turns: 4, custrecord_tlr_mem_assigned: 10 });
    const { emulator } = sweep(account, (host) => {
      let committed = false;
      host.faults.onWrite = (type, id) => {
        if (committed || type !== 'lead' || id !== '1001') return;
        committed = true;
        host.modules().record.submitFields({ type: 'customrecord_tlr_member', id: '33', values: { custrecord_tlr_mem_turns: 5, custrecord_tlr_mem_assigned: 11 } });
      };
    });

    expect(memberStates(emulator)).toEqual([[6, 12], [6, 12], [6, 12]]);
  });
});

describe('what a run costs', () => {
  test('a 250-lead run with owner matching on costs exactly the unit model: 1,350 (no lead has an owner: each batch\'s search finds none)', () => {
    const customers = [{ id: '500', stage: 'CUSTOMER', companyname: 'Initech', salesrep: '8' }, ...waitingLeads(1001, 250)];
    const { outcome } = sweep(westAccount(customers, { custscript_tlr_match_owner: true }));

    const expected = sweepRunUnits({
      leads: 250, addressLoads: 0, batches: 3, ownerSearchRows: [0, 0, 0], snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, membersChanged: 3, requeued: false,
    });
    expect(outcome.runs.map((entry) => [entry.leadIds.length, entry.unitsUsed])).toEqual([[250, expected]]);
    expect(expected).toBe(1350);
  });

  test('a 10,000-unit run stops with its margin, commits, and queues itself on the on-demand deployment after its last lead', () => {
    const { emulator, outcome } = sweep(westAccount(waitingLeads(1001, 2500)));
    const [first] = outcome.runs;

    expect(first!.leadIds).toHaveLength(sweepLeadsPerRun(10_000, { snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, ownerSearchRows: null, members: 3 }));
    expect(first!.unitsUsed).toBeLessThanOrEqual(10_000);
    expect(first!.report).toMatchObject({ outcome: 'continued', membersCommitted: 3, after: 1000 + first!.leadIds.length });
    expect(outcome.runs[1]).toMatchObject({ deploymentId: ON_DEMAND, cursorIn: 1000 + first!.leadIds.length });
    expect(emulator.tasks.every((task) => task.status !== 'PENDING')).toBe(true);
  });
});
