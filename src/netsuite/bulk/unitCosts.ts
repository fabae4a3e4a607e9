/**
 * The governance units the bulk paths spend, per call (NetSuite Help, each method's page), in one pure
 * module so the budgets, the tests and the benchmark count the same way. No N/* import.
 */

export const UNITS = {
  /** Search.run().getRange: up to 1,000 rows. */
  searchRange: 10,
  /** Search.runPaged, then PagedData.fetch per page of up to 1,000 rows. */
  searchPaged: 5,
  searchPage: 5,
  searchLoad: 5,
  /** record.load / record.submitFields of an entity or other standard record (lead, script deployment). */
  entityLoad: 5,
  entityWrite: 5,
  /** record.submitFields of a custom record (member). */
  customWrite: 2,
  /** N/cache get (hit or miss without loader), put, remove. */
  cacheCall: 1,
  taskSubmit: 20,
  fileSave: 20,
  /** query.runSuiteQL: up to 5,000 rows. */
  suiteQL: 10,
} as const;

/** Rows one runSuiteQL call returns at most (Help: "a maximum of 5000 results"). */
export const SUITEQL_PAGE_ROWS = 5000;

/** Units `ensureUnits` keeps back (governance.ts RESERVE_UNITS): a paged read needs this much left over. */
export const ENSURE_RESERVE = 20;

/**
 * A read of every row with runPaged (searchRows.allRows): 5, plus 5 per page of 1,000.
 *
 * @example
 * pagedReadUnits(1001); // 15
 */
export function pagedReadUnits(rows: number): number {
  return UNITS.searchPaged + UNITS.searchPage * Math.ceil(rows / 1000);
}

/**
 * A keyset SuiteQL read of every row (suiteql.ts readEveryRow): 10 per full page of 5,000, and 10 for the short
 * page that ends it (empty when the rows fill the pages exactly).
 *
 * @example
 * queryReadUnits(0); // 10
 * queryReadUnits(5000); // 20
 */
export function queryReadUnits(rows: number): number {
  return UNITS.suiteQL * (Math.floor(rows / SUITEQL_PAGE_ROWS) + 1);
}

/** SuiteQL by a list of ids, one query per 5,000 ids (none for no ids). @example idQueryUnits(5001); // 20 */
export function idQueryUnits(ids: number): number {
  return UNITS.suiteQL * Math.ceil(ids / SUITEQL_PAGE_ROWS);
}

/** What the bulk snapshot (snapshot.ts) reads: active members, reps outside them, reps whose open leads it counts. */
export interface SnapshotShape {
  members: number;
  /** Fallback and default reps that are not members (0: no query). */
  repsRead: number;
  /** Reps whose open leads the snapshot counts (0: none, or counted by the caller). */
  openLeadReps: number;
}

/** @example snapshotUnits({ members: 40, repsRead: 2, openLeadReps: 12 }); // 30 */
export function snapshotUnits(shape: SnapshotShape): number {
  return queryReadUnits(shape.members) + idQueryUnits(shape.repsRead) + idQueryUnits(shape.openLeadReps);
}

/** The sweep's run lock (runLock.ts): take = get, put, read back; renew = get, put; release = get, remove. */
export const LOCK_UNITS = { take: 3, renew: 2, release: 2 } as const;

/** The routing settings of the lead user event (scheme A): find its deployment (10), load it (5). */
export const SETTINGS_UNITS = UNITS.searchRange + UNITS.entityLoad;

/** The compiled plan from N/cache when cached (a miss runs the plan loader's searches on top). */
export const PLAN_CACHED_UNITS = UNITS.cacheCall;

/**
 * Committing member states once: read them again (paged), then 2 units a member.
 *
 * @example
 * memberCommitUnits(3); // 16
 */
export function memberCommitUnits(members: number): number {
  return members === 0 ? 0 : pagedReadUnits(members) + UNITS.customWrite * members;
}
