/**
 * SuiteQL columns over stored values: each reads its value from a row (a stored record) the way SuiteQL returns
 * it — ids and selects as numbers when numeric, checkboxes 'T' / 'F' (NULL where the record holds no value),
 * numbers as numbers, text with '' as NULL, a multi-select as its ids in one text,
 * dates and times as the account's format — and says whether an equality on it can be answered by a key.
 */
import { formatUserDate, formatUserDateTime, dayToDate } from '../dates';
import type { FieldDef, StoredRecord, StoredValue } from '../schema/model';
import { typeGroup } from '../values';
import { digitsValue, idKey, SAFE_DIGITS, TemporalValue, type SqlValue } from './values';

/** How an equality on a column narrows its table: by the rows' own keys, or by a store index of `field`. */
export interface ColumnLookup {
  /** The indexed field; undefined for the table's row key (internal id, nkey). */
  field?: string;
  /** The key a row equal to `value` is found by; undefined when no row can equal it. */
  key(value: SqlValue): string | undefined;
  /**
   * Whether the rows found by `key` are exactly those equal to its value (not a superset to evaluate): what lets a
   * COUNT(*) be read from set sizes (`count.ts`). Absent when no key is.
   */
  exact?(key: string): boolean;
}

export interface QueryColumn {
  readonly name: string;
  read(row: StoredRecord): SqlValue;
  readonly lookup?: ColumnLookup;
  /** A checkbox field whose checked and unset records the store keeps (`RecordStore.flagged`). */
  readonly flag?: string;
}

/** Stored internal ids and select values: numbers when numeric, else the code (list values, stages). */
function idValue(id: string): number | string {
  if (id.length === 0 || id.length > SAFE_DIGITS) return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
  // Read digit by digit: every row read of an id or select column comes here.
  return digitsValue(id) ?? id;
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

/**
 * A whole-number key of a select index finds exactly the rows equal to it: ids are stored as whole numbers without
 * leading zeros (the planner already relies on it) and read back as those numbers. A code key is not exact: index
 * keys ignore case, SuiteQL's text comparison does not.
 */
const isWholeNumberKey = (key: string): boolean => /^\d+$/.test(key);

/** How the store indexes a field for SuiteQL: an equality index (`select`), checked/unset sets (`flag`), or none. */
export type FieldIndex = 'select' | 'flag' | undefined;

/** A stored field as a column, with the look-up its store index gives. */
export function fieldColumn(field: FieldDef, index: FieldIndex): QueryColumn {
  const toSql = storedReader(field);
  const fieldId = field.id;
  const read = (row: StoredRecord): SqlValue => toSql(row.values[fieldId]);
  if (index === 'flag') return { name: fieldId, read, flag: fieldId };
  if (index !== 'select') return { name: fieldId, read };
  // A multi-select's index finds a row by any one of its ids, while its column reads all of them as one text.
  const exact = typeGroup(field.type) === 'multiselect' ? undefined : isWholeNumberKey;
  return { name: fieldId, read, lookup: { field: fieldId, key: idKey, ...(exact ? { exact } : {}) } };
}
