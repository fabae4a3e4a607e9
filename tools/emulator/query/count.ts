/**
 * COUNT(*) from set sizes: a query level that selects only COUNT(*) from one table, with every WHERE conjunct
 * answered exactly by the store — an equality or IN on a column whose index finds exactly the equal rows
 * (`ColumnLookup.exact`: a select's whole-number ids, `searchstage`), or a condition on one checkbox column — counts
 * the rows in those sets without reading one. A checkbox condition is evaluated once for each value a checkbox can
 * hold (checked, unchecked, NULL); the store keeps the checked and the unset records (few), so the accepted values
 * are those sets, or every record but them. "This rep's active leads" is then the size of the rep's per-stage
 * set less the few inactive leads in it, however many leads the rep has. Anything else reads rows as before.
 */
import { countIn, unionOf, type IdSet } from '../idSets';
import type { StoredRecord } from '../schema/model';
import type { Flag, RecordStore } from '../store';
import { valuesIn } from './ast';
import type { BoundCondition, BoundSelect, BoundValue } from './bound';
import { equalityKeys, lookupKeys, STAGE_FIELD, type KeysAccess } from './plan';
import type { QueryTable } from './queryTable';
import type { SqlValue, Truth } from './values';

/** A value a checkbox can hold: the store keeps the records of the flags, unchecked ones are all the others. */
type FlagValue = Flag | 'unchecked';

/** A condition reading one checkbox column of the counted table (and nothing else of its rows). */
interface FlagTerm {
  field: string;
  condition: BoundCondition;
  /** Whether it reads nothing but the column and literals: then what it accepts is found once (`accepted`). */
  fixed: boolean;
  accepted?: Record<FlagValue, boolean>;
}

/** What a countable level's WHERE is made of. */
export interface CountPlan {
  keys: KeysAccess[];
  flags: FlagTerm[];
}

/** How the count path reads values and conditions of the level it counts (`evaluate.ts`). */
export interface CountContext {
  table: QueryTable;
  store: RecordStore;
  value(value: BoundValue): SqlValue;
  /** The condition's truth with `row` in the counted table's slot. */
  truthAt(condition: BoundCondition, row: StoredRecord): Truth;
}

/** The level's count plan, when it selects only COUNT(*) from one table (no join, GROUP BY or ORDER BY) and every conjunct is exact. */
export function planCount(select: BoundSelect): CountPlan | undefined {
  const [slot, ...joined] = select.slots;
  if (!slot || joined.length > 0 || select.groupBy?.length !== 0 || select.orderBy.length > 0) return undefined;
  if (!select.columns.every((column) => column.kind === 'aggregate' && column.fn === 'count' && column.arg === null)) return undefined;
  const plan: CountPlan = { keys: [], flags: [] };
  for (const condition of slot.match) {
    const keys = equalityKeys(condition, 0);
    const flag = keys ? undefined : flagOf(condition);
    if (keys?.lookup.exact && keys.lookup.field !== undefined) plan.keys.push(keys);
    else if (flag !== undefined) plan.flags.push({ field: flag, condition, fixed: [...valuesIn(condition)].every((value) => value.kind !== 'param' && (value.kind !== 'column' || value.column.depth === 0)) });
    else return undefined;
  }
  return plan;
}

/** The checkbox field a condition reads, when it reads no other column of the counted row and no subquery. */
function flagOf(condition: BoundCondition): string | undefined {
  let field: string | undefined;
  for (const value of valuesIn(condition)) {
    if (value.kind === 'subquery') return undefined;
    if (value.kind !== 'column' || value.column.depth > 0) continue;
    const { flag } = value.column.column;
    if (flag === undefined || (field !== undefined && field !== flag)) return undefined;
    field = flag;
  }
  return field;
}

/**
 * The number of rows the plan's conditions accept, or undefined when this run cannot count from sets (a key that
 * is not exact, a table without the sets, no set naming the rows): then the rows are read.
 */
export function countRows(plan: CountPlan, context: CountContext): number | undefined {
  const { table, store } = context;
  const keysOf = (access: KeysAccess): string[] | undefined => {
    const found = lookupKeys(access, context.value);
    // One key per member row is the usual case: no set to drop repeats from.
    const keys = found.length > 1 ? [...new Set(found)] : found;
    return keys.every((key) => access.lookup.exact?.(key)) ? keys : undefined;
  };
  const stage = plan.keys.find((access) => access.lookup.field === STAGE_FIELD);
  const stages = stage && keysOf(stage);
  const fold = stages !== undefined && table.indexedInStages !== undefined && plan.keys.length > 1;
  const included: IdSet[] = [];
  for (const access of plan.keys) {
    if (fold && access === stage) continue;
    const keys = keysOf(access);
    const field = access.lookup.field as string;
    const ids = keys && (fold ? table.indexedInStages?.(store, field, keys, stages) : table.indexed?.(store, field, keys));
    if (!ids) return undefined;
    included.push(ids);
  }
  const excluded: IdSet[] = [];
  for (const term of plan.flags) {
    if (!flagSets(term, context, stages, included, excluded)) return undefined;
  }
  return included.length === 0 ? undefined : countIn(included, excluded);
}

const rowsByField = new Map<string, Record<FlagValue, StoredRecord>>();

/** Rows whose checkbox `field` holds each value a checkbox can hold, made once per field (every count asks). */
function rowsWhere(field: string): Record<FlagValue, StoredRecord> {
  let rows = rowsByField.get(field);
  if (!rows) {
    const row = (values: StoredRecord['values']): StoredRecord => ({ type: '', id: '', values, sublists: {} });
    rows = { checked: row({ [field]: true }), unchecked: row({ [field]: false }), unset: row({}) };
    rowsByField.set(field, rows);
  }
  return rows;
}

const FLAGS: readonly Flag[] = ['checked', 'unset'];

/** Which values of its checkbox the condition accepts (is true for). */
function acceptedBy(term: FlagTerm, context: CountContext): Record<FlagValue, boolean> {
  if (term.accepted) return term.accepted;
  const rows = rowsWhere(term.field);
  const accepts = (value: FlagValue): boolean => context.truthAt(term.condition, rows[value]) === true;
  const accepted = { checked: accepts('checked'), unchecked: accepts('unchecked'), unset: accepts('unset') };
  if (term.fixed) term.accepted = accepted;
  return accepted;
}

/**
 * Adds what a checkbox condition accepts: when unchecked boxes fail it, the records of the flags it accepts to
 * `included`; else those of the flags it rejects to `excluded` (of `stages` only, when the count is of them anyway).
 */
function flagSets(term: FlagTerm, context: CountContext, stages: string[] | undefined, included: IdSet[], excluded: IdSet[]): boolean {
  const accepted = acceptedBy(term, context);
  const sets: IdSet[] = [];
  for (const flag of FLAGS) {
    if (accepted[flag] === accepted.unchecked) continue;
    const ids = context.table.flagged?.(context.store, term.field, flag, stages);
    if (!ids) return false;
    sets.push(ids);
  }
  // The flags' records are disjoint, so their union counts exactly.
  if (accepted.unchecked) excluded.push(...sets);
  else included.push(unionOf(sets));
  return true;
}
