import type { Plan, RepFacts } from '../types';
import { compareIds } from '../definition/compare';
import { salesRepProblem } from '../decision/salesRep';
import { classTables, commonLead, coverage } from './leadClasses';
import { possibleNeighbours } from './meeting';
import { postalCodesMayMeet } from './postalMeeting';
import { decidesOwnLead } from './ownLead';
import type { Covered, Overlap } from './types';

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
 * territoryOrderFindings(plan, repsById); // → { overlaps: [{ territories: ['4', '9'], example }], … }
 */
export function territoryOrderFindings(plan: Plan, reps: ReadonlyMap<string, RepFacts>): OrderFindings {
  const territories = plan.territories;
  const near = possibleNeighbours(territories);
  const overlaps: Overlap[] = [];
  const shadowed: Covered[] = [];
  const overflow: Covered[] = [];
  const unmatchable: string[] = [];
  territories.forEach((territory, position) => {
    if (commonLead([territory]) === null) {
      unmatchable.push(territory.id);
      return;
    }
    for (const other of near[position]!) {
      const peer = territories[other]!;
      const shared = other > position && peer.priority === territory.priority && postalCodesMayMeet(territory, peer) ? commonLead([territory, peer]) : null;
      if (shared !== null) overlaps.push({ territories: [territory.id, peer.id].sort(compareIds) as [string, string], example: shared });
    }
    // Earlier territories that may meet this one; one that does not is never a first match, so none is tested here.
    const earlier = near[position]!.filter((other) => other < position).map((other) => territories[other]!);
    // A lead the territory decides itself answers both questions below; a quick search finds one for most.
    if (earlier.length === 0 || decidesOwnLead(plan, position)) return;
    const tables = classTables(territory, earlier);
    // A lead no earlier territory takes answers both questions; most territories have one, and it is found once.
    const firstTried = coverage(tables, earlier.map((_, index) => index));
    if (firstTried.uncovered !== null) return;
    const deciding = earlier.flatMap((one, index) => (one.fallbackRepId !== null && salesRepProblem(reps.get(one.fallbackRepId)) === null ? [index] : []));
    const alwaysTaken = coverage(tables, deciding);
    if (alwaysTaken.uncovered === null) shadowed.push({ territory: territory.id, by: alwaysTaken.firstMatches, example: alwaysTaken.taken! });
    else overflow.push({ territory: territory.id, by: firstTried.firstMatches, example: firstTried.taken! });
  });
  return { overlaps, shadowed, overflow, unmatchable };
}
