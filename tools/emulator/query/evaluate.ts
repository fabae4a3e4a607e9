/**
 * Running a bound query level: its slots are filled one after the other (nested loops over each slot's planned
 * candidates, a LEFT JOIN adding a NULL row when nothing matched), WHERE conjuncts checked where they are placed,
 * then rows projected (or grouped and aggregated), made DISTINCT and ordered. Conditions follow SQL's
 * three-valued logic; WHERE and ON keep a row only when they are true.
 */
import { isoDay } from '../dates';
import type { StoredRecord } from '../schema/model';
import type { RecordStore } from '../store';
import type { OrderItem } from './ast';
import type { BoundCondition, BoundSelect, BoundSubquery, BoundValue, SlotColumn } from './bound';
import { countRows, type CountContext } from './count';
import { invalidQuery, unsupported } from './errors';
import { decode, mod, trunc } from './numberFunctions';
import { accessKeys } from './plan';
import { compare, compareValues, convertedNumber, groupKey, likes, sortOrder, TemporalValue, type PresentValue, type SqlValue, type Truth } from './values';

type Rows = (StoredRecord | null)[];

/** The rows a query level is at (null: a LEFT JOIN's NULL row), and the enclosing level's frame. */
export interface Frame {
  readonly rows: Rows;
  readonly parent: Frame | undefined;
}

/**
 * A level being read in one run: its frame, and what the planner and the count path evaluate there. A correlated
 * subquery's level is read once per row of its parent: one object, not a frame and closures for each reader.
 */
class Level implements Frame, CountContext {
  readonly rows: Rows;

  constructor(
    slots: number,
    readonly parent: Frame | undefined,
    readonly run: Run,
  ) {
    this.rows = new Array<StoredRecord | null>(slots).fill(null);
  }

  get store(): RecordStore {
    return this.run.store;
  }

  value(expr: BoundValue): SqlValue {
    return value(expr, this, this.run, undefined);
  }

  /** A condition's truth with `row` in the level's first slot. */
  truthAt(condition: BoundCondition, row: StoredRecord): Truth {
    this.rows[0] = row;
    try {
      return truth(condition, this, this.run);
    } finally {
      this.rows[0] = null;
    }
  }
}

/** One run of a query: the store read, the `?` values, and uncorrelated subqueries' values once computed. */
export interface Run {
  readonly store: RecordStore;
  readonly params: readonly SqlValue[];
  readonly subqueries: Map<BoundSubquery, SqlValue>;
}

/** The rows of a GROUP BY group (or of the whole level, for aggregates without GROUP BY). */
interface Group {
  readonly members: readonly Rows[];
  readonly parent: Frame | undefined;
}

interface ProjectedRow {
  values: SqlValue[];
  /** The ORDER BY keys. */
  keys: readonly SqlValue[];
}

/** The level's result: one array of values per row, in select-list order, DISTINCT and ordered as the query says. */
export function selectRows(select: BoundSelect, parent: Frame | undefined, run: Run): SqlValue[][] {
  const level = new Level(select.slots.length, parent, run);
  const counted = countedAt(select, level);
  if (counted !== undefined) return [select.columns.map(() => counted)];
  return readRows(select, level, run);
}

/** The level's rows read (not counted from sets). */
function readRows(select: BoundSelect, frame: Level, run: Run): SqlValue[][] {
  const projected = select.groupBy ? groupedRows(select, select.groupBy, frame, run) : plainRows(select, frame, run);
  const rows = select.distinct ? distinctRows(projected) : projected;
  if (select.orderBy.length > 0 && !inOrder(select, rows)) rows.sort((left, right) => compareRows(select, left, right));
  return rows.map((row) => row.values);
}

/** A level's COUNT(*) from set sizes (every column of its one row); undefined when this run reads rows instead. */
function countedAt(select: BoundSelect, level: Level): number | undefined {
  const plan = select.count;
  if (!plan) return undefined;
  return holds(select.constant, level, level.run) ? countRows(plan, level) : 0;
}

function plainRows(select: BoundSelect, frame: Level, run: Run): ProjectedRow[] {
  const rows: ProjectedRow[] = [];
  forEachJoined(select, frame, run, () => rows.push(project(select, frame, run, undefined)));
  return rows;
}

function groupedRows(select: BoundSelect, groupBy: readonly BoundValue[], frame: Level, run: Run): ProjectedRow[] {
  const groups = new Map<string, Rows[]>();
  forEachJoined(select, frame, run, () => {
    // Without GROUP BY every row is in the one group: no key to build per row.
    const key = groupBy.length === 0 ? '' : JSON.stringify(groupBy.map((expr) => groupKey(value(expr, frame, run, undefined))));
    const members = groups.get(key);
    if (members) members.push([...frame.rows]);
    else groups.set(key, [[...frame.rows]]);
  });
  // Aggregates without GROUP BY make one row, even of no rows.
  if (groupBy.length === 0 && groups.size === 0) groups.set('', []);
  return [...groups.values()].map((members) => {
    const representative: Frame = { rows: members[0] ?? frame.rows, parent: frame.parent };
    return project(select, representative, run, { members, parent: frame.parent });
  });
}

/** Calls `emit` with `frame` at every joined row meeting the level's conditions, in slot order. */
function forEachJoined(select: BoundSelect, frame: Level, run: Run, emit: () => void): void {
  if (holds(select.constant, frame, run)) joinFrom(0, select, frame, run, emit);
}

/**
 * Fills slot `index` and the ones after it with each row meeting their conditions, calling `emit` at every complete
 * join. A function of its own, not a closure made per level read (the TypeScript runner names each one it makes).
 */
function joinFrom(index: number, select: BoundSelect, frame: Level, run: Run, emit: () => void): void {
  const slot = select.slots[index];
  if (!slot) {
    emit();
    return;
  }
  const { store } = run;
  const candidates = slot.access ? slot.table.rowsWithKeys(store, accessKeys(slot.access, slot.table, store, frame)) : slot.table.rows(store);
  store.stats.recordsScanned += candidates.length;
  let matched = false;
  for (const row of candidates) {
    frame.rows[index] = row;
    if (!holds(slot.match, frame, run)) continue;
    matched = true;
    if (holds(slot.filters, frame, run)) joinFrom(index + 1, select, frame, run, emit);
  }
  frame.rows[index] = null;
  if (slot.outer && !matched && holds(slot.filters, frame, run)) joinFrom(index + 1, select, frame, run, emit);
}

const NO_KEYS: readonly SqlValue[] = [];

/** A row's values and ORDER BY keys, once per row read: arrays of their length filled in place, no callback per row. */
function project(select: BoundSelect, frame: Frame, run: Run, group: Group | undefined): ProjectedRow {
  const { columns, orderBy } = select;
  const values = new Array<SqlValue>(columns.length);
  for (let index = 0; index < columns.length; index += 1) values[index] = value(columns[index] as BoundValue, frame, run, group);
  if (orderBy.length === 0) return { values, keys: NO_KEYS };
  const keys = new Array<SqlValue>(orderBy.length);
  for (let index = 0; index < orderBy.length; index += 1) {
    const { target } = orderBy[index] as OrderItem<BoundValue>;
    keys[index] = typeof target === 'number' ? (values[target] as SqlValue) : value(target, frame, run, group);
  }
  return { values, keys };
}

function distinctRows(rows: readonly ProjectedRow[]): ProjectedRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row.values.map(groupKey));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether the rows already stand in ORDER BY order, as they mostly do when read by the key they are ordered by:
 * then the (stable) sort would leave them as they are, and its copy of the rows is not made.
 */
function inOrder(select: BoundSelect, rows: readonly ProjectedRow[]): boolean {
  for (let index = 1; index < rows.length; index += 1) if (compareRows(select, rows[index - 1] as ProjectedRow, rows[index] as ProjectedRow) > 0) return false;
  return true;
}

/** ORDER BY: NULL sorts as the largest value (last ascending, first descending, Oracle's default); ties keep read order. */
function compareRows(select: BoundSelect, left: ProjectedRow, right: ProjectedRow): number {
  for (let index = 0; index < select.orderBy.length; index += 1) {
    const [a, b] = [left.keys[index] as SqlValue, right.keys[index] as SqlValue];
    const order = a === null || b === null ? Number(a === null) - Number(b === null) : sortOrder(a, b);
    if (order !== 0) return select.orderBy[index]?.descending ? -order : order;
  }
  return 0;
}

function holds(conditions: readonly BoundCondition[], frame: Frame, run: Run): boolean {
  for (const condition of conditions) if (truth(condition, frame, run) !== true) return false;
  return true;
}

function truth(condition: BoundCondition, frame: Frame, run: Run): Truth {
  switch (condition.kind) {
    case 'compare':
      return compare(condition.operator, value(condition.left, frame, run, undefined), value(condition.right, frame, run, undefined));
    case 'and':
    case 'or': {
      // One false operand decides an AND, one true operand an OR; else an unknown one makes the whole unknown.
      const decisive = condition.kind === 'or';
      let result: Truth = !decisive;
      for (const operand of condition.operands) {
        const operandTruth = truth(operand, frame, run);
        if (operandTruth === decisive) return decisive;
        if (operandTruth === null) result = null;
      }
      return result;
    }
    case 'not': {
      const operandTruth = truth(condition.operand, frame, run);
      return operandTruth === null ? null : !operandTruth;
    }
    case 'in':
      return isIn(value(condition.operand, frame, run, undefined), condition.list, frame, run);
    case 'isNull':
      return value(condition.operand, frame, run, undefined) === null;
    case 'like':
      return likes(value(condition.operand, frame, run, undefined), value(condition.pattern, frame, run, undefined));
  }
}

/** `x IN (list)`: true on a match; else unknown when x or an item is NULL; else false. */
function isIn(operand: SqlValue, list: readonly BoundValue[], frame: Frame, run: Run): Truth {
  if (operand === null) return null;
  let unknown = false;
  for (const item of list) {
    const itemValue = value(item, frame, run, undefined);
    if (itemValue === null) unknown = true;
    else if (compareValues(operand, itemValue) === 0) return true;
  }
  return unknown ? null : false;
}

function value(expr: BoundValue, frame: Frame, run: Run, group: Group | undefined): SqlValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'param':
      return run.params[expr.index] ?? null;
    case 'column':
      return columnValue(expr.column, frame);
    case 'call':
      return callValue(expr, frame, run, group);
    case 'aggregate':
      if (!group) throw new Error('emulator: an aggregate outside a group');
      return aggregate(expr, group, run);
    case 'subquery':
      return scalar(expr.query, frame, run);
  }
}

/**
 * A function call's value. Apart from `value` (called for every column of every row), and like it without
 * closures: one reading the parameters would make V8 allocate a context for them on each call.
 */
function callValue(expr: Extract<BoundValue, { kind: 'call' }>, frame: Frame, run: Run, group: Group | undefined): SqlValue {
  const args = expr.args;
  if (expr.fn === 'nvl' || expr.fn === 'coalesce') {
    for (const arg of args) {
      const argValue = value(arg, frame, run, group);
      if (argValue !== null) return argValue;
    }
    return null;
  }
  if (expr.fn === 'decode') return decodeValue(args, frame, run, group);
  const first = value(args[0] as BoundValue, frame, run, group);
  const second = args.length > 1 ? value(args[1] as BoundValue, frame, run, group) : undefined;
  switch (expr.fn) {
    case 'to_char':
      return dayText(first, second as SqlValue);
    case 'mod':
      return mod(first, second as SqlValue);
    case 'trunc':
      return trunc(first, second);
    default:
      return changeCase(expr.fn, first);
  }
}

/** `DECODE(expr, search, result, …[, default])`: the searches and results read before the expression. */
function decodeValue(args: readonly BoundValue[], frame: Frame, run: Run, group: Group | undefined): SqlValue {
  const rest = new Array<SqlValue>(args.length - 1);
  for (let index = 1; index < args.length; index += 1) rest[index - 1] = value(args[index] as BoundValue, frame, run, group);
  const operand = value(args[0] as BoundValue, frame, run, group);
  return decode(operand, rest.length % 2 === 0 ? rest : rest.slice(0, -1), rest.length % 2 === 0 ? undefined : rest.at(-1));
}

function columnValue({ depth, slot, column }: SlotColumn, frame: Frame): SqlValue {
  let level: Frame = frame;
  for (let step = 0; step < depth; step += 1) level = level.parent as Frame;
  const row = level.rows[slot];
  return row ? column.read(row) : null;
}

function changeCase(fn: string, text: SqlValue): SqlValue {
  if (text === null) return null;
  if (typeof text !== 'string') throw unsupported(`${fn.toUpperCase()} of a value that is not text`);
  return fn === 'lower' ? text.toLowerCase() : text.toUpperCase();
}

/** `TO_CHAR(date, 'YYYY-MM-DD')`: the calendar day of a DATE or DATETIME in the account's zone; other formats are not emulated. */
function dayText(date: SqlValue, format: SqlValue): SqlValue {
  if (format !== 'YYYY-MM-DD') throw unsupported(`TO_CHAR with the format ${String(format)}`);
  if (date === null) return null;
  if (!(date instanceof TemporalValue)) throw unsupported('TO_CHAR of a value that is not a DATE or DATETIME');
  return isoDay(new Date(date.time));
}

/** A scalar subquery's value: NULL without rows, an error with more than one. */
function scalar(subquery: BoundSubquery, frame: Frame, run: Run): SqlValue {
  const known = subquery.correlated ? undefined : run.subqueries.get(subquery);
  if (known !== undefined) return known;
  const result = subqueryValue(subquery.select, frame, run);
  if (!subquery.correlated) run.subqueries.set(subquery, result);
  return result;
}

/** A scalar subquery's one value; a count from sets (per member row of a correlated COUNT) makes no rows to read it from. */
function subqueryValue(select: BoundSelect, parent: Frame, run: Run): SqlValue {
  const level = new Level(select.slots.length, parent, run);
  const counted = countedAt(select, level);
  if (counted !== undefined) return counted;
  const rows = readRows(select, level, run);
  if (rows.length > 1) throw invalidQuery('ORA-01427: single-row subquery returns more than one row');
  return rows[0]?.[0] ?? null;
}

function aggregate(expr: Extract<BoundValue, { kind: 'aggregate' }>, group: Group, run: Run): SqlValue {
  if (!expr.arg) return group.members.length;
  const values: PresentValue[] = [];
  for (const rows of group.members) {
    const memberValue = value(expr.arg, { rows, parent: group.parent }, run, undefined);
    if (memberValue !== null) values.push(memberValue);
  }
  const counted = expr.distinct ? [...new Map(values.map((entry) => [groupKey(entry), entry])).values()] : values;
  if (expr.fn === 'count') return counted.length;
  if (counted.length === 0) return null;
  if (expr.fn === 'sum') return counted.reduce((total: number, entry) => total + summand(entry), 0);
  const sign = expr.fn === 'min' ? -1 : 1;
  return counted.reduce((best, entry) => (sortOrder(entry, best) * sign > 0 ? entry : best));
}

function summand(entry: PresentValue): number {
  if (typeof entry === 'number') return entry;
  if (entry instanceof TemporalValue) throw unsupported('SUM of DATE or DATETIME values');
  return convertedNumber(entry);
}
