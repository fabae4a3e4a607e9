/**
 * Checks one value of an account file against the field it is written to: the type the field takes, list
 * values by script id, ISO country codes, and internal ids, which come back as references for the caller to
 * resolve once every record in the file is known.
 */
import { isCountryCode } from '../../src/engine/definition/countries';
import type { Schema } from '../emulator/schema';
import type { FieldDef } from '../emulator/schema/model';
import { fromHost, typeGroup } from '../emulator/values';

/** A select value that must name a record in the file. */
export interface Reference {
  /** Record type the field selects (`employee`, `campaign`, `customrecord_tlr_territory`). */
  targetType: string;
  id: string;
}

export interface ValueCheck {
  /** What is wrong, after the field id; undefined when the value is fine. */
  problem?: string;
  references: Reference[];
}

const NO_REFERENCES: Reference[] = [];

/** Internal ids are whole numbers above 0, as text or as a number. */
export function isInternalId(value: unknown): value is string | number {
  return (typeof value === 'string' || typeof value === 'number') && /^[1-9]\d*$/.test(String(value));
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/**
 * @example
 * checkFieldValue(schema, memberRepField, 'x7'); // { problem: '"x7" is not an internal id', references: [] }
 * checkFieldValue(schema, memberRepField, 7);    // { references: [{ targetType: 'employee', id: '7' }] }
 */
export function checkFieldValue(schema: Schema, field: FieldDef, value: unknown): ValueCheck {
  const group = typeGroup(field.type);
  if (group === 'multiselect') {
    if (isBlank(value)) return { references: NO_REFERENCES };
    if (!Array.isArray(value)) return { problem: `${shown(value)} is not an array of internal ids`, references: NO_REFERENCES };
    const checks = value.map((entry) => checkSelect(schema, field, entry));
    const problem = checks.find((check) => check.problem !== undefined)?.problem;
    return problem === undefined ? { references: checks.flatMap((check) => check.references) } : { problem, references: NO_REFERENCES };
  }
  if (isBlank(value) && group !== 'checkbox') return { references: NO_REFERENCES };
  if (group === 'select') return checkSelect(schema, field, value);
  try {
    fromHost(field, value, () => undefined);
    return { references: NO_REFERENCES };
  } catch {
    const expected = field.type === 'INTEGER' ? 'a whole number' : EXPECTED[group];
    return { problem: `${shown(value)} is not ${expected}`, references: NO_REFERENCES };
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  checkbox: 'a checkbox value (true, false, "T" or "F")',
  number: 'a number',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)',
  text: 'text',
};

function checkSelect(schema: Schema, field: FieldDef, value: unknown): ValueCheck {
  const list = field.target === undefined ? undefined : schema.list(field.target);
  if (list) {
    const scriptIds = list.values.map((entry) => entry.scriptId.toLowerCase());
    if (typeof value === 'string' && scriptIds.includes(value.toLowerCase())) return { references: NO_REFERENCES };
    return { problem: `${shown(value)} is not a value of ${list.id} (give its script id: ${scriptIds.join(', ')})`, references: NO_REFERENCES };
  }
  // The address country is a select of ISO codes with no records behind it.
  if (field.target === undefined) {
    if (typeof value === 'string' && isCountryCode(value)) return { references: NO_REFERENCES };
    return { problem: `${shown(value)} is not an ISO 3166-1 alpha-2 country code in capitals (US, GB, DE, …)`, references: NO_REFERENCES };
  }
  if (!isInternalId(value)) return { problem: `${shown(value)} is not an internal id`, references: NO_REFERENCES };
  return { references: [{ targetType: field.target, id: String(value) }] };
}
