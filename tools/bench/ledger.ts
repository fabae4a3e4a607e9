/**
 * Reading the emulator's invocation ledger: what each charge paid for. The emulator records every charge as
 * `{ api, units }` in call order; its fault hooks `onSearch(type)` and `onCache(operation, name, key)` run right
 * after a search, SuiteQL query or cache call is charged, so hooks that only watch (they never throw) can name the
 * record type read and the cache entry used. A query calls `onSearch` once per table, its FROM table first: the
 * charge is named by that one.
 */
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';
import type { Charge } from '../emulator/governance';

const QUERY_API = 'query.runSuiteQL';
const SEARCH_APIS = new Set(['Search.runPaged', 'PagedData.fetch', 'ResultSet.getRange', 'ResultSet.each', 'search.lookupFields', 'search.load', QUERY_API]);
const CACHE_APIS = new Set(['Cache.get.hit', 'Cache.get.miss', 'Cache.put', 'Cache.remove']);
/** The routing plan's cache entry (src/netsuite/planStore.ts); its shards' keys start with it and a dot. */
const PLAN_ENTRY = 'tlr_routing/plan';
/** Record types the plan loader (planCache.ts buildEntry) searches before its member queries, which end it. */
const PLAN_LOADER_TYPES = new Set(['customlist_tlr_method', 'customlist_tlr_status', 'customrecord_tlr_territory']);
const PLAN_LOADER_LAST = 'customrecord_tlr_member';
const MEMBER_RECORD = PLAN_LOADER_LAST;
/** The loader's read of the company's time zone (Company Information), between the lists and the territories. */
const PLAN_LOADER_TIME_ZONE = 'config.load';

export interface ChargeLabel {
  api: string;
  units: number;
  /** The record type read, for search and query charges (a query's FROM table). */
  type?: string;
  /** `name/key` of the cache entry, for cache charges. */
  cache?: string;
}

/** Names search and cache charges while installed; `labels` reads an invocation's ledger. */
export class LedgerTagger {
  private readonly tags = new WeakMap<Charge, string>();
  /** Where the last query charge was tagged: while nothing was charged since, its further tables are ignored. */
  private lastQuery: { charges: readonly Charge[]; length: number; invocations: number } | null = null;

  constructor(private readonly emulator: Emulator) {
    const { faults } = emulator;
    const onSearch = faults.onSearch;
    const onCache = faults.onCache;
    faults.onSearch = (searchType) => {
      if (!this.sameQuery()) this.tag(SEARCH_APIS, searchType);
      onSearch?.(searchType);
    };
    faults.onCache = (operation, name, key) => {
      this.tag(CACHE_APIS, `${name}/${key}`);
      onCache?.(operation, name, key);
    };
  }

  /**
   * The charge just made is the last charge of the running invocation: the latest invocation whose last charge is
   * an untagged one of `apis` (user events a write fired have finished, and their charges are tagged already).
   * Under a user event that is the last invocation; under a bulk script the scan passes the events its writes fired.
   */
  private tag(apis: ReadonlySet<string>, tag: string): void {
    const invocations = this.emulator.invocations;
    for (let index = invocations.length - 1; index >= 0; index--) {
      const charges = invocations[index]!.charges;
      const last = charges.at(-1);
      if (last && apis.has(last.api) && !this.tags.has(last)) {
        this.tags.set(last, tag);
        this.lastQuery = last.api === QUERY_API ? { charges, length: charges.length, invocations: invocations.length } : null;
        return;
      }
    }
  }

  /**
   * Whether this hook call names another table of the query tagged last: no charge was made since (only the
   * running invocation charges, and a new invocation would have been added).
   */
  private sameQuery(): boolean {
    const last = this.lastQuery;
    return last !== null && last.charges.length === last.length && this.emulator.invocations.length === last.invocations;
  }

  /**
   * The invocation's charges, named. A search charge the hook did not see (a page served from rows the search
   * already read) takes the type of the paged read it belongs to.
   */
  labels(invocation: Invocation): ChargeLabel[] {
    const labels: ChargeLabel[] = invocation.charges.map((charge) => {
      const tag = this.tags.get(charge);
      const label: ChargeLabel = { api: charge.api, units: charge.units };
      if (tag !== undefined) {
        if (CACHE_APIS.has(charge.api)) label.cache = tag;
        else label.type = tag;
      }
      return label;
    });
    labels.forEach((label, index) => {
      if (label.type !== undefined || !SEARCH_APIS.has(label.api)) return;
      const neighbour = label.api === 'Search.runPaged' ? labels[index + 1] : labels.slice(0, index).reverse().find((other) => other.api === 'Search.runPaged');
      if (neighbour?.type !== undefined) label.type = neighbour.type;
    });
    return labels;
  }
}

export interface PlanShare {
  units: number;
  /** The cache missed and the loader ran (its reads are in `units`). */
  loaderRan: boolean;
  /** Of `units`, the loader's member queries (a run's own member reads are the rest). */
  loaderMemberUnits: number;
}

/**
 * The charges that paid for the routing plan: its N/cache entry and shards (gets and the loader's puts), and on a miss
 * the loader's reads that follow the miss (the two custom lists, the company's time zone, the territories, then `memberQueries` SuiteQL
 * queries of member blocks: `loaderMemberQueries` of the account).
 *
 * @example
 * planShare(labels, 2); // → { units: 1, loaderRan: false, loaderMemberUnits: 0 } when the plan was cached
 */
export function planShare(labels: readonly ChargeLabel[], memberQueries: number): PlanShare {
  const cacheUnits = unitsOf(labels, (label) => label.cache !== undefined && (label.cache === PLAN_ENTRY || label.cache.startsWith(`${PLAN_ENTRY}.`)));
  const start = labels.findIndex((label) => label.cache === PLAN_ENTRY && label.api === 'Cache.get.miss');
  if (start < 0) return { units: cacheUnits, loaderRan: false, loaderMemberUnits: 0 };
  let units = cacheUnits;
  let index = start + 1;
  while (index < labels.length && (PLAN_LOADER_TYPES.has(labels[index]!.type ?? '') || labels[index]!.api === PLAN_LOADER_TIME_ZONE)) units += labels[index++]!.units;
  let loaderMemberUnits = 0;
  for (let read = 0; read < memberQueries && labels[index]?.type === PLAN_LOADER_LAST && labels[index]!.api === QUERY_API; read++) loaderMemberUnits += labels[index++]!.units;
  return { units: units + loaderMemberUnits, loaderRan: true, loaderMemberUnits };
}

/** SuiteQL keyset queries a read of `rows` rows takes: one per 5,000, and the one that finds the last page short. */
function keysetQueries(rows: number): number {
  return Math.floor(rows / 5_000) + 1;
}

/**
 * The plan loader's member queries in this account (src/netsuite/planRows.ts): one row per block of ten internal ids
 * holding an active member, so a keyset read of that many rows.
 */
export function loaderMemberQueries(emulator: Emulator): number {
  const blocks = new Set<number>();
  for (const member of emulator.store.all(MEMBER_RECORD)) if (member.values.isinactive !== true) blocks.add(Math.floor(Number(member.id) / 10));
  return keysetQueries(blocks.size);
}

/** Units of the charges that match. */
export function unitsOf(labels: readonly ChargeLabel[], match: (label: ChargeLabel) => boolean): number {
  return labels.reduce((sum, label) => sum + (match(label) ? label.units : 0), 0);
}

/** `api [what] units` of each charge: where a lead create's or a run's units went. */
export function describeCharges(labels: readonly ChargeLabel[]): string {
  return labels.map((label) => `${label.api}${label.type === undefined ? '' : ` [${label.type}]`} ${label.units}`).join(', ');
}

/** One read as a script paid for it: a paged search (runPaged and its pages), one getRange/each/lookupFields, or one SuiteQL query. */
export interface SearchRead {
  type: string;
  kind: 'search' | 'query';
  units: number;
  /** Pages fetched (paged reads); 0 otherwise. */
  pages: number;
}

/**
 * The searches of a ledger in call order, each paged read with its pages together.
 *
 * @example
 * searchReads(labels).filter((read) => read.type === 'customer').map((read) => read.pages); // → [14, 15, 13, …]
 */
export function searchReads(labels: readonly ChargeLabel[]): SearchRead[] {
  const reads: SearchRead[] = [];
  let open: SearchRead | null = null;
  for (const label of labels) {
    if (!SEARCH_APIS.has(label.api)) continue;
    const type = label.type ?? 'unknown';
    if (label.api === 'PagedData.fetch' && open !== null && open.type === type) {
      open.units += label.units;
      open.pages += 1;
      continue;
    }
    const read: SearchRead = { type, kind: label.api === QUERY_API ? 'query' : 'search', units: label.units, pages: 0 };
    reads.push(read);
    open = label.api === 'Search.runPaged' ? read : null;
  }
  return reads;
}
