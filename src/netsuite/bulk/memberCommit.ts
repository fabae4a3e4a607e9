/**
 * Committing a bulk run's member states (SPEC §3.4, §4, §7), once per member the run changed, however many leads it
 * gave that member. The lead user event commits its own picks to the same members while the run goes on, so the
 * run commits a change, not an absolute value: the member is loaded, what the run's picks added since it read the
 * member (less what failed lead writes took) is added to the state found then (engine/batch settleMemberChange), and
 * the member is saved. A save another write overtook fails with RCRD_HAS_BEEN_CHANGED and the attempt starts again
 * from a fresh load (memberWrite.ts), at most MAX_COMMIT_ATTEMPTS times.
 *
 * A member is given up, and logged with the leads its counters then miss, when the bound is hit or the script's
 * remaining usage no longer pays an attempt on top of what must follow (`keepUnits`) and of one attempt for each
 * member still to commit; those leads keep their reps. Any other failure is logged and the other members still
 * commit. Units: 6 a member (load 2, save 4), 6 more per retry.
 */
import log from 'N/log';
import record from 'N/record';
import { settleMemberChange, type MemberChange } from '../../engine/batch';
import type { MemberState } from '../../engine';
import { remainingUnits } from '../governance';
import { MEMBER, RECORD } from '../ids';
import { toMemberState, type FieldValue } from '../mapper';
import { MAX_COMMIT_ATTEMPTS, saveMemberState } from '../memberWrite';
import { MEMBER_ATTEMPT_UNITS } from '../unitCosts';

/** One attempt: load, add the run's change to what is stored now, save (6 units); false when another write overtook it. */
function saveChange(change: MemberChange, withdrawn: MemberState | undefined): boolean {
  const loaded = record.load({ type: RECORD.member, id: change.memberId });
  const lastAssigned = loaded.getValue({ fieldId: MEMBER.lastAssigned });
  const found = {
    ...toMemberState((fieldId) => loaded.getValue({ fieldId }) as FieldValue),
    lastAssigned: lastAssigned instanceof Date ? lastAssigned.toISOString() : null,
  };
  const update = settleMemberChange(change, found, withdrawn);
  return saveMemberState(loaded, update, new Date(update.lastAssigned));
}

/** The assignments a member's counters miss when the run's change is not committed. */
function leadsMissed(change: MemberChange, withdrawn: MemberState | undefined): number {
  return change.after.assigned - change.before.assigned - (withdrawn?.assigned ?? 0);
}

function giveUp(change: MemberChange, withdrawn: MemberState | undefined, why: string): void {
  log.error({
    title: `Member ${change.memberId} not committed`,
    details: `${why}: its turns and assigned do not count the ${leadsMissed(change, withdrawn)} lead(s) this run gave rep ${change.repId} in territory ${change.territoryId}. The leads keep their rep.`,
  });
}

/**
 * Commits the changes, less what `withdrawn` gives back per member, keeping `keepUnits` for what the script does
 * afterwards; returns how many members were committed.
 *
 * @example
 * commitMemberChanges(router.memberChanges(), new Map(), 42); // 3
 */
export function commitMemberChanges(changes: readonly MemberChange[], withdrawn: ReadonlyMap<string, MemberState> = new Map(), keepUnits = 0): number {
  let committed = 0;
  changes.forEach((change, index) => {
    const mustKeep = keepUnits + MEMBER_ATTEMPT_UNITS * (changes.length - index);
    const gone = withdrawn.get(change.memberId);
    try {
      for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt += 1) {
        if (remainingUnits() < mustKeep) {
          giveUp(change, gone, `the script's usage ran out after ${attempt - 1} attempt(s)`);
          return;
        }
        if (saveChange(change, gone)) {
          committed += 1;
          return;
        }
      }
      giveUp(change, gone, `other scripts saved it ${MAX_COMMIT_ATTEMPTS} times in a row while this run committed`);
    } catch (error) {
      log.error({ title: `Member ${change.memberId} not committed`, details: String((error as Error)?.message ?? error) });
    }
  });
  return committed;
}
