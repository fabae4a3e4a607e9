/**
 * The compiled plan in N/cache. A miss runs the loader: paged searches of territories, members and the two
 * custom lists, compiled by the engine, and the company's time zone (Company Information), kept in the entry's
 * header beside the list ids so that no lead reads it. Any territory or member change drops the entry (territory user event).
 * The entry's first line names its format, so a release never reads an entry another release wrote: it rebuilds it.
 */
import cache from 'N/cache';
import format from 'N/format';
import log from 'N/log';
import search from 'N/search';
import { compilePlan, decodePlan, encodePlan, type Plan } from '../engine';
import { readCompanyTimeZone } from './companyTimeZone';
import { LIST, MEMBER, RECORD, TERRITORY, TERRITORY_RESPONSE } from './ids';
import { toMemberRow, toTerritoryRow, type FieldValue, type ListScriptIds } from './mapper';
import { describeProblem } from './problemText';
import { allRows } from './searchRows';
import { alertSkippedTerritories } from './territoryAlert';
import { PRODUCT } from './version';

const CACHE_NAME = 'tlr_routing';
const PLAN_KEY = 'plan';
/** First line of every entry. Raise the number whenever what follows it changes shape (list ids, plan encoding). */
export const ENTRY_FORMAT = 'tlr-routing-entry 4';

/** Internal id ↔ script id of the values of the product's custom lists. */
export interface ListIds {
  method: ListScriptIds;
  status: ListScriptIds;
}

export interface RoutingData {
  plan: Plan;
  lists: ListIds;
  /** The company's IANA time zone (SPEC §3.4: the routing day of territories without working hours). */
  timeZone: string;
}

function routingCache(): cache.Cache {
  return cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PUBLIC });
}

/** List values have account-specific internal ids; SDF fixes only their script ids. */
export function loadListIds(listId: string): ListScriptIds {
  const query = search.create({ type: listId, columns: ['internalid', 'scriptid'] });
  const entries = allRows(query, (result) => [String(result.id), String(result.getValue('scriptid')).toLowerCase()]);
  return Object.fromEntries(entries);
}

/** Search DATE columns come back as text in the user's date format. */
export function searchDate(value: FieldValue): FieldValue {
  return typeof value === 'string' && value !== '' ? (format.parse({ value, type: format.Type.DATE }) as Date) : value;
}

function loadTerritoryRows(methodIds: ListScriptIds) {
  const fields = [...Object.values(TERRITORY).filter((field) => field !== TERRITORY.isInactive), TERRITORY_RESPONSE.workHours];
  const query = search.create({ type: RECORD.territory, filters: [[TERRITORY.isInactive, 'is', 'F']], columns: fields });
  return allRows(query, (result) => toTerritoryRow(String(result.id), (field) => result.getValue(field) as FieldValue, methodIds));
}

function loadMemberRows() {
  const fields = [MEMBER.territory, MEMBER.rep, MEMBER.weight, MEMBER.capacity, MEMBER.awayFrom, MEMBER.awayUntil];
  const dates: string[] = [MEMBER.awayFrom, MEMBER.awayUntil];
  const query = search.create({ type: RECORD.member, filters: [[MEMBER.isInactive, 'is', 'F']], columns: fields });
  return allRows(query, (result) =>
    toMemberRow(String(result.id), (field) => {
      const value = result.getValue(field) as FieldValue;
      return dates.includes(field) ? searchDate(value) : value;
    }),
  );
}

/**
 * An entry's text: the format line, the list ids as one JSON line, the company's time zone, then the encoded plan.
 *
 * @example
 * entryText({ method: {}, status: {} }, 'Australia/Sydney', plan);
 * // 'tlr-routing-entry 4\n{"method":{},"status":{}}\nAustralia/Sydney\n[2,[…],[]]'
 */
export function entryText(lists: ListIds, timeZone: string, plan: Plan): string {
  return `${ENTRY_FORMAT}\n${JSON.stringify(lists)}\n${timeZone}\n${encodePlan(plan)}`;
}

/**
 * The cached text (entryText; the plan kept apart so it is not escaped twice). Skipped territories are logged and,
 * when `alertTo` names an employee, emailed to them.
 */
function buildEntry(alertTo: string | null): string {
  const lists: ListIds = { method: loadListIds(LIST.method), status: loadListIds(LIST.status) };
  const timeZone = readCompanyTimeZone();
  const plan = compilePlan(loadTerritoryRows(lists.method), loadMemberRows());
  log.audit({ title: `Territories loaded (${PRODUCT})`, details: `${plan.territories.length} routing, ${plan.skipped.length} skipped for invalid data` });
  for (const skipped of plan.skipped) {
    log.error({ title: `Territory ${skipped.territoryId} skipped: invalid data`, details: skipped.problems.map(describeProblem).join('\n') });
  }
  alertSkippedTerritories(plan.skipped, alertTo);
  return entryText(lists, timeZone, plan);
}

/**
 * The cached entry without its format line: 1 unit when cached, else the loader's searches (5 + 5 a page each), the
 * company time zone (10) + 2.
 * An entry of another format (left by another release) is removed and built again: + 2 units, once.
 */
export function loadRoutingEntry(alertTo: string | null): string {
  const cache = routingCache();
  const options = { key: PLAN_KEY, loader: () => buildEntry(alertTo) };
  let entry = cache.get(options);
  if (entry !== null && !entry.startsWith(`${ENTRY_FORMAT}\n`)) {
    log.audit({ title: 'Cached routing plan of another release rebuilt', details: `found "${entry.slice(0, 40)}…", expected "${ENTRY_FORMAT}"` });
    cache.remove({ key: PLAN_KEY });
    entry = cache.get(options);
  }
  if (entry === null) throw new Error('N/cache returned nothing for the routing plan although a loader was given');
  return entry.slice(ENTRY_FORMAT.length + 1);
}

/** The list ids of an entry, readable even when its plan is not (so an ERROR can still be recorded). */
export function listIdsOf(entry: string): ListIds {
  return JSON.parse(entry.slice(0, entry.indexOf('\n'))) as ListIds;
}

/** The company's time zone an entry was built with (its second line). */
export function timeZoneOf(entry: string): string {
  const start = entry.indexOf('\n') + 1;
  return entry.slice(start, entry.indexOf('\n', start));
}

export function planOf(entry: string): Plan {
  return decodePlan(entry.slice(entry.indexOf('\n', entry.indexOf('\n') + 1) + 1));
}

/** The plan, list ids and company time zone, for the bulk paths and the console. */
export function loadRoutingData(alertTo: string | null): RoutingData {
  const entry = loadRoutingEntry(alertTo);
  return { lists: listIdsOf(entry), timeZone: timeZoneOf(entry), plan: planOf(entry) };
}

/** Drops the cached plan so the next lead compiles the territories as they now stand (1 unit). */
export function dropRoutingData(): void {
  routingCache().remove({ key: PLAN_KEY });
}
