/**
 * The response-time check (SPEC §8) end to end: the BUILT customscript_tlr_ss_sla in the emulator, run at a given
 * moment through `simulate(…, { bulk: { kind: 'sla', at } })`. A lead its rep has not worked (no phone call, task or
 * event since it was routed) within the territory's Response Time, counted in its Working Hours, goes to the next
 * eligible member other than its rep; the cap, nobody else eligible, a locked lead, a DST change, a weekend, a
 * refused email and a second run are each checked on the stored records.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { Simulation } from '../../tools/simulator/simulate';
import { addLead, leadIn, run, statusValueId, storedLead, thrownBy } from './harness';

const SLA = 'customscript_tlr_ss_sla';
const NEW_YORK_HOURS = 'Mon-Fri 09:00-17:00 America/New_York';
/** Friday 27 November 2026, 15:00 in New York (EST, UTC-5). */
const FRIDAY_3PM = '2026-11-27T20:00:00Z';

interface SeededLead {
  id: string;
  rep: string;
  territory?: string;
  routedAt?: string;
  extra?: Record<string, unknown>;
}

/** A lead routed earlier, as the account holds it: its rep, territory, status ROUTED and routing time. */
function routedLead({ id, rep, territory = '1', routedAt = FRIDAY_3PM, extra = {} }: SeededLead): Record<string, unknown> {
  return {
    id,
    externalid: `L${id}`,
    stage: 'LEAD',
    companyname: `Lead ${id}`,
    email: `info@lead-${id}.example`,
    salesrep: rep,
    datecreated: routedAt.slice(0, 10),
    custentity_tlr_territory: territory,
    custentity_tlr_status: 'val_tlr_routed',
    custentity_tlr_reason: 'Routed by territory.',
    custentity_tlr_routed_at: routedAt,
    addressbook: [{ defaultbilling: true, addressbookaddress: { country: territory === '2' ? 'DE' : 'US' } }],
    ...extra,
  };
}

/**
 * West (US): 4 working hours in New York, members Ana (11), Bo (12), Cy (13), round robin with Ana and Bo one turn
 * ahead of Cy. Solo (DE): 2 hours, every hour counts, Dee alone. Zed sends the emails.
 */
function account(customers: Record<string, unknown>[], activities: Record<string, Record<string, unknown>[]> = {}, parameters: Record<string, unknown> = {}): AccountFile {
  return {
    today: '2026-11-27',
    parameters: { custscript_tlr_notify_author: '20', ...parameters },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', email: 'ana@example.com', issalesrep: true },
        { id: '8', entityid: 'Bo Li', email: 'bo@example.com', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', email: 'cy@example.com', issalesrep: true },
        { id: '10', entityid: 'Dee Solo', email: 'dee@example.com', issalesrep: true },
        { id: '20', entityid: 'Zed Sales Ops', email: 'zed@example.com', issalesrep: false },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_sla_hours: 4, custrecord_tlr_work_hours: NEW_YORK_HOURS },
        { id: '2', name: 'Solo', custrecord_tlr_priority: 20, custrecord_tlr_countries: 'DE', custrecord_tlr_sla_hours: 2 },
      ],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_turns: 1, custrecord_tlr_mem_assigned: 1 },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_turns: 1, custrecord_tlr_mem_assigned: 1 },
        { id: '13', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '9' },
        { id: '14', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '10' },
      ],
      customer: customers,
      ...activities,
    },
    leads: [],
  };
}

function check(file: AccountFile, at: string, prepare?: (emulator: Simulation['emulator']) => void): Simulation {
  const simulation = run(file, { bulk: { kind: 'sla', at }, ...(prepare ? { prepare } : {}) });
  if (simulation.bulk?.kind !== 'sla') throw new Error('expected a response-time outcome');
  expect(simulation.bulk.runs.map((entry) => entry.error)).toEqual([undefined]);
  return simulation;
}

function outcome(simulation: Simulation, externalid: string): [string, string, unknown] {
  const lead = storedLead(simulation.emulator, externalid);
  const statuses = ['ROUTED', 'REASSIGNED'].map((code) => [statusValueId(simulation.emulator, code), code] as const);
  const status = new Map(statuses).get(String(lead.custentity_tlr_status)) ?? String(lead.custentity_tlr_status);
  return [String(lead.salesrep), status, lead.custentity_tlr_reassigned ?? null];
}

describe('working hours', () => {
  test('a weekend does not count: routed Friday 15:00, four working hours end Monday 11:00 New York time', () => {
    const file = account([routedLead({ id: '1001', rep: '7' })]);
    expect(outcome(check(file, '2026-11-30T15:59:00Z'), 'L1001')).toEqual(['7', 'ROUTED', null]);

    const due = check(file, '2026-11-30T16:00:00Z');
    expect(outcome(due, 'L1001')).toEqual(['9', 'REASSIGNED', 1]);
    expect(storedLead(due.emulator, 'L1001').custentity_tlr_reason).toBe(
      `Reassigned from Ana Ruiz to Cy Dee by territory West: not worked within the 4-hour response time (${NEW_YORK_HOURS}), reassignment 1; round robin, among 2 eligible reps.`,
    );
  });

  test('across the March DST change the window stays 09:00-17:00 local: due at 12:00 EDT, which is 16:00 UTC', () => {
    // Friday 6 March 2026 16:00 EST (21:00Z): one hour that day, three on Monday 9 March (EDT, UTC-4).
    const file = { ...account([routedLead({ id: '1001', rep: '7', routedAt: '2026-03-06T21:00:00Z' })]), today: '2026-03-06' };
    expect(outcome(check(file, '2026-03-09T15:59:00Z'), 'L1001')).toEqual(['7', 'ROUTED', null]);
    expect(outcome(check(file, '2026-03-09T16:00:00Z'), 'L1001')).toEqual(['9', 'REASSIGNED', 1]);
  });

  test('without working hours every hour counts (Solo: two hours)', () => {
    const file = account([routedLead({ id: '1001', rep: '10', territory: '2' }), routedLead({ id: '1002', rep: '10', territory: '2', routedAt: '2026-11-27T20:30:00Z' })]);
    const simulation = check(file, '2026-11-27T22:00:00Z');
    expect(storedLead(simulation.emulator, 'L1001').custentity_tlr_reason).toContain('Stays with Dee Solo');
    expect(storedLead(simulation.emulator, 'L1002').custentity_tlr_reason).toBe('Routed by territory.');
  });
});

describe('who is reassigned', () => {
  const MONDAY_NOON_NY = '2026-11-30T17:00:00Z';

  test('a phone call, task or event created since the routing meets the limit; one created before does not', () => {
    const file = account(
      [routedLead({ id: '1001', rep: '7' }), routedLead({ id: '1002', rep: '7' }), routedLead({ id: '1003', rep: '7' }), routedLead({ id: '1004', rep: '8' })],
      {
        phonecall: [
          { id: '501', title: 'Intro call', company: '1001', createddate: '2026-11-27T20:10:00Z' },
          { id: '502', title: 'Old call', company: '1004', createddate: '2026-11-20T15:00:00Z' },
        ],
        task: [{ id: '601', title: 'Send deck', company: '1002', createddate: '2026-11-30T14:00:00Z' }],
        calendarevent: [{ id: '701', title: 'Demo', company: '1003', createddate: '2026-11-30T14:30:00Z' }],
      },
    );
    const simulation = check(file, MONDAY_NOON_NY);
    expect(['L1001', 'L1002', 'L1003'].map((lead) => outcome(simulation, lead))).toEqual([
      ['7', 'ROUTED', null],
      ['7', 'ROUTED', null],
      ['7', 'ROUTED', null],
    ]);
    expect(outcome(simulation, 'L1004')).toEqual(['9', 'REASSIGNED', 1]);
  });

  test('turns and counters as for any assignment; a second reassignment takes the next member, then the cap holds', () => {
    const file = account([routedLead({ id: '1001', rep: '7' }), routedLead({ id: '1002', rep: '8', extra: { custentity_tlr_reassigned: 1, custentity_tlr_status: 'val_tlr_reassigned' } }), routedLead({ id: '1003', rep: '7', extra: { custentity_tlr_reassigned: 2 } })]);
    const simulation = check(file, MONDAY_NOON_NY);

    expect(outcome(simulation, 'L1001')).toEqual(['9', 'REASSIGNED', 1]);
    expect(outcome(simulation, 'L1002')).toEqual(['7', 'REASSIGNED', 2]);
    expect(storedLead(simulation.emulator, 'L1002').custentity_tlr_reason).toContain('Reassigned from Bo Li to Ana Ruiz by territory West');
    expect(outcome(simulation, 'L1003')).toEqual(['7', 'ROUTED', 2]);
    const member = (id: string) => {
      const stored = simulation.emulator.read('customrecord_tlr_member', id);
      return [stored?.custrecord_tlr_mem_turns, stored?.custrecord_tlr_mem_assigned];
    };
    expect([member('11'), member('12'), member('13')]).toEqual([[2, 2], [1, 1], [1, 1]]);
  });

  test('Reassignments per Lead 0 turns it off', () => {
    const simulation = check(account([routedLead({ id: '1001', rep: '7' })]), MONDAY_NOON_NY, (emulator) => emulator.setParameter(SLA, 'custscript_tlr_sla_max', 0));
    expect(outcome(simulation, 'L1001')).toEqual(['7', 'ROUTED', null]);
  });

  test('a locked lead is left alone', () => {
    const simulation = check(account([routedLead({ id: '1001', rep: '7', extra: { custentity_tlr_lock: true } })]), MONDAY_NOON_NY);
    expect(outcome(simulation, 'L1001')).toEqual(['7', 'ROUTED', null]);
  });

  test('nobody else eligible: the lead stays and says why, once (a second run writes nothing)', () => {
    const file = account([routedLead({ id: '1001', rep: '10', territory: '2' })]);
    const simulation = check(file, MONDAY_NOON_NY);
    expect(outcome(simulation, 'L1001')).toEqual(['10', 'ROUTED', null]);
    expect(storedLead(simulation.emulator, 'L1001').custentity_tlr_reason).toBe(
      'Stays with Dee Solo: not worked within the 2-hour response time, but nobody else in territory Solo is eligible (it has no other active member).',
    );
    const report = () => (simulation.bulk?.kind === 'sla' ? simulation.bulk.runs.at(-1)?.report : null);
    expect([report()?.written, report()?.stayed]).toEqual([1, 1]);

    const again = simulation.emulator.runScheduled(SLA, { deploymentId: 'customdeploy_tlr_ss_sla', invocationType: 'SCHEDULED' });
    const line = again.logs.find((entry) => entry.title === 'Response-time check done');
    expect(JSON.parse(line?.details ?? '{}')).toMatchObject({ written: 0, stayed: 1 });
  });

  test('run again at the same moment: nothing changes (a reassigned lead starts a new response time)', () => {
    const simulation = check(account([routedLead({ id: '1001', rep: '7' })]), MONDAY_NOON_NY);
    const before = storedLead(simulation.emulator, 'L1001');
    simulation.emulator.runScheduled(SLA, { deploymentId: 'customdeploy_tlr_ss_sla', invocationType: 'SCHEDULED' });
    expect(storedLead(simulation.emulator, 'L1001')).toEqual(before);
  });
});

describe('notification and governance', () => {
  const MONDAY_NOON_NY = '2026-11-30T17:00:00Z';

  test('each new rep gets one digest of the leads the run gave them', () => {
    const simulation = check(account([routedLead({ id: '1001', rep: '7' }), routedLead({ id: '1002', rep: '8' }), routedLead({ id: '1003', rep: '8' })]), MONDAY_NOON_NY);
    expect(simulation.emulator.emails.map((sent) => [sent.sentBy, sent.recipients, sent.subject])).toEqual([
      [SLA, ['9'], '2 leads for you from the response-time check'],
      [SLA, ['7'], '1 lead for you from the response-time check'],
    ]);
    expect(simulation.emulator.emails[0]!.body).toContain('Reassigned from Ana Ruiz to Cy Dee');
  });

  test('a refused email is logged; the leads are reassigned all the same', () => {
    const simulation = check(account([routedLead({ id: '1001', rep: '7' })]), MONDAY_NOON_NY, (emulator) => emulator.setParameter('customscript_tlr_ue_lead', 'custscript_tlr_notify_author', '404'));
    expect(outcome(simulation, 'L1001')).toEqual(['9', 'REASSIGNED', 1]);
    expect(simulation.emulator.emails).toEqual([]);
    const errors = simulation.bulk?.kind === 'sla' ? simulation.bulk.runs[0]!.errors : [];
    expect(errors).toContainEqual(expect.objectContaining({ title: 'Lead email to employee 9 not sent' }));
  });

  test('a reassigned lead costs 5 units (its write); a lead within its limit costs nothing', () => {
    const unitsFor = (count: number, routedAt: string) => {
      const leads = Array.from({ length: count }, (_unused, index) => routedLead({ id: String(1001 + index), rep: '7', routedAt }));
      const simulation = check(account(leads, {}, { custscript_tlr_notify_author: '' }), MONDAY_NOON_NY);
      return simulation.bulk?.kind === 'sla' ? simulation.bulk.runs[0]!.unitsUsed : NaN;
    };
    expect(unitsFor(20, FRIDAY_3PM) - unitsFor(10, FRIDAY_3PM)).toBe(10 * 5);
    expect(unitsFor(20, '2026-11-30T16:00:00Z') - unitsFor(10, '2026-11-30T16:00:00Z')).toBe(0);
  });
});

describe('leads created by the lead user event, then checked', () => {
  test('a lead created at a given moment is routed then, and reassigned once its rep misses the limit', () => {
    const file: AccountFile = { ...account([]), leads: [leadIn('N1', { country: 'US' }, { datecreated: FRIDAY_3PM })] };
    const simulation = check(file, '2026-11-30T16:00:00Z');
    expect(simulation.rows.map((row) => [row.lead, row.salesrep, row.status])).toEqual([['N1', '9', 'ROUTED']]);
    expect(outcome(simulation, 'N1')).toEqual(['7', 'REASSIGNED', 1]);
  });
});

describe('Working Hours are checked when a territory is saved', () => {
  test('a territory with unreadable Working Hours is refused, naming the field and the entry', () => {
    const simulation = run({ ...account([]), leads: [] });
    const territory = simulation.emulator.modules().record.load({ type: 'customrecord_tlr_territory', id: '1' });
    territory.setValue({ fieldId: 'custrecord_tlr_work_hours', value: 'Mon-Fri 9-5 America/New_York' });
    expect(thrownBy(() => territory.save())).toMatchObject({
      name: 'TLR_INVALID_TERRITORY_DATA',
      message: 'This record has 1 problem:\n- Working Hours: "9-5" is not a time window such as 09:00-17:00',
    });
    addLead(simulation.emulator, leadIn('N2', { country: 'US' }));
  });
});
