/**
 * A trigram index of one text field: every three-character substring of the lower-cased value, with a start
 * marker before it and an end marker after it, names the records holding it. A term's trigrams must all be in a
 * matching value, so intersecting their postings gives a superset of the matches, never missing one:
 *
 * - `contains 'acme'` (3 characters or more): the records holding `acm` and `cme`;
 * - `startswith 'ac'` (2 or more): ⟨start⟩`ac`, plus the term's own trigrams;
 * - `is 'acme'` (1 or more): ⟨start⟩`ac`, `acm`, `cme`, `me`⟨end⟩.
 *
 * Shorter terms (and `is ''`, which matches empty fields) cannot be narrowed: `candidates` says so with
 * undefined and the search reads every record. The search still evaluates each candidate in full.
 * Trigrams are code units of `String(value).toLowerCase()`, exactly what the text operators compare, packed into
 * one small integer (10 bits a code unit): trigrams of other alphabets may share a key, which only widens a
 * posting, never narrows it.
 *
 * Postings are ascending lists of slots, not sets of ids: a record added gets the next slot, so adding appends
 * without hashing, and a term's postings are intersected by walking sorted numbers. Removing a record only retires
 * its slot (the postings skip it when read); once retired slots outnumber live ones, the slots are renumbered.
 * A term's candidates are listed only when read: ANDed with a rarer term (a company's distinctive word with a trade
 * word), they are only asked `has` for the rarer term's records. Terms of one field ANDed together are one walk of
 * all their postings (`joinTextTerms`).
 */
import { NO_IDS, type IdSet, type ListedIdSet } from './idSets';
import type { StoredValue } from './schema/model';

export type TextLookup = 'contains' | 'startswith' | 'is';

const START = '\u0002';
const END = '\u0003';
/** Retired slots tolerated before renumbering, besides as many as there are live ones. */
const RETIRED_SLACK = 1024;

/** The text a text operator compares: the value as a string, lower case (empty when the field is empty). */
export function textKey(value: unknown): string {
  return String(value ?? '').toLowerCase();
}

/** The key of the trigram at `index` of `text`. */
function gramAt(text: string, index: number): number {
  return ((text.charCodeAt(index) & 0x3ff) << 20) | ((text.charCodeAt(index + 1) & 0x3ff) << 10) | (text.charCodeAt(index + 2) & 0x3ff);
}

/** The text whose trigrams index a value: the key between the start and end markers; empty for an empty field. */
function indexed(value: StoredValue | undefined): string {
  const key = textKey(value);
  return key === '' ? '' : START + key + END;
}

/**
 * The first position of `sorted` at or after `from` holding `wanted` or more (its length when none does): galloping
 * ahead, so walking two lists that hold mostly the same numbers costs about their length, not that times a log.
 */
function seek(sorted: readonly number[], wanted: number, from: number): number {
  let [low, step] = [from, 1];
  while (low + step < sorted.length && (sorted[low + step] as number) < wanted) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, sorted.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Keeps, at the front of `kept` (ascending, the caller's own), the slots `posting` (ascending) also holds; their count. */
function keepHeld(kept: number[], count: number, posting: readonly number[]): number {
  let at = 0;
  let held = 0;
  for (let index = 0; index < count; index += 1) {
    const slot = kept[index] as number;
    at = seek(posting, slot, at);
    if (at === posting.length) break;
    if (posting[at] === slot) {
      kept[held] = slot;
      held += 1;
    }
  }
  return held;
}

/** Adds `posting` to `postings` (rarest first) in its place by length, unless it is there already. */
function placeByLength(postings: (readonly number[])[], posting: readonly number[]): void {
  if (postings.includes(posting)) return;
  let at = postings.length;
  while (at > 0 && (postings[at - 1] as readonly number[]).length > posting.length) at -= 1;
  postings.splice(at, 0, posting);
}

/** Whether the ascending `sorted` holds `wanted`. */
function holds(sorted: readonly number[], wanted: number): boolean {
  const at = seek(sorted, wanted, 0);
  return sorted[at] === wanted;
}

/**
 * The records holding every one of a term's trigrams. `size` is the rarest posting's length (at least the count);
 * the ids are listed when first read, and `has` asks the postings, rarest first.
 */
class TermCandidates implements ListedIdSet {
  readonly size: number;
  private listed: string[] | undefined;

  /** `postings` rarest first; `slotOf` and `idOfSlot` the index's, read before its next write. */
  constructor(
    readonly postings: readonly (readonly number[])[],
    readonly slotOf: ReadonlyMap<string, number>,
    private readonly idOfSlot: readonly (string | undefined)[],
  ) {
    this.size = (postings[0] as readonly number[]).length;
  }

  /** The records holding every trigram of both terms (both of one index): one walk of all their postings. */
  and(other: TermCandidates): TermCandidates {
    const postings = this.postings.slice();
    for (const posting of other.postings) placeByLength(postings, posting);
    return new TermCandidates(postings, this.slotOf, this.idOfSlot);
  }

  has(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    for (const posting of this.postings) if (!holds(posting, slot)) return false;
    return true;
  }

  toArray(): string[] {
    if (this.listed) return this.listed;
    // One copy of the rarest posting, narrowed in place by each of the others.
    const kept = (this.postings[0] as readonly number[]).slice();
    let count = kept.length;
    for (let index = 1; index < this.postings.length && count > 0; index += 1) count = keepHeld(kept, count, this.postings[index] as readonly number[]);
    this.listed = [];
    for (let index = 0; index < count; index += 1) {
      const id = this.idOfSlot[kept[index] as number];
      if (id !== undefined) this.listed.push(id);
    }
    return this.listed;
  }
}

/**
 * `parts` (to intersect) with the terms of each trigram index made one: the records holding every trigram of
 * every term, the same ids, listed by walking all the postings together instead of asking a wide term `has` for
 * each id of a narrower one (`companyname contains 'zeta' AND companyname contains 'solutions'`). The parts
 * themselves when no index has two terms among them.
 */
export function joinTextTerms(parts: readonly IdSet[]): readonly IdSet[] {
  const terms = parts.filter((part): part is TermCandidates => part instanceof TermCandidates);
  if (terms.length < 2) return parts;
  const byIndex = new Map<ReadonlyMap<string, number>, TermCandidates>();
  for (const term of terms) {
    const earlier = byIndex.get(term.slotOf);
    byIndex.set(term.slotOf, earlier ? earlier.and(term) : term);
  }
  if (byIndex.size === terms.length) return parts;
  return [...parts.filter((part) => !(part instanceof TermCandidates)), ...byIndex.values()];
}

export class TrigramIndex {
  private readonly postings = new Map<number, number[]>();
  /** The record id of each slot; undefined for a retired slot. */
  private idOfSlot: (string | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private retired = 0;

  add(id: string, value: StoredValue | undefined): void {
    const text = indexed(value);
    if (text === '') return;
    const slot = this.idOfSlot.length;
    this.idOfSlot.push(id);
    this.slotOf.set(id, slot);
    for (let index = 0; index + 3 <= text.length; index += 1) {
      const gram = gramAt(text, index);
      const posting = this.postings.get(gram);
      // The slot is the highest yet: a trigram the value repeats is already at the end.
      if (!posting) this.postings.set(gram, [slot]);
      else if (posting[posting.length - 1] !== slot) posting.push(slot);
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.idOfSlot[slot] = undefined;
    this.retired += 1;
    if (this.retired > this.slotOf.size + RETIRED_SLACK) this.renumber();
  }

  /** Ids of the records that may match `lookup` with `wanted`; undefined when the term is too short to narrow by. */
  candidates(lookup: TextLookup, wanted: unknown): IdSet | undefined {
    const key = textKey(wanted);
    let pattern: string;
    if (lookup === 'contains') pattern = key;
    else if (lookup === 'startswith') pattern = START + key;
    else pattern = key === '' ? '' : START + key + END;
    if (pattern.length < 3) return undefined;
    // A term has few trigrams: each posting is placed by length as it is found (a repeated trigram, once).
    const postings: (readonly number[])[] = [];
    for (let index = 0; index + 3 <= pattern.length; index += 1) {
      const posting = this.postings.get(gramAt(pattern, index));
      if (!posting) return NO_IDS;
      placeByLength(postings, posting);
    }
    return new TermCandidates(postings, this.slotOf, this.idOfSlot);
  }

  /** Gives the live slots new numbers from 0, in the same order, and drops the retired ones from every posting. */
  private renumber(): void {
    const renumbered = new Int32Array(this.idOfSlot.length).fill(-1);
    const ids: string[] = [];
    this.idOfSlot.forEach((id, slot) => {
      if (id === undefined) return;
      renumbered[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
    });
    for (const [gram, posting] of this.postings) {
      const live = posting.map((slot) => renumbered[slot] as number).filter((slot) => slot >= 0);
      if (live.length === 0) this.postings.delete(gram);
      else this.postings.set(gram, live);
    }
    this.idOfSlot = ids;
    this.retired = 0;
  }
}
