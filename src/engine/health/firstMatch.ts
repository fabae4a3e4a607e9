import type { LeadFacts, Plan } from '../types';
import { candidatePositions, territoryMatches } from '../definition/match';

/**
 * The position of the first territory in the plan that matches the lead, found through the plan's index as the
 * router finds it; -1 when none does. The territories after it are not checked.
 *
 * @example
 * firstMatchingPosition(plan, lead({ country: 'US', postalCode: '94105' })); // → 1
 */
export function firstMatchingPosition(plan: Plan, lead: LeadFacts): number {
  return candidatePositions(plan, lead, 'indexed').find((position) => territoryMatches(plan.territories[position]!, lead)) ?? -1;
}
