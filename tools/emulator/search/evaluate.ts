/**
 * Finding the records a search matches. Filters are validated and compiled once per run; then a plan over the
 * store's indexes narrows the records to examine: equality filters (`anyof`, `is` on a select) on indexed
 * fields and on internal ids, and `contains` / `startswith` / `is` on text fields through their trigram indexes.
 * AND intersects what its indexed terms name (unindexed terms are left to the evaluator; text terms on one field
 * are joined into one walk of their trigram postings), OR unites its branches when every branch is indexed (else it
 * reads every record), NOT is never narrowed. The index only narrows: every record it names is still evaluated in
 * full, so results are those of a full scan.
 */
import type { Account } from '../account';
import { notEmulated, suiteScriptError } from '../errors';
import { intersectionOf, unionOf, type IdSet } from '../idSets';
import type { FamilyDef, RecordTypeDef, StoredRecord } from '../schema/model';
import { compareInternalIds } from '../store';
import { joinTextTerms, textKey, type TextLookup } from '../textIndex';
import { typeGroup } from '../values';
import { resolveSearchField, type FieldErrors } from './fieldPath';
import type { FilterNode, FilterSpec } from './model';
import { OPERATORS } from './operators';

export { compareInternalIds };

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
  const pool = candidateRecords(account, family, filters, typeDef.searchStages);
  account.store.stats.recordsScanned += pool.length;
  return pool.filter((record) => (!stages || stages.has(String(record.values.stage))) && predicate(record));
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
      return (record) => {
        for (const child of children) if (!child(record)) return false;
        return true;
      };
    }
    case 'or': {
      const children = node.children.map((child) => compile(account, family, child));
      return (record) => {
        for (const child of children) if (child(record)) return true;
        return false;
      };
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

/** The records the plan names (every record of the family when it names none), in ascending internal id. */
function candidateRecords(account: Account, family: FamilyDef, filters: FilterNode | undefined, stages: readonly string[] | undefined): StoredRecord[] {
  const { store } = account;
  const parts: IdSet[] = [];
  if (stages) parts.push(store.lookup(family.family, 'stage', stages) ?? new Set());
  const planned = filters ? plan(account, family, filters) : undefined;
  if (planned) parts.push(planned);
  if (parts.length === 0) return [...store.inOrder(family.family)];
  return store.inOrderAmong(family.family, intersectionOf(parts, store.count(family.family)));
}

/** The ids that may match `node` (a superset of its matches), or undefined when no index narrows it. */
function plan(account: Account, family: FamilyDef, node: FilterNode): IdSet | undefined {
  switch (node.kind) {
    case 'condition':
      return conditionIds(account, family, node.filter);
    case 'not':
      return undefined;
    case 'and': {
      const parts = node.children.map((child) => plan(account, family, child)).filter((part): part is IdSet => part !== undefined);
      return parts.length === 0 ? undefined : intersectionOf(joinTextTerms(parts), account.store.count(family.family));
    }
    case 'or':
      // One branch no index narrows can match any record: then the OR narrows nothing.
      if (!node.children.every((child) => narrowable(account, family, child))) return undefined;
      return unionOf(node.children.map((child) => plan(account, family, child) as IdSet));
  }
}

/** Whether `plan` narrows `node`, decided without looking anything up. */
function narrowable(account: Account, family: FamilyDef, node: FilterNode): boolean {
  switch (node.kind) {
    case 'condition':
      return indexAccess(account, family, node.filter) !== undefined;
    case 'not':
      return false;
    case 'and':
      return node.children.some((child) => narrowable(account, family, child));
    case 'or':
      return node.children.every((child) => narrowable(account, family, child));
  }
}

type IndexAccess = { kind: 'internalid' | 'select'; keys: string[] } | { kind: 'text'; lookup: TextLookup; wanted: unknown };

/** Shortest term each text lookup can narrow by (textIndex.ts). */
const TEXT_MINIMUM: Readonly<Record<TextLookup, number>> = { contains: 3, startswith: 2, is: 1 };

/** How an index can answer a condition (already compiled, so valid), or undefined when none can. */
function indexAccess(account: Account, family: FamilyDef, filter: FilterSpec): IndexAccess | undefined {
  if (filter.join !== undefined) return undefined;
  const field = family.searchFields.get(filter.name);
  if (!field) return undefined;
  const values = filter.values.flat();
  if (filter.operator === 'anyof' || (filter.operator === 'is' && field.type === 'SELECT')) {
    const keys = values.map(String);
    // `@NONE@` matches empty fields, which no index holds.
    if (keys.some((key) => key.toUpperCase() === '@NONE@')) return undefined;
    if (filter.name === 'internalid') return { kind: 'internalid', keys };
    return account.store.isIndexed(family.family, filter.name) ? { kind: 'select', keys } : undefined;
  }
  const lookup = filter.operator as TextLookup;
  if (!(lookup in TEXT_MINIMUM) || typeGroup(field.type) !== 'text' || !account.store.isTextIndexable(family.family, filter.name)) return undefined;
  const [wanted] = values;
  return textKey(wanted).length >= TEXT_MINIMUM[lookup] ? { kind: 'text', lookup, wanted } : undefined;
}

function conditionIds(account: Account, family: FamilyDef, filter: FilterSpec): IdSet | undefined {
  const { store } = account;
  const access = indexAccess(account, family, filter);
  if (!access) return undefined;
  switch (access.kind) {
    case 'internalid':
      store.stats.indexLookups += 1;
      return new Set(access.keys);
    case 'select':
      return store.lookup(family.family, filter.name, access.keys);
    case 'text':
      return store.textLookup(family.family, filter.name, access.lookup, access.wanted);
  }
}
