/**
 * SuiteQL's tables over the emulator's store, by name: `customer` (every stage of the customer family; SuiteQL
 * has no `lead` table), `employee` and the other standard families, every custom record type and custom list by
 * script id, and `entityaddress`. A table is `id` plus the family's body fields; `customer` has `searchstage`
 * ('Lead' / 'Prospect' / 'Customer') instead of `stage`, and the nkeys of its default addresses.
 */
import { soleId, type IdSet } from '../idSets';
import type { FamilyDef, StoredRecord } from '../schema/model';
import type { Schema } from '../schema/accountSchema';
import { CUSTOMER_STAGE_LIST } from '../schema/standardRecords';
import type { RecordStore } from '../store';
import { defaultAddressKey, entityAddressTable } from './addresses';
import { fieldColumn, keyColumn, type FieldIndex, type QueryColumn } from './columns';
import type { QueryTable } from './queryTable';
import type { SqlValue } from './values';

const STAGE_NAMES = new Map(CUSTOMER_STAGE_LIST.values.map((stage) => [stage.id, stage.name]));
const STAGE_CODES = new Map(CUSTOMER_STAGE_LIST.values.map((stage) => [stage.name, stage.id]));

/** `searchstage`: the stage's name, answered by the store's index of stage codes. */
const SEARCH_STAGE: QueryColumn = {
  name: 'searchstage',
  read: (row) => STAGE_NAMES.get(String(row.values.stage)) ?? null,
  // Every stored stage is one of the list's codes, so the name's code finds exactly the rows showing that name.
  lookup: { field: 'stage', key: (value: SqlValue) => (typeof value === 'string' ? STAGE_CODES.get(value) : undefined), exact: () => true },
};

/** Columns a family's table shows differently from its body fields. */
interface TableShape {
  hidden: readonly string[];
  extra: readonly QueryColumn[];
}

const PLAIN: TableShape = { hidden: [], extra: [] };
const CUSTOMER: TableShape = {
  hidden: ['stage'],
  extra: [
    SEARCH_STAGE,
    { name: 'defaultbillingaddress', read: (row) => defaultAddressKey(row, 'defaultbilling') },
    { name: 'defaultshippingaddress', read: (row) => defaultAddressKey(row, 'defaultshipping') },
  ],
};

function recordTable(family: FamilyDef, store: RecordStore, shape: TableShape): QueryTable {
  const columns = new Map<string, QueryColumn>([['id', keyColumn('id')]]);
  for (const field of family.fields.values()) {
    if (!shape.hidden.includes(field.id)) columns.set(field.id, fieldColumn(field, fieldIndex(store, family.family, field.id)));
  }
  for (const column of shape.extra) columns.set(column.name, column);
  return {
    name: family.family,
    columns,
    rows: (records) => records.inOrder(family.family),
    rowsWithKeys: (records, keys) => rowsWithKeys(records, family.family, keys),
    size: (records) => records.count(family.family),
    indexed: (records, field, keys) => records.lookup(family.family, field, keys),
    indexedInStages: (records, field, keys, stages) => records.lookupInStages(family.family, field, keys, stages),
    flagged: (records, field, flag, stages) => records.flagged(family.family, field, flag, stages),
  };
}

/** A join on an internal id names one row per row of the level before: fetched by id, without ordering a list of one. */
function rowsWithKeys(store: RecordStore, family: string, keys: IdSet): readonly StoredRecord[] {
  const id = soleId(keys);
  if (id === undefined) return store.inOrderAmong(family, keys);
  const record = store.get(family, id);
  return record ? [record] : [];
}

function fieldIndex(store: RecordStore, family: string, fieldId: string): FieldIndex {
  if (store.isIndexed(family, fieldId)) return 'select';
  return store.hasFlagIndex(family, fieldId) ? 'flag' : undefined;
}

/** Whether SuiteQL shows the family as a table: not the stage list or the deployments Objects/ stands for. */
function isQueryable(family: FamilyDef): boolean {
  if (family.fromObjects) return false;
  return !family.isList || family.family.startsWith('customlist');
}

const catalogs = new WeakMap<Schema, ReadonlyMap<string, QueryTable>>();

/** The account's SuiteQL tables by lower-case name, built once per schema. */
export function queryTables(schema: Schema, store: RecordStore): ReadonlyMap<string, QueryTable> {
  let tables = catalogs.get(schema);
  if (tables) return tables;
  const built = new Map<string, QueryTable>();
  for (const family of schema.allFamilies().filter(isQueryable)) {
    built.set(family.family, recordTable(family, store, family.family === 'customer' ? CUSTOMER : PLAIN));
  }
  built.set('entityaddress', entityAddressTable(schema.family('customer')));
  tables = built;
  catalogs.set(schema, tables);
  return tables;
}
