/**
 * The sweep end to end (SPEC §4): the BUILT customscript_tlr_ss_sweep in the emulator through `simulate(…, { bulk:
 * { kind: 'sweep' } })`, its continuations run from the task queue. A backlog larger than one run's governance is
 * routed across several runs, each lead exactly once, none skipped; records outside the scope are not touched.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { SweepOutcome } from '../../tools/simulator/bulkSweep';
import type { Simulation } from '../../tools/simulator/simulate';
import { TODAY, leadWriteCounts, run, statusValueId, storedSnapshot } from './harness';

const SWEEP = 'customscript_tlr_ss_sweep';
/** Low enough that one run routes at most a batch of 100 leads (5 units each, plus its fixed costs and reserve). */
const SWEEP_LIMIT = 600;
const BACKLOG = 230;

/** Records the sweep must leave alone, each placed among the backlog's ids so the cursor has to pass them. */
const UNTOUCHED: Record<string, { id: string; row: Record<string, unknown> }> = {
  locked: { id: '1030', row: { stage: 'LEAD', custentity_tlr_lock: true } },
  assigned: { id: '1090', row: { stage: 'LEAD', salesrep: '9' } },
  /** Created 31 days ago: one day outside the default 30-day look-back. */
  outOfLookback: { id: '1002', row: { stage: 'LEAD', datecreated: '2026-10-26' } },
  /** Routing status ROUTED without a rep: not a status the sweep retries. */
  routedStatus: { id: '1150', row: { stage: 'LEAD', custentity_tlr_status: 'val_tlr_routed' } },
  prospect: { id: '1210', row: { stage: 'PROSPECT' } },
  customer: { id: '1199', row: { stage: 'CUSTOMER' } },
};
const UNTOUCHED_IDS = new Set(Object.values(UNTOUCHED).map((entry) => entry.id));

const usAddress = (state: string) => [{ defaultbilling: true, addressbookaddress: { country: 'US', state, zip: '94105' } }];

/**
 * West (US) round robin between Ana (7) and Bo (8); Cy (9) is a rep in no territory. Leads 1001… wait for routing:
 * no rep, status empty, UNASSIGNED or ERROR, created within 30 days (1001 exactly 30 days ago, the window's first day).
 */
function backlogAccount(): AccountFile {
  const customers: Record<string, unknown>[] = [];
  let id = 1001;
  const eligible: string[] = [];
  while (eligible.length < BACKLOG) {
    const untouched = Object.values(UNTOUCHED).find((entry) => entry.id === String(id));
    const common = { id: String(id), companyname: `Backlog ${id}`, email: `info@backlog-${id}.example`, addressbook: usAddress('CA') };
    if (untouched) customers.push({ ...common, ...untouched.row });
    else {
      const status = id % 7 === 0 ? 'val_tlr_unassigned' : id % 11 === 0 ? 'val_tlr_error' : undefined;
      const datecreated = id === 1001 ? '2026-10-27' : `2026-11-${String(1 + (id % 25)).padStart(2, '0')}`;
      customers.push({ ...common, stage: 'LEAD', datecreated, ...(status ? { custentity_tlr_status: status } : {}) });
      eligible.push(String(id));
    }
    id += 1;
  }
  return {
    today: TODAY,
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Diaz', issalesrep: true },
      ],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' }],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
      ],
      customer: customers,
    },
  };
}

const eligibleIds = (account: AccountFile): string[] =>
  account.records!.customer!.map((row) => String(row.id)).filter((id) => !UNTOUCHED_IDS.has(id));

interface SweptAccount {
  simulation: Simulation;
  sweep: SweepOutcome;
  before: Map<string, string>;
}

function sweepBacklog(): SweptAccount {
  let before = new Map<string, string>();
  const simulation = run(backlogAccount(), {
    bulk: { kind: 'sweep' },
    prepare: (emulator) => {
      emulator.faults.usageLimit = (scriptId) => (scriptId === SWEEP ? SWEEP_LIMIT : undefined);
    },
    beforeBulk: (emulator) => {
      before = storedSnapshot(emulator, 'customer');
    },
  });
  if (simulation.bulk?.kind !== 'sweep') throw new Error('expected a sweep outcome');
  return { simulation, sweep: simulation.bulk, before };
}

describe('a backlog larger than one run', () => {
  let swept: SweptAccount;
  beforeAll(() => {
    swept = sweepBacklog();
  });

  test('is routed across several runs: the scheduled one, then continuations on the on-demand deployment', () => {
    const { runs } = swept.sweep;

    // 230 leads at most 100 a run (one batch fits in 600 units, the next does not): three runs.
    expect(runs.map((entry) => [entry.deploymentId, entry.report?.outcome, entry.error])).toEqual([
      ['customdeploy_tlr_ss_sweep', 'continued', undefined],
      ['customdeploy_tlr_ss_sweep_ondemand', 'continued', undefined],
      ['customdeploy_tlr_ss_sweep_ondemand', 'done', undefined],
    ]);
    for (const entry of runs) {
      expect(entry.unitsUsed).toBeLessThanOrEqual(SWEEP_LIMIT);
      expect(entry.leadIds.length).toBeLessThanOrEqual(100);
      expect(entry.report?.written).toBe(entry.leadIds.length);
      expect(entry.report?.failed).toBe(0);
    }
    expect(swept.simulation.emulator.tasks.filter((task) => task.status === 'PENDING')).toEqual([]);
  });

  test('each continuation carries the cursor: it starts after the last lead the run before it wrote', () => {
    const { runs } = swept.sweep;

    expect(runs[0]!.cursorIn).toBeNull();
    for (let index = 1; index < runs.length; index += 1) {
      const previous = runs[index - 1]!;
      expect(runs[index]!.cursorIn).toBe(Number(previous.leadIds.at(-1)));
      expect(previous.report?.after).toBe(runs[index]!.cursorIn);
      expect(Number(runs[index]!.leadIds[0])).toBeGreaterThan(runs[index]!.cursorIn!);
    }
    expect(swept.simulation.emulator.tasks.map((task) => task.params)).toEqual(runs.slice(1).map((entry) => ({ custscript_tlr_sweep_after: entry.cursorIn })));
  });

  test('every eligible lead is written exactly once, in ascending internal id, none skipped, nothing else written', () => {
    const eligible = eligibleIds(backlogAccount());
    const writes = leadWriteCounts(swept.simulation.emulator, 'SCHEDULED');

    expect(eligible).toHaveLength(BACKLOG);
    expect([...writes.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(eligible);
    expect([...writes.values()].every((count) => count === 1)).toBe(true);
    expect(swept.sweep.runs.flatMap((entry) => entry.leadIds)).toEqual(eligible);
    expect(swept.sweep.rows.map((row) => row.lead)).toEqual(eligible);
  });

  test('each lead is routed as if one at a time: round robin alternates across runs, counters committed', () => {
    const { emulator } = swept.simulation;
    const routed = statusValueId(emulator, 'ROUTED');
    const leads = eligibleIds(backlogAccount()).map((id) => emulator.read('lead', id)!);

    expect(leads.every((lead) => lead.custentity_tlr_status === routed && lead.custentity_tlr_territory === '1')).toBe(true);
    expect(leads.map((lead) => lead.salesrep)).toEqual(leads.map((_, index) => (index % 2 === 0 ? '7' : '8')));
    expect([emulator.read('customrecord_tlr_member', 11), emulator.read('customrecord_tlr_member', 12)].map((member) => member?.custrecord_tlr_mem_assigned)).toEqual([
      BACKLOG / 2,
      BACKLOG / 2,
    ]);
  });

  test('locked, already-assigned, out-of-lookback, other-status and non-lead-stage records are untouched', () => {
    const after = storedSnapshot(swept.simulation.emulator, 'customer');
    const writes = leadWriteCounts(swept.simulation.emulator, 'SCHEDULED');

    for (const [name, { id }] of Object.entries(UNTOUCHED)) {
      expect({ name, stored: after.get(id) }).toEqual({ name, stored: swept.before.get(id) });
      expect({ name, writes: writes.get(id) }).toEqual({ name, writes: undefined });
    }
  });
});

test('a sweep with nothing to route runs once, writes nothing and queues nothing', () => {
  const account = backlogAccount();
  account.records!.customer = account.records!.customer!.filter((row) => UNTOUCHED_IDS.has(String(row.id)));

  const { bulk, emulator } = run(account, { bulk: { kind: 'sweep' } });

  expect(bulk?.kind === 'sweep' && bulk.runs.map((entry) => [entry.report?.outcome, entry.leadIds])).toEqual([['done', []]]);
  expect(emulator.tasks).toEqual([]);
  expect(leadWriteCounts(emulator, 'SCHEDULED').size).toBe(0);
});
