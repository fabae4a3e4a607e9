import type {
  FactRequest,
  KnownFacts,
  LeadFacts,
  MemberState,
  MemberTrace,
  PlanMember,
  PlanTerritory,
  RepFacts,
  RoutingContext,
  TerritoryTrace,
} from '../types';
import { assessMember, availabilityBlocker } from './eligibility';
import { knownMemberState, knownOpenLeads, repsOrRequest } from './facts';
import { pickMember, type ComesBack, type MemberPick } from './pickMember';
import { checkRep, repName, salesRepProblem } from './salesRep';
import type { Verdict } from './verdict';
import { routingDay } from '../time/routingDay';

/** The part of a territory's trace that depends on the walk. */
export type TerritoryDecisionTrace = Pick<TerritoryTrace, 'outcome' | 'method' | 'members' | 'fallbackRep'>;

export interface TerritoryDecision {
  trace: TerritoryDecisionTrace;
  verdict: Verdict | null;
  /** Realign: the name of the current rep the territory kept. */
  keptRepName?: string;
}

const NO_STATE: MemberState = { turns: 0, assigned: 0 };

/**
 * Decides inside one matching territory (SPEC §3.3, §3.4, §4): realign first keeps a current rep who is an
 * active member; otherwise an eligible member is picked (ROUTED), else a usable fallback rep takes the lead
 * (FALLBACK), else the territory passes (verdict null, outcome NO_ELIGIBLE_MEMBER).
 *
 * @example
 * decideTerritory(west, lead, context, facts).verdict; // or { request } for the facts it still needs
 * // { status: 'ROUTED', repId: '7', territoryId: '1',
 * //   memberUpdate: { memberId: '11', territoryId: '1', repId: '7', turns: 4, assigned: 10, lastAssigned: '2026-11-26T09:00:00Z' } }
 */
export function decideTerritory(
  territory: PlanTerritory,
  lead: LeadFacts,
  context: RoutingContext,
  facts: KnownFacts,
): TerritoryDecision | { request: FactRequest } {
  const reps = repsOrRequest(facts, territory.members.map((member) => member.repId));
  if ('request' in reps) return reps;
  if (context.mode.kind === 'realign') {
    const kept = currentRepMember(territory, lead.salesRepId, reps);
    if (kept !== undefined) return keepCurrentRep(territory, kept, reps);
  }
  const today = routingDay(territory, context);
  const members = assessMembers(territory, today, facts, reps);
  if ('request' in members) return members;
  const pick = pickMember(territory.method, members.filter((member) => member.eligible), comesBackOf(territory, facts, today));
  return pick === null ? fallBack(territory, members, facts) : route(territory, members, pick, context.now, facts);
}

/** SPEC §4: the current rep stays when it is an active member, whether or not it is away or at capacity. */
function currentRepMember(
  territory: PlanTerritory,
  currentRepId: string | null,
  reps: ReadonlyMap<string, RepFacts>,
): PlanMember | undefined {
  if (currentRepId === null) return undefined;
  return territory.members.find((member) => member.repId === currentRepId && salesRepProblem(reps.get(member.repId)) === null);
}

function keepCurrentRep(territory: PlanTerritory, kept: PlanMember, reps: ReadonlyMap<string, RepFacts>): TerritoryDecision {
  return {
    trace: { outcome: 'KEPT_CURRENT_REP', method: territory.method },
    verdict: { status: 'KEPT', repId: kept.repId, territoryId: territory.id, memberUpdate: null },
    keptRepName: repName(kept.repId, reps.get(kept.repId)),
  };
}

/**
 * SPEC §3.4's floor is for a member that comes back: new (no turns, never assigned) or with time away that has ended.
 * The commit after the save lifts such a member once (commitTurn.ts); a member behind for any other reason catches up.
 */
function comesBackOf(territory: PlanTerritory, facts: KnownFacts, today: string): ComesBack {
  return ({ memberId }) => {
    const member = territory.members.find((candidate) => candidate.id === memberId);
    const state = knownMemberState(facts, memberId) ?? NO_STATE;
    return (state.turns === 0 && state.assigned === 0) || (member?.awayUntil != null && member.awayUntil < today);
  };
}

/** Whether deciding inside the territory may count its members' open leads: it balances load or caps a member. */
export function countsOpenLeads(territory: PlanTerritory): boolean {
  return territory.method === 'load_balanced' || territory.members.some((member) => member.capacity !== null);
}

/** Open leads are asked for only when a capacity or load balancing needs them, and only for available members. */
function assessMembers(
  territory: PlanTerritory,
  today: string,
  facts: KnownFacts,
  reps: ReadonlyMap<string, RepFacts>,
): MemberTrace[] | { request: FactRequest } {
  const counted = countsOpenLeads(territory)
    ? territory.members.filter((member) => availabilityBlocker(member, reps.get(member.repId), today) === null)
    : [];
  const uncounted = [...new Set(counted.filter((member) => knownOpenLeads(facts, member.repId) === undefined).map((member) => member.repId))];
  if (uncounted.length > 0) return { request: { kind: 'openLeads', repIds: uncounted } };
  return territory.members.map((member) =>
    assessMember(
      {
        member,
        rep: reps.get(member.repId),
        state: knownMemberState(facts, member.id) ?? NO_STATE,
        openLeads: counted.includes(member) ? knownOpenLeads(facts, member.repId) : undefined,
      },
      today,
    ),
  );
}

function route(
  territory: PlanTerritory,
  members: MemberTrace[],
  pick: MemberPick<MemberTrace>,
  now: string,
  facts: KnownFacts,
): TerritoryDecision {
  const scoreOf = new Map(pick.scores.map((score) => [score.contender, score]));
  const scored = members.map((member) => {
    const score = scoreOf.get(member);
    return score === undefined ? member : { ...member, effectiveTurns: score.effectiveTurns, score: score.score };
  });
  const { contender: winner, nextTurns } = pick.winner;
  const assigned = (knownMemberState(facts, winner.memberId) ?? NO_STATE).assigned;
  return {
    trace: { outcome: 'ROUTED', method: territory.method, members: scored },
    verdict: {
      status: 'ROUTED',
      repId: winner.repId,
      territoryId: territory.id,
      memberUpdate: {
        memberId: winner.memberId,
        territoryId: territory.id,
        repId: winner.repId,
        turns: nextTurns,
        assigned: assigned + 1,
        lastAssigned: now,
      },
    },
  };
}

function fallBack(territory: PlanTerritory, members: MemberTrace[], facts: KnownFacts): TerritoryDecision | { request: FactRequest } {
  const trace: TerritoryDecisionTrace = { outcome: 'NO_ELIGIBLE_MEMBER', method: territory.method, members };
  const repId = territory.fallbackRepId;
  if (repId === null) return { trace, verdict: null };
  const reps = repsOrRequest(facts, [repId]);
  if ('request' in reps) return reps;
  const fallbackRep = checkRep(repId, reps.get(repId));
  if (!fallbackRep.usable) return { trace: { ...trace, fallbackRep }, verdict: null };
  return {
    trace: { ...trace, outcome: 'FALLBACK', fallbackRep },
    verdict: { status: 'FALLBACK', repId, territoryId: territory.id, memberUpdate: null },
  };
}
