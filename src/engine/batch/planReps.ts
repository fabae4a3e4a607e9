import { compareIds } from '../definition/compare';
import { countsOpenLeads } from '../decision/decideTerritory';
import type { Plan, RoutingSettings } from '../types';

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort(compareIds);

/**
 * Every rep routing may ask about besides owners: the members', the fallback reps and the default rep. A snapshot
 * that holds these is complete for the plan.
 *
 * @example
 * repsNamedByPlan(plan, { keepExisting: true, matchOwner: true, defaultRepId: '12' }); // ['7', '8', '9', '12']
 */
export function repsNamedByPlan(plan: Plan, settings: RoutingSettings): string[] {
  return sortedUnique([
    ...plan.territories.flatMap((territory) => territory.members.map((member) => member.repId)),
    ...plan.territories.flatMap((territory) => (territory.fallbackRepId === null ? [] : [territory.fallbackRepId])),
    ...(settings.defaultRepId === null ? [] : [settings.defaultRepId]),
  ]);
}

/**
 * The reps whose open leads routing may read: members of territories that balance load or cap a member (the
 * only ones `decideTerritory` counts). Empty when no territory does, and then nobody's leads need counting.
 *
 * @example
 * repsNeedingOpenLeads(plan); // ['8'] — only territory West caps a member
 */
export function repsNeedingOpenLeads(plan: Plan): string[] {
  return sortedUnique(
    plan.territories
      .filter(countsOpenLeads)
      .flatMap((territory) => territory.members.map((member) => member.repId)),
  );
}
