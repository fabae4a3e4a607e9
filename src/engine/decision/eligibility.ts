import type { Ineligibility, MemberState, MemberTrace, PlanMember, RepFacts } from '../types';
import { describeAway, isAway } from './away';
import { describeIneligibility, repName, salesRepProblem } from './salesRep';

/** A member with everything its eligibility depends on. */
export interface MemberFacts {
  member: PlanMember;
  rep: RepFacts | undefined;
  state: MemberState;
  /**
   * The rep's open leads. Undefined when routing did not need them (no capacity and round robin) or the member
   * is unavailable anyway; the caller fetches them for every available member of a territory with a capacity.
   */
  openLeads: number | undefined;
}

/** Why a member is not eligible, in the trace's terms. */
export interface Blocker {
  why: Ineligibility;
  detail: string;
}

/**
 * What keeps a member from leads whatever its load (SPEC §3.4): its rep is not an active sales rep, or it is away.
 * Decides whether the member's open leads are worth fetching.
 *
 * @example
 * availabilityBlocker(member({ awayUntil: '2026-12-01' }), ana, '2026-11-26');
 * // { why: 'AWAY', detail: 'away until 2026-12-01' }
 */
export function availabilityBlocker(member: PlanMember, rep: RepFacts | undefined, today: string): Blocker | null {
  const problem = salesRepProblem(rep);
  if (problem !== null) return { why: problem, detail: describeIneligibility(problem) };
  if (isAway(member, today)) return { why: 'AWAY', detail: describeAway(member) };
  return null;
}

/**
 * A member's trace entry: eligible (SPEC §3.4) or why not. Scores are added by the pick.
 *
 * @example
 * assessMember({ member: member({ capacity: 20 }), rep: ana, state: { turns: 3, assigned: 9 }, openLeads: 20 }, '2026-11-26');
 * // { memberId: '1', repId: '7', repName: 'Ana Ruiz', weight: 1, turns: 3, openLeads: 20,
 * //   eligible: false, why: 'AT_CAPACITY', detail: 'at capacity 20 of 20' }
 */
export function assessMember(facts: MemberFacts, today: string): MemberTrace {
  const { member, rep, state, openLeads } = facts;
  const trace: MemberTrace = {
    memberId: member.id,
    repId: member.repId,
    repName: repName(member.repId, rep),
    weight: member.weight,
    turns: state.turns,
    ...(openLeads === undefined ? {} : { openLeads }),
    eligible: true,
  };
  const blocker = availabilityBlocker(member, rep, today) ?? capacityBlocker(member, openLeads);
  return blocker === null ? trace : { ...trace, eligible: false, ...blocker };
}

function capacityBlocker(member: PlanMember, openLeads: number | undefined): Blocker | null {
  if (member.capacity === null || openLeads === undefined || openLeads < member.capacity) return null;
  return { why: 'AT_CAPACITY', detail: `at capacity ${openLeads} of ${member.capacity}` };
}
