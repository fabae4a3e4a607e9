/**
 * A search field by name and optional join. A join id is a select field of the searched record; the joined
 * field is read from the record that select points to (`custrecord_tlr_mem_rep` → the employee).
 */
import type { Account } from '../account';
import { notEmulated, type SuiteScriptError } from '../errors';
import type { FamilyDef, FieldDef, StoredRecord, StoredValue } from '../schema/model';

export interface ResolvedField {
  field: FieldDef;
  read: (record: StoredRecord) => StoredValue | undefined;
}

export interface FieldErrors {
  unknownField: (name: string) => SuiteScriptError;
  unknownJoin: (join: string) => SuiteScriptError;
}

export function readField(field: FieldDef, record: StoredRecord): StoredValue | undefined {
  return field.derive ? field.derive(record) : record.values[field.id];
}

export function resolveSearchField(account: Account, family: FamilyDef, name: string, join: string | undefined, errors: FieldErrors): ResolvedField {
  if (join === undefined) {
    const field = family.searchFields.get(name);
    if (!field) throw errors.unknownField(name);
    const { derive, id } = field;
    return { field, read: derive ?? ((record) => record.values[id]) };
  }
  const joinField = family.searchFields.get(join);
  if (!joinField || joinField.target === undefined) throw errors.unknownJoin(join);
  if (joinField.type === 'MULTISELECT') throw notEmulated(`A join through multi-select field ${join}`);
  const target = account.schema.recordType(joinField.target).family;
  const field = target.searchFields.get(name);
  if (!field) throw errors.unknownField(`${join}.${name}`);
  return {
    field,
    read: (record) => {
      const id = readField(joinField, record);
      const joined = id === undefined ? undefined : account.store.get(target.family, String(id));
      return joined ? readField(field, joined) : undefined;
    },
  };
}
