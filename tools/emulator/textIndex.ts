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
 */
import { intersectionOf, NO_IDS, type IdSet } from './idSets';
import type { StoredValue } from './schema/model';

export type TextLookup = 'contains' | 'startswith' | 'is';

const START = '\u0002';
const END = '\u0003';
/** Trigrams of a term whose postings are intersected: its rarest ones. */
const RAREST = 3;

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

export class TrigramIndex {
  private readonly postings = new Map<number, Set<string>>();

  add(id: string, value: StoredValue | undefined): void {
    const text = indexed(value);
    for (let index = 0; index + 3 <= text.length; index += 1) {
      const gram = gramAt(text, index);
      const ids = this.postings.get(gram);
      if (ids) ids.add(id);
      else this.postings.set(gram, new Set([id]));
    }
  }

  remove(id: string, value: StoredValue | undefined): void {
    const text = indexed(value);
    for (let index = 0; index + 3 <= text.length; index += 1) {
      const gram = gramAt(text, index);
      const ids = this.postings.get(gram);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.postings.delete(gram);
    }
  }

  /** Ids of the records that may match `lookup` with `wanted`; undefined when the term is too short to narrow by. */
  candidates(lookup: TextLookup, wanted: unknown): IdSet | undefined {
    const key = textKey(wanted);
    let pattern: string;
    if (lookup === 'contains') pattern = key;
    else if (lookup === 'startswith') pattern = START + key;
    else pattern = key === '' ? '' : START + key + END;
    if (pattern.length < 3) return undefined;
    const grams = new Set<number>();
    for (let index = 0; index + 3 <= pattern.length; index += 1) grams.add(gramAt(pattern, index));
    // The rarest few trigrams narrow about as far as all of them; checking more costs more than evaluating.
    const postings = [...grams].map((gram) => this.postings.get(gram) ?? NO_IDS).sort((left, right) => left.size - right.size);
    return intersectionOf(postings.slice(0, RAREST));
  }
}
