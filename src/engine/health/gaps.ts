import type { Plan } from '../types';
import { normaliseCode } from '../definition/lists';
import { territoryMatches } from '../definition/match';
import { firstMatchingPosition } from './firstMatch';
import { leadOf } from './leadClasses';
import type { LeadFacts } from '../types';
import type { Gap, LeadGroup } from './types';

/**
 * Leads with the same routing facts, counted: the analysis reads groups (as aggregated SuiteQL gives them).
 *
 * @example
 * leadGroupsOf([caLead, caLead, brLead]); // → [{ facts: { country: 'US', state: 'CA', … }, leads: 2 }, { facts: { country: 'BR', … }, leads: 1 }]
 */
export function leadGroupsOf(leads: Iterable<Pick<LeadFacts, 'country' | 'state' | 'postalCode' | 'leadSource' | 'category' | 'subsidiary'>>): LeadGroup[] {
  const groups = new Map<string, LeadGroup>();
  for (const { country, state, postalCode, leadSource, category, subsidiary } of leads) {
    const facts = { country, state, postalCode, leadSource, category, subsidiary };
    const key = JSON.stringify(facts);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { facts, leads: 1 });
    else group.leads += 1;
  }
  return [...groups.values()];
}

/**
 * Leads no territory matches, by country and state: most leads first, then by country and state.
 *
 * @example
 * findGaps(plan, [{ facts: { country: 'BR', state: 'SP', … }, leads: 12 }]); // → [{ country: 'BR', state: 'SP', leads: 12, example }]
 */
export function findGaps(plan: Plan, groups: readonly LeadGroup[]): Gap[] {
  const gaps = new Map<string, Gap>();
  // Territories without a location criterion (a catch-all, a lead-source territory) are asked first: most accounts
  // have one that takes most leads, which spares the index look-up.
  const anywhere = plan.index.always.map((position) => plan.territories[position]!);
  const matched = (lead: LeadFacts) => anywhere.some((territory) => territoryMatches(territory, lead)) || firstMatchingPosition(plan, lead) !== -1;
  for (const group of groups) {
    if (group.leads <= 0 || matched(leadOf(group.facts))) continue;
    const country = normaliseCode(group.facts.country);
    const state = normaliseCode(group.facts.state);
    const key = `${country}\u0000${state}`;
    const gap = gaps.get(key);
    if (gap === undefined) gaps.set(key, { country, state, leads: group.leads, example: group.facts });
    else gap.leads += group.leads;
  }
  return [...gaps.values()].sort((a, b) => b.leads - a.leads || a.country.localeCompare(b.country) || a.state.localeCompare(b.state));
}
