/**
 * Field values in their four shapes: as scripts set them (setValue), as the store keeps them, as N/record hands
 * them out (getValue: typed), and as N/search hands them out (strings in the user's format, checkboxes boolean).
 */
import { dayToDate, formatUserDate, formatUserDateTime, isIsoDay, isoDay, parseIsoInstant } from './dates';
import { ServerDate } from './serverDate';
import { suiteScriptError, type SuiteScriptError } from './errors';
import type { FieldDef, FieldType, StoredValue } from './schema/model';

export type TypeGroup = 'text' | 'checkbox' | 'number' | 'date' | 'datetime' | 'select' | 'multiselect';

export function typeGroup(type: FieldType): TypeGroup {
  switch (type) {
    case 'CHECKBOX':
      return 'checkbox';
    case 'INTEGER':
    case 'FLOAT':
    case 'CURRENCY':
    case 'PERCENT':
      return 'number';
    case 'DATE':
      return 'date';
    case 'DATETIMETZ':
      return 'datetime';
    case 'SELECT':
      return 'select';
    case 'MULTISELECT':
      return 'multiselect';
    default:
      return 'text';
  }
}

export function invalidFieldValue(fieldId: string, value: unknown): SuiteScriptError {
  return suiteScriptError('INVALID_FLD_VALUE', `You have entered an Invalid Field Value ${describe(value)} for the following field: ${fieldId}`);
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function numeric(field: FieldDef, value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number) || (field.type === 'INTEGER' && !Number.isInteger(number))) throw invalidFieldValue(field.id, value);
  return number;
}

function id(field: FieldDef, value: unknown): string {
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') throw invalidFieldValue(field.id, value);
  return String(value).trim();
}

/**
 * A value given to setValue / setSublistValue / submitFields, as the store keeps it; undefined clears the field.
 * Types follow Record.setValue's documented rules: checkboxes take booleans, dates take Date objects,
 * numbers take numbers, selects take ids, multi-selects take arrays of ids.
 */
export function fromScript(field: FieldDef, value: unknown): StoredValue | undefined {
  const group = typeGroup(field.type);
  if (group === 'checkbox') {
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') throw invalidFieldValue(field.id, value);
    return value;
  }
  if (isBlank(value)) return undefined;
  switch (group) {
    case 'number':
      return numeric(field, value);
    case 'date':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalidFieldValue(field.id, value);
      return isoDay(value);
    case 'datetime':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalidFieldValue(field.id, value);
      return value.toISOString();
    case 'select':
      return id(field, value);
    case 'multiselect':
      return (Array.isArray(value) ? value : [value]).map((entry) => id(field, entry));
    default:
      if (typeof value !== 'string' && typeof value !== 'number') throw invalidFieldValue(field.id, value);
      return String(value);
  }
}

/** Record.getValue: booleans, numbers, Date objects, id strings, id arrays; empty fields give '' ([] / false). */
export function toScript(field: FieldDef, stored: StoredValue | undefined): unknown {
  const group = typeGroup(field.type);
  if (group === 'checkbox') return stored === true;
  if (group === 'multiselect') return stored === undefined ? [] : [...(stored as readonly string[])];
  if (stored === undefined) return '';
  if (group === 'date') return dayToDate(stored as string);
  if (group === 'datetime') return new ServerDate(stored as string);
  return stored;
}

/** Result.getValue: strings (numbers and dates formatted as the user sees them), checkbox booleans. */
export function toSearchValue(field: FieldDef, stored: StoredValue | undefined): string | boolean {
  const group = typeGroup(field.type);
  if (group === 'checkbox') return stored === true;
  if (stored === undefined) return '';
  if (group === 'multiselect') return (stored as readonly string[]).join(',');
  if (group === 'date') return formatUserDate(stored as string);
  if (group === 'datetime') return formatUserDateTime(new Date(stored as string));
  return String(stored);
}

/** Record.getText for fields that are not selects: the value as the user sees it. */
export function toDisplayText(field: FieldDef, stored: StoredValue | undefined): string {
  const group = typeGroup(field.type);
  if (group === 'checkbox') return stored === true ? 'T' : 'F';
  const value = toSearchValue(field, stored);
  return typeof value === 'string' ? value : '';
}

/**
 * Host input (seed rows, account files): lenient where a person writes JSON — 'T'/'F' checkboxes, `YYYY-MM-DD`
 * dates, ISO instants, ids as numbers. `listValue` turns a list value's script id into its internal id. undefined:
 * no value (a seeded checkbox given null holds none, like a checkbox added after the record existed).
 */
export function fromHost(field: FieldDef, value: unknown, listValue: (id: string) => string | undefined): StoredValue | undefined {
  const group = typeGroup(field.type);
  if (group === 'checkbox') {
    if (value === 'T' || value === 'F') return value === 'T';
    // null: no value stored, as on records older than the field (SuiteQL reads NULL there; N/record and searches false).
    if (value === null) return undefined;
    return fromScript(field, value);
  }
  if (isBlank(value)) return undefined;
  if (group === 'date' && typeof value === 'string') {
    if (!isIsoDay(value)) throw invalidFieldValue(field.id, value);
    return value;
  }
  // A bare day is noon of that day in the account's zone (as Clock takes `today`), never midnight UTC: a UTC
  // midnight read in a zone west of UTC would fall on the day before.
  if (group === 'datetime' && typeof value === 'string') {
    const instant = isIsoDay(value) ? new Date(dayToDate(value).getTime() + 12 * 3600 * 1000) : parseIsoInstant(value);
    if (instant === null) throw invalidFieldValue(field.id, value);
    return fromScript(field, instant);
  }
  if (group === 'select') return listValue(id(field, value)) ?? id(field, value);
  if (group === 'multiselect') {
    return (Array.isArray(value) ? value : [value]).map((entry) => listValue(id(field, entry)) ?? id(field, entry));
  }
  return fromScript(field, value);
}

/** The stored value for the host to read: dates as `YYYY-MM-DD`, instants as ISO strings. */
export function toHost(field: FieldDef, stored: StoredValue | undefined): StoredValue | null {
  if (typeGroup(field.type) === 'checkbox') return stored === true;
  return stored ?? null;
}
