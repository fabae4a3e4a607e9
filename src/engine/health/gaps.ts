import type { Plan } from '../types';
import { normaliseCode } from '../definition/lists';
import { matchingPositions } from '../definition/match';
import { leadOf } from './leadClasses';
import type { Gap, LeadGroup } from './types';

/**
 * Leads no territory matches, by country and state: most leads first, then by country and state.
 *
 * @example
 * findGaps(plan, [{ facts: { country: 'BR', state: 'SP', … }, leads: 12 }]); // → [{ country: 'BR', state: 'SP', leads: 12, example }]
 */
export function findGaps(plan: Plan, groups: readonly LeadGroup[]): Gap[] {
  const gaps = new Map<string, Gap>();
  for (const group of groups) {
    if (group.leads <= 0 || matchingPositions(plan, leadOf(group.facts), 'indexed').length > 0) continue;
    const country = normaliseCode(group.facts.country);
    const state = normaliseCode(group.facts.state);
    const key = `${country}\u0000${state}`;
    const gap = gaps.get(key);
    if (gap === undefined) gaps.set(key, { country, state, leads: group.leads, example: group.facts });
    else gap.leads += group.leads;
  }
  return [...gaps.values()].sort((a, b) => b.leads - a.leads || a.country.localeCompare(b.country) || a.state.localeCompare(b.state));
}
