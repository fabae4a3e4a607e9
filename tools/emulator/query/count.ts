/**
 * COUNT(*) from set sizes: a query level that selects only COUNT(*) from one table, with every WHERE conjunct
 * answered exactly by the store — an equality or IN on a column whose index finds exactly the equal rows
 * (`ColumnLookup.exact`: a select's whole-number ids, `searchstage`), or a condition on one checkbox column — counts
 * the rows in those sets without reading one. A checkbox condition is evaluated once for each value a checkbox can
 * hold (checked, unchecked, NULL); the store keeps the checked and the unset records (few), so the accepted values
 * are those sets, or every record but them. "This rep's active leads" is then the size of the rep's per-stage
 * set less the few inactive leads in it, however many leads the rep has. Anything else reads rows as before.
 */
import { countIn, NO_IDS, unionOf, type IdSet } from '../idSets';
import type { StoredRecord } from '../schema/model';
import type { Flag, RecordStore } from '../store';
import { valuesIn } from './ast';
import type { BoundCondition, BoundSelect } from './bound';
import { equalityKeys, lookupKeys, STAGE_FIELD, type KeysAccess, type ValueReader } from './plan';
import type { ColumnLookup } from './columns';
import type { QueryTable } from './queryTable';
import type { Truth } from './values';

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

/** An equality naming the counted rows by an exact key. */
interface KeyTerm {
  access: KeysAccess;
  /** Whether its values are literals: then its keys are found once (`keys`; null when one is not exact). */
  fixed: boolean;
  keys?: readonly string[] | null;
}

/** What a countable level's WHERE is made of. */
export interface CountPlan {
  table: QueryTable;
  keys: KeyTerm[];
  /** The first `searchstage` equality of `keys`: its stages narrow the other keys' look-ups and the checkbox sets. */
  stage: KeyTerm | undefined;
  flags: FlagTerm[];
}

/** How the count path reads values and conditions of the level it counts (`evaluate.ts`). */
export interface CountContext extends ValueReader {
  readonly store: RecordStore;
  /** The condition's truth with `row` in the counted table's slot. */
  truthAt(condition: BoundCondition, row: StoredRecord): Truth;
}

/** The level's count plan, when it selects only COUNT(*) from one table (no join, GROUP BY or ORDER BY) and every conjunct is exact. */
export function planCount(select: BoundSelect): CountPlan | undefined {
  const [slot, ...joined] = select.slots;
  if (!slot || joined.length > 0 || select.groupBy?.length !== 0 || select.orderBy.length > 0) return undefined;
  if (!select.columns.every((column) => column.kind === 'aggregate' && column.fn === 'count' && column.arg === null)) return undefined;
  const plan: CountPlan = { table: slot.table, keys: [], stage: undefined, flags: [] };
  for (const condition of slot.match) {
    const keys = equalityKeys(condition, 0);
    const flag = keys ? undefined : flagOf(condition);
    if (keys?.lookup.exact && keys.lookup.field !== undefined) plan.keys.push({ access: keys, fixed: keys.values.every((value) => value.kind === 'literal') });
    else if (flag !== undefined) plan.flags.push({ field: flag, condition, fixed: [...valuesIn(condition)].every((value) => value.kind !== 'param' && (value.kind !== 'column' || value.column.depth === 0)) });
    else return undefined;
  }
  plan.stage = plan.keys.find((term) => term.access.lookup.field === STAGE_FIELD);
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
 * `sets` and `set`, in an array of exactly their number: a count gathers one or two sets once per member row, and
 * an empty array grown by push would reserve room for 17.
 */
const withSet = (sets: readonly IdSet[] | undefined, set: IdSet): IdSet[] => (sets === undefined ? [set] : [...sets, set]);

/** Whether every key finds exactly the rows equal to it (a loop: a callback reading `lookup` would allocate per count). */
function allExact(keys: readonly string[], lookup: ColumnLookup): boolean {
  for (const key of keys) if (!lookup.exact?.(key)) return false;
  return true;
}

/** The distinct keys an equality names, or undefined when one of them does not find exactly the equal rows. */
function keysOf(term: KeyTerm, context: CountContext): readonly string[] | undefined {
  if (term.keys !== undefined) return term.keys ?? undefined;
  const found = lookupKeys(term.access, context);
  // One key per member row is the usual case: no set to drop repeats from.
  const keys = found.length > 1 ? [...new Set(found)] : found;
  const exact = allExact(keys, term.access.lookup);
  if (term.fixed) term.keys = exact ? keys : null;
  return exact ? keys : undefined;
}

/**
 * The number of rows the plan's conditions accept, or undefined when this run cannot count from sets (a key that
 * is not exact, a table without the sets, no set naming the rows): then the rows are read.
 */
export function countRows(plan: CountPlan, context: CountContext): number | undefined {
  const { table, stage } = plan;
  const { store } = context;
  const stages = stage && keysOf(stage, context);
  const fold = stages !== undefined && table.indexedInStages !== undefined && plan.keys.length > 1;
  let included: IdSet[] | undefined;
  for (const term of plan.keys) {
    if (fold && term === stage) continue;
    const keys = keysOf(term, context);
    const field = term.access.lookup.field as string;
    const ids = keys && (fold ? table.indexedInStages?.(store, field, keys, stages) : table.indexed?.(store, field, keys));
    if (!ids) return undefined;
    included = withSet(included, ids);
  }
  let excluded: IdSet[] | undefined;
  for (const term of plan.flags) {
    const accepted = acceptedBy(term, context);
    // The flags a condition answers unlike an unchecked box name the records it treats unlike the many unchecked
    // ones: the records it rejects when it accepts unchecked boxes, else the records it accepts.
    let named: IdSet = NO_IDS;
    for (const flag of FLAGS) {
      if (accepted[flag] === accepted.unchecked) continue;
      const ids = table.flagged?.(store, term.field, flag, stages);
      if (!ids) return undefined;
      if (accepted.unchecked) excluded = withSet(excluded, ids);
      // The flags' records are disjoint, so their union counts exactly.
      else named = unionOf([named, ids]);
    }
    if (!accepted.unchecked) included = withSet(included, named);
  }
  return included === undefined ? undefined : countIn(included, excluded ?? []);
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

/** Which values of its checkbox the condition accepts (is true for); found once for a fixed condition. */
function acceptedBy(term: FlagTerm, context: CountContext): Record<FlagValue, boolean> {
  if (term.accepted) return term.accepted;
  const accepted = judged(term, context);
  if (term.fixed) term.accepted = accepted;
  return accepted;
}

/** The condition judged at a row of each checkbox value (apart from `acceptedBy`, whose cached answer then makes no closure). */
function judged(term: FlagTerm, context: CountContext): Record<FlagValue, boolean> {
  const rows = rowsWhere(term.field);
  const accepts = (value: FlagValue): boolean => context.truthAt(term.condition, rows[value]) === true;
  return { checked: accepts('checked'), unchecked: accepts('unchecked'), unset: accepts('unset') };
}
