import type { PlanTerritory, RepFacts } from '../types';
import { compareIds } from '../definition/compare';
import { salesRepProblem } from '../decision/salesRep';
import { commonLead, coverage } from './leadClasses';
import type { Covered, Overlap } from './types';

/**
 * The countries a territory's leads can be in, or null for any: its countries list, else the countries its state
 * entries name when every entry is qualified. Territories whose countries do not meet share no lead, which spares
 * the exact comparison for most pairs.
 */
function countriesOf(territory: PlanTerritory): ReadonlySet<string> | null {
  if (territory.countries.length > 0) return new Set(territory.countries);
  if (territory.states.length > 0 && territory.states.every((entry) => entry.country !== null)) {
    return new Set(territory.states.map((entry) => entry.country!));
  }
  return null;
}

/** For each territory, the positions of the other territories whose countries may meet its own, ascending. */
function neighbours(territories: readonly PlanTerritory[]): number[][] {
  const footprints = territories.map(countriesOf);
  const anywhere: number[] = [];
  const byCountry = new Map<string, number[]>();
  footprints.forEach((countries, position) => {
    if (countries === null) anywhere.push(position);
    else for (const country of countries) byCountry.set(country, [...(byCountry.get(country) ?? []), position]);
  });
  return footprints.map((countries, position) => {
    const found = new Set(countries === null ? territories.keys() : [...anywhere, ...[...countries].flatMap((country) => byCountry.get(country) ?? [])]);
    found.delete(position);
    return [...found].sort((a, b) => a - b);
  });
}

export interface OrderFindings {
  overlaps: Overlap[];
  shadowed: Covered[];
  overflow: Covered[];
  /** Territories whose criteria no lead can meet together (a state entry of a country the territory does not list). */
  unmatchable: string[];
}

/**
 * Overlaps, shadowed and overflow territories of a plan (territories in evaluation order), found by exact reasoning
 * over the criteria.
 *
 * @example
 * territoryOrderFindings(plan.territories, repsById); // → { overlaps: [{ territories: ['4', '9'], example }], … }
 */
export function territoryOrderFindings(territories: readonly PlanTerritory[], reps: ReadonlyMap<string, RepFacts>): OrderFindings {
  const near = neighbours(territories);
  const overlaps: Overlap[] = [];
  const shadowed: Covered[] = [];
  const overflow: Covered[] = [];
  const unmatchable: string[] = [];
  territories.forEach((territory, position) => {
    if (commonLead([territory]) === null) {
      unmatchable.push(territory.id);
      return;
    }
    const meeting = near[position]!.filter((other) => commonLead([territory, territories[other]!]) !== null);
    for (const other of meeting) {
      const peer = territories[other]!;
      if (other > position && peer.priority === territory.priority) {
        const ids = [territory.id, peer.id].sort(compareIds) as [string, string];
        overlaps.push({ territories: ids, example: commonLead([territory, peer])! });
      }
    }
    const earlier = meeting.filter((other) => other < position).map((other) => territories[other]!);
    if (earlier.length === 0) return;
    const deciding = earlier.filter((one) => one.fallbackRepId !== null && salesRepProblem(reps.get(one.fallbackRepId)) === null);
    const alwaysTaken = coverage(territory, deciding);
    if (alwaysTaken.uncovered === null) {
      shadowed.push({ territory: territory.id, by: alwaysTaken.firstMatches, example: alwaysTaken.taken! });
      return;
    }
    const firstTried = coverage(territory, earlier);
    if (firstTried.uncovered === null) overflow.push({ territory: territory.id, by: firstTried.firstMatches, example: firstTried.taken! });
  });
  return { overlaps, shadowed, overflow, unmatchable };
}
