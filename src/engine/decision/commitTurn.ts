import type { MemberState, PlanMember, PlanTerritory, RepFacts } from '../types';
import { availabilityBlocker } from './eligibility';
import { roundTurns } from './turns';

/** The winning member as loaded at commit time. */
export interface WinnerAtCommit extends MemberState {
  /** Calendar day of its last assignment (YYYY-MM-DD); null when it never had one. */
  lastAssignedDay: string | null;
}

/** Another member of the territory as found at commit time. */
export interface RivalAtCommit {
  turns: number;
  /** Undefined when the rep's employee record could not be read. */
  rep: RepFacts | undefined;
}

function awayEnded({ awayUntil }: PlanMember, { lastAssignedDay }: WinnerAtCommit, today: string): boolean {
  return awayUntil !== null && awayUntil < today && (lastAssignedDay === null || awayUntil >= lastAssignedDay);
}

function isNew({ lastAssignedDay, turns }: WinnerAtCommit): boolean {
  return lastAssignedDay === null && turns === 0;
}

/**
 * Whether the winner comes back to the rotation (SPEC §3.4's "at most one extra turn"): away since its last
 * assignment (an away window that ended before today and not before that assignment), or new (never assigned, no
 * turns). Only such a member is lifted, so only then are the other members read.
 *
 * @example
 * comesBack(member({ awayUntil: '2026-11-20' }), { turns: 2, assigned: 2, lastAssignedDay: '2026-11-01' }, '2026-11-26'); // true
 */
export function comesBack(winner: PlanMember, current: WinnerAtCommit, today: string): boolean {
  return awayEnded(winner, current, today) || isNew(current);
}

/**
 * The winner's state once the lead routed to it is committed (SPEC §3.4, §7), against the state found at commit
 * time: `assigned` + 1 and its turn, 1/w, added to its turns now — so leads in flight together each add theirs, and
 * a member that fell behind because leads in flight went to others catches up. Only a member that comes back (see
 * comesBack) is first lifted, to `M − 1` (`M` the largest turns among it and the territory's other members available
 * now, `rivals`, read only then) but never above the least of those others: leads in flight may
 * have put one member far ahead, and the floor must not hand the newcomer that lead.
 *
 * @example
 * stateAfterTurn(west, west.members[0], { turns: 3, assigned: 9, lastAssignedDay: '2026-11-25' }, null, '2026-11-26');
 * // { turns: 4, assigned: 10 } (weight 1)
 */
export function stateAfterTurn(
  territory: PlanTerritory,
  winner: PlanMember,
  current: WinnerAtCommit,
  rivals: ReadonlyMap<string, RivalAtCommit> | null,
  today: string,
): MemberState {
  const available = territory.members.flatMap((member) => {
    const rival = member.id === winner.id ? undefined : rivals?.get(member.id);
    return rival !== undefined && availabilityBlocker(member, rival.rep, today) === null ? [rival.turns] : [];
  });
  let turns = current.turns;
  if (available.length > 0 && comesBack(winner, current, today)) {
    turns = roundTurns(Math.max(turns, Math.min(Math.max(...available) - 1, ...available)));
  }
  return { turns: roundTurns(turns + 1 / winner.weight), assigned: current.assigned + 1 };
}
