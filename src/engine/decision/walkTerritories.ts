import { candidatePositions, checkTerritory, territoryMatches } from '../definition/match';
import type { LeadFacts, MatcherKind, MemberState, Plan, PlanTerritory, RepFacts, RoutingContext, TerritoryTrace } from '../types';
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
 * candidates after it are not considered (counted in `notReached`). At the first match, the member states and reps
 * of every matching territory are read in one batch, so a lead costs the same whichever territory takes it.
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
  let membersRead = false;
  let deciding: TerritoryDecision | undefined;
  for (const [index, territory] of candidates.entries()) {
    const match = checkTerritory(territory, lead);
    const checked = { territoryId: territory.id, name: territory.name, priority: territory.priority, checks: match.checks, matched: match.matched };
    if (!match.matched) {
      territories.push({ ...checked, outcome: 'NO_MATCH' });
      continue;
    }
    if (!membersRead) {
      readMembers([territory, ...furtherMatches(candidates.slice(index + 1), lead)], context, lookups, states);
      membersRead = true;
    }
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

function furtherMatches(rest: PlanTerritory[], lead: LeadFacts): PlanTerritory[] {
  return rest.filter((territory) => territoryMatches(territory, lead));
}

/**
 * One read of the member states (naming the reps whose open leads a territory may count) and one of the members'
 * reps, into `states`. States are asked first: an adapter may answer all with one query (RoutingPorts).
 */
function readMembers(territories: PlanTerritory[], context: RoutingContext, lookups: Lookups, states: Map<string, MemberState>): void {
  const members = territories.flatMap((territory) => territory.members);
  if (members.length === 0) return;
  const counted = territories.filter(countsOpenLeads).flatMap((territory) => territory.members.map((member) => member.repId));
  for (const [id, state] of context.ports.memberStates(members.map((member) => member.id), [...new Set(counted)])) states.set(id, state);
  lookups.reps(members.map((member) => member.repId));
}
