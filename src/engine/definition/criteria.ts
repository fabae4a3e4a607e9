import type { CriterionCheck, CriterionName, LeadFacts, PlanTerritory, PostalPattern } from '../types';
import { normaliseCode } from './lists';
import { formatPostalPattern, postalKey, postalPatternMatches } from './postal';
import { formatStateEntry, stateEntryMatches } from './states';

/**
 * One territory criterion against a lead. `passes` answers the question alone (true when the territory does not set
 * the criterion: "any"); `check` answers it with observed vs expected for the trace, or null when not set. A
 * criterion the territory sets never matches a lead that has no value for it.
 */
export interface Criterion {
  passes: (territory: PlanTerritory, lead: LeadFacts) => boolean;
  check: (territory: PlanTerritory, lead: LeadFacts) => CriterionCheck | null;
}

/** The order criteria are checked in; a trace stops at the first that fails. */
export const CRITERION_ORDER: readonly CriterionName[] = [
  'country',
  'state',
  'postalCode',
  'leadSource',
  'category',
  'subsidiary',
];

/**
 * The entries of each criterion as an administrator reads them, formatted once per territory object and shared,
 * frozen, by every trace that shows them: formatting them per lead was most of a check's cost.
 */
const displayed = new WeakMap<PlanTerritory, Readonly<Record<CriterionName, readonly string[]>>>();

function expectedEntries(territory: PlanTerritory, criterion: CriterionName): readonly string[] {
  let entries = displayed.get(territory);
  if (entries === undefined) {
    entries = Object.freeze({
      country: Object.freeze([...territory.countries]),
      state: Object.freeze(territory.states.map(formatStateEntry)),
      postalCode: Object.freeze(territory.postalPatterns.map(formatPostalPattern)),
      leadSource: Object.freeze([...territory.leadSources]),
      category: Object.freeze([...territory.categories]),
      subsidiary: Object.freeze([...territory.subsidiaries]),
    });
    displayed.set(territory, entries);
  }
  return entries[criterion];
}

/** A criterion that lists values, one of which the lead's value must be. */
function listCriterion(criterion: CriterionName, values: (territory: PlanTerritory) => readonly string[], observed: (lead: LeadFacts) => string): Criterion {
  const passes = (territory: PlanTerritory, lead: LeadFacts) => {
    const listed = values(territory);
    return listed.length === 0 || listed.includes(observed(lead));
  };
  return {
    passes,
    check: (territory, lead) =>
      values(territory).length === 0 ? null : { criterion, observed: observed(lead), expected: expectedEntries(territory, criterion), passed: passes(territory, lead) },
  };
}

/** Observed is the lead's state qualified by its country (`US-CA`), so it reads against qualified entries. */
const stateCriterion: Criterion = {
  passes: (territory, lead) => {
    if (territory.states.length === 0) return true;
    const country = normaliseCode(lead.country);
    const state = normaliseCode(lead.state);
    return territory.states.some((entry) => stateEntryMatches(entry, country, state));
  },
  check: (territory, lead) => {
    if (territory.states.length === 0) return null;
    const country = normaliseCode(lead.country);
    const state = normaliseCode(lead.state);
    return {
      criterion: 'state',
      observed: state === '' || country === '' ? state : `${country}-${state}`,
      expected: expectedEntries(territory, 'state'),
      passed: stateCriterion.passes(territory, lead),
    };
  },
};

function matchedPostalPattern(territory: PlanTerritory, lead: LeadFacts): PostalPattern | undefined {
  const key = postalKey(lead.postalCode);
  return territory.postalPatterns.find((pattern) => postalPatternMatches(pattern, key));
}

const postalCriterion: Criterion = {
  passes: (territory, lead) => territory.postalPatterns.length === 0 || matchedPostalPattern(territory, lead) !== undefined,
  check: (territory, lead) => {
    if (territory.postalPatterns.length === 0) return null;
    const matched = matchedPostalPattern(territory, lead);
    return {
      criterion: 'postalCode',
      observed: lead.postalCode.trim(),
      expected: expectedEntries(territory, 'postalCode'),
      passed: matched !== undefined,
      ...(matched === undefined ? {} : { matchedEntry: formatPostalPattern(matched) }),
    };
  },
};

/**
 * The registry of criteria, by name.
 *
 * @example
 * CRITERIA.country.check(territory({ countries: ['US'] }), lead({ country: 'us' }));
 * // → { criterion: 'country', observed: 'US', expected: ['US'], passed: true }
 * CRITERIA.country.passes(territory({ countries: [] }), lead({ country: 'FR' })); // → true
 */
export const CRITERIA: Readonly<Record<CriterionName, Criterion>> = {
  country: listCriterion('country', (territory) => territory.countries, (lead) => normaliseCode(lead.country)),
  state: stateCriterion,
  postalCode: postalCriterion,
  leadSource: listCriterion('leadSource', (territory) => territory.leadSources, (lead) => lead.leadSource ?? ''),
  category: listCriterion('category', (territory) => territory.categories, (lead) => lead.category ?? ''),
  subsidiary: listCriterion('subsidiary', (territory) => territory.subsidiaries, (lead) => lead.subsidiary ?? ''),
};
