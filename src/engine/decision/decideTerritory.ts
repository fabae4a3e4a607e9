import type {
  LeadFacts,
  MemberState,
  MemberTrace,
  PlanMember,
  PlanTerritory,
  RepFacts,
  RoutingContext,
  TerritoryTrace,
} from '../types';
import type { BatchLookup } from './cachedBatch';
import { assessMember, availabilityBlocker } from './eligibility';
import { pickMember, type MemberPick } from './pickMember';
import { checkRep, repName, salesRepProblem } from './salesRep';
import type { Verdict } from './verdict';

/** What deciding inside a territory reads besides the territory itself. */
export interface TerritoryInputs {
  lead: LeadFacts;
  context: RoutingContext;
  /** States of the members of every matching territory, read once for the whole walk. */
  states: ReadonlyMap<string, MemberState>;
  reps: BatchLookup<RepFacts>;
  openLeads: BatchLookup<number>;
}

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
 * decideTerritory(west, inputs).verdict;
 * // { status: 'ROUTED', repId: '7', territoryId: '1',
 * //   memberUpdate: { memberId: '11', territoryId: '1', repId: '7', turns: 4, assigned: 10, lastAssigned: '2026-11-26T09:00:00Z' } }
 */
export function decideTerritory(territory: PlanTerritory, inputs: TerritoryInputs): TerritoryDecision {
  const reps = inputs.reps(territory.members.map((member) => member.repId));
  if (inputs.context.mode.kind === 'realign') {
    const kept = currentRepMember(territory, inputs.lead.salesRepId, reps);
    if (kept !== undefined) return keepCurrentRep(territory, kept, reps);
  }
  const members = assessMembers(territory, inputs, reps);
  const pick = pickMember(territory.method, members.filter((member) => member.eligible));
  return pick === null ? fallBack(territory, members, inputs) : route(territory, members, pick, inputs);
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

/** Whether deciding inside the territory may count its members' open leads: it balances load or caps a member. */
export function countsOpenLeads(territory: PlanTerritory): boolean {
  return territory.method === 'load_balanced' || territory.members.some((member) => member.capacity !== null);
}

/** Open leads are read only when a capacity or load balancing needs them, and only for available members. */
function assessMembers(territory: PlanTerritory, inputs: TerritoryInputs, reps: ReadonlyMap<string, RepFacts>): MemberTrace[] {
  const { today } = inputs.context;
  const counted = countsOpenLeads(territory)
    ? territory.members.filter((member) => availabilityBlocker(member, reps.get(member.repId), today) === null)
    : [];
  const openLeads = counted.length > 0 ? inputs.openLeads(counted.map((member) => member.repId)) : new Map<string, number>();
  return territory.members.map((member) =>
    assessMember(
      {
        member,
        rep: reps.get(member.repId),
        state: inputs.states.get(member.id) ?? NO_STATE,
        openLeads: counted.includes(member) ? (openLeads.get(member.repId) ?? 0) : undefined,
      },
      today,
    ),
  );
}

function route(
  territory: PlanTerritory,
  members: MemberTrace[],
  pick: MemberPick<MemberTrace>,
  inputs: TerritoryInputs,
): TerritoryDecision {
  const scoreOf = new Map(pick.scores.map((score) => [score.contender, score]));
  const scored = members.map((member) => {
    const score = scoreOf.get(member);
    return score === undefined ? member : { ...member, effectiveTurns: score.effectiveTurns, score: score.score };
  });
  const { contender: winner, nextTurns } = pick.winner;
  const assigned = (inputs.states.get(winner.memberId) ?? NO_STATE).assigned;
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
        lastAssigned: inputs.context.now,
      },
    },
  };
}

function fallBack(territory: PlanTerritory, members: MemberTrace[], inputs: TerritoryInputs): TerritoryDecision {
  const trace: TerritoryDecisionTrace = { outcome: 'NO_ELIGIBLE_MEMBER', method: territory.method, members };
  const repId = territory.fallbackRepId;
  if (repId === null) return { trace, verdict: null };
  const fallbackRep = checkRep(repId, inputs.reps([repId]).get(repId));
  if (!fallbackRep.usable) return { trace: { ...trace, fallbackRep }, verdict: null };
  return {
    trace: { ...trace, outcome: 'FALLBACK', fallbackRep },
    verdict: { status: 'FALLBACK', repId, territoryId: territory.id, memberUpdate: null },
  };
}
