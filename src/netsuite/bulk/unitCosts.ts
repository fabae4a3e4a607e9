/**
 * The governance units the bulk paths spend, per call (shared reference §3: Help pages per method), in one pure
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
} as const;

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
