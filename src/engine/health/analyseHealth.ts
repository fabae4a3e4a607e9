import type { Plan } from '../types';
import { findGaps } from './gaps';
import { repsAtCapacity, repsWithoutTerritory, staffingProblems } from './staffing';
import { territoryOrderFindings } from './territoryOrder';
import type { HealthInput, HealthReport } from './types';

/**
 * Territory health (SPEC §6): what the plan's order hides (overlaps, shadowed and overflow territories), the leads
 * no territory matches, and who can take leads now and over the next two weeks. Pure: the caller reads the facts.
 *
 * @example
 * analyseHealth(plan, { now: '2026-12-07T17:00:00Z', timeZone: 'America/New_York', reps, openLeads, leadGroups });
 * // → { overlaps: [...], shadowed: [...], overflow: [...], gaps: [...], staffing: [...], repsWithoutTerritory: [...], repsAtCapacity: [...], skipped: [...] }
 */
export function analyseHealth(plan: Plan, input: HealthInput): HealthReport {
  const reps = new Map(input.reps.map((rep) => [rep.id, rep]));
  const workforce = { clock: { now: input.now, timeZone: input.timeZone }, reps, openLeads: input.openLeads };
  return {
    ...territoryOrderFindings(plan, reps),
    gaps: findGaps(plan, input.leadGroups),
    staffing: staffingProblems(plan, workforce),
    repsWithoutTerritory: repsWithoutTerritory(plan, input.reps),
    repsAtCapacity: repsAtCapacity(plan, input.openLeads),
    skipped: plan.skipped,
  };
}
