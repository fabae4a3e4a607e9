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

type ListCriterionName = 'country' | 'leadSource' | 'category' | 'subsidiary';

/** The criteria that list values, one of which the lead's value must be: the territory's list, the lead's value. */
const LISTS: Readonly<Record<ListCriterionName, { values: (territory: PlanTerritory) => readonly string[]; observed: (lead: LeadFacts) => string }>> = {
  country: { values: (territory) => territory.countries, observed: (lead) => normaliseCode(lead.country) },
  leadSource: { values: (territory) => territory.leadSources, observed: (lead) => lead.leadSource ?? '' },
  category: { values: (territory) => territory.categories, observed: (lead) => lead.category ?? '' },
  subsidiary: { values: (territory) => territory.subsidiaries, observed: (lead) => lead.subsidiary ?? '' },
};

function listPasses(criterion: ListCriterionName, territory: PlanTerritory, lead: LeadFacts): boolean {
  const listed = LISTS[criterion].values(territory);
  return listed.length === 0 || listed.includes(LISTS[criterion].observed(lead));
}

function listCheck(criterion: ListCriterionName, territory: PlanTerritory, lead: LeadFacts): CriterionCheck | null {
  if (LISTS[criterion].values(territory).length === 0) return null;
  const observed = LISTS[criterion].observed(lead);
  return { criterion, observed, expected: expectedEntries(territory, criterion), passed: listPasses(criterion, territory, lead) };
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
  // Written out rather than made by a factory: a call at a module's top level runs on every script execution.
  country: { passes: (territory, lead) => listPasses('country', territory, lead), check: (territory, lead) => listCheck('country', territory, lead) },
  state: stateCriterion,
  postalCode: postalCriterion,
  leadSource: { passes: (territory, lead) => listPasses('leadSource', territory, lead), check: (territory, lead) => listCheck('leadSource', territory, lead) },
  category: { passes: (territory, lead) => listPasses('category', territory, lead), check: (territory, lead) => listCheck('category', territory, lead) },
  subsidiary: { passes: (territory, lead) => listPasses('subsidiary', territory, lead), check: (territory, lead) => listCheck('subsidiary', territory, lead) },
};
