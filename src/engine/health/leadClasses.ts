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
  /**
   * Values of this dimension such that every class of leads the territories tell apart here has one, at least among
   * the leads the first territory matches.
   */
  samples: (territories: readonly PlanTerritory[]) => Partial<ExampleLead>[];
  passes: (territory: PlanTerritory, lead: LeadFacts) => boolean;
}

/** A lead with no facts at all: what the example leads, and the tests' leads, start from. */
export const EMPTY_LEAD: Readonly<LeadFacts> = {
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
  return { ...EMPTY_LEAD, ...example };
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
  samples: ([first, ...others]) =>
    postalSamples(others.flatMap((territory) => territory.postalPatterns), first?.postalPatterns).map((code) => ({ postalCode: code })),
  passes: CRITERIA.postalCode.passes,
};

function listDimension(field: 'leadSource' | 'category' | 'subsidiary', values: (territory: PlanTerritory) => readonly string[]): Dimension {
  return {
    // Every listed value, and no value at all for the values no territory lists.
    samples: (territories) => [...[...new Set(territories.flatMap(values))].map((value) => ({ [field]: value })), { [field]: null }],
    passes: CRITERIA[field].passes,
  };
}

/** Cheapest first: a pair of territories usually parts on the location or a list before postal codes are read. */
const DIMENSIONS: readonly Dimension[] = [
  location,
  listDimension('leadSource', (territory) => territory.leadSources),
  listDimension('category', (territory) => territory.categories),
  listDimension('subsidiary', (territory) => territory.subsidiaries),
  postalCode,
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
  const samples = DIMENSIONS.map((dimension) => dimension.samples([target, ...earlier]).filter((sample) => dimension.passes(target, leadOf(sample))));
  // passes[depth][sample][candidate], asked once; and whether a candidate matches every sample from a depth on.
  const passes = DIMENSIONS.map((dimension, depth) =>
    samples[depth]!.map((sample) => {
      const facts = leadOf(sample);
      return earlier.map((territory) => dimension.passes(territory, facts));
    }),
  );
  const holdsFrom: boolean[][] = Array.from({ length: DIMENSIONS.length + 1 }, () => earlier.map(() => true));
  for (let depth = DIMENSIONS.length - 1; depth >= 0; depth--) {
    holdsFrom[depth] = earlier.map((_, candidate) => holdsFrom[depth + 1]![candidate]! && passes[depth]!.every((row) => row[candidate]));
  }
  // Quick answer: a sample of one dimension that no earlier territory matches makes a missed lead with any others.
  for (let depth = 0; depth < DIMENSIONS.length; depth++) {
    const alone = passes[depth]!.findIndex((row) => !row.includes(true));
    if (alone !== -1) {
      const others = samples.map((list, at) => (at === depth ? [list[alone]!] : list));
      return { uncovered: completed({}, others), firstMatches: [], taken: null };
    }
  }
  const firstMatches = new Set<number>();
  let taken: ExampleLead | null = null;
  const walk = (depth: number, example: Partial<ExampleLead>, candidates: readonly number[]): ExampleLead | null => {
    // A candidate that matches all that is left takes it unless an earlier one does: the later ones never come first.
    const whole = candidates.findIndex((candidate) => holdsFrom[depth]![candidate]);
    const contenders = whole === -1 ? candidates : candidates.slice(0, whole + 1);
    if (depth === DIMENSIONS.length || contenders.length <= 1) {
      const lead = completed(example, samples.slice(depth));
      if (contenders.length === 0) return lead;
      if (whole === 0 || depth === DIMENSIONS.length) {
        firstMatches.add(contenders[0]!);
        taken ??= lead;
        return null;
      }
    }
    // Samples that the same candidates match lead to the same answers further on (the dimensions are independent),
    // so each such group is followed once; the least covered first, where a missed lead is likeliest.
    const groups = new Map<string, { sample: Partial<ExampleLead>; matching: number[] }>();
    samples[depth]!.forEach((sample, index) => {
      const matching = contenders.filter((candidate) => passes[depth]![index]![candidate]);
      const key = matching.join(',');
      if (!groups.has(key)) groups.set(key, { sample, matching });
    });
    for (const { sample, matching } of [...groups.values()].sort((a, b) => a.matching.length - b.matching.length)) {
      const missed = walk(depth + 1, { ...example, ...sample }, matching);
      if (missed !== null) return missed;
    }
    return null;
  };
  const uncovered = walk(0, {}, earlier.map((_, candidate) => candidate));
  if (uncovered !== null) return { uncovered, firstMatches: [], taken: null };
  const ids = [...firstMatches].sort((a, b) => a - b).map((candidate) => earlier[candidate]!.id);
  return { uncovered, firstMatches: ids, taken };
}

/** The example so far, with the remaining dimensions filled by the first of their samples (each matched by the target). */
function completed(example: Partial<ExampleLead>, remaining: readonly Partial<ExampleLead>[][]): ExampleLead {
  return exampleOf(Object.assign({}, example, ...remaining.map((samples) => samples[0])));
}

function exampleOf(facts: Partial<ExampleLead>): ExampleLead {
  const { country, state, postalCode, leadSource, category, subsidiary } = leadOf(facts);
  return { country, state, postalCode, leadSource, category, subsidiary };
}
