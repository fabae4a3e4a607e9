/**
 * SuiteQL columns over stored values: each reads its value from a row (a stored record) the way SuiteQL returns
 * it — ids and selects as numbers when numeric, checkboxes 'T' / 'F' (NULL where the record holds no value),
 * numbers as numbers, text with '' as NULL, a multi-select as its ids in one text,
 * dates and times as the account's format — and says whether an equality on it can be answered by a key.
 */
import { formatUserDate, formatUserDateTime, dayToDate } from '../dates';
import type { FieldDef, StoredRecord, StoredValue } from '../schema/model';
import { typeGroup } from '../values';
import { idKey, TemporalValue, type SqlValue } from './values';

/** How an equality on a column narrows its table: by the rows' own keys, or by a store index of `field`. */
export interface ColumnLookup {
  /** The indexed field; undefined for the table's row key (internal id, nkey). */
  field?: string;
  /** The key a row equal to `value` is found by; undefined when no row can equal it. */
  key(value: SqlValue): string | undefined;
}

export interface QueryColumn {
  readonly name: string;
  read(row: StoredRecord): SqlValue;
  readonly lookup?: ColumnLookup;
}

/** Longest digit string read without a check that it is a safe integer (10^15 < 2^53). */
const SAFE_DIGITS = 15;

/** Stored internal ids and select values: numbers when numeric, else the code (list values, stages). */
function idValue(id: string): number | string {
  if (id.length === 0 || id.length > SAFE_DIGITS) return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
  // Read digit by digit: every row read of an id or select column comes here.
  let number = 0;
  for (let index = 0; index < id.length; index += 1) {
    const digit = id.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return id;
    number = number * 10 + digit;
  }
  return number;
}

/** Between the ids of a multi-select column's text. */
export const MULTISELECT_SEPARATOR = ', ';

const ROW_KEY: ColumnLookup = { key: idKey };

/** The table's key column (`id`, `nkey`): the row's stored id. */
export function keyColumn(name: string): QueryColumn {
  return { name, read: (row) => idValue(row.id), lookup: ROW_KEY };
}

type StoredReader = (stored: StoredValue | undefined) => SqlValue;

/** How a field's stored value reads in SuiteQL, chosen once per column (a query reads it for every row). */
function storedReader(field: FieldDef): StoredReader {
  switch (typeGroup(field.type)) {
    case 'checkbox':
      // A checkbox added after a record existed holds no value there, and SuiteQL reads NULL.
      return (stored) => (stored === undefined ? null : stored === true ? 'T' : 'F');
    case 'number':
      return (stored) => (typeof stored === 'number' ? stored : null);
    case 'date':
      return (stored) => (stored === undefined ? null : new TemporalValue(formatUserDate(String(stored)), dayToDate(String(stored)).getTime()));
    case 'datetime':
      return (stored) => (stored === undefined ? null : new TemporalValue(formatUserDateTime(new Date(String(stored))), Date.parse(String(stored))));
    case 'select':
      return (stored) => (stored === undefined ? null : idValue(String(stored)));
    case 'multiselect':
      // The selected ids as one text (the separator is not confirmed by NetSuite's documentation; see README).
      return (stored) => (Array.isArray(stored) && stored.length > 0 ? stored.join(MULTISELECT_SEPARATOR) : null);
    default:
      return (stored) => (stored === undefined || stored === '' ? null : String(stored));
  }
}

/** A stored field as a column; `indexed` when the store keeps an equality index of it. */
export function fieldColumn(field: FieldDef, indexed: boolean): QueryColumn {
  const toSql = storedReader(field);
  const fieldId = field.id;
  const read = (row: StoredRecord): SqlValue => toSql(row.values[fieldId]);
  return indexed ? { name: field.id, read, lookup: { field: field.id, key: idKey } } : { name: field.id, read };
}
