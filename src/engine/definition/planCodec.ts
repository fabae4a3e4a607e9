import { PlanFormatError } from '../errors';
import type { Method, Plan, PlanMember, PlanTerritory, Problem, ProblemCode, ProblemField, SkippedTerritory } from '../types';
import { parseCountryEntry } from './countries';
import type { Parsed } from './parsed';
import { buildIndex } from './planIndex';
import { formatPostalPattern, parsePostalPattern } from './postal';
import { formatStateEntry, parseStateEntry } from './states';
import { isTimeZone } from '../time/zonedTime';

/*
 * Text form (JSON, positional, trailing defaults omitted):
 *   [2, territories, skipped]
 *   territory: [id, name, priority, members, countries, states, postalPatterns, method, fallbackRepId,
 *               leadSources, categories, subsidiaries, timeZone, beforeOwner] — location lists as comma-joined admin text
 *               ("US-CA,WA", "94000-94999,SW1*"), method 0 = round robin, 1 = load balanced
 *   member:    [id, repId, weight, capacity, awayFrom, awayUntil]
 *   skipped:   [territoryId, name, [[code, field, entry, reason], …]]
 * Internal ids of the plain numeric form NetSuite uses are written as JSON numbers ("123" → 123), saving quotes.
 * The index is not stored: it is rebuilt on decode.
 */

/** 2: problems name the row's field and carry the reason alone; no count of inactive territories. */
const FORMAT_VERSION = 2;
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

/**
 * Encodes a compiled plan as compact text for N/cache: positional arrays, defaults omitted, no index.
 *
 * @example
 * encodePlan(compilePlan([territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US' })], []));
 * // → '[2,[[1,"West",10,[],"US"]],[]]'
 */
export function encodePlan(plan: Plan): string {
  return JSON.stringify([
    FORMAT_VERSION,
    plan.territories.map(encodeTerritory),
    plan.skipped.map(encodeSkipped),
  ]);
}

/**
 * Decodes text written by `encodePlan`, checking every part of its shape, and rebuilds the index.
 * Throws `PlanFormatError` (code `MALFORMED_PLAN`) naming the first part that is wrong.
 *
 * @example
 * decodePlan(encodePlan(plan)); // → a plan deep-equal to `plan`
 * decodePlan('{}');             // throws PlanFormatError('The cached routing plan is malformed at plan: expected an array.')
 */
export function decodePlan(text: string): Plan {
  const parsed = parseJson(text);
  // The version first: a plan an earlier version cached is refused as such, whatever its shape.
  if (Array.isArray(parsed) && parsed[0] !== FORMAT_VERSION) fail('plan[0]', `format version ${FORMAT_VERSION}`);
  const root = tuple(parsed, 'plan', 3, 3);
  const territories = list(root[1], 'plan.territories', decodeTerritory);
  return {
    version: 2,
    territories,
    index: buildIndex(territories),
    skipped: list(root[2], 'plan.skipped', decodeSkipped),
  };
}

/** One territory as a positional array (the plan text's element; a stored plan shard's too). */
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

function withoutTrailingDefaults(values: unknown[], defaults: readonly unknown[]): unknown[] {
  let length = values.length;
  while (length > 0 && isDefault(values[length - 1], defaults[length - 1])) length--;
  return values.slice(0, length);
}

function isDefault(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) return value.length === 0 && fallback.length === 0;
  return value === fallback && fallback !== undefined;
}

function withDefaults(values: unknown[], defaults: readonly unknown[]): unknown[] {
  return defaults.map((fallback, i) => (i < values.length ? values[i] : fallback));
}

/** The inverse of `encodeTerritory`, checking every part; `path` names it in the error. */
export function decodeTerritory(value: unknown, path: string): PlanTerritory {
  const [id, name, priority, members, countries, states, postal, method, fallback, sources, categories, subsidiaries, zone, beforeOwner] = withDefaults(
    tuple(value, path, 3, TERRITORY_DEFAULTS.length),
    TERRITORY_DEFAULTS,
  );
  return {
    id: unpackId(id, `${path}.id`),
    name: text(name, `${path}.name`),
    priority: wholeNumber(priority, 0, `${path}.priority`),
    countries: entries(countries, `${path}.countries`, parseCountryEntry, (code) => code),
    states: entries(states, `${path}.states`, parseStateEntry, formatStateEntry),
    postalPatterns: entries(postal, `${path}.postalPatterns`, parsePostalPattern, formatPostalPattern),
    leadSources: list(sources, `${path}.leadSources`, unpackId),
    categories: list(categories, `${path}.categories`, unpackId),
    subsidiaries: list(subsidiaries, `${path}.subsidiaries`, unpackId),
    method: METHODS[wholeNumber(method, 0, `${path}.method`)] ?? fail(`${path}.method`, '0 or 1'),
    fallbackRepId: fallback === null ? null : unpackId(fallback, `${path}.fallbackRepId`),
    timeZone: zone === null ? null : timeZone(zone, `${path}.timeZone`),
    beforeOwner: typeof beforeOwner === 'boolean' ? beforeOwner : fail(`${path}.beforeOwner`, 'true or false'),
    members: list(members, `${path}.members`, decodeMember),
  };
}

function decodeMember(value: unknown, path: string): PlanMember {
  const [id, repId, weight, capacity, awayFrom, awayUntil] = withDefaults(tuple(value, path, 2, MEMBER_DEFAULTS.length), MEMBER_DEFAULTS);
  return {
    id: unpackId(id, `${path}.id`),
    repId: unpackId(repId, `${path}.repId`),
    weight: wholeNumber(weight, 1, `${path}.weight`),
    capacity: capacity === null ? null : wholeNumber(capacity, 0, `${path}.capacity`),
    awayFrom: nullableText(awayFrom, `${path}.awayFrom`),
    awayUntil: nullableText(awayUntil, `${path}.awayUntil`),
  };
}

/** The inverse of `encodeSkipped`. */
export function decodeSkipped(value: unknown, path: string): SkippedTerritory {
  const [territoryId, name, problems] = tuple(value, path, 3, 3);
  return {
    territoryId: text(territoryId, `${path}.territoryId`),
    name: text(name, `${path}.name`),
    problems: list(problems, `${path}.problems`, decodeProblem),
  };
}

function decodeProblem(value: unknown, path: string): Problem {
  const [code, field, entry, reason] = tuple(value, path, 4, 4);
  const problemCode = text(code, `${path}.code`);
  if (!Object.hasOwn(PROBLEM_CODES, problemCode)) fail(`${path}.code`, 'a problem code');
  const problemField = text(field, `${path}.field`);
  if (!Object.hasOwn(PROBLEM_FIELDS, problemField)) fail(`${path}.field`, 'a territory or member field');
  return {
    code: problemCode as ProblemCode,
    field: problemField as ProblemField,
    entry: text(entry, `${path}.entry`),
    reason: text(reason, `${path}.reason`),
  };
}

/** A location list must parse back to exactly the text that was written, so a decoded plan equals the encoded one. */
function entries<T>(value: unknown, path: string, parse: (entry: string) => Parsed<T>, format: (parsed: T) => string): T[] {
  const joined = text(value, path);
  if (joined === '') return [];
  return joined.split(',').map((entry) => {
    const parsed = parse(entry);
    if (!parsed.ok || format(parsed.value) !== entry) fail(path, `valid entries, found "${entry}"`);
    return parsed.value;
  });
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

export function list<T>(value: unknown, path: string, decode: (item: unknown, itemPath: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value.map((item: unknown, i) => decode(item, `${path}[${i}]`));
}

/** The inverse of `packId`: a number must be a whole number ≥ 0; a string stays as it is. */
function unpackId(value: unknown, path: string): string {
  return typeof value === 'number' ? String(wholeNumber(value, 0, path)) : text(value, path);
}

function text(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, 'a string');
}

function timeZone(value: unknown, path: string): string {
  const zone = text(value, path);
  return isTimeZone(zone) ? zone : fail(path, `a time zone name, found "${zone}"`);
}

function nullableText(value: unknown, path: string): string | null {
  return value === null ? null : text(value, path);
}

export function wholeNumber(value: unknown, minimum: number, path: string): number {
  return Number.isSafeInteger(value) && (value as number) >= minimum ? (value as number) : fail(path, `a whole number ≥ ${minimum}`);
}

export function fail(path: string, expected: string): never {
  throw new PlanFormatError(`The cached routing plan is malformed at ${path}: expected ${expected}.`);
}
