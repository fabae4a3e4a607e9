/** Select and multi-select values must name records that exist: NetSuite refuses a save with a dangling key. */
import type { FieldDef, StoredRecord, StoredValues } from './schema/model';
import type { Schema } from './schema/accountSchema';
import type { RecordStore } from './store';

export interface DanglingReference {
  /** `salesrep`, or `addressbook[0].fieldId` for sublist lines. */
  path: string;
  fieldId: string;
  value: string;
}

export function danglingReferences(schema: Schema, store: RecordStore, record: StoredRecord): DanglingReference[] {
  const family = schema.recordType(record.type).family;
  const problems = checkValues(schema, store, family.fields, record.values, '');
  for (const [sublistId, lines] of Object.entries(record.sublists)) {
    const sublist = family.sublists.get(sublistId);
    if (!sublist) continue;
    lines.forEach((line, index) => {
      const prefix = `${sublistId}[${index}].`;
      problems.push(...checkValues(schema, store, sublist.fields, line.values, prefix));
      for (const [fieldId, values] of Object.entries(line.subrecords)) {
        const fields = sublist.subrecords.get(fieldId);
        if (fields) problems.push(...checkValues(schema, store, fields, values, `${prefix}${fieldId}.`));
      }
    });
  }
  return problems;
}

function checkValues(
  schema: Schema,
  store: RecordStore,
  fields: ReadonlyMap<string, FieldDef>,
  values: StoredValues,
  prefix: string,
): DanglingReference[] {
  const problems: DanglingReference[] = [];
  for (const [fieldId, value] of Object.entries(values)) {
    const target = fields.get(fieldId)?.target;
    if (target === undefined) continue;
    const targetFamily = schema.recordType(target).family.family;
    for (const id of Array.isArray(value) ? value : [String(value)]) {
      if (!store.get(targetFamily, id)) problems.push({ path: `${prefix}${fieldId}`, fieldId, value: id });
    }
  }
  return problems;
}
