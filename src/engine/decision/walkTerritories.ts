import { candidatePositions, checkTerritory, type TerritoryMatch } from '../definition/match';
import type { LeadFacts, MatcherKind, MemberState, Plan, PlanTerritory, RepFacts, RoutingContext, TerritoryTrace } from '../types';
import type { BatchLookup } from './cachedBatch';
import { decideTerritory, type TerritoryDecision } from './decideTerritory';
import type { Verdict } from './verdict';

/** The batch lookups shared by every step of one routing run. */
export interface Lookups {
  reps: BatchLookup<RepFacts>;
  openLeads: BatchLookup<number>;
}

export interface Walk {
  territories: TerritoryTrace[];
  ruledOutByIndex: number;
  verdict: Verdict | null;
  /** Realign: the name of the current rep a territory kept. */
  keptRepName?: string;
}

interface Candidate {
  territory: PlanTerritory;
  match: TerritoryMatch;
}

/**
 * Walks the territories that match the lead in plan order (SPEC §3.3) until one decides. Member states and
 * the members' reps are read in one batch each for every matching territory; every candidate gets a trace
 * (NO_MATCH, its outcome, or NOT_REACHED after the deciding one).
 *
 * @example
 * const walk = walkTerritories(plan, lead, context, 'indexed', lookups);
 * walk.verdict?.status; // 'ROUTED'
 * walk.territories.map((territory) => territory.outcome); // ['NO_MATCH', 'NO_ELIGIBLE_MEMBER', 'ROUTED', 'NOT_REACHED']
 */
export function walkTerritories(plan: Plan, lead: LeadFacts, context: RoutingContext, matcher: MatcherKind, lookups: Lookups): Walk {
  const candidates = candidatePositions(plan, lead, matcher).flatMap((position): Candidate[] => {
    const territory = plan.territories[position];
    return territory === undefined ? [] : [{ territory, match: checkTerritory(territory, lead) }];
  });
  const matching = candidates.filter(({ match }) => match.matched).map(({ territory }) => territory);
  const inputs = { lead, context, states: readMembers(matching, context, lookups), ...lookups };

  const decisions = new Map<PlanTerritory, TerritoryDecision>();
  let deciding: TerritoryDecision | undefined;
  for (const territory of matching) {
    const decision = decideTerritory(territory, inputs);
    decisions.set(territory, decision);
    if (decision.verdict !== null) {
      deciding = decision;
      break;
    }
  }
  return {
    territories: candidates.map(({ territory, match }) => ({
      territoryId: territory.id,
      name: territory.name,
      priority: territory.priority,
      checks: match.checks,
      matched: match.matched,
      ...(match.matched ? (decisions.get(territory)?.trace ?? { outcome: 'NOT_REACHED' }) : { outcome: 'NO_MATCH' }),
    })),
    ruledOutByIndex: plan.territories.length - candidates.length,
    verdict: deciding?.verdict ?? null,
    ...(deciding?.keptRepName === undefined ? {} : { keptRepName: deciding.keptRepName }),
  };
}

/**
 * One read of the member states and one of the members' reps for all matching territories, so the walk costs
 * the same governance however many territories it passes; returns the states. States are asked first: an
 * adapter may answer both with one search joined to the reps (RoutingPorts).
 */
function readMembers(matching: PlanTerritory[], context: RoutingContext, lookups: Lookups): ReadonlyMap<string, MemberState> {
  const members = matching.flatMap((territory) => territory.members);
  if (members.length === 0) return new Map();
  const states = context.ports.memberStates(members.map((member) => member.id));
  lookups.reps(members.map((member) => member.repId));
  return states;
}
