/**
 * MANUAL end to end (SPEC §3.6, §5 `edits`): the BUILT lead user event runs on edit in the emulator. A person who
 * changes a routed lead's rep makes it MANUAL (who, from which rep to which, when); an edit that leaves the rep alone
 * costs 0 units and changes nothing; the sweep's own writes are not MANUAL; the realignment leaves MANUAL leads alone.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { Simulation } from '../../tools/simulator/simulate';
import { LEAD_UE, TODAY, employees, invocationsOf, leadIn, run, statusValueId, storedOutcome } from './harness';

const address = { country: 'US', state: 'CA', zip: '94105' };

/** West (US) gives every lead to Ana (7); Bo (8) is a rep in no territory; Sam (12) is a sales manager. */
function account(extra: Partial<AccountFile> = {}): AccountFile {
  return {
    today: TODAY,
    records: {
      employee: employees({ '7': 'Ana Ruiz', '8': 'Bo Li', '12': 'Sam Lee' }, ['12']),
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' }],
      customrecord_tlr_member: [{ id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' }],
    },
    leads: [leadIn('L1', address), leadIn('L2', address)],
    ...extra,
  };
}

/** The lead user event's invocations on edit (both entry points), in order. */
const editRuns = (simulation: Simulation) => invocationsOf(simulation.emulator, LEAD_UE).filter((invocation) => invocation.eventType === 'edit');

describe('an edit saved in the UI', () => {
  let simulation: Simulation;
  beforeAll(() => {
    simulation = run(
      account({
        edits: [
          { lead: 'L1', values: { salesrep: '8' }, by: '12' },
          { lead: 'L2', values: { companyname: 'Renamed Ltd', phone: '555-0100' }, by: '12' },
        ],
      }),
    );
  });

  test('that changes the rep makes the lead MANUAL: no territory, a reason naming who, from whom to whom and when', () => {
    const { emulator } = simulation;

    expect(storedOutcome(emulator, 'L1')).toMatchObject({ salesrep: '8', territory: '', status: statusValueId(emulator, 'MANUAL') });
    // The account's clock stands still through the run: the edit was saved at its moment, written in UTC.
    const at = emulator.clock.now().toISOString();
    expect(storedOutcome(emulator, 'L1').reason).toBe(`Sales rep changed by hand by Sam Lee from Ana Ruiz to Bo Li on ${at.slice(0, 10)} ${at.slice(11, 16)} UTC; routing leaves this lead alone.`);
    expect(simulation.rows[0]).toMatchObject({ lead: 'L1', salesrep: '8', territory: '', status: 'MANUAL' });
  });

  test('that changes something else is not MANUAL, and the lead user event uses 0 units for it', () => {
    const { emulator } = simulation;
    const [, , renameBefore, renameAfter] = editRuns(simulation);

    expect(storedOutcome(emulator, 'L2')).toMatchObject({ salesrep: '7', territory: '1', status: statusValueId(emulator, 'ROUTED') });
    expect(simulation.rows[1]).toMatchObject({ lead: 'L2', status: 'ROUTED' });
    expect([renameBefore?.entryPoint, renameBefore?.recordId, renameBefore?.unitsUsed]).toEqual(['beforeSubmit', expect.any(String), 0]);
    expect([renameAfter?.entryPoint, renameAfter?.unitsUsed]).toEqual(['afterSubmit', 0]);
  });

  test('that changes the rep costs the lead user event two lookups (the two reps named), no more', () => {
    const [manualBefore, manualAfter] = editRuns(simulation);

    expect([manualBefore?.unitsUsed, manualAfter?.unitsUsed]).toEqual([2, 0]);
  });
});

describe('the bulk paths', () => {
  test("the sweep's own writes are not MANUAL: the rep it gives comes with a new routing time", () => {
    const waiting = { ...leadIn('W1', address), id: '900', stage: 'LEAD' };
    const simulation = run(account({ leads: [], records: { ...account().records, customer: [waiting] } }), { bulk: { kind: 'sweep' } });

    expect(storedOutcome(simulation.emulator, 'W1')).toMatchObject({ salesrep: '7', territory: '1', status: statusValueId(simulation.emulator, 'ROUTED') });
  });

  test('the realignment leaves a MANUAL lead alone, and moves a lead like it that is not MANUAL', () => {
    // L1 was given to Bo by hand; 900 has Bo too, from an earlier routing. West would give both to Ana.
    const routedEarlier = { ...leadIn('R1', address), id: '900', stage: 'LEAD', salesrep: '8', custentity_tlr_status: 'val_tlr_routed' };
    const base = account({ edits: [{ lead: 'L1', values: { salesrep: '8' }, by: '12' }] });
    const simulation = run({ ...base, records: { ...base.records, customer: [routedEarlier] } }, { bulk: { kind: 'realign', mode: 'APPLY' } });
    if (simulation.bulk?.kind !== 'realign') throw new Error('expected a realignment');
    const { emulator } = simulation;

    expect(simulation.bulk.report?.rows.map((row) => [row.lead, row.new_rep])).toEqual([['900', '7']]);
    expect(storedOutcome(emulator, 'L1')).toMatchObject({ salesrep: '8', status: statusValueId(emulator, 'MANUAL') });
    expect(storedOutcome(emulator, 'R1')).toMatchObject({ salesrep: '7', status: statusValueId(emulator, 'ROUTED') });
  });
});
