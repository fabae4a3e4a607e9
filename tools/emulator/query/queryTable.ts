/** A table SuiteQL reads: its columns and how to reach its rows (a record family's store, or a table built on one). */
import type { IdSet } from '../idSets';
import type { StoredRecord } from '../schema/model';
import type { Flag, RecordStore } from '../store';
import type { QueryColumn } from './columns';

export interface QueryTable {
  readonly name: string;
  readonly columns: ReadonlyMap<string, QueryColumn>;
  /** Every row, in key order (ascending internal id). */
  rows(store: RecordStore): readonly StoredRecord[];
  /** The rows whose key is in `keys`, in key order; keys of no row are skipped. */
  rowsWithKeys(store: RecordStore, keys: IdSet): readonly StoredRecord[];
  /** How many rows there are, or more. */
  size(store: RecordStore): number;
  /** Keys of the rows whose indexed field holds one of `keys` (a record table's store index). */
  indexed?(store: RecordStore, field: string, keys: readonly string[]): IdSet | undefined;
  /** The same, of the rows whose stage code is one of `stages` (a family with stages: the store's per-stage index). */
  indexedInStages?(store: RecordStore, field: string, keys: readonly string[], stages: readonly string[]): IdSet | undefined;
  /** Keys of the rows whose checkbox `field` is `flag`, of one of `stages` when given (a record table's flag sets). */
  flagged?(store: RecordStore, field: string, flag: Flag, stages?: readonly string[]): IdSet | undefined;
}
