/**
 * One copy of a scheduled job at a time (the sweep; the response-time check and the account export under their own keys). The sweep has two deployments (every 15 minutes, and on demand for re-queueing), and NetSuite
 * would run them side by side; two copies would route the same leads twice and commit member states over each
 * other. A copy first takes a lock in N/cache — its own token, read back to see it won — renews it before each batch
 * and stops when it finds another token there. The entry expires after LOCK_SECONDS, so a copy that died releases
 * it by itself. N/cache may drop an entry early; a renewal that finds the entry gone takes it again.
 * Units (1 per cache call): take 3, renew 2, release 2 (unitCosts LOCK_UNITS).
 */
import cache from 'N/cache';

const LOCK_CACHE = 'tlr_bulk';
/** The sweep's lock; another job passes its own key. */
const SWEEP_LOCK = 'sweep_lock';
/** Far above one batch (≈100 leads written), below the 15-minute schedule, so a dead run blocks one cycle at most. */
const LOCK_SECONDS = 600;

/** The project's N/cache for scheduled jobs: run locks, and the account export's progress (exportProgress.ts). */
export function lockCache(): cache.Cache {
  return cache.getCache({ name: LOCK_CACHE, scope: cache.Scope.PUBLIC });
}

function put(token: string, key: string): boolean {
  const store = lockCache();
  store.put({ key, value: token, ttl: LOCK_SECONDS });
  return store.get({ key }) === token;
}

/**
 * Takes the lock unless another copy holds it.
 *
 * @example
 * if (!takeRunLock(token)) return; // another sweep is running: this copy does nothing
 */
export function takeRunLock(token: string, key = SWEEP_LOCK): boolean {
  const holder = lockCache().get({ key });
  return (holder === null || holder === undefined || holder === token) && put(token, key);
}

/**
 * Refreshes the lock before more work; false when another copy has it now (this copy must stop).
 *
 * @example
 * if (!renewRunLock(token)) stop('another sweep took over');
 */
export function renewRunLock(token: string, key = SWEEP_LOCK): boolean {
  const holder = lockCache().get({ key });
  if (holder !== null && holder !== undefined && holder !== token) return false;
  if (holder === token) {
    lockCache().put({ key, value: token, ttl: LOCK_SECONDS });
    return true;
  }
  return put(token, key);
}

/** Lets the next copy start at once, if this copy still holds the lock (2 units). @example releaseRunLock(token); */
export function releaseRunLock(token: string, key = SWEEP_LOCK): void {
  if (lockCache().get({ key }) === token) lockCache().remove({ key });
}

/**
 * A token no other copy holds: the deployment, the moment and a random tail.
 *
 * @example
 * runToken('customdeploy_tlr_ss_sweep'); // 'customdeploy_tlr_ss_sweep@2026-11-26T09:00:00.000Z#k3j9x'
 */
export function runToken(deploymentId: string): string {
  return `${deploymentId}@${new Date().toISOString()}#${Math.random().toString(36).slice(2)}`;
}
