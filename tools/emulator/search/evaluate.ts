/**
 * Finding the records a search matches. Filters are validated and compiled once per run; equality filters
 * (`anyof`, `is` on a select) on indexed fields and on internal ids narrow the candidates through the store's
 * indexes, so only the records those indexes name are examined.
 */
import type { Account } from '../account';
import { notEmulated, suiteScriptError } from '../errors';
import type { FamilyDef, RecordTypeDef, StoredRecord } from '../schema/model';
import { typeGroup } from '../values';
import { resolveSearchField, type FieldErrors } from './fieldPath';
import type { FilterNode, FilterSpec } from './model';
import { OPERATORS } from './operators';

type Predicate = (record: StoredRecord) => boolean;

const FILTER_ERRORS: FieldErrors = {
  unknownField: (name) => suiteScriptError('SSS_INVALID_SRCH_FILTER', `An nlobjSearchFilter contains invalid search criteria: ${name}.`),
  unknownJoin: (join) =>
    suiteScriptError('SSS_INVALID_SRCH_FILTER_JOIN', `An nlobjSearchFilter contains an invalid join ID, or is not in proper syntax: ${join}.`),
};

/** The matching records, in ascending internal id. */
export function matchingRecords(account: Account, typeDef: RecordTypeDef, filters: FilterNode | undefined): StoredRecord[] {
  const family = typeDef.family;
  const predicate = filters ? compile(account, family, filters) : () => true;
  const stages = typeDef.searchStages ? new Set(typeDef.searchStages) : undefined;
  const candidates = candidateIds(account, family, filters, typeDef.searchStages);
  const pool = candidates
    ? candidates.sort(compareInternalIds).flatMap((id) => account.store.get(family.family, id) ?? [])
    : [...account.store.all(family.family)].sort((left, right) => compareInternalIds(left.id, right.id));
  account.store.stats.recordsScanned += pool.length;
  return pool.filter((record) => (!stages || stages.has(String(record.values.stage))) && predicate(record));
}

/** Internal ids in NetSuite's order: numerically (list and stage codes, which are not numbers, as text). */
export function compareInternalIds(left: string, right: string): number {
  return /^\d+$/.test(left) && /^\d+$/.test(right) ? Number(left) - Number(right) : left.localeCompare(right);
}

function compile(account: Account, family: FamilyDef, node: FilterNode): Predicate {
  switch (node.kind) {
    case 'condition':
      return compileCondition(account, family, node.filter);
    case 'not': {
      const child = compile(account, family, node.child);
      return (record) => !child(record);
    }
    case 'and': {
      const children = node.children.map((child) => compile(account, family, child));
      return (record) => children.every((child) => child(record));
    }
    case 'or': {
      const children = node.children.map((child) => compile(account, family, child));
      return (record) => children.some((child) => child(record));
    }
  }
}

function compileCondition(account: Account, family: FamilyDef, filter: FilterSpec): Predicate {
  if (filter.formula !== undefined) throw notEmulated('A formula filter');
  if (filter.summary !== undefined) throw notEmulated('A summary filter');
  const { field, read } = resolveSearchField(account, family, filter.name, filter.join, FILTER_ERRORS);
  const operator = OPERATORS[filter.operator];
  if (!operator || !operator.groups.includes(typeGroup(field.type))) {
    throw suiteScriptError('SSS_INVALID_SRCH_OPERATOR', `An nlobjSearchFilter contains an invalid operator, or is not in proper syntax: ${filter.operator}.`);
  }
  const invalid = (detail: string) => suiteScriptError('SSS_INVALID_SRCH_FILTER', `An nlobjSearchFilter contains invalid search criteria: ${filter.name} (${detail}).`);
  const [fewest, most] = operator.arity;
  // `['field', 'isempty', '']` is common: blank values mean nothing to an operator that takes none.
  const values = filter.values.flat().filter((value) => most > 0 || (value !== '' && value !== null && value !== undefined));
  if (values.length < fewest || values.length > most) throw invalid(`operator ${filter.operator} does not take ${values.length} value(s)`);
  const test = operator.compile(values, { field, today: account.clock.today(), invalid });
  return (record) => test(read(record));
}

/** Conditions every match must meet: the top-level AND, ignoring OR / NOT branches. */
function requiredConditions(node: FilterNode | undefined): FilterSpec[] {
  if (!node) return [];
  if (node.kind === 'condition') return [node.filter];
  if (node.kind === 'and') return node.children.flatMap(requiredConditions);
  return [];
}

function candidateIds(account: Account, family: FamilyDef, filters: FilterNode | undefined, stages: readonly string[] | undefined): string[] | undefined {
  const { store } = account;
  let ids: Set<string> | undefined;
  const narrow = (next: Set<string>): void => {
    ids = ids ? new Set([...ids].filter((id) => next.has(id))) : next;
  };
  if (stages) narrow(store.lookup(family.family, 'stage', stages) ?? new Set());
  for (const filter of requiredConditions(filters)) {
    const values = filter.values.flat().map(String);
    const equality = filter.operator === 'anyof' || (filter.operator === 'is' && family.searchFields.get(filter.name)?.type === 'SELECT');
    const usable = equality && filter.join === undefined && !values.some((value) => value.toUpperCase() === '@NONE@');
    if (!usable) continue;
    if (filter.name === 'internalid') {
      store.stats.indexLookups += 1;
      narrow(new Set(values));
    } else if (store.isIndexed(family.family, filter.name)) {
      narrow(store.lookup(family.family, filter.name, values) ?? new Set());
    }
  }
  return ids ? [...ids] : undefined;
}
