/**
 * The account's records by family, with internal ids and indexes:
 *
 * - equality indexes on select, multi-select and stage fields, so `anyof`/`is` filters on them read only the
 *   matching records; in a family with stages (lead, prospect, customer) each select index is also kept per stage,
 *   so "this rep's leads" reads the rep's leads, not all the rep's customers;
 * - the checked and the unset (NULL) records of each checkbox field, few in practice (unchecked is the rule), also
 *   per stage, so SuiteQL can count "active leads of this rep" from set sizes (`query/count.ts`);
 * - trigram indexes on text fields (`textIndex.ts`), built the first time a search asks for one and kept up to
 *   date from then on, so `contains`/`startswith`/`is` terms read only the records holding the term's trigrams;
 * - every family's records in NetSuite's order (`recordOrder.ts`), so candidates are ordered by rank.
 *
 * Indexes only narrow: a search still evaluates every record they name. `stats` counts what searches actually
 * examined so tests can prove an index was used.
 */
import { idsOf, intersectionOf, NO_IDS, unionOf, type IdSet } from './idSets';
import type { FamilyDef, StoredRecord, StoredValue } from './schema/model';
import type { Schema } from './schema/accountSchema';
import { copyRecord } from './recordCopy';
import { compareInternalIds, RecordOrder } from './recordOrder';
import { TrigramIndex, type TextLookup } from './textIndex';
import { typeGroup } from './values';

export interface StoreStats {
  /** Records a search evaluated its filters against, and rows a SuiteQL query evaluated. */
  recordsScanned: number;
  /** Index and key look-ups that replaced a scan. */
  indexLookups: number;
}

type Index = Map<string, Set<string>>;
/** An index per stage, by the stage's key: a look-up or write names the stage and the key without joining them. */
type StagedIndex = Map<string, Index>;

/** A family's indexes as lists of (field, index), walked on every write. */
interface IndexLists {
  selects: readonly (readonly [string, Index])[];
  staged: readonly (readonly [string, StagedIndex])[];
  flags: readonly (readonly [string, Index])[];
  stagedFlags: readonly (readonly [string, StagedIndex])[];
}

/** A checkbox's value class a flag index keeps: checked, or no value (NULL). Unchecked records are all the others. */
export type Flag = 'checked' | 'unset';

/** Whether the store copies a record it is given ('copy') or keeps the caller's object ('give'). */
export type Handover = 'copy' | 'give';

/** The field holding a record's stage, in families with stages. */
const STAGE = 'stage';

export { compareInternalIds };

export class RecordStore {
  readonly stats: StoreStats = { recordsScanned: 0, indexLookups: 0 };
  private readonly records = new Map<string, Map<string, StoredRecord>>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  /** Families with stages: each other indexed field's index per stage. */
  private readonly stagedIndexes = new Map<string, Map<string, StagedIndex>>();
  /** Each checkbox field's checked and unset records (`flagOf`), and in families with stages the same per stage. */
  private readonly flagIndexes = new Map<string, Map<string, Index>>();
  private readonly stagedFlagIndexes = new Map<string, Map<string, StagedIndex>>();
  /** Each family's indexes above as lists, walked on every write. */
  private readonly indexLists = new Map<string, IndexLists>();
  private readonly textIndexes = new Map<string, Map<string, TrigramIndex>>();
  private readonly orders = new Map<string, RecordOrder>();
  private highestId = 0;
  private writes = 0;
  /** The write count at each record's last insert or replace: what optimistic locking compares. */
  private readonly revisions = new Map<string, number>();

  constructor(private readonly schema: Schema) {
    for (const family of schema.allFamilies()) {
      this.records.set(family.family, new Map());
      const fields = indexedFields(family);
      this.indexes.set(family.family, new Map(fields.map((fieldId) => [fieldId, new Map()])));
      if (fields.includes(STAGE)) this.stagedIndexes.set(family.family, new Map(fields.filter((fieldId) => fieldId !== STAGE).map((fieldId) => [fieldId, new Map()])));
      const flags = flagFields(family);
      this.flagIndexes.set(family.family, new Map(flags.map((fieldId) => [fieldId, new Map()])));
      if (fields.includes(STAGE)) this.stagedFlagIndexes.set(family.family, new Map(flags.map((fieldId) => [fieldId, new Map()])));
      const listOf = <T>(indexes: Map<string, Map<string, T>>) => [...(indexes.get(family.family) ?? [])];
      this.indexLists.set(family.family, {
        selects: listOf(this.indexes),
        staged: listOf(this.stagedIndexes),
        flags: listOf(this.flagIndexes),
        stagedFlags: listOf(this.stagedFlagIndexes),
      });
      this.textIndexes.set(family.family, new Map());
      this.orders.set(family.family, new RecordOrder());
    }
  }

  /** Counts every insert, replace and remove: equal versions mean the records have not changed in between. */
  get version(): number {
    return this.writes;
  }

  /**
   * Which write last changed the record (0 when none did): a record loaded at one revision and saved at another
   * was saved by someone else in between.
   */
  revision(family: string, id: string): number {
    return this.revisions.get(`${family}:${id}`) ?? 0;
  }

  /** The next internal id: above every id in the account, in creation order. */
  nextId(): string {
    this.highestId += 1;
    return String(this.highestId);
  }

  get(family: string, id: string): StoredRecord | undefined {
    return this.familyRecords(family).get(String(id));
  }

  /** A copy the caller may change freely. */
  snapshot(family: string, id: string): StoredRecord | undefined {
    const record = this.get(family, id);
    return record === undefined ? undefined : copyRecord(record);
  }

  all(family: string): IterableIterator<StoredRecord> {
    return this.familyRecords(family).values();
  }

  count(family: string): number {
    return this.familyRecords(family).size;
  }

  /** The family's records in NetSuite's order (ascending internal id); read-only, valid until the next write. */
  inOrder(family: string): readonly StoredRecord[] {
    return this.order(family).all();
  }

  /** The family's records with these ids, in NetSuite's order, each once; ids of no record are skipped. */
  pickInOrder(family: string, ids: Iterable<string>): StoredRecord[] {
    return this.order(family).pick(ids);
  }

  /** The family's records whose id is in `ids`, in NetSuite's order: picked when they are few, else by walking the family. */
  inOrderAmong(family: string, ids: IdSet): StoredRecord[] {
    const all = this.inOrder(family);
    // Ordering k ids costs about k·log k; walking the family in order costs its size: take the cheaper.
    // A plain set (an index's own) is read as it is; a combination lists its ids.
    if (ids.size * Math.log2(ids.size + 2) < all.length) return this.pickInOrder(family, ids instanceof Set ? (ids as Set<string>) : idsOf(ids));
    return all.filter((record) => ids.has(record.id));
  }

  /**
   * Adds a record. The store keeps a copy of it, unless `handover` says the caller gives the record up: nothing will
   * change it through another reference (a write's own draft).
   */
  insert(record: StoredRecord, handover: Handover = 'copy'): void {
    this.writes += 1;
    const family = this.familyOf(record);
    const records = this.familyRecords(family);
    if (records.has(record.id)) throw new Error(`emulator: ${record.type} ${record.id} already exists`);
    const copy = handover === 'give' ? record : copyRecord(record);
    records.set(copy.id, copy);
    this.revisions.set(`${family}:${copy.id}`, this.writes);
    this.indexRecord(family, copy, undefined);
    this.order(family).insert(copy);
    // List value ids (1..n per list), stage codes and deployment records live in their own id spaces.
    const definition = this.schema.family(family);
    if (!definition.isList && !definition.fromObjects && /^\d+$/.test(copy.id)) this.highestId = Math.max(this.highestId, Number(copy.id));
  }

  /** Replaces the record with the same id; `handover` as for `insert`. */
  replace(record: StoredRecord, handover: Handover = 'copy'): void {
    this.writes += 1;
    const family = this.familyOf(record);
    const previous = this.get(family, record.id);
    if (!previous) throw new Error(`emulator: ${record.type} ${record.id} does not exist`);
    const copy = handover === 'give' ? record : copyRecord(record);
    this.indexRecord(family, copy, previous);
    this.familyRecords(family).set(copy.id, copy);
    this.revisions.set(`${family}:${copy.id}`, this.writes);
    this.order(family).replace(copy);
  }

  remove(family: string, id: string): void {
    const previous = this.get(family, id);
    if (!previous) return;
    this.writes += 1;
    this.indexRecord(family, undefined, previous);
    this.familyRecords(family).delete(previous.id);
    this.revisions.delete(`${family}:${previous.id}`);
    this.order(family).remove(previous.id);
  }

  isIndexed(family: string, fieldId: string): boolean {
    return this.indexes.get(family)?.has(fieldId) ?? false;
  }

  /**
   * Ids of the records whose indexed field holds any of `keys`; undefined when the field is not indexed. The set
   * is the index's own (combined without copying): read it before the next write.
   */
  lookup(family: string, fieldId: string, keys: readonly string[]): IdSet | undefined {
    const index = this.indexes.get(family)?.get(fieldId);
    if (!index) return undefined;
    this.stats.indexLookups += 1;
    // One key (most look-ups) is one set: no union to build.
    if (keys.length === 1) return index.get(indexKey(keys[0] as string)) ?? NO_IDS;
    return unionOf(keys.flatMap((key) => index.get(indexKey(key)) ?? []));
  }

  /**
   * Ids of the records of one of `stages` whose indexed field holds any of `keys`: one look-up of the field's
   * per-stage index (the intersection of the two look-ups where the family keeps none); undefined when the field
   * is not indexed. Like `lookup`, the set is the index's own.
   */
  lookupInStages(family: string, fieldId: string, keys: readonly string[], stages: readonly string[]): IdSet | undefined {
    const staged = this.stagedIndexes.get(family)?.get(fieldId);
    if (!staged) {
      const [ofField, ofStages] = [this.lookup(family, fieldId, keys), this.lookup(family, STAGE, stages)];
      return ofField && ofStages && intersectionOf([ofField, ofStages]);
    }
    this.stats.indexLookups += 1;
    if (stages.length === 1 && keys.length === 1) return staged.get(indexKey(stages[0] as string))?.get(indexKey(keys[0] as string)) ?? NO_IDS;
    return unionOf(stages.flatMap((stage) => keys.flatMap((key) => staged.get(indexKey(stage))?.get(indexKey(key)) ?? [])));
  }

  /** Whether the store keeps the checked and unset records of the family's checkbox `fieldId`. */
  hasFlagIndex(family: string, fieldId: string): boolean {
    return this.flagIndexes.get(family)?.has(fieldId) ?? false;
  }

  /**
   * Ids of the records whose checkbox `fieldId` is `flag` (checked, or holding no value), of any of `stages` when
   * given (the field's per-stage sets); undefined when the store keeps no such sets. Exact, and the store's own
   * sets like `lookup`'s: read them before the next write.
   */
  flagged(family: string, fieldId: string, flag: Flag, stages?: readonly string[]): IdSet | undefined {
    if (!stages) {
      const index = this.flagIndexes.get(family)?.get(fieldId);
      if (!index) return undefined;
      this.stats.indexLookups += 1;
      return index.get(flag) ?? NO_IDS;
    }
    const staged = this.stagedFlagIndexes.get(family)?.get(fieldId);
    // A family without stages keeps no per-stage sets: none of its records is of any stage.
    if (!staged) return this.hasFlagIndex(family, fieldId) ? NO_IDS : undefined;
    this.stats.indexLookups += 1;
    if (stages.length === 1) return staged.get(indexKey(stages[0] as string))?.get(flag) ?? NO_IDS;
    return unionOf([...new Set(stages.map(indexKey))].flatMap((stage) => staged.get(stage)?.get(flag) ?? []));
  }

  /** Whether `fieldId` of the family can have a trigram index: a text field held on the record (not computed). */
  isTextIndexable(family: string, fieldId: string): boolean {
    const field = this.schema.family(family).searchFields.get(fieldId);
    return field !== undefined && !field.derive && typeGroup(field.type) === 'text';
  }

  /**
   * Ids of the records whose text field may match `lookup` with `wanted` (a superset: evaluate each); undefined
   * when the field is not text-indexable or the term is too short. Builds the field's index on first use.
   */
  textLookup(family: string, fieldId: string, lookup: TextLookup, wanted: unknown): IdSet | undefined {
    if (!this.isTextIndexable(family, fieldId)) return undefined;
    const indexes = this.textIndexes.get(family) as Map<string, TrigramIndex>;
    let index = indexes.get(fieldId);
    if (!index) {
      index = new TrigramIndex();
      for (const record of this.familyRecords(family).values()) index.add(record.id, record.values[fieldId]);
      indexes.set(fieldId, index);
    }
    const candidates = index.candidates(lookup, wanted);
    if (candidates) this.stats.indexLookups += 1;
    return candidates;
  }

  private familyRecords(family: string): Map<string, StoredRecord> {
    const records = this.records.get(family);
    if (!records) throw new Error(`emulator: no record family "${family}"`);
    return records;
  }

  private order(family: string): RecordOrder {
    const order = this.orders.get(family);
    if (!order) throw new Error(`emulator: no record family "${family}"`);
    return order;
  }

  private familyOf(record: StoredRecord): string {
    return this.schema.recordType(record.type).family.family;
  }

  /** Moves the record's index entries from `previous` (absent for an insert) to `next` (absent for a removal). */
  private indexRecord(family: string, next: StoredRecord | undefined, previous: StoredRecord | undefined): void {
    // Once per write, for every indexed field of the family: key by key, without building key lists.
    const id = (next ?? previous)?.id as string;
    const lists = this.indexLists.get(family) as IndexLists;
    const stageBefore = previous?.values[STAGE];
    const stageAfter = next?.values[STAGE];
    const sameStage = stageBefore === stageAfter;
    for (const [fieldId, index] of lists.selects) {
      const before = previous?.values[fieldId];
      const after = next?.values[fieldId];
      if (previous && next && sameValue(before, after)) continue;
      if (previous) removeKeys(index, id, before);
      if (next) addKeys(index, id, after);
    }
    for (const [fieldId, index] of lists.staged) {
      const before = previous?.values[fieldId];
      const after = next?.values[fieldId];
      if (previous && next && sameStage && sameValue(before, after)) continue;
      if (stageBefore !== undefined) removeKeys(ofStage(index, stageBefore), id, before);
      if (stageAfter !== undefined) addKeys(ofStage(index, stageAfter), id, after);
    }
    for (const [fieldId, index] of lists.flags) {
      if (previous && next && previous.values[fieldId] === next.values[fieldId]) continue;
      const before = flagOf(previous, fieldId);
      const after = flagOf(next, fieldId);
      if (before) removeEntry(index, id, before);
      if (after) addEntry(index, id, after);
    }
    for (const [fieldId, index] of lists.stagedFlags) {
      if (previous && next && sameStage && previous.values[fieldId] === next.values[fieldId]) continue;
      const before = flagOf(previous, fieldId);
      const after = flagOf(next, fieldId);
      if (before && stageBefore !== undefined) removeEntry(ofStage(index, stageBefore), id, before);
      if (after && stageAfter !== undefined) addEntry(ofStage(index, stageAfter), id, after);
    }
    for (const [fieldId, index] of this.textIndexes.get(family) ?? []) {
      const [before, after] = [previous?.values[fieldId], next?.values[fieldId]];
      if (previous && next && sameValue(before, after)) continue;
      if (previous) index.remove(id);
      if (next) index.add(id, after);
    }
  }
}

function indexedFields(family: FamilyDef): string[] {
  return [...family.fields.values()]
    .filter((field) => (field.type === 'SELECT' || field.type === 'MULTISELECT') && !field.derive)
    .map((field) => field.id);
}

function flagFields(family: FamilyDef): string[] {
  return [...family.fields.values()].filter((field) => field.type === 'CHECKBOX' && !field.derive).map((field) => field.id);
}

/** The flag index a record's checkbox is in (none for an absent record or an unchecked box). */
function flagOf(record: StoredRecord | undefined, fieldId: string): Flag | undefined {
  if (!record) return undefined;
  const value = record.values[fieldId];
  return value === true ? 'checked' : value === undefined ? 'unset' : undefined;
}

/** Index keys ignore case: stage codes and ids compare case-insensitively in filters. */
export function indexKey(value: string): string {
  return value.toLowerCase();
}

/** The index of one stage (made when first written). */
function ofStage(staged: StagedIndex, stage: StoredValue): Index {
  const key = indexKey(String(stage));
  let index = staged.get(key);
  if (!index) {
    index = new Map();
    staged.set(key, index);
  }
  return index;
}

function removeEntry(index: Index, id: string, key: string): void {
  const ids = index.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}

function addEntry(index: Index, id: string, key: string): void {
  const ids = index.get(key);
  if (ids) ids.add(id);
  else index.set(key, new Set([id]));
}

/** Takes `id` off the entries of each id `value` holds (none when it is empty). */
function removeKeys(index: Index, id: string, value: StoredValue | undefined): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) removeEntry(index, id, indexKey(String(value)));
  else for (const each of value) removeEntry(index, id, indexKey(each));
}

/** Puts `id` on the entries of each id `value` holds. */
function addKeys(index: Index, id: string, value: StoredValue | undefined): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) addEntry(index, id, indexKey(String(value)));
  else for (const each of value) addEntry(index, id, indexKey(each));
}

function sameValue(left: StoredValue | undefined, right: StoredValue | undefined): boolean {
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((value, index) => value === right[index]);
  return left === right;
}
