/** A batch lookup by id; ids it leaves out are unknown. */
export type BatchLookup<V> = (ids: readonly string[]) => ReadonlyMap<string, V>;

/**
 * Wraps a batch port so one routing run asks it for each id at most once, and not at all when every id is
 * already known (or known to be missing). Keeps governance spent on lookups to the minimum the rules need.
 *
 * @example
 * const reps = cachedBatch(context.ports.reps);
 * reps(['7', '8']); // calls the port with ['7', '8']
 * reps(['8', '9']); // calls the port with ['9'] only
 * reps(['7']); // no call
 */
export function cachedBatch<V>(fetch: (ids: string[]) => ReadonlyMap<string, V>): BatchLookup<V> {
  const known = new Map<string, V>();
  const asked = new Set<string>();
  return (ids) => {
    const missing: string[] = [];
    for (const id of ids) {
      if (asked.has(id)) continue;
      asked.add(id);
      missing.push(id);
    }
    if (missing.length > 0) {
      const fetched = fetch(missing);
      for (const id of missing) {
        const value = fetched.get(id);
        if (value !== undefined) known.set(id, value);
      }
    }
    const found = new Map<string, V>();
    for (const id of ids) {
      const value = known.get(id);
      if (value !== undefined) found.set(id, value);
    }
    return found;
  };
}
