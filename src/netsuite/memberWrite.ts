/**
 * Writing a member's script-maintained state (turns, assigned, last assigned) safely when other scripts write it at
 * the same time (SPEC §7): the lead user event's commit (lead/turnCommit.ts) and the bulk paths' (bulk/memberCommit.ts)
 * both load the member, compute the new state from what they loaded, and save. NetSuite locks custom records
 * optimistically: the save fails with RCRD_HAS_BEEN_CHANGED when anything wrote the member after the load, and
 * writes nothing. The writer then starts again from a fresh load, at most MAX_COMMIT_ATTEMPTS times, so neither
 * overwrites what the other committed in between (submitFields never checks, so it is not used for members).
 */
import record from 'N/record';
import type { MemberState } from '../engine';
import { MEMBER } from './ids';

/** Attempts (load, change, save) at committing to one member before the commit is given up and logged. */
export const MAX_COMMIT_ATTEMPTS = 10;

const CONFLICT = 'RCRD_HAS_BEEN_CHANGED';

/**
 * Sets the state on a member loaded with record.load and saves it (4 units); false when another write since the
 * load refused the save, so the caller loads again. Any other error is thrown.
 *
 * @example
 * saveMemberState(record.load({ type: RECORD.member, id: '11' }), { turns: 4, assigned: 10 }, new Date()); // true
 */
export function saveMemberState(member: record.Record, state: MemberState, lastAssigned: Date): boolean {
  member.setValue({ fieldId: MEMBER.turns, value: state.turns });
  member.setValue({ fieldId: MEMBER.assigned, value: state.assigned });
  member.setValue({ fieldId: MEMBER.lastAssigned, value: lastAssigned });
  try {
    member.save({ enableSourcing: false, ignoreMandatoryFields: true });
    return true;
  } catch (error) {
    if ((error as { name?: unknown })?.name === CONFLICT) return false;
    throw error;
  }
}
