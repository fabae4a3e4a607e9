/**
 * The governance units the scripts spend, per call, named by what the scripts do with them: read from the one cost
 * table (governance/unitCosts.json) the emulator's meter also charges by, so budgets, meter, tests and benchmark
 * count alike. Pure: no N/* import.
 */
import costs from '../../governance/unitCosts.json';

const { calls, recordCalls, rowsPerCall } = costs;

export const UNITS = {
  /** Search.run().getRange: up to 1,000 rows. */
  searchRange: calls['ResultSet.getRange'],
  /** Search.runPaged, then PagedData.fetch per page of up to 1,000 rows. */
  searchPaged: calls['Search.runPaged'],
  searchPage: calls['PagedData.fetch'],
  searchLoad: calls['search.load'],
  /** search.lookupFields: one record's fields. */
  lookup: calls['search.lookupFields'],
  /** record.load / record.submitFields of an entity or other standard record (lead, script deployment). */
  entityLoad: recordCalls['record.load'].other,
  entityWrite: recordCalls['record.submitFields'].other,
  /** record.load and Record.save of a custom record (member): the write NetSuite checks for changes since the load. */
  customLoad: recordCalls['record.load'].custom,
  customSave: recordCalls['Record.save'].custom,
  /** N/cache get (hit or miss without loader), put, remove. */
  cacheCall: calls['Cache.get.hit'],
  taskSubmit: calls['ScheduledScriptTask.submit'],
  fileSave: calls['File.save'],
  emailSend: calls['email.send'],
  /** query.runSuiteQL: up to 5,000 rows. */
  suiteQL: calls['query.runSuiteQL'],
  /** config.load: a configuration page such as Company Information. */
  configLoad: calls['config.load'],
} as const;

/** Rows one runSuiteQL call returns at most (Help: "a maximum of 5000 results"). */
export const SUITEQL_PAGE_ROWS = rowsPerCall['query.runSuiteQL'];

/** Rows one search page (PagedData.fetch) or one getRange call returns at most. */
export const SEARCH_PAGE_ROWS = rowsPerCall['PagedData.fetch'];

/** Units `ensureUnits` keeps back so the script can still write its outcome and log after its last routing call. */
export const RESERVE_UNITS = 20;

/**
 * A read of every row with runPaged (searchRows.allRows): 5, plus 5 per page of 1,000.
 *
 * @example
 * pagedReadUnits(1001); // 15
 */
export function pagedReadUnits(rows: number): number {
  return UNITS.searchPaged + UNITS.searchPage * Math.ceil(rows / SEARCH_PAGE_ROWS);
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
export const LOCK_UNITS = { take: 3 * UNITS.cacheCall, renew: 2 * UNITS.cacheCall, release: 2 * UNITS.cacheCall } as const;

/** The routing settings of the lead user event (scheme A): find its deployment (10), load it (5). */
export const SETTINGS_UNITS = UNITS.searchRange + UNITS.entityLoad;

/** The compiled plan from N/cache when cached (a miss runs the plan loader's searches on top). */
export const PLAN_CACHED_UNITS = UNITS.cacheCall;

/** One attempt at committing to a member: load it, save it (memberWrite.ts). */
export const MEMBER_ATTEMPT_UNITS = UNITS.customLoad + UNITS.customSave;

/**
 * Committing member states once, one attempt each (a retry after a conflict is paid from what is left).
 *
 * @example
 * memberCommitUnits(3); // 18
 */
export function memberCommitUnits(members: number): number {
  return MEMBER_ATTEMPT_UNITS * members;
}
