import type { CriterionCheck, LeadFacts, MatcherKind, Plan, PlanTerritory } from '../types';
import { CRITERIA, CRITERION_ORDER } from './criteria';
import { indexedCandidates } from './planIndex';

/** Whether a territory matches a lead, with the checks that decided it. */
export interface TerritoryMatch {
  matched: boolean;
  /** The criteria the territory sets, in order, up to and including the first that failed. */
  checks: CriterionCheck[];
}

/**
 * Checks a territory's criteria against a lead in the fixed order (country, state, postal code, lead source,
 * category, subsidiary), stopping at the first that fails. A territory with no criteria matches every lead.
 *
 * @example
 * checkTerritory(territory({ countries: ['US'], states: [{ country: null, state: 'CA' }] }), lead({ country: 'US', state: 'OR' }));
 * // → { matched: false, checks: [{ criterion: 'country', passed: true, … }, { criterion: 'state', observed: 'US-OR', expected: ['CA'], passed: false }] }
 */
export function checkTerritory(territory: PlanTerritory, lead: LeadFacts): TerritoryMatch {
  const checks: CriterionCheck[] = [];
  for (const name of CRITERION_ORDER) {
    const check = CRITERIA[name].check(territory, lead);
    if (check === null) continue;
    checks.push(check);
    if (!check.passed) return { matched: false, checks };
  }
  return { matched: true, checks };
}

/**
 * Whether a territory matches a lead, without the trace: what `checkTerritory(...).matched` says, for much less.
 *
 * @example
 * territoryMatches(territory({ countries: ['US'] }), lead({ country: 'DE' })); // → false
 */
export function territoryMatches(territory: PlanTerritory, lead: LeadFacts): boolean {
  return CRITERION_ORDER.every((name) => CRITERIA[name].passes(territory, lead));
}

/**
 * Ascending positions into `plan.territories` that may match the lead: every position for the `reference`
 * matcher (a linear scan), the index's candidates for `indexed`. Both contain every matching territory.
 *
 * @example
 * candidatePositions(plan, lead, 'reference'); // → [0, 1, 2, …, plan.territories.length - 1]
 * candidatePositions(plan, lead, 'indexed');   // → [1, 7]
 */
export function candidatePositions(plan: Plan, lead: LeadFacts, matcher: MatcherKind): number[] {
  return matcher === 'indexed' ? indexedCandidates(plan.index, lead) : plan.territories.map((_, position) => position);
}

/**
 * The name of the first territory marked before owner (SPEC §3.5) that matches the lead, or null. Those territories
 * lead the plan, so the scan stops at the first that is not marked.
 *
 * @example
 * beforeOwnerMatch(plan, lead({ leadSource: '6' })); // → 'Partner referrals'
 */
export function beforeOwnerMatch(plan: Plan, lead: LeadFacts): string | null {
  for (const territory of plan.territories) {
    if (!territory.beforeOwner) return null;
    if (territoryMatches(territory, lead)) return territory.name;
  }
  return null;
}

/**
 * Ascending positions of the territories that match the lead; the same for both matchers.
 *
 * @example
 * matchingPositions(plan, lead({ country: 'US', postalCode: '94105' }), 'indexed'); // → [1]
 */
export function matchingPositions(plan: Plan, lead: LeadFacts, matcher: MatcherKind): number[] {
  return candidatePositions(plan, lead, matcher).filter((position) => territoryMatches(plan.territories[position]!, lead));
}
