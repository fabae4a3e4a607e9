import type { Plan, PlanMember, PlanTerritory, RepFacts } from '../types';
import { isAway } from '../decision/away';
import { salesRepProblem } from '../decision/salesRep';
import { routingDay, type RoutingClock } from '../time/routingDay';
import { addDays } from './days';
import type { RepAtCapacity, Staffing } from './types';

/** How far ahead away windows are looked at (SPEC §6: "within 14 days"). */
export const LOOK_AHEAD_DAYS = 14;
/** How far a run of days without anyone is followed to find its end before it is called open-ended. */
const LONGEST_RUN_DAYS = 366;

interface Workforce {
  /** Now and the company's time zone: each territory's today is its routing day. */
  clock: RoutingClock;
  reps: ReadonlyMap<string, RepFacts>;
  openLeads: ReadonlyMap<string, number>;
}

function atCapacity(member: PlanMember, openLeads: ReadonlyMap<string, number>): boolean {
  return member.capacity !== null && (openLeads.get(member.repId) ?? 0) >= member.capacity;
}

/** Whether some member could take a lead on `day`, with today's open leads and rep records. */
function staffedOn(territory: PlanTerritory, day: string, workforce: Workforce): boolean {
  return territory.members.some(
    (member) => salesRepProblem(workforce.reps.get(member.repId)) === null && !atCapacity(member, workforce.openLeads) && !isAway(member, day),
  );
}

/** The last day of the run of unstaffed days that starts at `from`, or null when it does not end within a year. */
function runEnd(territory: PlanTerritory, from: string, workforce: Workforce): string | null {
  for (let days = 1; days <= LONGEST_RUN_DAYS; days++) {
    if (staffedOn(territory, addDays(from, days), workforce)) return addDays(from, days - 1);
  }
  return null;
}

/**
 * Territories that cannot take a lead themselves today, or will not on some day of the next 14 because of away
 * windows, and have no usable fallback rep. Each territory's days are its routing days (its own time zone).
 *
 * @example
 * staffingProblems(plan, workforce); // → [{ territory: '3', problem: 'NONE_ELIGIBLE_SOON', from: '2026-12-24', until: '2026-12-27' }]
 */
export function staffingProblems(plan: Plan, workforce: Workforce): Staffing[] {
  const problems: Staffing[] = [];
  for (const territory of plan.territories) {
    if (territory.fallbackRepId !== null && salesRepProblem(workforce.reps.get(territory.fallbackRepId)) === null) continue;
    const today = routingDay(territory, workforce.clock);
    for (let days = 0; days <= LOOK_AHEAD_DAYS; days++) {
      const day = addDays(today, days);
      if (staffedOn(territory, day, workforce)) continue;
      problems.push({ territory: territory.id, problem: days === 0 ? 'NONE_ELIGIBLE_TODAY' : 'NONE_ELIGIBLE_SOON', from: day, until: runEnd(territory, day, workforce) });
      break;
    }
  }
  return problems;
}

/**
 * Members whose rep already holds as many open leads as the member's capacity.
 *
 * @example
 * repsAtCapacity(plan, new Map([['7', 12]])); // → [{ rep: '7', territory: '1', openLeads: 12, capacity: 12 }]
 */
export function repsAtCapacity(plan: Plan, openLeads: ReadonlyMap<string, number>): RepAtCapacity[] {
  return plan.territories.flatMap((territory) =>
    territory.members
      .filter((member) => atCapacity(member, openLeads))
      .map((member) => ({ rep: member.repId, territory: territory.id, openLeads: openLeads.get(member.repId) ?? 0, capacity: member.capacity! })),
  );
}

/**
 * Active sales reps who are an active member of no territory in the plan, ascending id order as given.
 *
 * @example
 * repsWithoutTerritory(plan, reps); // → ['11']
 */
export function repsWithoutTerritory(plan: Plan, reps: readonly RepFacts[]): string[] {
  const members = new Set(plan.territories.flatMap((territory) => territory.members.map((member) => member.repId)));
  return reps.filter((rep) => salesRepProblem(rep) === null && !members.has(rep.id)).map((rep) => rep.id);
}
