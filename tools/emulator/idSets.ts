/**
 * Sets of internal ids combined without copying: an index lookup hands out the index's own sets, and a search
 * plan combines them with `unionOf` (OR, or several keys of one filter) and `intersectionOf` (AND). Nothing is
 * copied until `idsOf` reads the result, and an intersection is read by walking its smallest part and asking the
 * others `has`, so a narrow text term ANDed with a wide stage filter costs the narrow term's size.
 * Results are supersets the search then evaluates: `size` is exact for a plain Set and an upper bound for a
 * combination (the planner only compares sizes).
 */

export interface IdSet {
  readonly size: number;
  has(id: string): boolean;
}

export const NO_IDS: IdSet = new Set<string>();

/** A set that is not a plain Set lists its ids itself. */
export interface ListedIdSet extends IdSet {
  toArray(): string[];
}

/** The ids of a set in no particular order, possibly repeated (a union does not dedupe; sorting does). */
export function idsOf(set: IdSet): string[] {
  if (set instanceof Set) return [...(set as Set<string>)];
  return (set as ListedIdSet).toArray();
}

/** The ids of a set to loop over: a plain Set itself (not copied), else its list. */
function idsIn(set: IdSet): Iterable<string> {
  return set instanceof Set ? (set as Set<string>) : (set as ListedIdSet).toArray();
}

/** One id: what an equality on a row key names, once per row of the level before (a Set would build a table). */
class OneId implements ListedIdSet {
  readonly size = 1;

  constructor(readonly id: string) {}

  has(id: string): boolean {
    return id === this.id;
  }

  toArray(): string[] {
    return [this.id];
  }
}

/** A set of `ids` (repeats allowed). */
export function idSetOf(ids: readonly string[]): IdSet {
  if (ids.length === 0) return NO_IDS;
  return ids.length === 1 ? new OneId(ids[0] as string) : new Set(ids);
}

/** The one id of a set made by `idSetOf` from one id; undefined for any other set. */
export function soleId(set: IdSet): string | undefined {
  return set instanceof OneId ? set.id : undefined;
}

class Union implements ListedIdSet {
  readonly size: number;

  constructor(readonly parts: readonly IdSet[]) {
    let size = 0;
    for (const part of parts) size += part.size;
    this.size = size;
  }

  has(id: string): boolean {
    for (const part of this.parts) if (part.has(id)) return true;
    return false;
  }

  toArray(): string[] {
    const ids: string[] = [];
    for (const part of this.parts) for (const id of idsIn(part)) ids.push(id);
    return ids;
  }
}

class Intersection implements ListedIdSet {
  readonly size: number;

  /** `parts` sorted by size, at least two. */
  constructor(private readonly parts: readonly IdSet[]) {
    this.size = (parts[0] as IdSet).size;
  }

  has(id: string): boolean {
    for (const part of this.parts) if (!part.has(id)) return false;
    return true;
  }

  toArray(): string[] {
    const ids: string[] = [];
    const { parts } = this;
    for (const id of idsIn(parts[0] as IdSet)) {
      let inAll = true;
      for (let index = 1; index < parts.length && inAll; index += 1) inAll = (parts[index] as IdSet).has(id);
      if (inAll) ids.push(id);
    }
    return ids;
  }
}

/** Ids in any of `parts`. */
export function unionOf(parts: readonly IdSet[]): IdSet {
  // Most unions have one part that is not empty (a look-up of one key): that part, without a filtered copy.
  let nonEmpty = 0;
  let only: IdSet = NO_IDS;
  for (const part of parts) {
    if (part.size === 0) continue;
    nonEmpty += 1;
    only = part;
  }
  return nonEmpty <= 1 ? only : new Union(parts.filter((part) => part.size > 0));
}

/** A part holding at least this share of all records is not asked `has`: it would rule out few candidates. */
const BROAD = 0.75;

/**
 * Ids in every one of `parts` (at least one part). With `universe` (how many records there are), parts other than
 * the smallest that hold most records are left out, so the result may be a superset: the search evaluates every
 * candidate anyway, and asking such a part costs more than the few candidates it would rule out.
 */
export function intersectionOf(parts: readonly IdSet[], universe = Number.POSITIVE_INFINITY): IdSet {
  if (parts.length === 0) throw new Error('emulator: an intersection of no id sets');
  // One or two parts (most ANDs) are ordered by size without a sorted copy; ties keep their order, as the sort does.
  if (parts.length <= 2) {
    const first = parts[0] as IdSet;
    const second = parts[1] ?? first;
    const smaller = second.size < first.size ? second : first;
    const larger = smaller === first ? second : first;
    if (smaller.size === 0) return NO_IDS;
    return parts.length === 1 || larger.size >= universe * BROAD ? smaller : new Intersection([smaller, larger]);
  }
  const sorted = [...parts].sort((left, right) => left.size - right.size);
  if ((sorted[0] as IdSet).size === 0) return NO_IDS;
  const useful = sorted.filter((part, index) => index === 0 || part.size < universe * BROAD);
  return useful.length === 1 ? (useful[0] as IdSet) : new Intersection(useful);
}

/** A set's size when it is exact: a plain set, or a union of such sets (which the caller knows to be disjoint). */
function exactSize(set: IdSet): number | undefined {
  if (set instanceof Set) return set.size;
  if (!(set instanceof Union)) return undefined;
  let size = 0;
  for (const part of set.parts) {
    const partSize = exactSize(part);
    if (partSize === undefined) return undefined;
    size += partSize;
  }
  return size;
}

const inAny = (sets: readonly IdSet[], id: string, before = sets.length): boolean => {
  for (let index = 0; index < before; index += 1) if ((sets[index] as IdSet).has(id)) return true;
  return false;
};

const inAll = (sets: readonly IdSet[], id: string, from: number): boolean => {
  for (let index = from; index < sets.length; index += 1) if (!(sets[index] as IdSet).has(id)) return false;
  return true;
};

/**
 * How many ids are in every one of `included` (at least one) and in none of `excluded`, exactly. No set may hold
 * an id twice: a union must be of disjoint sets (distinct keys of a single-valued field, distinct stages). One
 * included plain set (or union of them) costs the excluded sets' total size when that is smaller than its own —
 * a rep's thousands of leads less the few inactive ones cost the few; else the smallest included set is walked.
 */
export function countIn(included: readonly IdSet[], excluded: readonly IdSet[]): number {
  // Counted once per member row: one included set (the usual case) is used as it is, without copies.
  const sorted = included.length === 1 ? included : [...included].sort((left, right) => left.size - right.size);
  const smallest = sorted[0];
  if (!smallest) throw new Error('emulator: a count over no id sets');
  const size = sorted.length === 1 ? exactSize(smallest) : undefined;
  let excludedSize = 0;
  for (const set of excluded) excludedSize += set.size;
  if (size !== undefined && excludedSize < size) {
    let overlap = 0;
    for (let index = 0; index < excluded.length; index += 1) {
      for (const id of idsIn(excluded[index] as IdSet)) if (smallest.has(id) && !inAny(excluded, id, index)) overlap += 1;
    }
    return size - overlap;
  }
  let count = 0;
  for (const id of idsIn(smallest)) if (inAll(sorted, id, 1) && !inAny(excluded, id)) count += 1;
  return count;
}
