// Committing a bulk run's member states against Oracle's mocked N modules: each test gives the member search the
// rows it returns and asserts what was written and logged. The member read's filter semantics and the commit's
// units are exercised on the emulator (bulkSweep, bulkRealign, sweepRuns in __tests__/e2e).
import log from 'N/log';
import record from 'N/record';
import runtime from 'N/runtime';
import search from 'N/search';
import type { MemberChange } from '../../../src/engine/batch';
import { commitMemberChanges } from '../../../src/netsuite/bulk/memberCommit';


const change = (memberId: string): MemberChange => ({
  memberId,
  territoryId: '1',
  repId: '7',
  before: { turns: 2, assigned: 5 },
  after: { turns: 4, assigned: 7 },
  lastAssigned: '2026-11-26T09:00:00.000Z',
});

/** The member search returns these members as stored now (turns, assigned); returns what submitFields received. */
function membersStored(stored: Record<string, [number, number]>) {
  jest.mocked(runtime.getCurrentScript).mockReturnValue({ getRemainingUsage: () => 10_000 } as never);
  const results = Object.entries(stored).map(([id, [turns, assigned]]) => ({
    id,
    getValue: (field: string) => String(field === 'custrecord_tlr_mem_turns' ? turns : field === 'custrecord_tlr_mem_assigned' ? assigned : ''),
  }));
  jest.mocked(search.create).mockReturnValue({
    runPaged: () => ({ pageRanges: results.length ? [{ index: 0 }] : [], fetch: () => ({ data: results }) }),
  } as never);
  const written: { id: string; turns: unknown; assigned: unknown; lastAssigned: unknown }[] = [];
  jest.mocked(record.submitFields).mockImplementation((({ id, values }: { id: string; values: Record<string, unknown> }) => {
    written.push({ id, turns: values.custrecord_tlr_mem_turns, assigned: values.custrecord_tlr_mem_assigned, lastAssigned: values.custrecord_tlr_mem_last_assigned });
    return id;
  }) as never);
  return written;
}

const errorsLogged = () => jest.mocked(log.error).mock.calls.map(([entry]) => entry);

describe('commitMemberChanges', () => {
  it('writes each member once, adding the run to what it finds stored now, less what was withdrawn', () => {
    const written = membersStored({ '31': [2, 5], '32': [3, 6] });

    expect(commitMemberChanges([change('31'), change('32')], new Map([['32', { turns: 1, assigned: 1 }]]))).toBe(2);

    expect(written).toEqual([
      { id: '31', turns: 4, assigned: 7, lastAssigned: new Date('2026-11-26T09:00:00.000Z') },
      { id: '32', turns: 4, assigned: 7, lastAssigned: new Date('2026-11-26T09:00:00.000Z') },
    ]);
  });

  it('logs a member that no longer exists and commits the others', () => {
    const written = membersStored({ '32': [2, 5] });

    expect(commitMemberChanges([change('31'), change('32')])).toBe(1);

    expect(written.map((write) => write.id)).toEqual(['32']);
    expect(errorsLogged()).toEqual([{ title: 'Member 31 not committed', details: 'the member record no longer exists' }]);
  });

  it('logs a member whose write fails', () => {
    membersStored({ '31': [2, 5] });
    jest.mocked(record.submitFields).mockImplementation(() => {
      throw new Error('Record has been changed');
    });

    expect(commitMemberChanges([change('31')])).toBe(0);

    expect(errorsLogged()).toEqual([{ title: 'Member 31 not committed', details: 'Record has been changed' }]);
  });

  it('reads nothing when the run changed no member', () => {
    membersStored({});
    expect(commitMemberChanges([])).toBe(0);
    expect(search.create).not.toHaveBeenCalled();
  });
});
