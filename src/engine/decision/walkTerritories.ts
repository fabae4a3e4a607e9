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
 * the members' reps are read in at most two batches (the first territory, then all the others); every candidate gets a trace
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
  const states = new Map<string, MemberState>();
  const inputs = { lead, context, states, ...lookups };

  const decisions = new Map<PlanTerritory, TerritoryDecision>();
  let deciding: TerritoryDecision | undefined;
  for (const [index, territory] of matching.entries()) {
    // The first territory decides most leads: read its members alone, and the rest in one batch only if it passes.
    if (index <= 1) readMembers(index === 0 ? matching.slice(0, 1) : matching.slice(1), context, lookups, states);
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
 * One read of the member states and one of the members' reps for these territories, into `states`. States are
 * asked first: an adapter may answer both with one search joined to the reps (RoutingPorts).
 */
function readMembers(territories: PlanTerritory[], context: RoutingContext, lookups: Lookups, states: Map<string, MemberState>): void {
  const members = territories.flatMap((territory) => territory.members);
  if (members.length === 0) return;
  for (const [id, state] of context.ports.memberStates(members.map((member) => member.id))) states.set(id, state);
  lookups.reps(members.map((member) => member.repId));
}
