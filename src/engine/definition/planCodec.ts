import { isPlanFormatError, planFormatError } from '../errors';
import type { Method, PlanMember, PlanTerritory, Problem, ProblemCode, ProblemField, SkippedTerritory } from '../types';
import { parseCountryEntry } from './countries';
import type { Parsed } from './parsed';
import { formatPostalPattern, parsePostalPattern } from './postal';
import { formatStateEntry, parseStateEntry } from './states';
import { isTimeZone } from '../time/zonedTime';

/*
 * The text of one item of a stored plan (planShards.ts keeps a plan as such items): JSON, positional, trailing
 * defaults omitted.
 *   territory: [id, name, priority, members, countries, states, postalPatterns, method, fallbackRepId,
 *               leadSources, categories, subsidiaries, timeZone, beforeOwner] — location lists as comma-joined admin text
 *               ("US-CA,WA", "94000-94999,SW1*"), method 0 = round robin, 1 = load balanced
 *   member:    [id, repId, weight, capacity, awayFrom, awayUntil]
 *   skipped:   [territoryId, name, [[code, field, entry, reason], …]]
 * Internal ids of the plain numeric form NetSuite uses are written as JSON numbers ("123" → 123), saving quotes.
 * The index is not stored: it is rebuilt from the decoded territories.
 */

const NUMERIC_ID = /^(0|[1-9]\d{0,14})$/;
const METHODS: readonly Method[] = ['round_robin', 'load_balanced'];
/** What an omitted trailing element stands for; `undefined` marks the elements that are never omitted. */
const TERRITORY_DEFAULTS: readonly unknown[] = [undefined, undefined, undefined, [], '', '', '', 0, null, [], [], [], null, false];
const MEMBER_DEFAULTS: readonly unknown[] = [undefined, undefined, 1, null, null, null];
const PROBLEM_CODES: Readonly<Record<ProblemCode, true>> = {
  UNKNOWN_COUNTRY: true,
  BAD_STATE: true,
  BAD_POSTAL_PATTERN: true,
  BAD_PRIORITY: true,
  BAD_WEIGHT: true,
  BAD_CAPACITY: true,
  BAD_DATE: true,
  AWAY_RANGE: true,
  DUPLICATE_REP: true,
  REP_NOT_ACTIVE_SALES_REP: true,
  MISSING_REP: true,
  BAD_WORK_HOURS: true,
};
const PROBLEM_FIELDS: Readonly<Record<ProblemField, true>> = {
  countries: true,
  states: true,
  postalCodes: true,
  priority: true,
  repId: true,
  weight: true,
  capacity: true,
  awayFrom: true,
  awayUntil: true,
  workHours: true,
};

/** One territory as a positional array: an item of a stored plan. */
export function encodeTerritory(territory: PlanTerritory): unknown[] {
  return withoutTrailingDefaults(
    [
      packId(territory.id),
      territory.name,
      territory.priority,
      territory.members.map(encodeMember),
      territory.countries.join(','),
      territory.states.map(formatStateEntry).join(','),
      territory.postalPatterns.map(formatPostalPattern).join(','),
      METHODS.indexOf(territory.method),
      territory.fallbackRepId === null ? null : packId(territory.fallbackRepId),
      territory.leadSources.map(packId),
      territory.categories.map(packId),
      territory.subsidiaries.map(packId),
      territory.timeZone,
      territory.beforeOwner,
    ],
    TERRITORY_DEFAULTS,
  );
}

/** One skipped territory with its problems. */
export function encodeSkipped(skipped: SkippedTerritory): unknown[] {
  return [skipped.territoryId, skipped.name, skipped.problems.map(encodeProblem)];
}

function encodeMember(member: PlanMember): unknown[] {
  return withoutTrailingDefaults(
    [packId(member.id), packId(member.repId), member.weight, member.capacity, member.awayFrom, member.awayUntil],
    MEMBER_DEFAULTS,
  );
}

function encodeProblem(problem: Problem): string[] {
  return [problem.code, problem.field, problem.entry, problem.reason];
}

function packId(id: string): string | number {
  return NUMERIC_ID.test(id) ? Number(id) : id;
}

/**
 * An id as the text of a territory starts with it.
 *
 * @example
 * encodedId('17'); // '17'
 * encodedId('T-2'); // '"T-2"'
 */
export function encodedId(id: string): string {
  return JSON.stringify(packId(id));
}

function withoutTrailingDefaults(values: unknown[], defaults: readonly unknown[]): unknown[] {
  let length = values.length;
  while (length > 0 && isDefault(values[length - 1], defaults[length - 1])) length--;
  return values.slice(0, length);
}

function isDefault(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) return value.length === 0 && fallback.length === 0;
  return value === fallback && fallback !== undefined;
}

/** The element at `index`, or what an omitted trailing element stands for. */
function element(values: unknown[], defaults: readonly unknown[], index: number): unknown {
  return index < values.length ? values[index] : defaults[index];
}

/*
 * Decoders take where the value sits as a path and the field's suffix apart (`item 7`, `.name`), and join them only to
 * name a part that is wrong: a lead decodes a few dozen territories, and every joined path would be an allocation.
 */

/**
 * The inverse of `encodeTerritory`, checking every part; `path` names it in the error. Elements are read by position
 * (`element`), without a reader closure or destructured copies: a lead decodes its part's territories on every save.
 */
export function decodeTerritory(value: unknown, path: string): PlanTerritory {
  const values = tuple(value, path, 3, TERRITORY_DEFAULTS.length);
  const fallback = element(values, TERRITORY_DEFAULTS, 8);
  const zone = element(values, TERRITORY_DEFAULTS, 12);
  const beforeOwner = element(values, TERRITORY_DEFAULTS, 13);
  return {
    id: unpackId(values[0], path, '.id'),
    name: text(values[1], path, '.name'),
    priority: wholeNumber(values[2], 0, path, '.priority'),
    countries: entries(element(values, TERRITORY_DEFAULTS, 4), path, '.countries', parseCountryEntry, countryAsWritten),
    states: entries(element(values, TERRITORY_DEFAULTS, 5), path, '.states', parseStateEntry, formatStateEntry),
    postalPatterns: entries(element(values, TERRITORY_DEFAULTS, 6), path, '.postalPatterns', parsePostalPattern, formatPostalPattern),
    leadSources: list(element(values, TERRITORY_DEFAULTS, 9), path, '.leadSources', unpackId),
    categories: list(element(values, TERRITORY_DEFAULTS, 10), path, '.categories', unpackId),
    subsidiaries: list(element(values, TERRITORY_DEFAULTS, 11), path, '.subsidiaries', unpackId),
    method: METHODS[wholeNumber(element(values, TERRITORY_DEFAULTS, 7), 0, path, '.method')] ?? fail(`${path}.method`, '0 or 1'),
    fallbackRepId: fallback === null ? null : unpackId(fallback, path, '.fallbackRepId'),
    timeZone: zone === null ? null : timeZone(zone, path, '.timeZone'),
    beforeOwner: typeof beforeOwner === 'boolean' ? beforeOwner : fail(`${path}.beforeOwner`, 'true or false'),
    members: list(element(values, TERRITORY_DEFAULTS, 3), path, '.members', decodeMember),
  };
}

/** A country entry is written as its code. */
function countryAsWritten(code: string): string {
  return code;
}

function decodeMember(value: unknown, path: string): PlanMember {
  const values = tuple(value, path, 2, MEMBER_DEFAULTS.length);
  const capacity = element(values, MEMBER_DEFAULTS, 3);
  return {
    id: unpackId(values[0], path, '.id'),
    repId: unpackId(values[1], path, '.repId'),
    weight: wholeNumber(element(values, MEMBER_DEFAULTS, 2), 1, path, '.weight'),
    capacity: capacity === null ? null : wholeNumber(capacity, 0, path, '.capacity'),
    awayFrom: nullableText(element(values, MEMBER_DEFAULTS, 4), path, '.awayFrom'),
    awayUntil: nullableText(element(values, MEMBER_DEFAULTS, 5), path, '.awayUntil'),
  };
}

/** The inverse of `encodeSkipped`. */
export function decodeSkipped(value: unknown, path: string): SkippedTerritory {
  const [territoryId, name, problems] = tuple(value, path, 3, 3);
  return {
    territoryId: text(territoryId, path, '.territoryId'),
    name: text(name, path, '.name'),
    problems: list(problems, path, '.problems', decodeProblem),
  };
}

function decodeProblem(value: unknown, path: string): Problem {
  const [code, field, entry, reason] = tuple(value, path, 4, 4);
  const problemCode = text(code, path, '.code');
  if (!Object.hasOwn(PROBLEM_CODES, problemCode)) fail(`${path}.code`, 'a problem code');
  const problemField = text(field, path, '.field');
  if (!Object.hasOwn(PROBLEM_FIELDS, problemField)) fail(`${path}.field`, 'a territory or member field');
  return {
    code: problemCode as ProblemCode,
    field: problemField as ProblemField,
    entry: text(entry, path, '.entry'),
    reason: text(reason, path, '.reason'),
  };
}

/** A location list must parse back to exactly the text that was written, so a decoded plan equals the encoded one. */
function entries<T>(value: unknown, path: string, field: string, parse: (entry: string) => Parsed<T>, format: (parsed: T) => string): T[] {
  const joined = text(value, path, field);
  const parsedEntries: T[] = [];
  if (joined === '') return parsedEntries;
  for (const entry of joined.split(',')) {
    const parsed = parse(entry);
    if (!parsed.ok || format(parsed.value) !== entry) fail(path + field, `valid entries, found "${entry}"`);
    parsedEntries.push(parsed.value);
  }
  return parsedEntries;
}

export function parseJson(textValue: string): unknown {
  try {
    return JSON.parse(textValue) as unknown;
  } catch {
    return fail('plan', 'JSON text');
  }
}

function tuple(value: unknown, path: string, minLength: number, maxLength: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  if (value.length < minLength || value.length > maxLength) fail(path, `${minLength} to ${maxLength} elements`);
  return value;
}

/**
 * Each item decoded under the list's own path; an item's path (`.members[2]`) is joined only when that item is wrong,
 * by decoding it once more with it (decoding has no side effects), so the error names the item.
 */
function list<T>(value: unknown, path: string, field: string, decode: (item: unknown, itemPath: string, itemField: string) => T): T[] {
  if (!Array.isArray(value)) fail(path + field, 'an array');
  const items: T[] = [];
  for (let i = 0; i < value.length; i++) {
    try {
      items.push(decode(value[i], path, field));
    } catch (error) {
      if (isPlanFormatError(error)) decode(value[i], `${path}${field}[${i}]`, '');
      throw error;
    }
  }
  return items;
}

/** The inverse of `packId`: a number must be a whole number ≥ 0; a string stays as it is. */
function unpackId(value: unknown, path: string, field: string): string {
  return typeof value === 'number' ? String(wholeNumber(value, 0, path, field)) : text(value, path, field);
}

function text(value: unknown, path: string, field: string): string {
  return typeof value === 'string' ? value : fail(path + field, 'a string');
}

function timeZone(value: unknown, path: string, field: string): string {
  const zone = text(value, path, field);
  return isTimeZone(zone) ? zone : fail(path + field, `a time zone name, found "${zone}"`);
}

function nullableText(value: unknown, path: string, field: string): string | null {
  return value === null ? null : text(value, path, field);
}

/** A whole number ≥ `minimum`; `path` and `field` name the value when it is not. */
export function wholeNumber(value: unknown, minimum: number, path: string, field = ''): number {
  return Number.isSafeInteger(value) && (value as number) >= minimum ? (value as number) : fail(path + field, `a whole number ≥ ${minimum}`);
}

export function fail(path: string, expected: string): never {
  throw planFormatError(`The cached routing plan is malformed at ${path}: expected ${expected}.`);
}
