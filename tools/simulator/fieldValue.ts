/**
 * Checks one value of an account file against the field it is written to: the type the field takes, list
 * values by script id, ISO country codes, text no longer than NetSuite stores, and internal ids, which come back
 * as references for the caller to resolve once every record in the file is known. Ids and text are kept exactly
 * as written: a number that JSON cannot carry exactly (above 2^53, or with a fraction) is refused where text or
 * an id is expected.
 */
import { isCountryCode } from '../../src/engine/definition/countries';
import type { Schema } from '../emulator/schema/accountSchema';
import type { FieldDef } from '../emulator/schema/model';
import { fromHost, typeGroup } from '../emulator/values';
import { characterCount, excerpt, quotedStart } from './excerpt';

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

/**
 * The largest internal id an account file may give. SuiteScript reads ids as JavaScript numbers (SuiteQL results),
 * exact up to 2^53 - 1 (about 9.007 × 10^15), and the simulator numbers the records it creates above the highest
 * id in the file: fifteen digits leave room for them.
 */
export const MAX_INTERNAL_ID = 999_999_999_999_999;

/** Internal ids are whole numbers from 1 to MAX_INTERNAL_ID, as text (digits only, no leading zero) or as a number. */
export function isInternalId(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 && value <= MAX_INTERNAL_ID;
  return typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value);
}

export const INTERNAL_ID_RULE = `a whole number from 1 to ${MAX_INTERNAL_ID.toLocaleString('en-US')}`;

/** A number JSON carries exactly: a whole number within ±(2^53 - 1). Others were rounded when the file was read. */
export const isExactNumber = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/**
 * Text as the file gives it — a string as written, a whole number as its digits — or undefined for anything else
 * (an external id given as 1.5 or as a number above 2^53 cannot be kept exactly).
 *
 * @example
 * textOf('L1'); // 'L1'
 * textOf(42);   // '42'
 * textOf(1.5);  // undefined
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isExactNumber(value) ? String(value) : undefined;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}


/**
 * @example
 * checkFieldValue(schema, memberRepField, 'x7'); // { problem: '"x7" is not an internal id', references: [] }
 * checkFieldValue(schema, memberRepField, 7);    // { references: [{ targetType: 'employee', id: '7' }] }
 */
export function checkFieldValue(schema: Schema, field: FieldDef, value: unknown): ValueCheck {
  const group = typeGroup(field.type);
  if (group === 'multiselect') {
    if (isBlank(value)) return { references: NO_REFERENCES };
    if (!Array.isArray(value)) return { problem: `${excerpt(value)} is not an array of internal ids`, references: NO_REFERENCES };
    const checks = value.map((entry) => checkSelect(schema, field, entry));
    const problem = checks.find((check) => check.problem !== undefined)?.problem;
    return problem === undefined ? { references: checks.flatMap((check) => check.references) } : { problem, references: NO_REFERENCES };
  }
  if (isBlank(value) && group !== 'checkbox') return { references: NO_REFERENCES };
  if (group === 'select') return checkSelect(schema, field, value);
  if (group === 'text') return { problem: textProblem(field, value), references: NO_REFERENCES };
  try {
    fromHost(field, value, () => undefined);
    return { references: NO_REFERENCES };
  } catch {
    const expected = field.type === 'INTEGER' ? 'a whole number' : EXPECTED[group];
    return { problem: `${excerpt(value)} is not ${expected}`, references: NO_REFERENCES };
  }
}

function textProblem(field: FieldDef, value: unknown): string | undefined {
  if (typeof value === 'number' && !isExactNumber(value)) {
    return `${excerpt(value)} is a number JSON cannot carry exactly (a fraction, or above ${Number.MAX_SAFE_INTEGER}); write it as text, in quotes`;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return `${excerpt(value)} is not text`;
  const text = String(value);
  // Counting characters only when the UTF-16 length is over the limit: a long file stays fast.
  const length = field.maxLength !== undefined && text.length > field.maxLength ? characterCount(text) : 0;
  if (field.maxLength !== undefined && length > field.maxLength) {
    return `${quotedStart(text)} is ${length.toLocaleString('en-US')} characters long; NetSuite's ${field.label} field holds at most ${field.maxLength.toLocaleString('en-US')}`;
  }
  return undefined;
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
    return { problem: `${excerpt(value)} is not a value of ${list.id} (give its script id: ${scriptIds.join(', ')})`, references: NO_REFERENCES };
  }
  // The address country is a select of ISO codes with no records behind it.
  if (field.target === undefined) {
    if (typeof value === 'string' && isCountryCode(value)) return { references: NO_REFERENCES };
    return { problem: `${excerpt(value)} is not an ISO 3166-1 alpha-2 country code in capitals (US, GB, DE, …)`, references: NO_REFERENCES };
  }
  if (!isInternalId(value)) return { problem: `${excerpt(value)} is not an internal id (${INTERNAL_ID_RULE})`, references: NO_REFERENCES };
  return { references: [{ targetType: field.target, id: String(value) }] };
}
