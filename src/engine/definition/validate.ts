import type { MemberRow, PlanTerritory, Problem, ProblemCode, ProblemField, RepFacts, TerritoryRow } from '../types';
import { parseCountryEntry } from './countries';
import { isIsoDate } from './isoDate';
import { splitList } from './lists';
import type { Parsed } from './parsed';
import { parsePostalPattern } from './postal';
import { parseStateEntry } from './states';
import { parseWorkingHours, workingHoursProblems } from '../time/workingHours';

/** A territory's own data, validated: the plan territory (without members) when it has no problem. */
export interface TerritoryValidation {
  territory: Omit<PlanTerritory, 'members'> | null;
  problems: Problem[];
}

/**
 * Validates a territory row (SPEC §3.7) and reports every problem, not just the first. Lists are normalised
 * (upper case, trimmed); an empty method means round robin; an empty fallback rep means none; working hours give
 * the territory its time zone.
 *
 * @example
 * validateTerritoryRow(territoryRow({ countries: 'US, XX' })).problems;
 * // → [{ code: 'UNKNOWN_COUNTRY', field: 'countries', entry: 'XX', reason: 'is not an ISO 3166-1 alpha-2 country code' }]
 */
export function validateTerritoryRow(row: TerritoryRow): TerritoryValidation {
  const problems: Problem[] = [];
  const countries = parseList(row.countries, 'countries', parseCountryEntry, problems);
  const states = parseList(row.states, 'states', parseStateEntry, problems);
  const postalPatterns = parseList(row.postalCodes, 'postalCodes', parsePostalPattern, problems);
  problems.push(...workingHoursProblems(row.workHours));
  const priority = isWholeNumberFrom(row.priority, 0) ? row.priority : null;
  if (priority === null) {
    const reason = row.priority === null ? 'is missing: enter a whole number of 0 or more' : 'must be a whole number of 0 or more';
    problems.push(problem('BAD_PRIORITY', 'priority', textOf(row.priority), reason));
  }
  if (priority === null || problems.length > 0) return { territory: null, problems };
  return {
    territory: {
      id: row.id,
      name: row.name,
      priority,
      countries,
      states,
      postalPatterns,
      leadSources: [...row.leadSources],
      categories: [...row.categories],
      subsidiaries: [...row.subsidiaries],
      method: row.method ?? 'round_robin',
      fallbackRepId: row.fallbackRepId || null,
      timeZone: parseWorkingHours(row.workHours)?.hours?.zone ?? null,
      beforeOwner: row.beforeOwner,
    },
    problems,
  };
}

/**
 * Validates one member row's own fields (SPEC §3.7): rep present, weight ≥ 1, capacity ≥ 0, real dates,
 * and `away_until` not before `away_from`. Every problem is reported.
 *
 * @example
 * validateMemberRow(memberRow({ id: '15', weight: 0 }));
 * // → [{ code: 'BAD_WEIGHT', field: 'weight', entry: '0', reason: 'must be a whole number of at least 1 (member 15)' }]
 */
export function validateMemberRow(row: MemberRow): Problem[] {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, field: ProblemField, entry: string, reason: string): void => {
    problems.push(problem(code, field, entry, reason + memberContext(row)));
  };
  if (row.repId.trim() === '') report('MISSING_REP', 'repId', row.repId, 'is missing: every member needs a sales rep');
  if (row.weight !== null && !isWholeNumberFrom(row.weight, 1)) {
    report('BAD_WEIGHT', 'weight', textOf(row.weight), 'must be a whole number of at least 1');
  }
  if (row.capacity !== null && !isWholeNumberFrom(row.capacity, 0)) {
    report('BAD_CAPACITY', 'capacity', textOf(row.capacity), 'must be a whole number of 0 or more; leave it empty for no limit');
  }
  const awayFrom = row.awayFrom || null;
  const awayUntil = row.awayUntil || null;
  const badDate = 'is not a valid date (YYYY-MM-DD)';
  if (awayFrom !== null && !isIsoDate(awayFrom)) report('BAD_DATE', 'awayFrom', awayFrom, badDate);
  if (awayUntil !== null && !isIsoDate(awayUntil)) report('BAD_DATE', 'awayUntil', awayUntil, badDate);
  if (awayFrom !== null && awayUntil !== null && isIsoDate(awayFrom) && isIsoDate(awayUntil) && awayUntil < awayFrom) {
    report('AWAY_RANGE', 'awayUntil', awayUntil, `is before Away From "${awayFrom}"`);
  }
  return problems;
}

/**
 * Validates member rows: each row's own fields, then the same rep twice among the active members of one
 * territory (an inactive duplicate is history, not a conflict). Every problem is reported.
 *
 * @example
 * validateMemberRows([memberRow({ id: '1', repId: '7' }), memberRow({ id: '2', repId: '7' })]);
 * // → [{ code: 'DUPLICATE_REP', field: 'repId', entry: '7', reason: 'is on this territory 2 times: list each rep once (members 1, 2)' }]
 */
export function validateMemberRows(rows: MemberRow[]): Problem[] {
  const problems = rows.flatMap(validateMemberRow);
  // territory id → rep id → member ids
  const membersByRep = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    if (row.isInactive || row.repId.trim() === '') continue;
    let byRep = membersByRep.get(row.territoryId);
    if (byRep === undefined) membersByRep.set(row.territoryId, (byRep = new Map()));
    const memberIds = byRep.get(row.repId);
    if (memberIds === undefined) byRep.set(row.repId, [row.id]);
    else memberIds.push(row.id);
  }
  for (const byRep of membersByRep.values()) {
    for (const [repId, memberIds] of byRep) {
      if (memberIds.length < 2) continue;
      const reason = `is on this territory ${memberIds.length} times: list each rep once (members ${memberIds.join(', ')})`;
      problems.push(problem('DUPLICATE_REP', 'repId', repId, reason));
    }
  }
  return problems;
}

/**
 * Checks that the rep of every active member is an active employee with the sales-rep box checked. Needs
 * employee facts, so the territory user event calls it apart from `validateMemberRows`. Inactive members
 * are not checked, so a departed rep's membership can still be switched off.
 *
 * @example
 * validateMemberReps([memberRow({ id: '3', repId: '7' })], new Map([['7', { id: '7', name: 'Ana Ruiz', isInactive: true, isSalesRep: true }]]));
 * // → [{ code: 'REP_NOT_ACTIVE_SALES_REP', field: 'repId', entry: '7',
 * //      reason: '(Ana Ruiz) is not an active sales rep: the employee is inactive (member 3)' }]
 */
export function validateMemberReps(rows: MemberRow[], reps: ReadonlyMap<string, RepFacts>): Problem[] {
  const problems: Problem[] = [];
  for (const row of rows) {
    if (row.isInactive || row.repId.trim() === '') continue;
    const why = whyNotActiveSalesRep(reps.get(row.repId));
    if (why !== null) problems.push(problem('REP_NOT_ACTIVE_SALES_REP', 'repId', row.repId, why + memberContext(row)));
  }
  return problems;
}

function whyNotActiveSalesRep(rep: RepFacts | undefined): string | null {
  if (rep === undefined) return 'is not an active sales rep: no such employee';
  if (rep.isInactive) return `(${rep.name}) is not an active sales rep: the employee is inactive`;
  if (!rep.isSalesRep) return `(${rep.name}) is not an active sales rep: the Sales Rep box is not checked on the employee`;
  return null;
}

/** Member problems can surface in a territory's list, so each names its member when it has an id. */
function memberContext(row: MemberRow): string {
  return row.id === '' ? '' : ` (member ${row.id})`;
}

function parseList<T>(text: string, field: ProblemField, parse: (entry: string) => Parsed<T>, problems: Problem[]): T[] {
  const values: T[] = [];
  for (const entry of splitList(text)) {
    const parsed = parse(entry);
    if (parsed.ok) values.push(parsed.value);
    else problems.push(problem(parsed.code, field, entry, parsed.reason));
  }
  return values;
}

function problem(code: ProblemCode, field: ProblemField, entry: string, reason: string): Problem {
  return { code, field, entry, reason };
}

function isWholeNumberFrom(value: number | null, minimum: number): value is number {
  return value !== null && Number.isSafeInteger(value) && value >= minimum;
}

function textOf(value: number | null): string {
  return value === null ? '' : String(value);
}
