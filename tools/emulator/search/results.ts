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

interface Cell {
  value: string | boolean;
  text: () => string | null;
  /** The value in a map/reduce stage's JSON of the row, when it differs from `value` (selects). */
  mapReduce?: () => unknown;
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
    private readonly cells: readonly Cell[],
  ) {}

  getValue(column: unknown): string | boolean | null {
    return this.cell(column)?.value ?? null;
  }

  getText(column: unknown): string | null {
    return this.cell(column)?.text() ?? null;
  }

  /**
   * The value a map/reduce stage gets for this row (getInputData returned a search): `{recordType, id, values}` with
   * a select as `{value, text}` and a multi-select as a list of them. Not a method of NetSuite's Result.
   */
  static mapReduceValue(result: SearchResult): string {
    const values = Object.fromEntries(
      result.columns.map((column, index) => {
        const cell = result.cells[index] as Cell;
        return [column.key, cell.mapReduce ? cell.mapReduce() : cell.value];
      }),
    );
    return JSON.stringify({ recordType: result.recordType, id: result.id, values });
  }

  toJSON(): Record<string, unknown> {
    const values = Object.fromEntries(
      this.columns.map((column, index) => {
        const cell = this.cells[index] as Cell;
        const text = cell.text();
        return [column.key, text === null ? cell.value : [{ value: cell.value, text }]];
      }),
    );
    return { recordType: this.recordType, id: this.id, values };
  }

  /** A column by name (no join, no summary) or by Column / `{name, join, summary}`. */
  private cell(column: unknown): Cell | undefined {
    const wanted = typeof column === 'string' ? createColumn({ name: column }) : createColumn(column as Record<string, unknown>);
    const index = this.columns.findIndex(
      (candidate) => candidate.name === wanted.name && candidate.join === wanted.join && candidate.summary === wanted.summary,
    );
    return this.cells[index];
  }
}

export function searchRows(account: Account, typeDef: RecordTypeDef, records: readonly StoredRecord[], columns: SearchColumn[]): SearchResult[] {
  const resolved = columns.map((column) => resolveColumn(account, typeDef.family, column));
  const summarised = columns.some((column) => column.summary !== undefined);
  if (summarised && columns.some((column) => column.summary === undefined)) {
    throw suiteScriptError('SSS_INVALID_SRCH_COL', 'A summary search needs a summary type on every column.');
  }
  if (summarised) return summaryRows(account, records, columns, resolved);
  const sorted = sortRecords(account, records, resolved);
  return sorted.map((record) => new SearchResult(record.id, record.type, columns, resolved.map((entry) => cellOf(account, entry.field, entry.read(record)))));
}

function resolveColumn(account: Account, family: FamilyDef, column: SearchColumn): ResolvedColumn {
  if (column.formula !== undefined) throw notEmulated('A formula column');
  return { column, ...resolveSearchField(account, family, column.name, column.join, COLUMN_ERRORS) };
}

function cellOf(account: Account, field: FieldDef, stored: StoredValue | undefined): Cell {
  const ids = stored === undefined ? [] : Array.isArray(stored) ? (stored as readonly string[]) : [String(stored)];
  const references = () => ids.map((id) => ({ value: id, text: referenceText(account, field.target as string, id) }));
  const cell: Cell = {
    value: toSearchValue(field, stored),
    text: () => (field.target === undefined ? null : references().map((reference) => reference.text).join(',')),
  };
  if (field.target !== undefined) {
    cell.mapReduce = () => (field.type === 'MULTISELECT' ? references() : (references()[0] ?? { value: '', text: '' }));
  }
  return cell;
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

function summaryRows(account: Account, records: readonly StoredRecord[], columns: SearchColumn[], resolved: readonly ResolvedColumn[]): SearchResult[] {
  const groupColumns = resolved.filter((entry) => entry.column.summary === 'GROUP');
  const groups = new Map<string, StoredRecord[]>();
  for (const record of records) {
    const key = JSON.stringify(groupColumns.map((entry) => entry.read(record) ?? null));
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const ordered = [...groups.values()].sort((left, right) => {
    for (const entry of groupColumns) {
      const order = compareStored(account, entry.field, entry.read(left[0] as StoredRecord), entry.read(right[0] as StoredRecord));
      if (order !== 0) return entry.column.sort === 'DESC' ? -order : order;
    }
    return 0;
  });
  return ordered.map((members) => new SearchResult(null, null, columns, resolved.map((entry) => summaryCell(account, entry, members))));
}

function summaryCell(account: Account, entry: ResolvedColumn, members: readonly StoredRecord[]): Cell {
  const values = members.map((record) => entry.read(record)).filter((value): value is StoredValue => value !== undefined && value !== '');
  const plain = (value: string): Cell => ({ value, text: () => null });
  switch (entry.column.summary) {
    case 'GROUP':
      return cellOf(account, entry.field, members[0] ? entry.read(members[0]) : undefined);
    case 'COUNT':
      return plain(String(values.length));
    case 'SUM':
    case 'AVG': {
      if (values.length === 0) return plain('');
      const sum = values.reduce((total: number, value) => total + Number(value), 0);
      return plain(String(entry.column.summary === 'SUM' ? sum : sum / values.length));
    }
    default: {
      const sorted = [...values].sort((left, right) => compareStored(account, entry.field, left, right));
      const pick = entry.column.summary === 'MIN' ? sorted[0] : sorted[sorted.length - 1];
      return plain(pick === undefined ? '' : String(toSearchValue(entry.field, pick)));
    }
  }
}
