/**
 * The compiled plan, for the lead user event (the part a lead's location can match) and the bulk paths (all of it).
 * A miss runs the loader: the two custom lists by paged search, the territories and members by SuiteQL (planRows.ts), compiled
 * by the engine and stored in shards (planStore.ts), and the company's time zone (Company Information), kept in the
 * entry's head beside the list ids so that no lead reads it. Any territory or member change drops the entry
 * (territory user event); changes that arrive in bulk mark it instead, and leads keep it until they stop (QUIET_MS).
 */
import format from 'N/format';
import log from 'N/log';
import search from 'N/search';
import { compilePlan, type LeadFacts, type Plan, type PlanTerritory } from '../engine';
import { readCompanyTimeZone } from './companyTimeZone';
import { LIST } from './ids';
import type { FieldValue, ListScriptIds } from './mapper';
import { readMemberRows, readTerritoryRows } from './planRows';
import { dropEntry, entirePlan, leadPlan, markChanged, readEntry, storePlan, territoryOfLead, withShards, type ListIds, type RoutingEntry } from './planStore';
import { describeProblem } from './problemText';
import { allRows } from './searchRows';
import { alertSkippedTerritories } from './territoryAlert';
import { PRODUCT } from './version';

export type { ListIds } from './planStore';

export interface RoutingData {
  plan: Plan;
  lists: ListIds;
  /** The company's IANA time zone (SPEC §3.4: the routing day of territories without working hours). */
  timeZone: string;
}

/** List values have account-specific internal ids; SDF fixes only their script ids. */
export function loadListIds(listId: string): ListScriptIds {
  const query = search.create({ type: listId, columns: ['internalid', 'scriptid'] });
  const entries = allRows(query, (result) => [String(result.id), String(result.getValue('scriptid')).toLowerCase()]);
  return Object.fromEntries(entries);
}

/** Search and SuiteQL DATE columns come back as text in the user's date format. */
export function searchDate(value: FieldValue): FieldValue {
  return typeof value === 'string' && value !== '' ? (format.parse({ value, type: format.Type.DATE }) as Date) : value;
}

/** A build id no other build shares: the time, and a random tail for builds in the same millisecond. */
function newBuildId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/**
 * The entry's text (planStore.ts), its shards stored on the way. Skipped territories are logged and, when `alertTo`
 * names an employee, emailed to them.
 */
function buildEntry(alertTo: string | null): string {
  const lists: ListIds = { method: loadListIds(LIST.method), status: loadListIds(LIST.status) };
  const timeZone = readCompanyTimeZone();
  const plan = compilePlan(readTerritoryRows(lists.method), readMemberRows(searchDate));
  log.audit({ title: `Territories loaded (${PRODUCT})`, details: `${plan.territories.length} routing, ${plan.skipped.length} skipped for invalid data` });
  for (const skipped of plan.skipped) {
    log.error({ title: `Territory ${skipped.territoryId} skipped: invalid data`, details: skipped.problems.map(describeProblem).join('\n') });
  }
  alertSkippedTerritories(plan.skipped, alertTo);
  return storePlan(lists, timeZone, plan, newBuildId());
}

/**
 * How long after the last of a burst of territory changes (a CSV import) leads keep routing by the plan built before
 * them; an interactive change drops the plan at once.
 */
export const QUIET_MS = 60_000;

/**
 * The cached entry for a lead at `now` (epoch ms): 1 unit when cached; a miss costs the loader's reads (lists 5 + 5 a
 * page each, territories 10 per 5,000, members 10 per 5,000 blocks of ten ids), the company time zone (10) and 1 unit a
 * shard beside the first.
 */
export function loadRoutingEntry(alertTo: string | null, now: number): RoutingEntry {
  return readEntry(() => buildEntry(alertTo), now, QUIET_MS);
}

/** The part of the plan a lead can match (+ 1 unit for each shard beyond the entry's own it needs). */
export function planForLeadOf(entry: RoutingEntry, lead: LeadFacts, alertTo: string | null): Plan {
  return withShards(entry, () => buildEntry(alertTo), (fresh) => leadPlan(fresh, lead));
}

/** One territory of the lead's part, by id (+ 1 unit when it is in a shard beyond the entry's own); null when not there. */
export function territoryForLeadOf(entry: RoutingEntry, lead: LeadFacts, territoryId: string, alertTo: string | null): PlanTerritory | null {
  return withShards(entry, () => buildEntry(alertTo), (fresh) => territoryOfLead(fresh, lead, territoryId));
}

/** The plan, list ids and company time zone, for the bulk paths and the console: every shard. */
export function loadRoutingData(alertTo: string | null): RoutingData {
  // A bulk run applies territory changes: a plan marked by an import still under way is rebuilt for it.
  const entry = readEntry(() => buildEntry(alertTo), 0, 0);
  return withShards(entry, () => buildEntry(alertTo), (fresh) => ({ lists: fresh.lists, timeZone: fresh.timeZone, plan: entirePlan(fresh) }));
}

/** Drops the cached plan so the next lead compiles the territories as they now stand (1 unit). */
export function dropRoutingData(): void {
  dropEntry();
}

/** Marks the cached plan as behind a change that arrived in bulk (2 units): see QUIET_MS. */
export function markRoutingDataChanged(now: number): void {
  markChanged(now);
}
