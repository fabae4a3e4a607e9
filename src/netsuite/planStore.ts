/**
 * How the compiled plan is kept in N/cache: one entry under `plan` (format line, build line, list ids, the company's
 * time zone, the UTC offsets of the zones it routes by, the shard directory's length, the directory and shard 0) and, for a large plan, shards
 * under `plan.<build>.<n>`. No value is larger than MAX_VALUE_BYTES, well under N/cache's 500 KB. A lead reads the entry and the few shards its location needs; a bulk
 * run reads them all. Any territory or member change removes the entry (the shards of that build are never read
 * again, and N/cache evicts them); an entry whose shard is gone is rebuilt, as is one of another format.
 */
import cache from 'N/cache';
import log from 'N/log';
import { leadTerritory, packPlan, planForLead, utf8Bytes, wholePlan, zoneOffsets, type LeadFacts, type Plan, type PlanTerritory, type ReadShard, type ZoneOffsets } from '../engine';
import type { ListScriptIds } from './mapper';
import { MAX_VALUE_BYTES } from './storeLimits';

const CACHE_NAME = 'tlr_routing';
const ENTRY_KEY = 'plan';
/** First line of every entry. Raise the number whenever what follows it changes shape (head lines, plan encoding). */
export const ENTRY_FORMAT = 'tlr-routing-entry 7';
/** How far ahead of its build the entry carries the offsets of the time zones it routes by; later days ask Intl. */
const OFFSETS_AHEAD_MS = 731 * 86_400_000;
/** And behind it: the commit reads the day of a member's last assignment, which is mostly within the last year. */
const OFFSETS_BEHIND_MS = 366 * 86_400_000;

/** Internal id ↔ script id of the values of the product's custom lists. */
export interface ListIds {
  method: ListScriptIds;
  status: ListScriptIds;
}

/** What the entry says about its build: which shards belong to it, and when territories changed since (CSV import). */
interface Build {
  id: string;
  /** Set while territory changes arrive in bulk: the plan stays in use until they stop (see `markChanged`). */
  changedAt?: number;
}

/** A read entry: its list ids, the company's time zone, its directory, and its shards (read on demand). */
export interface RoutingEntry {
  lists: ListIds;
  /** The company's IANA time zone when the plan was built (SPEC §3.4). */
  timeZone: string;
  /** Offsets of the company's zone and the territories' zones, a year back and two years on from the build: days without Intl. */
  offsets: ZoneOffsets;
  build: Build;
  directory: string;
  readShard: ReadShard;
}

/** The name of the error that says a shard of the entry's build is no longer cached: the entry must be built again. */
const SHARD_MISSING = 'ShardMissing';

/** An Error named, not a class: the file runs whole on every execution, and a class would be built on each. */
function shardMissing(message: string): Error {
  const error = new Error(message);
  error.name = SHARD_MISSING;
  return error;
}

function routingCache(): cache.Cache {
  return cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PUBLIC });
}

function shardKey(build: string, shard: number): string {
  return `${ENTRY_KEY}.${build}.${shard}`;
}

/**
 * Stores a plan's shards beside shard 0 (1 unit each) and returns the entry's text, which the caller's loader hands
 * to N/cache. The build id tells this build's shards from any other's.
 */
export function storePlan(lists: ListIds, timeZone: string, plan: Plan, build: string): string {
  const zones = [timeZone, ...plan.territories.flatMap((territory) => (territory.timeZone === null ? [] : [territory.timeZone]))];
  const now = Date.now();
  const offsets = zoneOffsets(zones, now - OFFSETS_BEHIND_MS, now + OFFSETS_AHEAD_MS);
  const head = `${ENTRY_FORMAT}\n${JSON.stringify({ id: build } satisfies Build)}\n${JSON.stringify(lists)}\n${timeZone}\n${JSON.stringify(offsets)}\n`;
  // The directory's length (at most 7 digits, in characters) leads it, so a lead finds shard 0 without searching.
  const { directory, shards } = packPlan(plan, MAX_VALUE_BYTES, utf8Bytes(head) + 8 + 1);
  shards.slice(1).forEach((text, index) => routingCache().put({ key: shardKey(build, index + 1), value: text }));
  return `${head}${directory.length}\n${directory}\n${shards[0]}`;
}

/**
 * The entry, built by `load` on a miss (1 unit when cached; a miss costs 2 and the loader's reads). An entry of
 * another format (left by another release) is removed and built again: + 2 units, once. So is an entry territory
 * changes marked (`markChanged`) when the last of them is at least `quietMs` old at `now` (0: whenever marked).
 */
export function readEntry(load: () => string, now: number, quietMs: number): RoutingEntry {
  const routing = routingCache();
  const options = { key: ENTRY_KEY, loader: load };
  let text = routing.get(options);
  if (text !== null && !text.startsWith(`${ENTRY_FORMAT}\n`)) {
    log.audit({ title: 'Cached routing plan of another release rebuilt', details: `found "${text.slice(0, 40)}…", expected "${ENTRY_FORMAT}"` });
    routing.remove({ key: ENTRY_KEY });
    text = routing.get(options);
  }
  if (text === null) throw new Error('N/cache returned nothing for the routing plan although a loader was given');
  const entry = parseEntry(text);
  const changedAt = entry.build.changedAt;
  if (changedAt === undefined || now - changedAt < quietMs) return entry;
  log.audit({ title: 'Cached routing plan rebuilt after territory changes', details: `the last change was at ${new Date(changedAt).toISOString()}` });
  routing.remove({ key: ENTRY_KEY });
  return parseEntry(routing.get(options) ?? '');
}

/**
 * Territory changes that arrive in bulk (a CSV import) mark the entry instead of removing it: leads keep routing by
 * it until the changes stop (readEntry's `quietMs`), so an import of 2,000 rows rebuilds the plan once after it, not
 * once per row. 2 units when an entry is cached (get, put), 1 when none is.
 */
export function markChanged(now: number): void {
  const routing = routingCache();
  const text = routing.get({ key: ENTRY_KEY });
  if (text === null || !text.startsWith(`${ENTRY_FORMAT}\n`)) return;
  const buildStart = text.indexOf('\n') + 1;
  const buildEnd = text.indexOf('\n', buildStart);
  const build = { ...(JSON.parse(text.slice(buildStart, buildEnd)) as Build), changedAt: now } satisfies Build;
  routing.put({ key: ENTRY_KEY, value: `${text.slice(0, buildStart)}${JSON.stringify(build)}${text.slice(buildEnd)}` });
}

/** The entry's parts; shards beside shard 0 are read when first asked for (1 unit each). */
function parseEntry(text: string): RoutingEntry {
  // Line ends found by search, not split: the text is up to 300 KB and a lead needs its first lines only.
  const buildStart = text.indexOf('\n') + 1;
  const listsStart = text.indexOf('\n', buildStart) + 1;
  const timeZoneStart = text.indexOf('\n', listsStart) + 1;
  const offsetsStart = text.indexOf('\n', timeZoneStart) + 1;
  const lengthStart = text.indexOf('\n', offsetsStart) + 1;
  const directoryStart = text.indexOf('\n', lengthStart) + 1;
  // A wrong length is not checked here: the directory and shard 0 it cuts fail their own checks when decoded.
  const shardStart = directoryStart + Number(text.slice(lengthStart, directoryStart - 1)) + 1;
  const build = JSON.parse(text.slice(buildStart, listsStart - 1)) as Build;
  const shardZero = text.slice(shardStart);
  const shards = new Map<number, string>();
  return {
    build,
    lists: JSON.parse(text.slice(listsStart, timeZoneStart - 1)) as ListIds,
    timeZone: text.slice(timeZoneStart, offsetsStart - 1),
    offsets: JSON.parse(text.slice(offsetsStart, lengthStart - 1)) as ZoneOffsets,
    directory: text.slice(directoryStart, shardStart - 1),
    readShard: (shard) => {
      if (shard === 0) return shardZero;
      let shardText = shards.get(shard);
      if (shardText === undefined) {
        shardText = routingCache().get({ key: shardKey(build.id, shard) }) ?? undefined;
        if (shardText === undefined) throw shardMissing(`shard ${shard} of build ${build.id} is no longer cached`);
        shards.set(shard, shardText);
      }
      return shardText;
    },
  };
}

/**
 * Decodes from a fresh entry; when a shard of it was evicted, drops the entry and builds it again once.
 *
 * @example
 * withShards(load, (entry) => wholePlan(entry.directory, entry.readShard));
 */
export function withShards<T>(entry: RoutingEntry, load: () => string, decode: (entry: RoutingEntry) => T): T {
  try {
    return decode(entry);
  } catch (error) {
    if (!(error instanceof Error && error.name === SHARD_MISSING)) throw error;
    log.audit({ title: 'Cached routing plan rebuilt', details: `${error.message}; the plan is built again.` });
    dropEntry();
    return decode(readEntry(load, 0, 0));
  }
}

/** The part of the plan this lead can match. */
export function leadPlan(entry: RoutingEntry, lead: LeadFacts): Plan {
  return planForLead(entry.directory, entry.readShard, lead);
}

/** Territory `territoryId` of the lead's part (at most the one shard that holds it is read), or null. */
export function territoryOfLead(entry: RoutingEntry, lead: LeadFacts, territoryId: string): PlanTerritory | null {
  return leadTerritory(entry.directory, entry.readShard, lead, territoryId);
}

/** Every territory of the plan, and the skipped ones. */
export function entirePlan(entry: RoutingEntry): Plan {
  return wholePlan(entry.directory, entry.readShard);
}

/** Removes the entry, so the next reader builds it afresh (1 unit). */
export function dropEntry(): void {
  routingCache().remove({ key: ENTRY_KEY });
}
