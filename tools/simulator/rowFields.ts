/**
 * Checks every field of one record of an account file against its record type: body fields, sublist lines and
 * their subrecords (the lead's `addressbook` with `addressbookaddress`). Problems read `field: what is wrong`;
 * the caller puts the record's name in front.
 */
import type { Schema } from '../emulator/schema/accountSchema';
import type { FieldDef, RecordTypeDef, SublistDef } from '../emulator/schema/model';
import { keyText } from './excerpt';
import { checkFieldValue, type Reference } from './fieldValue';

/** A reference and the field path it was written in (`salesrep`, `addressbook[0].…`). */
export interface FieldReference extends Reference {
  path: string;
}

export interface RowCheck {
  problems: string[];
  references: FieldReference[];
}

export interface RowRules {
  /** Keys the caller checks itself (`id`, `stage`). */
  handled: readonly string[];
  /** Why a read-only field (set by NetSuite) may not be given, or undefined when existing records may carry it. */
  readOnlyRefusal?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @example
 * checkRowFields(schema, schema.recordType('employee'), { entityid: 'Ana', issalesrep: 'yes' }, { handled: ['id'] });
 * // { problems: ['issalesrep: "yes" is not a checkbox value (true, false, "T" or "F")'], references: [] }
 */
export function checkRowFields(schema: Schema, typeDef: RecordTypeDef, row: Record<string, unknown>, rules: RowRules): RowCheck {
  const check: RowCheck = { problems: [], references: [] };
  for (const [key, value] of Object.entries(row)) {
    if (rules.handled.includes(key)) continue;
    const sublist = typeDef.family.sublists.get(key);
    if (sublist) {
      checkSublist(schema, sublist, value, key, check);
      continue;
    }
    const field = typeDef.family.fields.get(key);
    if (!field || field.derive !== undefined) check.problems.push(`${keyText(key)}: unknown field of ${typeDef.type}`);
    else if (field.readOnly && rules.readOnlyRefusal !== undefined) check.problems.push(`${keyText(key)}: ${rules.readOnlyRefusal}`);
    else checkField(schema, field, value, key, check);
  }
  return check;
}

function checkField(schema: Schema, field: FieldDef, value: unknown, path: string, check: RowCheck): void {
  const { problem, references } = checkFieldValue(schema, field, value);
  if (problem !== undefined) check.problems.push(`${path}: ${problem}`);
  check.references.push(...references.map((reference) => ({ ...reference, path })));
}

function checkFields(schema: Schema, fields: ReadonlyMap<string, FieldDef>, values: Record<string, unknown>, path: string, check: RowCheck): void {
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key);
    if (field) checkField(schema, field, value, `${path}.${key}`, check);
    else check.problems.push(`${path}.${keyText(key)}: unknown field`);
  }
}

function checkSublist(schema: Schema, sublist: SublistDef, lines: unknown, path: string, check: RowCheck): void {
  if (!Array.isArray(lines)) {
    check.problems.push(`${path}: must be an array of lines`);
    return;
  }
  lines.forEach((line, index) => {
    const linePath = `${path}[${index}]`;
    if (!isObject(line)) {
      check.problems.push(`${linePath}: must be an object of field ids and values`);
      return;
    }
    for (const [key, value] of Object.entries(line)) {
      const subrecordFields = sublist.subrecords.get(key);
      if (!subrecordFields) {
        checkFields(schema, sublist.fields, { [key]: value }, linePath, check);
      } else if (isObject(value)) {
        checkFields(schema, subrecordFields, value, `${linePath}.${key}`, check);
      } else {
        check.problems.push(`${linePath}.${keyText(key)}: must be an object of field ids and values`);
      }
    }
  });
}
