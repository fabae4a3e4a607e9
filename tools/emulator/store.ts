/**
 * The account's records by family, with internal ids and equality indexes. Select, multi-select and stage
 * fields are indexed so `anyof`/`is` filters on them read only the matching records; `stats` counts what a
 * search actually examined so tests can prove an index was used.
 */
import type { FamilyDef, StoredRecord, StoredValue } from './schema/model';
import type { Schema } from './schema';

export interface StoreStats {
  /** Records a search evaluated its filters against. */
  recordsScanned: number;
  /** Index look-ups that replaced a scan. */
  indexLookups: number;
}

type Index = Map<string, Set<string>>;

export class RecordStore {
  readonly stats: StoreStats = { recordsScanned: 0, indexLookups: 0 };
  private readonly records = new Map<string, Map<string, StoredRecord>>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  private highestId = 0;

  constructor(private readonly schema: Schema) {
    for (const family of schema.allFamilies()) {
      this.records.set(family.family, new Map());
      this.indexes.set(family.family, new Map(indexedFields(family).map((fieldId) => [fieldId, new Map()])));
    }
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
    return record === undefined ? undefined : structuredClone(record);
  }

  all(family: string): IterableIterator<StoredRecord> {
    return this.familyRecords(family).values();
  }

  count(family: string): number {
    return this.familyRecords(family).size;
  }

  insert(record: StoredRecord): void {
    const family = this.familyOf(record);
    const records = this.familyRecords(family);
    if (records.has(record.id)) throw new Error(`emulator: ${record.type} ${record.id} already exists`);
    const copy = structuredClone(record);
    records.set(copy.id, copy);
    this.indexRecord(family, copy, 'add');
    // List value ids (1..n per list), stage codes and deployment records live in their own id spaces.
    const definition = this.schema.family(family);
    if (!definition.isList && !definition.fromObjects && /^\d+$/.test(copy.id)) this.highestId = Math.max(this.highestId, Number(copy.id));
  }

  replace(record: StoredRecord): void {
    const family = this.familyOf(record);
    const previous = this.get(family, record.id);
    if (!previous) throw new Error(`emulator: ${record.type} ${record.id} does not exist`);
    this.indexRecord(family, previous, 'delete');
    const copy = structuredClone(record);
    this.familyRecords(family).set(copy.id, copy);
    this.indexRecord(family, copy, 'add');
  }

  remove(family: string, id: string): void {
    const previous = this.get(family, id);
    if (!previous) return;
    this.indexRecord(family, previous, 'delete');
    this.familyRecords(family).delete(previous.id);
  }

  isIndexed(family: string, fieldId: string): boolean {
    return this.indexes.get(family)?.has(fieldId) ?? false;
  }

  /** Ids of the records whose indexed field holds any of `keys`; undefined when the field is not indexed. */
  lookup(family: string, fieldId: string, keys: readonly string[]): Set<string> | undefined {
    const index = this.indexes.get(family)?.get(fieldId);
    if (!index) return undefined;
    this.stats.indexLookups += 1;
    const ids = new Set<string>();
    for (const key of keys) for (const id of index.get(indexKey(key)) ?? []) ids.add(id);
    return ids;
  }

  private familyRecords(family: string): Map<string, StoredRecord> {
    const records = this.records.get(family);
    if (!records) throw new Error(`emulator: no record family "${family}"`);
    return records;
  }

  private familyOf(record: StoredRecord): string {
    return this.schema.recordType(record.type).family.family;
  }

  private indexRecord(family: string, record: StoredRecord, change: 'add' | 'delete'): void {
    for (const [fieldId, index] of this.indexes.get(family) ?? []) {
      for (const key of keysOf(record.values[fieldId])) {
        const ids = index.get(key) ?? new Set<string>();
        if (change === 'add') ids.add(record.id);
        else ids.delete(record.id);
        if (ids.size === 0) index.delete(key);
        else index.set(key, ids);
      }
    }
  }
}

function indexedFields(family: FamilyDef): string[] {
  return [...family.fields.values()]
    .filter((field) => (field.type === 'SELECT' || field.type === 'MULTISELECT') && !field.derive)
    .map((field) => field.id);
}

/** Index keys ignore case: stage codes and ids compare case-insensitively in filters. */
export function indexKey(value: string): string {
  return value.toLowerCase();
}

function keysOf(value: StoredValue | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [String(value)]).map(indexKey);
}
