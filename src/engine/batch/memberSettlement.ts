import { roundTurns } from '../decision/turns';
import type { MemberState, MemberUpdate } from '../types';
import type { MemberChange, PickShare } from './types';

const NO_STATE: MemberState = { turns: 0, assigned: 0 };

/**
 * Adds up what leads whose write failed took from each member, to give it back at commit.
 *
 * @example
 * withdrawnByMember([{ memberId: '11', turns: 1, assigned: 1 }, { memberId: '11', turns: 0.5, assigned: 1 }]);
 * // Map { '11' => { turns: 1.5, assigned: 2 } }
 */
export function withdrawnByMember(shares: readonly PickShare[]): Map<string, MemberState> {
  const withdrawn = new Map<string, MemberState>();
  for (const { memberId, turns, assigned } of shares) {
    const sum = withdrawn.get(memberId) ?? NO_STATE;
    withdrawn.set(memberId, { turns: sum.turns + turns, assigned: sum.assigned + assigned });
  }
  return withdrawn;
}

/** A member as found at commit time: its state and when it was last assigned (ISO instant; null: never). */
export interface MemberAtCommit extends MemberState {
  lastAssigned?: string | null;
}

/**
 * The member state to commit: the state found at commit time plus what this run added since it read the member,
 * less what failed writes took, and the later of the two last assignments. When nothing else touched the member (`fresh` equals `before`) that is exactly the
 * run's own final state; when the lead user event picked the member meanwhile, both runs' turns are kept instead
 * of the later commit overwriting the other's (docs/sdf-objects.md: member saves can collide). Never below zero.
 *
 * @example
 * settleMemberChange(
 *   { memberId: '11', territoryId: '1', repId: '7', before: { turns: 3, assigned: 9 }, after: { turns: 5, assigned: 11 }, lastAssigned: '2026-11-26T09:00:00.000Z' },
 *   { turns: 4, assigned: 10 }, // the user event routed one lead to the member during the run
 * );
 * // { memberId: '11', territoryId: '1', repId: '7', turns: 6, assigned: 12, lastAssigned: '2026-11-26T09:00:00.000Z' }
 */
export function settleMemberChange(change: MemberChange, fresh: MemberAtCommit, withdrawn: MemberState = NO_STATE): MemberUpdate {
  const { memberId, territoryId, repId, before, after } = change;
  // A lead the user event committed after the run's last pick is the member's last assignment.
  const lastAssigned = fresh.lastAssigned != null && Date.parse(fresh.lastAssigned) > Date.parse(change.lastAssigned) ? fresh.lastAssigned : change.lastAssigned;
  return {
    memberId,
    territoryId,
    repId,
    turns: Math.max(0, roundTurns(fresh.turns + (after.turns - before.turns) - withdrawn.turns)),
    assigned: Math.max(0, fresh.assigned + (after.assigned - before.assigned) - withdrawn.assigned),
    lastAssigned,
  };
}
