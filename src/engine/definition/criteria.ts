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
  country: (territory, lead) => listCheck(territory, 'country', territory.countries, normaliseCode(lead.country)),
  state: checkState,
  postalCode: checkPostalCode,
  leadSource: (territory, lead) => listCheck(territory, 'leadSource', territory.leadSources, lead.leadSource ?? ''),
  category: (territory, lead) => listCheck(territory, 'category', territory.categories, lead.category ?? ''),
  subsidiary: (territory, lead) => listCheck(territory, 'subsidiary', territory.subsidiaries, lead.subsidiary ?? ''),
};

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

function listCheck(territory: PlanTerritory, criterion: CriterionName, values: string[], observed: string): CriterionCheck | null {
  if (values.length === 0) return null;
  return { criterion, observed, expected: expectedEntries(territory, criterion), passed: values.includes(observed) };
}

/** Observed is the lead's state qualified by its country (`US-CA`), so it reads against qualified entries. */
function checkState(territory: PlanTerritory, lead: LeadFacts): CriterionCheck | null {
  if (territory.states.length === 0) return null;
  const country = normaliseCode(lead.country);
  const state = normaliseCode(lead.state);
  return {
    criterion: 'state',
    observed: state === '' || country === '' ? state : `${country}-${state}`,
    expected: expectedEntries(territory, 'state'),
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
    expected: expectedEntries(territory, 'postalCode'),
    passed: matched !== undefined,
    ...(matched === undefined ? {} : { matchedEntry: formatPostalPattern(matched) }),
  };
}
