/**
 * One sweep at a time. The sweep has two deployments (every 15 minutes, and on demand for re-queueing), and NetSuite
 * would run them side by side; two copies would route the same leads twice and commit member states over each
 * other. A copy first takes a lock in N/cache — its own token, read back to see it won — renews it before each batch
 * and stops when it finds another token there. The entry expires after LOCK_SECONDS, so a copy that died releases
 * it by itself. N/cache may drop an entry early; a renewal that finds the entry gone takes it again.
 * Units (1 per cache call): take 3, renew 2, release 2 (unitCosts LOCK_UNITS).
 */
import cache from 'N/cache';

const LOCK_CACHE = 'tlr_bulk';
const LOCK_KEY = 'sweep_lock';
/** Far above one batch (≈100 leads written), below the 15-minute schedule, so a dead run blocks one cycle at most. */
const LOCK_SECONDS = 600;

function lockCache(): cache.Cache {
  return cache.getCache({ name: LOCK_CACHE, scope: cache.Scope.PUBLIC });
}

function put(token: string): boolean {
  const store = lockCache();
  store.put({ key: LOCK_KEY, value: token, ttl: LOCK_SECONDS });
  return store.get({ key: LOCK_KEY }) === token;
}

/**
 * Takes the lock unless another copy holds it.
 *
 * @example
 * if (!takeRunLock(token)) return; // another sweep is running: this copy does nothing
 */
export function takeRunLock(token: string): boolean {
  const holder = lockCache().get({ key: LOCK_KEY });
  return (holder === null || holder === undefined || holder === token) && put(token);
}

/**
 * Refreshes the lock before more work; false when another copy has it now (this copy must stop).
 *
 * @example
 * if (!renewRunLock(token)) stop('another sweep took over');
 */
export function renewRunLock(token: string): boolean {
  const holder = lockCache().get({ key: LOCK_KEY });
  if (holder !== null && holder !== undefined && holder !== token) return false;
  if (holder === token) {
    lockCache().put({ key: LOCK_KEY, value: token, ttl: LOCK_SECONDS });
    return true;
  }
  return put(token);
}

/** Lets the next copy start at once, if this copy still holds the lock (2 units). @example releaseRunLock(token); */
export function releaseRunLock(token: string): void {
  if (lockCache().get({ key: LOCK_KEY }) === token) lockCache().remove({ key: LOCK_KEY });
}
