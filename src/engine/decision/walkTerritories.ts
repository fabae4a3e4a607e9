import { candidatePositions, checkTerritory, territoryMatches } from '../definition/match';
import type { LeadFacts, MatcherKind, MemberRequest, MemberState, Plan, PlanTerritory, RepFacts, RoutingContext, TerritoryTrace } from '../types';
import type { BatchLookup } from './cachedBatch';
import { countsOpenLeads, decideTerritory, type TerritoryDecision } from './decideTerritory';
import type { Verdict } from './verdict';

/** The batch lookups shared by every step of one routing run. */
export interface Lookups {
  reps: BatchLookup<RepFacts>;
  openLeads: BatchLookup<number>;
}

export interface Walk {
  territories: TerritoryTrace[];
  ruledOutByIndex: number;
  notReached: number;
  verdict: Verdict | null;
  /** Realign: the name of the current rep a territory kept. */
  keptRepName?: string;
}

/**
 * Walks the candidate territories in plan order (SPEC §3.3), checking each, until a matching one decides; the
 * candidates after it are not considered (counted in `notReached`). Member states and reps are read in at most two
 * batches: the first matching territory alone (it decides most leads), offering the further matching ones as
 * `more` so an adapter may read them in the same call; then, when the first passes, every further matching one.
 *
 * @example
 * const walk = walkTerritories(plan, lead, context, 'indexed', lookups);
 * walk.verdict?.status; // 'ROUTED'
 * walk.territories.map((territory) => territory.outcome); // ['NO_MATCH', 'NO_ELIGIBLE_MEMBER', 'ROUTED']
 */
export function walkTerritories(plan: Plan, lead: LeadFacts, context: RoutingContext, matcher: MatcherKind, lookups: Lookups): Walk {
  const candidates = candidatePositions(plan, lead, matcher).map((position) => plan.territories[position]!);
  const states = new Map<string, MemberState>();
  const inputs = { lead, context, states, ...lookups };
  const territories: TerritoryTrace[] = [];
  let matchedSoFar = 0;
  let firstMatch = -1;
  let further: PlanTerritory[] | undefined;
  /** The matching territories after the first match, checked once, when first asked for. */
  const furtherMatching = () => (further ??= candidates.slice(firstMatch + 1).filter((territory) => territoryMatches(territory, lead)));
  let deciding: TerritoryDecision | undefined;
  for (const [index, territory] of candidates.entries()) {
    const match = checkTerritory(territory, lead);
    const checked = { territoryId: territory.id, name: territory.name, priority: territory.priority, checks: match.checks, matched: match.matched };
    if (!match.matched) {
      territories.push({ ...checked, outcome: 'NO_MATCH' });
      continue;
    }
    matchedSoFar += 1;
    if (matchedSoFar === 1) {
      firstMatch = index;
      readMembers([territory], context, lookups, states, () => memberRequest(furtherMatching()));
    }
    // The second match heads the further matching territories.
    if (matchedSoFar === 2) readMembers(furtherMatching(), context, lookups, states);
    const decision = decideTerritory(territory, inputs);
    territories.push({ ...checked, ...decision.trace });
    if (decision.verdict !== null) {
      deciding = decision;
      break;
    }
  }
  return {
    territories,
    ruledOutByIndex: plan.territories.length - candidates.length,
    notReached: candidates.length - territories.length,
    verdict: deciding?.verdict ?? null,
    ...(deciding?.keptRepName === undefined ? {} : { keptRepName: deciding.keptRepName }),
  };
}

/** The members of these territories, and the reps among them whose open leads a capacity or load balancing counts. */
function memberRequest(territories: readonly PlanTerritory[]): MemberRequest {
  const memberIds: string[] = [];
  const counted = new Set<string>();
  for (const territory of territories) {
    const counts = countsOpenLeads(territory);
    for (const member of territory.members) {
      memberIds.push(member.id);
      if (counts) counted.add(member.repId);
    }
  }
  return { memberIds, countOpenLeadsOf: [...counted] };
}

/**
 * One read of the member states and one of the members' reps for these territories, into `states`. States are
 * asked first: an adapter may answer both (and the open leads) with one query joined to the reps (RoutingPorts).
 */
function readMembers(
  territories: PlanTerritory[],
  context: RoutingContext,
  lookups: Lookups,
  states: Map<string, MemberState>,
  more?: () => MemberRequest,
): void {
  const request = memberRequest(territories);
  if (request.memberIds.length === 0 && more === undefined) return;
  for (const [id, state] of context.ports.memberStates(request, more)) states.set(id, state);
  lookups.reps(territories.flatMap((territory) => territory.members.map((member) => member.repId)));
}
