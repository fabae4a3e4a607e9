/**
 * search.lookupFields: body fields (and `join.field`) of one record. Selects come back as `[{value, text}]`
 * (empty: `[]`), checkboxes as booleans, everything else as the search shows it. A record the search type does
 * not find gives `{}`.
 */
import { referenceText } from '../displayText';
import { missingArgument, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { toSearchValue, typeGroup } from '../values';
import { resolveSearchField, type FieldErrors } from './fieldPath';

const LOOKUP_ERRORS: FieldErrors = {
  unknownField: (name) => suiteScriptError('SSS_INVALID_SRCH_COL', `An nlobjSearchColumn contains an invalid column, or is not in proper syntax: ${name}.`),
  unknownJoin: (join) =>
    suiteScriptError('SSS_INVALID_SRCH_COL_JOIN', `An nlobjSearchColumn contains an invalid column join ID, or is not in proper syntax: ${join}.`),
};

export function lookupFields(execution: Execution, options: Record<string, unknown>): Record<string, unknown> {
  const { account } = execution;
  if (options.type === undefined) throw missingArgument('type');
  if (options.id === undefined || options.id === null || options.id === '') throw missingArgument('id');
  if (options.columns === undefined) throw missingArgument('columns');
  const typeDef = account.schema.recordType(String(options.type));
  execution.meter.charge('search.lookupFields');
  account.faults.onSearch?.(typeDef.type);
  const names = (Array.isArray(options.columns) ? options.columns : [options.columns]).map(String);
  const fields = names.map((name) => {
    // `join.field` reads a field of the record a select points to.
    const [join, field] = name.includes('.') ? name.toLowerCase().split('.', 2) : [undefined, name.toLowerCase()];
    return { name, ...resolveSearchField(account, typeDef.family, field as string, join, LOOKUP_ERRORS) };
  });
  const record = account.store.get(typeDef.family.family, String(options.id));
  const found = record && (!typeDef.searchStages || typeDef.searchStages.includes(String(record.values.stage)));
  if (!record || !found) return {};
  return Object.fromEntries(
    fields.map(({ name, field, read }) => {
      const stored = read(record);
      const group = typeGroup(field.type);
      if (field.target !== undefined && (group === 'select' || group === 'multiselect')) {
        const ids = stored === undefined ? [] : Array.isArray(stored) ? stored : [String(stored)];
        return [name, ids.map((id) => ({ value: id, text: referenceText(account, field.target as string, id) }))];
      }
      return [name, toSearchValue(field, stored)];
    }),
  );
}
