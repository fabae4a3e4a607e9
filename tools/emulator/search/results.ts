/**
 * Search rows: one per matching record, or one per group when columns carry summaries. Values come out as
 * Result.getValue returns them (strings in the user's format, checkbox booleans), texts as getText does.
 */
import type { Account } from '../account';
import { referenceText } from '../displayText';
import { notEmulated, suiteScriptError } from '../errors';
import type { FamilyDef, FieldDef, RecordTypeDef, StoredRecord, StoredValue } from '../schema/model';
import { toSearchValue, typeGroup } from '../values';
import { createColumn, SearchColumn } from './columns';
import { compareInternalIds } from './evaluate';
import { resolveSearchField, type FieldErrors } from './fieldPath';

/**
 * One row's cells, as parallel lists: a column with a field holds the stored value read when the search ran (the
 * value, formatted on demand; the text, read on demand as before); a summary column without one holds its text.
 * Rows are many and columns few, so a row holds no objects or closures of its own per cell.
 */
interface RowCells {
  readonly account: Account;
  readonly fields: readonly (FieldDef | undefined)[];
  readonly values: readonly (StoredValue | undefined)[];
  /** Column key (`join|name|summary`) → the first column with it, shared by a search's rows. */
  readonly positions: ReadonlyMap<string, number>;
}

interface ResolvedColumn {
  column: SearchColumn;
  field: FieldDef;
  read: (record: StoredRecord) => StoredValue | undefined;
}

const COLUMN_ERRORS: FieldErrors = {
  unknownField: (name) => suiteScriptError('SSS_INVALID_SRCH_COL', `An nlobjSearchColumn contains an invalid column, or is not in proper syntax: ${name}.`),
  unknownJoin: (join) =>
    suiteScriptError('SSS_INVALID_SRCH_COL_JOIN', `An nlobjSearchColumn contains an invalid column join ID, or is not in proper syntax: ${join}.`),
};

export class SearchResult {
  constructor(
    readonly id: string | null,
    readonly recordType: string | null,
    readonly columns: SearchColumn[],
    private readonly cells: RowCells,
  ) {}

  getValue(column: unknown): string | boolean | null {
    const index = this.position(column);
    return index === undefined ? null : this.value(index);
  }

  getText(column: unknown): string | null {
    const index = this.position(column);
    return index === undefined ? null : this.text(index);
  }

  /**
   * The value a map/reduce stage gets for this row (getInputData returned a search): `{recordType, id, values}` with
   * a select as `{value, text}` and a multi-select as a list of them. Not a method of NetSuite's Result.
   */
  static mapReduceValue(result: SearchResult): string {
    const values = Object.fromEntries(result.columns.map((column, index) => [column.key, result.mapReduce(index)]));
    return JSON.stringify({ recordType: result.recordType, id: result.id, values });
  }

  toJSON(): Record<string, unknown> {
    const values = Object.fromEntries(
      this.columns.map((column, index) => {
        const [value, text] = [this.value(index), this.text(index)];
        return [column.key, text === null ? value : [{ value, text }]];
      }),
    );
    return { recordType: this.recordType, id: this.id, values };
  }

  /** A column by name (no join, no summary) or by Column / `{name, join, summary}`. */
  private position(column: unknown): number | undefined {
    return this.cells.positions.get(lookupKey(column));
  }

  private value(index: number): string | boolean {
    const field = this.cells.fields[index];
    const stored = this.cells.values[index];
    return field === undefined ? (stored as string) : toSearchValue(field, stored);
  }

  private text(index: number): string | null {
    const field = this.cells.fields[index];
    if (field?.target === undefined) return null;
    return this.references(index, field.target)
      .map((reference) => reference.text)
      .join(',');
  }

  /** A select as `{value, text}`, a multi-select as a list of them, anything else as its value. */
  private mapReduce(index: number): unknown {
    const field = this.cells.fields[index];
    if (field?.target === undefined) return this.value(index);
    const references = this.references(index, field.target);
    return field.type === 'MULTISELECT' ? references : (references[0] ?? { value: '', text: '' });
  }

  private references(index: number, target: string): { value: string; text: string }[] {
    const stored = this.cells.values[index];
    const ids = stored === undefined ? [] : Array.isArray(stored) ? (stored as readonly string[]) : [String(stored)];
    return ids.map((id) => ({ value: id, text: referenceText(this.cells.account, target, id) }));
  }
}

const columnKey = (column: SearchColumn): string => `${column.join ?? ''}|${column.name}|${column.summary ?? ''}`;

/**
 * The keys of the columns scripts name in getValue / getText (they are few), normalised once each: a name, and
 * `{name, join?, summary?}` objects of strings by name → join → summary.
 */
const nameKeys = new Map<string, string>();
const objectKeys = new Map<string, Map<string, Map<string, string>>>();
const MEMO_LIMIT = 10_000;

/** The key of the column a getValue / getText argument names, normalised (and failing) as createColumn does. */
function lookupKey(column: unknown): string {
  if (column instanceof SearchColumn) return columnKey(column);
  if (typeof column === 'string') {
    let key = nameKeys.get(column);
    if (key === undefined) {
      key = columnKey(createColumn({ name: column }));
      if (nameKeys.size < MEMO_LIMIT) nameKeys.set(column, key);
    }
    return key;
  }
  const { name, join, summary, sort } = (column ?? {}) as Record<string, unknown>;
  // createColumn also checks `sort`: a column object with one is normalised afresh each time.
  const memo = typeof name === 'string' && isPlain(join) && isPlain(summary) && (sort === undefined || sort === null);
  const [joinKey, summaryKey] = [String(join ?? ''), String(summary ?? '')];
  let key = memo ? objectKeys.get(name as string)?.get(joinKey)?.get(summaryKey) : undefined;
  if (key === undefined) {
    key = columnKey(createColumn(column as Record<string, unknown>));
    if (memo && objectKeys.size < MEMO_LIMIT) {
      const byJoin = objectKeys.get(name as string) ?? new Map<string, Map<string, string>>();
      const bySummary = byJoin.get(joinKey) ?? new Map<string, string>();
      bySummary.set(summaryKey, key);
      byJoin.set(joinKey, bySummary);
      objectKeys.set(name as string, byJoin);
    }
  }
  return key;
}

function isPlain(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function positionsOf(columns: readonly SearchColumn[]): Map<string, number> {
  const positions = new Map<string, number>();
  columns.forEach((column, index) => {
    const key = columnKey(column);
    if (!positions.has(key)) positions.set(key, index);
  });
  return positions;
}

/**
 * A search's columns resolved against the account (fields, joins, summary rules checked): done once for a run's
 * count and the pages that follow it, as long as the columns stay the same.
 */
export interface ResolvedColumns {
  readonly columns: SearchColumn[];
  readonly resolved: readonly ResolvedColumn[];
  readonly positions: ReadonlyMap<string, number>;
}

/** Resolves `columns` (a copy is kept: rows name the columns they were built with). */
export function resolvedColumns(account: Account, typeDef: RecordTypeDef, columns: readonly SearchColumn[]): ResolvedColumns {
  return { columns: [...columns], resolved: resolveColumns(account, typeDef, columns), positions: positionsOf(columns) };
}

/** Whether `resolved` was made from exactly these column objects, in this order. */
export function resolvedFrom(resolved: ResolvedColumns, columns: readonly SearchColumn[]): boolean {
  return resolved.columns.length === columns.length && resolved.columns.every((column, index) => column === columns[index]);
}

/** Rows `start` (inclusive) to `end` (exclusive) of the search's result, or all of them; only those rows are built. */
export function searchRows(
  account: Account,
  records: readonly StoredRecord[],
  { columns, resolved, positions }: ResolvedColumns,
  range: { start: number; end: number } = { start: 0, end: Number.POSITIVE_INFINITY },
): SearchResult[] {
  if (isSummarised(columns)) return summaryRows(account, records, columns, resolved, positions).slice(range.start, range.end);
  const fields = resolved.map((entry) => entry.field);
  const sorted = sortRecords(account, records, resolved).slice(range.start, range.end);
  const rows: SearchResult[] = [];
  for (const record of sorted) {
    const values: (StoredValue | undefined)[] = [];
    for (const entry of resolved) values.push(entry.read(record));
    rows.push(new SearchResult(record.id, record.type, columns, { account, fields, values, positions }));
  }
  return rows;
}

/** How many rows the search has (one per record, or one per group), without building them. */
export function searchRowCount(account: Account, records: readonly StoredRecord[], { columns, resolved }: ResolvedColumns): number {
  return isSummarised(columns) ? groupRecords(account, records, resolved).length : records.length;
}

const isSummarised = (columns: readonly SearchColumn[]): boolean => columns.some((column) => column.summary !== undefined);

function resolveColumns(account: Account, typeDef: RecordTypeDef, columns: readonly SearchColumn[]): ResolvedColumn[] {
  const resolved = columns.map((column) => resolveColumn(account, typeDef.family, column));
  if (isSummarised(columns) && columns.some((column) => column.summary === undefined)) {
    throw suiteScriptError('SSS_INVALID_SRCH_COL', 'A summary search needs a summary type on every column.');
  }
  return resolved;
}

function resolveColumn(account: Account, family: FamilyDef, column: SearchColumn): ResolvedColumn {
  if (column.formula !== undefined) throw notEmulated('A formula column');
  return { column, ...resolveSearchField(account, family, column.name, column.join, COLUMN_ERRORS) };
}

/** Rows in the order of the sorted columns, then ascending internal id (the store's order). */
function sortRecords(account: Account, records: readonly StoredRecord[], resolved: readonly ResolvedColumn[]): StoredRecord[] {
  const sorting = resolved.filter((entry) => entry.column.sort === 'ASC' || entry.column.sort === 'DESC');
  if (sorting.length === 0) return [...records];
  return [...records].sort((left, right) => {
    for (const entry of sorting) {
      const order = compareStored(account, entry.field, entry.read(left), entry.read(right));
      if (order !== 0) return entry.column.sort === 'DESC' ? -order : order;
    }
    return 0;
  });
}

/** Empty first; internal ids and numbers numerically; selects by their text; everything else as text, ignoring case. */
function compareStored(account: Account, field: FieldDef, left: StoredValue | undefined, right: StoredValue | undefined): number {
  if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? -1 : 1;
  if (field.id === 'internalid') return compareInternalIds(String(left), String(right));
  const group = typeGroup(field.type);
  if (group === 'number') return Number(left) - Number(right);
  if (group === 'checkbox') return Number(left) - Number(right);
  const text = (value: StoredValue): string =>
    field.target !== undefined && group === 'select' ? referenceText(account, field.target, String(value)) : String(value);
  return text(left).localeCompare(text(right), undefined, { sensitivity: 'accent' });
}

/** The records grouped by the GROUP columns' values, groups in the order of those columns. */
function groupRecords(account: Account, records: readonly StoredRecord[], resolved: readonly ResolvedColumn[]): StoredRecord[][] {
  const groupColumns = resolved.filter((entry) => entry.column.summary === 'GROUP');
  const groups = new Map<string, StoredRecord[]>();
  for (const record of records) {
    const key = JSON.stringify(groupColumns.map((entry) => entry.read(record) ?? null));
    const members = groups.get(key);
    if (members) members.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()].sort((left, right) => {
    for (const entry of groupColumns) {
      const order = compareStored(account, entry.field, entry.read(left[0] as StoredRecord), entry.read(right[0] as StoredRecord));
      if (order !== 0) return entry.column.sort === 'DESC' ? -order : order;
    }
    return 0;
  });
}

function summaryRows(
  account: Account,
  records: readonly StoredRecord[],
  columns: SearchColumn[],
  resolved: readonly ResolvedColumn[],
  positions: ReadonlyMap<string, number>,
): SearchResult[] {
  return groupRecords(account, records, resolved).map((members) => {
    const cells = resolved.map((entry) => summaryCell(account, entry, members));
    const fields = cells.map((cell) => cell.field);
    const values = cells.map((cell) => cell.value);
    return new SearchResult(null, null, columns, { account, fields, values, positions });
  });
}

/** A GROUP column keeps its field (value and text as in a plain row); the other summaries are text. */
function summaryCell(account: Account, entry: ResolvedColumn, members: readonly StoredRecord[]): { field?: FieldDef; value: StoredValue | undefined } {
  const values = members.map((record) => entry.read(record)).filter((value): value is StoredValue => value !== undefined && value !== '');
  switch (entry.column.summary) {
    case 'GROUP':
      return { field: entry.field, value: members[0] ? entry.read(members[0]) : undefined };
    case 'COUNT':
      return { value: String(values.length) };
    case 'SUM':
    case 'AVG': {
      if (values.length === 0) return { value: '' };
      const sum = values.reduce((total: number, value) => total + Number(value), 0);
      return { value: String(entry.column.summary === 'SUM' ? sum : sum / values.length) };
    }
    default: {
      const sorted = [...values].sort((left, right) => compareStored(account, entry.field, left, right));
      const pick = entry.column.summary === 'MIN' ? sorted[0] : sorted[sorted.length - 1];
      return { value: pick === undefined ? '' : String(toSearchValue(entry.field, pick)) };
    }
  }
}
