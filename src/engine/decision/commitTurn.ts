import type { MemberState, PlanMember, PlanTerritory, RepFacts } from '../types';
import { availabilityBlocker } from './eligibility';
import { effectiveTurnsOf } from './pickMember';
import { roundTurns } from './turns';

/** Another member of the territory as found at commit time. */
export interface RivalAtCommit {
  turns: number;
  /** Undefined when the rep's employee record could not be read. */
  rep: RepFacts | undefined;
}

/**
 * The winner's state once the lead routed to it is committed (SPEC §3.4, §7): the pick re-applied to the state found
 * at commit time rather than the state the decision read. Its turns become `max(t, M − 1) + 1/w`, `t` its turns now
 * and `M` the largest turns among it and the territory's other members available now (member active, rep an active
 * sales rep, not away today; capacity is not counted again: a member held back by it takes no turns, so it never
 * leads); `assigned` grows by one. So two leads that picked the same member from one reading each add their turn,
 * and a commit overtaken by others builds on theirs instead of overwriting them.
 *
 * @example
 * stateAfterTurn(west, west.members[0], { turns: 3, assigned: 9 }, new Map([['12', { turns: 5, rep: ben }]]), '2026-11-26');
 * // { turns: 5, assigned: 10 } — with weight 1: lifted to 5 − 1 = 4 (it was more than one turn behind), plus one turn
 */
export function stateAfterTurn(
  territory: PlanTerritory,
  winner: PlanMember,
  current: MemberState,
  rivals: ReadonlyMap<string, RivalAtCommit>,
  today: string,
): MemberState {
  let mostTurns = current.turns;
  for (const member of territory.members) {
    const rival = member.id === winner.id ? undefined : rivals.get(member.id);
    if (rival !== undefined && availabilityBlocker(member, rival.rep, today) === null) mostTurns = Math.max(mostTurns, rival.turns);
  }
  const effectiveTurns = roundTurns(effectiveTurnsOf({ memberId: winner.id, weight: winner.weight, turns: current.turns }, mostTurns));
  return { turns: roundTurns(effectiveTurns + 1 / winner.weight), assigned: current.assigned + 1 };
}
