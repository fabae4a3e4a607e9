import type { MemberChange } from '../../../src/engine/batch';
import { commitMemberChanges } from '../../../src/netsuite/bulk/memberCommit';
import { installNetSuite, type Row } from '../fakeNetSuite';


const change = (memberId: string): MemberChange => ({
  memberId,
  territoryId: '1',
  repId: '7',
  before: { turns: 2, assigned: 5 },
  after: { turns: 4, assigned: 7 },
  lastAssigned: '2026-11-26T09:00:00.000Z',
});
const memberRow = (id: string, turns: number, assigned: number): Row => ({ id, values: { custrecord_tlr_mem_turns: String(turns), custrecord_tlr_mem_assigned: String(assigned) } });

describe('commitMemberChanges', () => {
  it('reads the members again and writes each once, adding the run to what it finds (10 + 2 a member)', () => {
    const netsuite = installNetSuite({ rows: { customrecord_tlr_member: [memberRow('31', 2, 5), memberRow('32', 3, 6)] } });

    expect(commitMemberChanges([change('31'), change('32')], new Map([['32', { turns: 1, assigned: 1 }]]))).toBe(2);

    expect(netsuite.searches[0]).toMatchObject({ type: 'customrecord_tlr_member', filters: [['internalid', 'anyof', ['31', '32']]] });
    expect(netsuite.submitted.map((call) => [call.id, call.values['custrecord_tlr_mem_turns'], call.values['custrecord_tlr_mem_assigned']])).toEqual([
      ['31', 4, 7],
      ['32', 4, 7],
    ]);
    expect(netsuite.submitted[0]?.values['custrecord_tlr_mem_last_assigned']).toEqual(new Date('2026-11-26T09:00:00.000Z'));
    expect(netsuite.units()).toBe(14);
  });

  it('logs a member that no longer exists and commits the others', () => {
    const netsuite = installNetSuite({ rows: { customrecord_tlr_member: [memberRow('32', 2, 5)] } });

    expect(commitMemberChanges([change('31'), change('32')])).toBe(1);

    expect(netsuite.submitted.map((call) => call.id)).toEqual(['32']);
    expect(netsuite.logs).toEqual([{ level: 'error', title: 'Member 31 not committed', details: 'the member record no longer exists' }]);
  });

  it('logs a member whose write fails', () => {
    const netsuite = installNetSuite({ rows: { customrecord_tlr_member: [memberRow('31', 2, 5)] }, fail: { submitFields: new Error('Record has been changed') } });

    expect(commitMemberChanges([change('31')])).toBe(0);

    expect(netsuite.logs).toEqual([{ level: 'error', title: 'Member 31 not committed', details: 'Record has been changed' }]);
  });

  it('reads nothing when the run changed no member', () => {
    const netsuite = installNetSuite();
    expect(commitMemberChanges([])).toBe(0);
    expect(netsuite.units()).toBe(0);
  });
});
