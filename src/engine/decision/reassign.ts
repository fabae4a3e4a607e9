import type { Decision, LeadFacts, MemberState, PlanTerritory, RepFacts, ResponseTimeTrace, TerritoryTrace } from '../types';
import { countsOpenLeads } from './decideTerritory';
import { assessMember } from './eligibility';
import { pickMember } from './pickMember';
import { explain, staysSentence } from './reason';
import { repName } from './salesRep';
import { routingDay } from '../time/routingDay';

/** What taking a lead from its rep reads: the account as the run sees it now, and the limit that was missed. */
export interface ReassignInputs {
  /** The territory that routed the lead, as the plan holds it. */
  territory: PlanTerritory;
  lead: LeadFacts;
  reps: ReadonlyMap<string, RepFacts>;
  /** A member left out counts as turns 0, assigned 0. */
  memberStates: ReadonlyMap<string, MemberState>;
  /** A rep left out holds no open lead. */
  openLeads: ReadonlyMap<string, number>;
  /** When the run decides (stamped on the decision) and the company's time zone. */
  now: string;
  timeZone: string;
  limit: { slaHours: number; workHours: string; reassignedBefore: number };
}

/** The lead goes to another member (REASSIGNED), or stays with its rep and `reason` says why. */
export type Reassignment = { decision: Decision; stays?: undefined } | { stays: { reason: string }; decision?: undefined };

const NO_STATE: MemberState = { turns: 0, assigned: 0 };

/**
 * Takes a lead from a rep who did not work it in time (SPEC §8): the territory's next eligible member other than the
 * lead's current rep, picked by the territory's method exactly as routing picks (SPEC §3.4: eligibility, weighted
 * turns or load), with the winner's turns and counters updated as for any assignment. Pure; changes nothing it is
 * given.
 *
 * @example
 * reassignLead({ territory: west, lead, reps, memberStates, openLeads, now, timeZone, limit: { slaHours: 4, workHours: '', reassignedBefore: 0 } }).decision?.reason;
 * // 'Reassigned from Ana Ruiz to Bo Li by territory West: not worked within the 4-hour response time, reassignment 1; round robin, the only eligible rep.'
 */
export function reassignLead(inputs: ReassignInputs): Reassignment {
  const { territory, lead, reps, memberStates, openLeads, now, limit } = inputs;
  const today = routingDay(territory, inputs);
  const previousRepId = lead.salesRepId ?? '';
  const counted = countsOpenLeads(territory);
  const assessed = territory.members.map((member) =>
    assessMember(
      {
        member,
        rep: reps.get(member.repId),
        state: memberStates.get(member.id) ?? NO_STATE,
        openLeads: counted ? (openLeads.get(member.repId) ?? 0) : undefined,
      },
      today,
    ),
  );
  // The rep who missed the limit competes with nobody: the lead is being taken from them.
  const members = assessed.map((member) =>
    member.repId === previousRepId && member.eligible ? { ...member, eligible: false, detail: 'missed the response time' } : member,
  );
  const reassignment: ResponseTimeTrace = {
    previousRepId,
    previousRepName: repName(previousRepId, reps.get(previousRepId)),
    slaHours: limit.slaHours,
    workHours: limit.workHours,
    count: limit.reassignedBefore + 1,
  };
  const base: TerritoryTrace = { territoryId: territory.id, name: territory.name, priority: territory.priority, checks: [], matched: true, outcome: 'NO_ELIGIBLE_MEMBER', method: territory.method, members };
  const pick = pickMember(territory.method, members.filter((member) => member.eligible));
  if (pick === null) return { stays: { reason: staysSentence({ ...reassignment, count: limit.reassignedBefore }, base) } };
  const { contender: winner, nextTurns, effectiveTurns, score } = pick.winner;
  const scored = members.map((member) => (member === winner ? { ...member, effectiveTurns, score } : member));
  const assigned = (memberStates.get(winner.memberId) ?? NO_STATE).assigned;
  return {
    decision: explain({
      status: 'REASSIGNED',
      repId: winner.repId,
      territoryId: territory.id,
      memberUpdate: { memberId: winner.memberId, territoryId: territory.id, repId: winner.repId, turns: nextTurns, assigned: assigned + 1, lastAssigned: now },
      decidedAt: now,
      trace: { territories: [{ ...base, outcome: 'ROUTED', members: scored }], ruledOutByIndex: 0, reassignment },
    }),
  };
}
