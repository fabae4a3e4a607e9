import type { LeadFacts, PlanTerritory } from '../types';
import { COUNTRY_CODES } from '../definition/countries';
import { CRITERIA } from '../definition/criteria';
import { postalSamples } from './postalSamples';

/** The facts territories match on: an example lead in a health finding. Empty text is '', an empty select null. */
export type ExampleLead = Pick<LeadFacts, 'country' | 'state' | 'postalCode' | 'leadSource' | 'category' | 'subsidiary'>;

/**
 * One independent part of what territories match on. Country and state are one dimension, since qualified state
 * entries tie them; the postal code and each list are another each. A lead's class is one sample per dimension.
 */
interface Dimension {
  /** Values of this dimension such that every class of leads the territories tell apart here has one. */
  samples: (territories: readonly PlanTerritory[]) => Partial<ExampleLead>[];
  passes: (territory: PlanTerritory, lead: LeadFacts) => boolean;
}

const NO_FACTS: LeadFacts = {
  id: null,
  country: '',
  state: '',
  postalCode: '',
  leadSource: null,
  category: null,
  subsidiary: null,
  email: '',
  companyName: '',
  salesRepId: null,
};

/** A lead with the example's facts and nothing else, as the matcher reads it. */
export function leadOf(example: Partial<ExampleLead>): LeadFacts {
  return { ...NO_FACTS, ...example };
}

const location: Dimension = {
  samples: (territories) => {
    const countries = new Set<string>();
    const bareStates = new Set<string>();
    const qualified = new Map<string, Set<string>>();
    for (const territory of territories) {
      for (const country of territory.countries) countries.add(country);
      for (const entry of territory.states) {
        if (entry.country === null) bareStates.add(entry.state);
        else {
          countries.add(entry.country);
          qualified.set(entry.country, (qualified.get(entry.country) ?? new Set()).add(entry.state));
        }
      }
    }
    // One country no territory names stands for all of them; '' (no state) for every state no entry names.
    const unnamed = [...COUNTRY_CODES].find((code) => !countries.has(code)) ?? '';
    return [...countries, unnamed].flatMap((country) =>
      [...new Set([...bareStates, ...(qualified.get(country) ?? [])]), ''].map((state) => ({ country, state })),
    );
  },
  passes: (territory, lead) => CRITERIA.country.passes(territory, lead) && CRITERIA.state.passes(territory, lead),
};

const postalCode: Dimension = {
  samples: (territories) => postalSamples(territories.flatMap((territory) => territory.postalPatterns)).map((code) => ({ postalCode: code })),
  passes: CRITERIA.postalCode.passes,
};

function listDimension(field: 'leadSource' | 'category' | 'subsidiary', values: (territory: PlanTerritory) => readonly string[]): Dimension {
  return {
    // Every listed value, and no value at all for the values no territory lists.
    samples: (territories) => [...[...new Set(territories.flatMap(values))].map((value) => ({ [field]: value })), { [field]: null }],
    passes: CRITERIA[field].passes,
  };
}

const DIMENSIONS: readonly Dimension[] = [
  location,
  postalCode,
  listDimension('leadSource', (territory) => territory.leadSources),
  listDimension('category', (territory) => territory.categories),
  listDimension('subsidiary', (territory) => territory.subsidiaries),
];

/**
 * A lead that every one of the territories matches, or null when none exists (exact: the dimensions are independent,
 * so one shared sample per dimension makes the example).
 *
 * @example
 * commonLead([west, coastal]); // → { country: 'US', state: 'CA', postalCode: '94', leadSource: null, … } or null
 */
export function commonLead(territories: readonly PlanTerritory[]): ExampleLead | null {
  let example: Partial<ExampleLead> = {};
  for (const dimension of DIMENSIONS) {
    const shared = dimension.samples(territories).find((sample) => territories.every((territory) => dimension.passes(territory, leadOf(sample))));
    if (shared === undefined) return null;
    example = { ...example, ...shared };
  }
  return exampleOf(example);
}

/** How the leads a territory matches fall to the territories before it. */
export interface Coverage {
  /** A lead the territory matches and none of the earlier ones does; null when every such lead is taken earlier. */
  uncovered: ExampleLead | null;
  /** The earlier territories that are the first match of some lead the territory matches, in evaluation order. */
  firstMatches: string[];
  /** A lead the territory matches that an earlier one matches first, when there is one. */
  taken: ExampleLead | null;
}

/**
 * Splits the leads `target` matches into classes, dimension by dimension, and asks of each class which of `earlier`
 * (in evaluation order) matches it first. Exact: every class the territories tell apart is visited.
 *
 * @example
 * coverage(specific, [broad]); // → { uncovered: null, firstMatches: ['3'], taken: { country: 'US', … } }
 */
export function coverage(target: PlanTerritory, earlier: readonly PlanTerritory[]): Coverage {
  const everyone = [target, ...earlier];
  const samples = DIMENSIONS.map((dimension) => dimension.samples(everyone));
  const firstMatches = new Set<string>();
  let taken: ExampleLead | null = null;
  const walk = (depth: number, example: Partial<ExampleLead>, candidates: readonly PlanTerritory[]): ExampleLead | null => {
    if (depth === DIMENSIONS.length || candidates.length === 0) {
      const lead = completed(target, example, depth);
      if (candidates.length === 0) return lead;
      firstMatches.add(candidates[0]!.id);
      taken ??= lead;
      return null;
    }
    const dimension = DIMENSIONS[depth]!;
    for (const sample of samples[depth]!) {
      const facts = leadOf(sample);
      if (!dimension.passes(target, facts)) continue;
      const missed = walk(
        depth + 1,
        { ...example, ...sample },
        candidates.filter((territory) => dimension.passes(territory, facts)),
      );
      if (missed !== null) return missed;
    }
    return null;
  };
  const uncovered = walk(0, {}, earlier);
  if (uncovered !== null) return { uncovered, firstMatches: [], taken: null };
  return { uncovered, firstMatches: earlier.filter((territory) => firstMatches.has(territory.id)).map((territory) => territory.id), taken };
}

/** The example so far, with the remaining dimensions filled by samples the target matches. */
function completed(target: PlanTerritory, example: Partial<ExampleLead>, from: number): ExampleLead {
  let lead: Partial<ExampleLead> = { ...example };
  for (const dimension of DIMENSIONS.slice(from)) {
    lead = { ...lead, ...dimension.samples([target]).find((one) => dimension.passes(target, leadOf(one))) };
  }
  return exampleOf(lead);
}

function exampleOf(facts: Partial<ExampleLead>): ExampleLead {
  const { country, state, postalCode, leadSource, category, subsidiary } = leadOf(facts);
  return { country, state, postalCode, leadSource, category, subsidiary };
}
