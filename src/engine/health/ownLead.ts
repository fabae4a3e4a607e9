import type { LeadFacts, Plan, PlanTerritory } from '../types';
import { CRITERIA } from '../definition/criteria';
import { firstMatchingPosition } from './firstMatch';
import { postalClasses } from './postalSamples';
import { leadOf, type ExampleLead } from './leadClasses';

/**
 * The location, postal code and list values to try: the territory's own, and the empty value where it sets none.
 * An empty value is matched by fewer territories than any other (only by those that leave the criterion open), so
 * where the territory sets nothing it is the one worth trying; a state list is tried with no country when the
 * territory names none, for the same reason.
 */
function ownValues(territory: PlanTerritory): Partial<ExampleLead>[][] {
  const countries = territory.countries.length > 0 ? territory.countries : [''];
  const locations = territory.states.length === 0
    ? countries.map((country) => ({ country, state: '' }))
    : territory.states.flatMap((entry) => (entry.country !== null ? [entry.country] : countries).map((country) => ({ country, state: entry.state })));
  const postalCodes = territory.postalPatterns.length === 0
    ? ['']
    : postalClasses(territory.postalPatterns).flatMap((one) => (one.matching.length > 0 ? [one.code] : []));
  const listed = (field: 'leadSource' | 'category' | 'subsidiary', values: readonly string[]) =>
    (values.length > 0 ? values : [null]).map((value) => ({ [field]: value }));
  return [
    locations.filter((location) => CRITERIA.country.passes(territory, leadOf(location)) && CRITERIA.state.passes(territory, leadOf(location))),
    postalCodes.map((postalCode) => ({ postalCode })),
    listed('leadSource', territory.leadSources),
    listed('category', territory.categories),
    listed('subsidiary', territory.subsidiaries),
  ];
}

/** Every lead made of one value of each list, first values varying slowest. */
function* combinations(values: readonly Partial<ExampleLead>[][], depth = 0, facts: Partial<ExampleLead> = {}): Generator<LeadFacts> {
  if (depth === values.length) {
    yield leadOf(facts);
    return;
  }
  for (const value of values[depth]!) yield* combinations(values, depth + 1, { ...facts, ...value });
}

/**
 * Whether a quick search finds a lead the territory at `position` decides itself: one it matches and no territory
 * before it does, as the router's index finds them. Most territories have one among a few leads built of their own
 * values, which spares them the full class tables; false says only that none of those leads is one (the exact
 * coverage then decides).
 *
 * @example
 * decidesOwnLead(plan, 3); // → true: e.g. a lead in the territory's state with no postal code reaches it first
 */
export function decidesOwnLead(plan: Plan, position: number): boolean {
  const territory = plan.territories[position]!;
  for (const lead of combinations(ownValues(territory))) if (firstMatchingPosition(plan, lead) === position) return true;
  return false;
}
