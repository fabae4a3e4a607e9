/**
 * Host rows (seed data, account files) into stored records. Rows are plain JSON: list values by script id,
 * dates as `YYYY-MM-DD`, instants as ISO strings, sublists as arrays of lines. Every error names the record and
 * the field, so a bad account file can be fixed from the message.
 */
import { HostInputError, SuiteScriptError } from './errors';
import { newDraft } from './modules/recordObject';
import { stampSystemFields } from './recordWrites';
import type { FieldDef, RecordTypeDef, StoredRecord, StoredValue, StoredValues } from './schema/model';
import type { Schema } from './schema/accountSchema';
import { fromHost } from './values';

export type HostRow = Record<string, unknown>;

export function seedRecord(schema: Schema, type: string, row: HostRow, label: string, now: string): StoredRecord {
  const typeDef = seedType(schema, type, row, label);
  const record = newDraft(typeDef);
  if (row.id !== undefined && row.id !== null && row.id !== '') record.id = String(row.id);
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || key === 'stage') continue;
    const sublist = typeDef.family.sublists.get(key);
    if (sublist) {
      if (!Array.isArray(value)) throw new HostInputError(`${label}.${key}: a sublist takes an array of lines`);
      record.sublists[key] = value.map((line, index) => {
        const linePath = `${label}.${key}[${index}]`;
        const values: StoredValues = {};
        const subrecords: Record<string, StoredValues> = {};
        for (const [fieldId, fieldValue] of Object.entries(line as HostRow)) {
          const subrecordFields = sublist.subrecords.get(fieldId);
          if (subrecordFields) subrecords[fieldId] = hostValues(schema, subrecordFields, fieldValue as HostRow, `${linePath}.${fieldId}`);
          else assign(values, schema, sublist.fields, fieldId, fieldValue, linePath);
        }
        return { values, subrecords };
      });
    } else {
      assign(record.values, schema, typeDef.family.fields, key, value, label);
    }
  }
  stampSystemFields(typeDef, record, now, 'seed');
  return record;
}

/** The record type of a row; a `customer` row may name its stage (`LEAD`, `PROSPECT`, `CUSTOMER`). */
function seedType(schema: Schema, type: string, row: HostRow, label: string): RecordTypeDef {
  let typeDef: RecordTypeDef;
  try {
    typeDef = schema.recordType(type);
  } catch {
    throw new HostInputError(`${label}: unknown record type "${type}"`);
  }
  if (typeDef.family.isList) throw new HostInputError(`${label}: ${type} is a custom list; its values come from Objects/`);
  if (typeDef.family.fromObjects) throw new HostInputError(`${label}: ${type} records are the deployments in Objects/; set parameter values with setParameter`);
  if (row.stage === undefined) return typeDef;
  const stageType = String(row.stage).toLowerCase();
  if (!['lead', 'prospect', 'customer'].includes(stageType) || typeDef.family.family !== 'customer') {
    throw new HostInputError(`${label}.stage: "${String(row.stage)}" is not LEAD, PROSPECT or CUSTOMER of a customer-stage record`);
  }
  return schema.recordType(stageType);
}

function hostValues(schema: Schema, fields: ReadonlyMap<string, FieldDef>, row: HostRow, label: string): StoredValues {
  const values: StoredValues = {};
  for (const [fieldId, value] of Object.entries(row ?? {})) assign(values, schema, fields, fieldId, value, label);
  return values;
}

function assign(values: StoredValues, schema: Schema, fields: ReadonlyMap<string, FieldDef>, fieldId: string, value: unknown, label: string): void {
  const field = fields.get(fieldId.toLowerCase());
  if (!field || (field.derive !== undefined)) throw new HostInputError(`${label}.${fieldId}: unknown field`);
  let stored: StoredValue | undefined;
  try {
    stored = fromHost(field, value, (id) => (field.target !== undefined && schema.list(field.target) ? schema.listValueId(field.target, id) : undefined));
  } catch (error) {
    throw new HostInputError(`${label}.${fieldId}: ${error instanceof SuiteScriptError ? error.message : String(error)}`);
  }
  if (stored === undefined) delete values[field.id];
  else values[field.id] = stored;
}
