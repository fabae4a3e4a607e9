import { checkTerritory, territoryMatches, type TerritoryMatch } from '../definition/match';
import type { FactRequest, KnownFacts, LeadFacts, Plan, PlanTerritory, RoutingContext, TerritoryTrace } from '../types';
import { countsOpenLeads, decideTerritory, type TerritoryDecision } from './decideTerritory';
import { knownMemberState, knownOpenLeads } from './facts';
import type { Verdict } from './verdict';

export interface Walk {
  territories: TerritoryTrace[];
  ruledOutByIndex: number;
  notReached: number;
  verdict: Verdict | null;
  /** Realign: the name of the current rep a territory kept. */
  keptRepName?: string;
}

/** Which territories a walk covers (SPEC §3.5): those marked before owner (step 1), or the others (step 3). */
export type WalkPart = 'beforeOwner' | 'afterOwner';

/**
 * Walks the candidate territories of one part of the plan in plan order (SPEC §3.3), checking each, until a
 * matching one decides; the candidates after it are not considered (counted in `notReached`). At the first matching territory whose member
 * states are not known it asks for the states of every matching territory at once (most leads are decided by the
 * first, and one read costs what a read of the first alone would); otherwise the walk, or the facts it needs next.
 * `candidates` are the plan's positions that may match the lead (candidatePositions), found once for all the walks
 * and passes of one lead.
 *
 * @example
 * const walk = walkTerritories(plan, lead, context, facts, candidatePositions(plan, lead, 'indexed'), 'afterOwner');
 * 'request' in walk ? walk.request.kind : walk.verdict?.status; // 'memberStates', then, once answered, 'ROUTED'
 */
export function walkTerritories(
  plan: Plan,
  lead: LeadFacts,
  context: RoutingContext,
  facts: KnownFacts,
  candidatePositions: readonly number[],
  part: WalkPart,
): Walk | { request: FactRequest } {
  // The plan puts the territories marked before owner first, so each part is a run of positions.
  let split = 0;
  while (split < plan.territories.length && plan.territories[split]!.beforeOwner) split++;
  const from = part === 'beforeOwner' ? 0 : split;
  const to = part === 'beforeOwner' ? split : plan.territories.length;
  const candidates: PlanTerritory[] = [];
  for (const position of candidatePositions) if (position >= from && position < to) candidates.push(plan.territories[position]!);
  const territories: TerritoryTrace[] = [];
  let deciding: TerritoryDecision | undefined;
  for (let index = 0; index < candidates.length; index++) {
    const territory = candidates[index]!;
    const match = checkTerritory(territory, lead);
    if (!match.matched) {
      territories.push(territoryTrace(territory, match, NO_MATCH));
      continue;
    }
    if (territory.members.some((member) => knownMemberState(facts, member.id) === undefined)) {
      const further = candidates.slice(index + 1).filter((later) => territoryMatches(later, lead));
      return { request: memberRequest([territory, ...further], facts) };
    }
    const decision = decideTerritory(territory, lead, context, facts);
    if ('request' in decision) return decision;
    territories.push(territoryTrace(territory, match, decision.trace));
    if (decision.verdict !== null) {
      deciding = decision;
      break;
    }
  }
  return {
    territories,
    // A plan decoded for one lead left out territories its location cannot match: counted once, with the last part.
    ruledOutByIndex: (part === 'afterOwner' ? (plan.notLoaded ?? 0) : 0) + to - from - candidates.length,
    notReached: candidates.length - territories.length,
    verdict: deciding?.verdict ?? null,
    ...(deciding?.keptRepName === undefined ? {} : { keptRepName: deciding.keptRepName }),
  };
}

const NO_MATCH = { outcome: 'NO_MATCH' } as const;

/** A checked territory's trace: what every trace says of it, then its outcome, made as one object. */
function territoryTrace<Outcome extends object>(territory: PlanTerritory, match: TerritoryMatch, outcome: Outcome) {
  return {
    territoryId: territory.id,
    name: territory.name,
    priority: territory.priority,
    ...(territory.beforeOwner ? { beforeOwner: true as const } : {}),
    checks: match.checks,
    matched: match.matched,
    ...outcome,
  };
}

/** The unknown members of these territories, and the reps whose open leads a capacity or load balancing may count. */
function memberRequest(territories: readonly PlanTerritory[], facts: KnownFacts): FactRequest {
  const memberIds: string[] = [];
  const counted = new Set<string>();
  for (const territory of territories) {
    const counts = countsOpenLeads(territory);
    for (const member of territory.members) {
      if (knownMemberState(facts, member.id) === undefined) memberIds.push(member.id);
      if (counts && knownOpenLeads(facts, member.repId) === undefined) counted.add(member.repId);
    }
  }
  return { kind: 'memberStates', memberIds, countOpenLeadsOf: [...counted] };
}
