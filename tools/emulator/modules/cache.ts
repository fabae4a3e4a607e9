/**
 * N/cache: named caches shared by every execution of the account. PRIVATE caches belong to one script,
 * PROTECTED and PUBLIC ones to the account. Values are strings (others are JSON.stringify'd); a time to live
 * (at least 300 s) expires entries by the account clock. Sizes follow NetSuite: key ≤ 4 KB, value ≤ 500 KB.
 */
import { missingArgument, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { requiredString } from './options';

const SCOPES = Object.freeze({ PRIVATE: 'PRIVATE', PROTECTED: 'PROTECTED', PUBLIC: 'PUBLIC' });
const MIN_TTL_SECONDS = 300;
const MAX_KEY_BYTES = 4096;
const MAX_VALUE_BYTES = 500 * 1024;

/** One named cache as a script opened it: its entries are account.caches under `[scope, owner, name, key]`. */
interface CacheAddress {
  readonly account: Execution['account'];
  readonly scope: string;
  readonly owner: string;
  readonly name: string;
}

const entryKey = (cache: CacheAddress, key: string): string => JSON.stringify([cache.scope, cache.owner, cache.name, key]);

function keyOf(cacheOptions: Record<string, unknown>): string {
  const key = requiredString(cacheOptions, 'key');
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) throw suiteScriptError('EMULATOR_CACHE_KEY_TOO_LONG', 'A cache key may hold at most 4 KB.');
  return key;
}

function store(cache: CacheAddress, key: string, value: unknown, ttl: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw suiteScriptError('EMULATOR_CACHE_VALUE_TOO_LARGE', 'A cache value may hold at most 500 KB.');
  const entry: { value: string; expiresAt?: number } = { value: text };
  if (ttl !== undefined && ttl !== null) entry.expiresAt = cache.account.clock.nowMs() + Math.max(Number(ttl), MIN_TTL_SECONDS) * 1000;
  cache.account.caches.set(entryKey(cache, key), entry);
  return text;
}

function live(cache: CacheAddress, key: string): string | null {
  const { caches, clock } = cache.account;
  const entry = caches.get(entryKey(cache, key));
  if (!entry) return null;
  if (entry.expiresAt !== undefined && entry.expiresAt <= clock.nowMs()) {
    caches.delete(entryKey(cache, key));
    return null;
  }
  return entry.value;
}

export function createCacheModule(execution: Execution) {
  const { account } = execution;

  // The helpers live outside and getCache is a method: a script opens its cache on every save, and each getCache made
  // seven closures (and, under tsx's keepNames, a defineProperty call for each named one).
  return {
    Scope: SCOPES,
    getCache(options: Record<string, unknown>) {
      const name = requiredString(options, 'name');
      const scope = String(options.scope ?? SCOPES.PRIVATE).toUpperCase();
      const cache: CacheAddress = { account, scope, owner: scope === SCOPES.PRIVATE ? execution.scriptId : '', name };

      return {
        name,
        scope,
        get(cacheOptions: Record<string, unknown>): string | null {
          const key = keyOf(cacheOptions);
          const hit = live(cache, key);
          const loader = cacheOptions.loader;
          execution.meter.charge(hit === null && typeof loader === 'function' ? 'Cache.get.miss' : 'Cache.get.hit');
          account.faults.onCache?.('get', name, key);
          if (hit !== null || typeof loader !== 'function') return hit;
          return store(cache, key, (loader as (context: { key: string }) => unknown)({ key }), cacheOptions.ttl);
        },
        put(cacheOptions: Record<string, unknown>): void {
          const key = keyOf(cacheOptions);
          if (!('value' in cacheOptions)) throw missingArgument('value');
          execution.meter.charge('Cache.put');
          account.faults.onCache?.('put', name, key);
          store(cache, key, cacheOptions.value, cacheOptions.ttl);
        },
        remove(cacheOptions: Record<string, unknown>): void {
          const key = keyOf(cacheOptions);
          execution.meter.charge('Cache.remove');
          account.faults.onCache?.('remove', name, key);
          account.caches.delete(entryKey(cache, key));
        },
      };
    },
  };
}
