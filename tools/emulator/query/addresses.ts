/**
 * SuiteQL's `entityaddress`: one row per address subrecord of a customer-family record's address book. NetSuite's
 * nkeys are ids of their own; the emulator derives them so that a key names its address directly:
 * nkey = owner's internal id × 1000 + line number (1 for the first line). A join `ON a.nkey =
 * c.defaultbillingaddress` is then one look-up, and rows in nkey order are owners in id order, lines in order.
 */
import { notEmulated } from '../errors';
import { idsOf, type IdSet } from '../idSets';
import type { FamilyDef, StoredLine, StoredRecord } from '../schema/model';
import type { RecordStore } from '../store';
import { fieldColumn, keyColumn, type QueryColumn } from './columns';
import type { QueryTable } from './queryTable';

const LINES_PER_RECORD = 1000;
const ADDRESS_SUBRECORD = 'addressbookaddress';

function addressKey(owner: StoredRecord, lineIndex: number): number {
  const id = Number(owner.id);
  if (!/^\d+$/.test(owner.id) || !Number.isSafeInteger(id * LINES_PER_RECORD)) throw notEmulated(`An address of ${owner.type} ${owner.id} (its internal id is no whole number)`);
  if (lineIndex + 1 >= LINES_PER_RECORD) throw notEmulated(`Address book line ${lineIndex + 1} of ${owner.type} ${owner.id} (999 lines at most)`);
  return id * LINES_PER_RECORD + lineIndex + 1;
}

function addressRow(owner: StoredRecord, line: StoredLine, lineIndex: number): StoredRecord {
  return { type: 'entityaddress', id: String(addressKey(owner, lineIndex)), values: line.subrecords[ADDRESS_SUBRECORD] ?? {}, sublists: {} };
}

/** The nkey of the record's default billing or shipping address, or null when no line is that default. */
export function defaultAddressKey(record: StoredRecord, flag: 'defaultbilling' | 'defaultshipping'): number | null {
  const lineIndex = (record.sublists.addressbook ?? []).findIndex((line) => line.values[flag] === true);
  return lineIndex < 0 ? null : addressKey(record, lineIndex);
}

/** The address rows of `owners`' records, over the family's address subrecord fields. */
export function entityAddressTable(owners: FamilyDef): QueryTable {
  const fields = owners.sublists.get('addressbook')?.subrecords.get(ADDRESS_SUBRECORD) ?? new Map();
  const columns = new Map<string, QueryColumn>([['nkey', keyColumn('nkey')]]);
  for (const field of fields.values()) columns.set(field.id, fieldColumn(field, undefined));
  return {
    name: 'entityaddress',
    columns,
    rows: (store) => store.inOrder(owners.family).flatMap((owner) => (owner.sublists.addressbook ?? []).map((line, index) => addressRow(owner, line, index))),
    rowsWithKeys: (store, keys) => addressesWithKeys(store, owners.family, keys),
    // Counting addresses means walking every owner: as an unknown size, no key set counts as naming most rows.
    size: () => Number.POSITIVE_INFINITY,
  };
}

function addressesWithKeys(store: RecordStore, family: string, keys: IdSet): StoredRecord[] {
  const nkeys = [...new Set(idsOf(keys))].filter((key) => /^\d+$/.test(key)).map(Number).sort((left, right) => left - right);
  const rows: StoredRecord[] = [];
  for (const nkey of nkeys) {
    const line = nkey % LINES_PER_RECORD;
    const owner = store.get(family, String((nkey - line) / LINES_PER_RECORD));
    const stored = owner?.sublists.addressbook?.[line - 1];
    if (owner && stored) rows.push(addressRow(owner, stored, line - 1));
  }
  return rows;
}
