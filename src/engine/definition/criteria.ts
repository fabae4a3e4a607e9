import type { CriterionCheck, CriterionName, LeadFacts, PlanTerritory } from '../types';
import { normaliseCode } from './lists';
import { formatPostalPattern, postalKey, postalPatternMatches } from './postal';
import { formatStateEntry, stateEntryMatches } from './states';

/**
 * One territory criterion checked against a lead: observed vs expected, or null when the territory does not
 * set that criterion ("any"). A criterion the territory sets never matches a lead that has no value for it.
 */
export type Criterion = (territory: PlanTerritory, lead: LeadFacts) => CriterionCheck | null;

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
 * The registry of criteria, by name.
 *
 * @example
 * CRITERIA.country(territory({ countries: ['US'] }), lead({ country: 'us' }));
 * // → { criterion: 'country', observed: 'US', expected: ['US'], passed: true }
 */
export const CRITERIA: Readonly<Record<CriterionName, Criterion>> = {
  country: (territory, lead) => listCheck('country', territory.countries, normaliseCode(lead.country)),
  state: checkState,
  postalCode: checkPostalCode,
  leadSource: (territory, lead) => listCheck('leadSource', territory.leadSources, lead.leadSource ?? ''),
  category: (territory, lead) => listCheck('category', territory.categories, lead.category ?? ''),
  subsidiary: (territory, lead) => listCheck('subsidiary', territory.subsidiaries, lead.subsidiary ?? ''),
};

function listCheck(criterion: CriterionName, expected: string[], observed: string): CriterionCheck | null {
  if (expected.length === 0) return null;
  return { criterion, observed, expected: [...expected], passed: expected.includes(observed) };
}

/** Observed is the lead's state qualified by its country (`US-CA`), so it reads against qualified entries. */
function checkState(territory: PlanTerritory, lead: LeadFacts): CriterionCheck | null {
  if (territory.states.length === 0) return null;
  const country = normaliseCode(lead.country);
  const state = normaliseCode(lead.state);
  return {
    criterion: 'state',
    observed: state === '' || country === '' ? state : `${country}-${state}`,
    expected: territory.states.map(formatStateEntry),
    passed: territory.states.some((entry) => stateEntryMatches(entry, country, state)),
  };
}

function checkPostalCode(territory: PlanTerritory, lead: LeadFacts): CriterionCheck | null {
  if (territory.postalPatterns.length === 0) return null;
  const key = postalKey(lead.postalCode);
  const matched = territory.postalPatterns.find((pattern) => postalPatternMatches(pattern, key));
  return {
    criterion: 'postalCode',
    observed: lead.postalCode.trim(),
    expected: territory.postalPatterns.map(formatPostalPattern),
    passed: matched !== undefined,
    ...(matched === undefined ? {} : { matchedEntry: formatPostalPattern(matched) }),
  };
}
