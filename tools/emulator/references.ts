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

/** Checked on every write: the values are walked in place, without copies of them. */
export function danglingReferences(schema: Schema, store: RecordStore, record: StoredRecord): DanglingReference[] {
  const family = schema.recordType(record.type).family;
  const problems: DanglingReference[] = [];
  checkValues(schema, store, family.fields, record.values, '', problems);
  for (const sublistId in record.sublists) {
    const sublist = family.sublists.get(sublistId);
    if (!sublist) continue;
    (record.sublists[sublistId] ?? []).forEach((line, index) => {
      const prefix = `${sublistId}[${index}].`;
      checkValues(schema, store, sublist.fields, line.values, prefix, problems);
      for (const fieldId in line.subrecords) {
        const fields = sublist.subrecords.get(fieldId);
        if (fields) checkValues(schema, store, fields, line.subrecords[fieldId] as StoredValues, `${prefix}${fieldId}.`, problems);
      }
    });
  }
  return problems;
}

/** Adds to `problems` each reference among `values` that names no record. */
function checkValues(
  schema: Schema,
  store: RecordStore,
  fields: ReadonlyMap<string, FieldDef>,
  values: StoredValues,
  prefix: string,
  problems: DanglingReference[],
): void {
  for (const fieldId in values) {
    const target = fields.get(fieldId)?.target;
    if (target === undefined) continue;
    const targetFamily = schema.recordType(target).family.family;
    const value = values[fieldId] as StoredValues[string];
    if (!Array.isArray(value)) checkId(store, targetFamily, String(value), prefix, fieldId, problems);
    else for (const id of value) checkId(store, targetFamily, id, prefix, fieldId, problems);
  }
}

function checkId(store: RecordStore, family: string, id: string, prefix: string, fieldId: string, problems: DanglingReference[]): void {
  if (!store.get(family, id)) problems.push({ path: `${prefix}${fieldId}`, fieldId, value: id });
}
