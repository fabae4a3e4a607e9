import { compareIds } from '../definition/compare';
import { companyKey, emailDomain } from '../decision/owner';
import type { OwnerCandidate } from '../types';

/** The existing customer-stage records of a run, indexed by email domain and company key. */
export interface OwnerPool {
  /** Adds a record, or replaces the one with its id (e.g. a lead that just got its rep). */
  put(candidate: OwnerCandidate): void;
  /** Records with this email domain or this company key, ascending internal id. */
  find(domain: string | null, key: string | null): OwnerCandidate[];
}

/**
 * An in-memory owner-candidate store for the batch router. It returns exactly the records `rankOwners` can
 * accept for a lead (same domain or same company key), so ranking sees what a per-lead search would bring back.
 *
 * @example
 * const pool = createOwnerPool([{ id: '500', stage: 'CUSTOMER', salesRepId: '7', email: 'ops@acme.com', companyName: 'Acme Inc', isInactive: false }]);
 * pool.find('acme.com', null).map((candidate) => candidate.id); // ['500']
 * pool.find(null, 'acme').map((candidate) => candidate.id); // ['500']
 */
export function createOwnerPool(candidates: readonly OwnerCandidate[] = []): OwnerPool {
  const byId = new Map<string, OwnerCandidate>();
  const byDomain = new Map<string, Set<string>>();
  const byKey = new Map<string, Set<string>>();

  const index = (map: Map<string, Set<string>>, key: string | null, id: string, add: boolean) => {
    if (key === null) return;
    const ids = map.get(key) ?? new Set<string>();
    if (add) ids.add(id);
    else ids.delete(id);
    map.set(key, ids);
  };
  const indexAll = (candidate: OwnerCandidate, add: boolean) => {
    index(byDomain, emailDomain(candidate.email), candidate.id, add);
    index(byKey, companyKey(candidate.companyName), candidate.id, add);
  };

  const pool: OwnerPool = {
    put(candidate) {
      const previous = byId.get(candidate.id);
      if (previous !== undefined) indexAll(previous, false);
      byId.set(candidate.id, candidate);
      indexAll(candidate, true);
    },
    find(domain, key) {
      const ids = new Set([...(domain === null ? [] : (byDomain.get(domain) ?? [])), ...(key === null ? [] : (byKey.get(key) ?? []))]);
      return [...ids].sort(compareIds).flatMap((id) => byId.get(id) ?? []);
    },
  };
  for (const candidate of candidates) pool.put(candidate);
  return pool;
}
