import type { LeadFacts, PlanTerritory } from '../types';
import { countryCodes } from '../definition/countries';
import { CRITERIA } from '../definition/criteria';
import { allBits, firstBit, isEmpty, noBits, orInto, setBit, without, type Bits } from './bits';
import { takeOut, type Box } from './regions';
import { postalClasses, type PostalClass } from './postalSamples';

/** The facts territories match on: an example lead in a health finding. Empty text is '', an empty select null. */
export type ExampleLead = Pick<LeadFacts, 'country' | 'state' | 'postalCode' | 'leadSource' | 'category' | 'subsidiary'>;

/**
 * One independent part of what territories match on. Country and state are one dimension, since qualified state
 * entries tie them; the postal code and each list are another each. A lead's class is one sample per dimension.
 */
interface Dimension {
  /** The first sample of the territories' classes that every one of them passes; undefined when they share none. */
  shared: (territories: readonly PlanTerritory[]) => Partial<ExampleLead> | undefined;
  /** The samples the target passes, and for each earlier territory the set of them it passes. */
  table: (target: PlanTerritory, earlier: readonly PlanTerritory[]) => ClassTable;
}

/** A dimension the matcher decides sample by sample. */
interface MatchedDimension {
  /**
   * Values of this dimension such that every class of leads the territories tell apart here has one, at least among
   * the leads the first territory matches.
   */
  samples: (territories: readonly PlanTerritory[]) => Partial<ExampleLead>[];
  passes: (territory: PlanTerritory, lead: LeadFacts) => boolean;
}

interface ClassTable {
  samples: Partial<ExampleLead>[];
  rows: Bits[];
}

/**
 * The table of `samples` over the earlier territories, which fall in groups that pass the same samples (`groupOf`,
 * per earlier territory): one column per set of groups some sample passes (`passing`, ascending per sample). Samples
 * passed by the same territories lead to the same answers, so the first of them stands for all; territories of one
 * group share one row.
 */
function classTable(samples: readonly Partial<ExampleLead>[], passing: readonly (readonly number[])[], groupOf: readonly number[], groups: number): ClassTable {
  const kept: number[] = [];
  const seen = new Set<string>();
  passing.forEach((passed, index) => {
    const key = passed.join(',');
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(index);
  });
  const groupRows = Array.from({ length: groups }, () => noBits(kept.length));
  kept.forEach((index, column) => {
    for (const group of passing[index]!) setBit(groupRows[group]!, column);
  });
  return { samples: kept.map((index) => samples[index]!), rows: groupOf.map((group) => groupRows[group]!) };
}

/**
 * A dimension whose table asks the matcher, once per sample and distinct criteria: `criteriaOf` is what the
 * dimension reads of a territory (territories with equal criteria pass the same samples).
 */
function byMatcher(dimension: MatchedDimension, criteriaOf: (territory: PlanTerritory) => string): Dimension {
  const table: Dimension['table'] = (target, earlier) => {
    const samples = dimension.samples([target, ...earlier]).filter((sample) => dimension.passes(target, leadOf(sample)));
    const leads = samples.map(leadOf);
    const groups = new Map<string, number>();
    const alike: PlanTerritory[] = [];
    const groupOf = earlier.map((territory) => {
      const criteria = criteriaOf(territory);
      let group = groups.get(criteria);
      if (group === undefined) {
        group = alike.push(territory) - 1;
        groups.set(criteria, group);
      }
      return group;
    });
    const passing = leads.map((lead) => alike.flatMap((territory, group) => (dimension.passes(territory, lead) ? [group] : [])));
    return classTable(samples, passing, groupOf, alike.length);
  };
  const shared: Dimension['shared'] = (territories) =>
    dimension.samples(territories).find((sample) => {
      const lead = leadOf(sample);
      return territories.every((territory) => dimension.passes(territory, lead));
    });
  return { shared, table };
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

const location = byMatcher({
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
    let unnamed = '';
    for (const code of countryCodes()) {
      if (countries.has(code)) continue;
      unnamed = code;
      break;
    }
    return [...countries, unnamed].flatMap((country) =>
      [...new Set([...bareStates, ...(qualified.get(country) ?? [])]), ''].map((state) => ({ country, state })),
    );
  },
  passes: (territory, lead) => CRITERIA.country.passes(territory, lead) && CRITERIA.state.passes(territory, lead),
}, (territory) => `${territory.countries.join(',')}|${territory.states.map((entry) => `${entry.country ?? ''}-${entry.state}`).join(',')}`);

// The walk that finds the classes knows which patterns each matches: no territory is asked.
const postalCode: Dimension = {
  // The walk stops at the first class every territory with postal codes has a pattern of.
  shared: ([first, ...others]) => {
    const territories = [first!, ...others];
    const owners = territories.flatMap((territory, at) => territory.postalPatterns.map(() => at));
    const restricted = territories.flatMap((territory, at) => (territory.postalPatterns.length > 0 ? [at] : []));
    const passesAll = (found: PostalClass) => restricted.every((at) => found.matching.some((pattern) => owners[pattern] === at));
    const last = postalClasses(others.flatMap((territory) => territory.postalPatterns), first!.postalPatterns, passesAll).at(-1);
    return last !== undefined && passesAll(last) ? { postalCode: last.code } : undefined;
  },
  table: (target, earlier) => {
    const focused = target.postalPatterns.length;
    const owners = earlier.flatMap((territory, candidate) => territory.postalPatterns.map(() => candidate));
    const classes = postalClasses(earlier.flatMap((territory) => territory.postalPatterns), target.postalPatterns).filter(
      (one) => focused === 0 || one.matching.some((pattern) => pattern < focused),
    );
    // Group 0: the territories without postal codes, which pass every sample; group 1 + i: earlier territory i. A
    // class's patterns ascend, and so do their owners: a repeated owner is the last one added.
    const passing = classes.map((one) => {
      const groups = [0];
      for (const pattern of one.matching) {
        const group = pattern < focused ? 0 : 1 + owners[pattern - focused]!;
        if (group !== groups[groups.length - 1]) groups.push(group);
      }
      return groups;
    });
    const samples = classes.map((one) => ({ postalCode: one.code }));
    const groupOf = earlier.map((territory, candidate) => (territory.postalPatterns.length === 0 ? 0 : 1 + candidate));
    return classTable(samples, passing, groupOf, 1 + earlier.length);
  },
};

function listDimension(field: 'leadSource' | 'category' | 'subsidiary', values: (territory: PlanTerritory) => readonly string[]): Dimension {
  return byMatcher({
    // Every listed value, and no value at all for the values no territory lists.
    samples: (territories) => [...[...new Set(territories.flatMap(values))].map((value) => ({ [field]: value })), { [field]: null }],
    passes: CRITERIA[field].passes,
  }, (territory) => values(territory).join(','));
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
    const shared = dimension.shared(territories);
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

/** The target's lead classes, dimension by dimension, and which of them each earlier territory matches. */
export interface ClassTables {
  earlier: readonly PlanTerritory[];
  tables: ClassTable[];
}

/** Built once per target; `coverage` may then be asked of any subset of `earlier`. */
export function classTables(target: PlanTerritory, earlier: readonly PlanTerritory[]): ClassTables {
  return { earlier, tables: DIMENSIONS.map((dimension) => dimension.table(target, earlier)) };
}

/**
 * The leads the target matches, as boxes of classes (one set of samples per dimension), minus each earlier
 * territory in evaluation order (those at `candidates`, ascending; default all): a territory whose box meets what is
 * left is the first match of those leads. Exact: the dimensions are independent and their samples stand for every
 * class the territories tell apart, so a box is empty exactly when no lead is left in it.
 *
 * @example
 * coverage(specific, [broad]); // → { uncovered: null, firstMatches: ['3'], taken: { country: 'US', … } }
 * coverage(classTables(specific, [broad, other]), [1]); // the same question of `other` alone
 */
export function coverage(target: PlanTerritory | ClassTables, earlier: readonly PlanTerritory[] | readonly number[]): Coverage {
  const { tables: byDimension, earlier: territories } = 'tables' in target ? target : classTables(target, earlier as readonly PlanTerritory[]);
  const tables = [byDimension.at(-1)!, ...byDimension.slice(0, -1)];
  const candidates = 'tables' in target ? (earlier as readonly number[]) : territories.map((_, index) => index);
  const exampleIn = (box: readonly Bits[]): ExampleLead => exampleOf(Object.assign({}, ...box.map((bits, depth) => tables[depth]!.samples[firstBit(bits)])));
  const whole = tables.map((table) => allBits(table.samples.length));
  // Quick answer: a sample of one dimension that none of the candidates matches makes a missed lead with any others.
  for (let depth = 0; depth < tables.length; depth++) {
    const matched = noBits(tables[depth]!.samples.length);
    for (const candidate of candidates) orInto(matched, tables[depth]!.rows[candidate]!);
    const missed = without(whole[depth]!, matched);
    if (!isEmpty(missed)) return { uncovered: exampleIn(whole.map((bits, at) => (at === depth ? missed : bits))), firstMatches: [], taken: null };
  }
  let left: Box[] = [whole];
  const firstMatches: string[] = [];
  let taken: ExampleLead | null = null;
  for (const candidate of candidates) {
    if (left.length === 0) break;
    const box = tables.map((table) => table.rows[candidate]!);
    // A territory that matches none of the target's leads in some dimension takes none of them.
    if (box.some(isEmpty)) continue;
    const { rest, firstMet } = takeOut(left, box);
    if (firstMet !== null) {
      firstMatches.push(territories[candidate]!.id);
      taken ??= exampleIn(firstMet);
    }
    left = rest;
  }
  if (left.length > 0) return { uncovered: exampleIn(left[0]!), firstMatches: [], taken: null };
  return { uncovered: null, firstMatches, taken };
}

function exampleOf(facts: Partial<ExampleLead>): ExampleLead {
  const { country, state, postalCode, leadSource, category, subsidiary } = leadOf(facts);
  return { country, state, postalCode, leadSource, category, subsidiary };
}
