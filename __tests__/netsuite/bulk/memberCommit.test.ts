// Committing a bulk run's member states against Oracle's mocked N modules: each test gives record.load the members
// as stored now (and saves that another script overtakes) and asserts what was saved and logged. The commit under
// real interleaving, and its units, are exercised on the emulator (bulkCommitConcurrency, sweepRuns in __tests__/e2e).
import type { MemberChange } from '../../../src/engine/batch';
import { commitMemberChanges } from '../../../src/netsuite/bulk/memberCommit';
import { MAX_COMMIT_ATTEMPTS } from '../../../src/netsuite/memberWrite';
import { MEMBER_ATTEMPT_UNITS } from '../../../src/netsuite/unitCosts';
import { givenNetSuite, type Given } from '../../scripts/givenNetSuite';

const MEMBER_TYPE = 'customrecord_tlr_member';
const RUN_ASSIGNED = '2026-11-26T09:00:00.000Z';

/** The run read the member at turns 2, assigned 5 and gave its rep two leads (one turn each). */
const change = (memberId: string): MemberChange => ({
  memberId,
  territoryId: '1',
  repId: '7',
  before: { turns: 2, assigned: 5 },
  after: { turns: 4, assigned: 7 },
  lastAssigned: RUN_ASSIGNED,
});

/** Members record.load finds now: turns, assigned, last assigned. */
function stored(members: Record<string, [number, number, Date?]>, more: Given = {}) {
  const loadable = Object.fromEntries(
    Object.entries(members).map(([id, [turns, assigned, lastAssigned]]) => [
      `${MEMBER_TYPE}:${id}`,
      { custrecord_tlr_mem_turns: turns, custrecord_tlr_mem_assigned: assigned, custrecord_tlr_mem_last_assigned: lastAssigned ?? '' },
    ]),
  );
  return givenNetSuite({ loadable, remainingUnits: 10_000, ...more });
}

const savedState = ({ values }: { values: Record<string, unknown> }) => ({
  turns: values.custrecord_tlr_mem_turns,
  assigned: values.custrecord_tlr_mem_assigned,
  lastAssigned: values.custrecord_tlr_mem_last_assigned,
});

describe('commitMemberChanges', () => {
  it("saves each member once, adding the run's picks to what is stored now, less what was withdrawn; nothing with submitFields", () => {
    const netsuite = stored({ '31': [3, 6], '32': [2, 5] });

    expect(commitMemberChanges([change('31'), change('32')], new Map([['32', { turns: 1, assigned: 1 }]]))).toBe(2);

    expect(netsuite.saved.map((save) => [save.id, savedState(save)])).toEqual([
      ['31', { turns: 5, assigned: 8, lastAssigned: new Date(RUN_ASSIGNED) }],
      ['32', { turns: 3, assigned: 6, lastAssigned: new Date(RUN_ASSIGNED) }],
    ]);
    expect(netsuite.submitted).toEqual([]);
  });

  it('keeps a later last assignment the lead user event committed', () => {
    const later = new Date('2026-11-26T09:30:00.000Z');
    const netsuite = stored({ '31': [3, 6, later] });

    commitMemberChanges([change('31')]);

    expect(savedState(netsuite.saved[0]!).lastAssigned).toEqual(later);
  });

  it('loads the member again and re-adds the change when another script saved it in between (RCRD_HAS_BEEN_CHANGED)', () => {
    const netsuite = stored({ '31': [3, 6] }, { conflicts: 2 });

    expect(commitMemberChanges([change('31')])).toBe(1);

    expect(netsuite.saved.map(savedState)).toEqual([{ turns: 5, assigned: 8, lastAssigned: new Date(RUN_ASSIGNED) }]);
    expect(netsuite.logs.filter((line) => line.level === 'error')).toEqual([]);
  });

  it(`gives a member up after ${MAX_COMMIT_ATTEMPTS} conflicts in a row, naming it and the leads its counters miss; the next member commits`, () => {
    const netsuite = stored({ '31': [3, 6], '32': [2, 5] }, { conflicts: MAX_COMMIT_ATTEMPTS });

    expect(commitMemberChanges([change('31'), change('32')])).toBe(1);

    expect(netsuite.saved.map((save) => save.id)).toEqual(['32']);
    expect(netsuite.logs.filter((line) => line.level === 'error')).toEqual([
      {
        level: 'error',
        title: 'Member 31 not committed',
        details: `other scripts saved it ${MAX_COMMIT_ATTEMPTS} times in a row while this run committed: its turns and assigned do not count the 2 lead(s) this run gave rep 7 in territory 1. The leads keep their rep.`,
      },
    ]);
  });

  it('gives up an attempt the remaining usage cannot pay on top of what must follow and one attempt for each member still to commit', () => {
    const keepUnits = 22;
    // Enough for one attempt and what follows: not for the first of two members, then for the last.
    const netsuite = stored({ '31': [3, 6], '32': [2, 5] }, { remainingUnits: keepUnits + MEMBER_ATTEMPT_UNITS });

    expect(commitMemberChanges([change('31'), change('32')], new Map(), keepUnits)).toBe(1);

    expect(netsuite.saved.map((save) => save.id)).toEqual(['32']);
    expect(netsuite.logs.filter((line) => line.level === 'error')).toEqual([
      {
        level: 'error',
        title: 'Member 31 not committed',
        details: "the script's usage ran out after 0 attempt(s): its turns and assigned do not count the 2 lead(s) this run gave rep 7 in territory 1. The leads keep their rep.",
      },
    ]);
  });

  it('logs a member that no longer exists, or whose save fails otherwise, and commits the others', () => {
    const netsuite = stored({ '32': [2, 5] });

    expect(commitMemberChanges([change('31'), change('32')])).toBe(1);

    expect(netsuite.saved.map((save) => save.id)).toEqual(['32']);
    expect(netsuite.logs.filter((line) => line.level === 'error')).toEqual([
      { level: 'error', title: 'Member 31 not committed', details: `That record does not exist: ${MEMBER_TYPE} 31` },
    ]);

    const failing = stored({ '31': [2, 5] }, { fail: { save: new Error('Unexpected error') } });
    expect(commitMemberChanges([change('31')])).toBe(0);
    expect(failing.logs.filter((line) => line.level === 'error').map((line) => line.details)).toEqual(['Unexpected error']);
  });

  it('loads nothing when the run changed no member', () => {
    const netsuite = stored({});
    expect(commitMemberChanges([])).toBe(0);
    expect(netsuite.saved).toEqual([]);
  });
});
