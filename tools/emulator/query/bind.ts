/**
 * Parsed query → bound query (`bound.ts`): tables by name, columns by `alias.column` or bare (resolved against this
 * level's tables, then the enclosing levels'; ambiguous fails), grouping checked as Oracle checks it, WHERE placed
 * and each slot's access planned. Unknown tables and fields fail as NetSuite fails them (`errors.ts`).
 */
import { conjunctsOf, mapCondition, mapValue, valuesIn, type ColumnName, type ExprMapping, type ParsedCondition, type ParsedSelect, type ParsedValue } from './ast';
import { highestSlot, type BoundCondition, type BoundSelect, type BoundSubquery, type BoundValue, type SlotColumn, type SlotPlan } from './bound';
import { invalidQuery, unknownField, unknownTable, unsupported } from './errors';
import type { ParsedQuery } from './parse';
import { planCount } from './count';
import { planAccess } from './plan';
import type { QueryTable } from './queryTable';
import { groupKey } from './values';

export interface BoundQuery {
  select: BoundSelect;
  paramCount: number;
  /** Every table the query reads (FROM, joins, subqueries), each once, lower case. */
  tables: string[];
}

/** Oracle pseudo-columns and functions without parentheses: valid SuiteQL the emulator does not model. */
const PSEUDO_COLUMNS = new Set(['rownum', 'rowid', 'level', 'sysdate', 'systimestamp', 'current_date', 'current_timestamp', 'user']);

/** One query level being bound: its table slots, how many of them the clause being bound sees, and what it reads outside. */
class Level {
  readonly slots: { alias: string; table: QueryTable }[] = [];
  visible = 0;
  /** Enclosing levels this level (or a subquery inside it) reads, with the highest slot read there. */
  readonly outerReads = new Map<Level, number>();

  constructor(readonly parent: Level | undefined) {}
}

/**
 * Binds a parsed query to the account's tables.
 *
 * @example
 * bindQuery(parseSuiteQL('SELECT id FROM employee'), queryTables(schema, store)).tables; // ['employee']
 */
export function bindQuery(parsed: ParsedQuery, tables: ReadonlyMap<string, QueryTable>): BoundQuery {
  const binder = new Binder(tables);
  return { select: binder.select(parsed.select, undefined).select, paramCount: parsed.paramCount, tables: binder.tablesRead };
}

class Binder {
  readonly tablesRead: string[] = [];

  constructor(private readonly tables: ReadonlyMap<string, QueryTable>) {}

  select(parsed: ParsedSelect, parent: Level | undefined): { select: BoundSelect; level: Level } {
    const level = new Level(parent);
    for (const { table, alias } of [parsed.from, ...parsed.joins.map((join) => join.table)]) {
      const found = this.tables.get(table);
      if (!found) throw unknownTable(table);
      if (!this.tablesRead.includes(table)) this.tablesRead.push(table);
      level.slots.push({ alias, table: found });
    }
    const slots: SlotPlan[] = level.slots.map(({ table }, index) => ({ table, outer: parsed.joins[index - 1]?.outer ?? false, match: [], filters: [], access: undefined }));
    parsed.joins.forEach((join, index) => {
      // An ON condition sees the tables joined so far.
      level.visible = index + 2;
      (slots[index + 1] as SlotPlan).match.push(...conjunctsOf(this.condition(join.on, level)));
    });
    level.visible = level.slots.length;
    const constant = this.placeWhere(parsed.where && this.condition(parsed.where, level), slots);
    slots.forEach((slot, index) => (slot.access = planAccess(slot.match, index)));
    const columns = parsed.columns.map((column) => this.value(column.expr, level));
    const groupBy = parsed.groupBy.map((expr) => this.value(expr, level));
    const orderBy = parsed.orderBy.map(({ target, descending }) => ({ target: typeof target === 'number' ? target : this.value(target, level), descending }));
    const select: BoundSelect = { slots, constant, columns, names: parsed.columns.map((column) => column.name), groupBy: undefined, distinct: parsed.distinct, orderBy };
    checkAggregates(select, groupBy);
    if (groupBy.length > 0 || [...columns, ...orderValues(select)].some(hasAggregate)) select.groupBy = groupBy;
    if (select.groupBy) checkGrouped(select, select.groupBy);
    if (select.distinct) select.orderBy = select.orderBy.map((item) => ({ ...item, target: selectedPosition(select, item.target) }));
    const count = planCount(select);
    if (count) select.count = count;
    return { select, level };
  }

  /** Puts each WHERE conjunct at the slot that completes it; returns those reading no slot of this level. */
  private placeWhere(where: BoundCondition | undefined, slots: SlotPlan[]): BoundCondition[] {
    const constant: BoundCondition[] = [];
    for (const conjunct of conjunctsOf(where)) {
      const slot = slots[highestSlot(conjunct)];
      if (!slot) constant.push(conjunct);
      else (slot.outer ? slot.filters : slot.match).push(conjunct);
    }
    return constant;
  }

  private mapping(level: Level): ExprMapping<ColumnName, ParsedSelect, SlotColumn, BoundSubquery> {
    return { column: (column) => resolve(level, column), query: (query) => this.subquery(query, level) };
  }

  private value(expr: ParsedValue, level: Level): BoundValue {
    return mapValue(expr, this.mapping(level));
  }

  private condition(condition: ParsedCondition, level: Level): BoundCondition {
    const bound = mapCondition(condition, this.mapping(level));
    if ([...valuesIn(bound)].some((value) => value.kind === 'aggregate')) throw invalidQuery('ORA-00934: group function is not allowed here');
    return bound;
  }

  private subquery(query: ParsedSelect, level: Level): BoundSubquery {
    const { select, level: inner } = this.select(query, level);
    return { select, correlated: inner.outerReads.size > 0, parentSlot: inner.outerReads.get(level) ?? -1 };
  }
}

function resolve(level: Level, name: ColumnName): SlotColumn {
  let depth = 0;
  for (let current: Level | undefined = level; current; current = current.parent, depth += 1) {
    const found = findColumn(current, name);
    if (!found) continue;
    for (let reader: Level | undefined = level; reader !== current && reader; reader = reader.parent) {
      reader.outerReads.set(current, Math.max(reader.outerReads.get(current) ?? -1, found.slot));
    }
    return { depth, ...found };
  }
  if (name.qualifier !== undefined) throw invalidQuery(`ORA-00904: "${name.qualifier}"."${name.name}": invalid identifier`);
  if (PSEUDO_COLUMNS.has(name.name)) throw unsupported(name.name.toUpperCase());
  throw unknownField(level.slots[0]?.table.name ?? '', name.name);
}

/** The column in the level's visible slots: by qualifier (unknown field when that table lacks it), or the one table having it. */
function findColumn(level: Level, name: ColumnName): Omit<SlotColumn, 'depth'> | undefined {
  const slots = level.slots.slice(0, level.visible).map((slot, index) => ({ ...slot, index }));
  const candidates = name.qualifier === undefined ? slots.filter((slot) => slot.table.columns.has(name.name)) : slots.filter((slot) => slot.alias === name.qualifier);
  if (candidates.length > 1) throw invalidQuery(`ORA-00918: column ambiguously defined (${name.qualifier ?? name.name})`);
  const [slot] = candidates;
  if (!slot) return undefined;
  const column = slot.table.columns.get(name.name);
  if (!column) throw unknownField(slot.table.name, name.name);
  return { slot: slot.index, column };
}

const hasAggregate = (expr: BoundValue): boolean => [...valuesIn(expr)].some((value) => value.kind === 'aggregate');

function orderValues(select: BoundSelect): BoundValue[] {
  return select.orderBy.flatMap((item) => (typeof item.target === 'number' ? [] : [item.target]));
}

/** Aggregates belong to this level: no nesting, no aggregate over enclosing rows only, none in GROUP BY. */
function checkAggregates(select: BoundSelect, groupBy: readonly BoundValue[]): void {
  if (groupBy.some(hasAggregate)) throw invalidQuery('ORA-00934: group function is not allowed here');
  for (const value of [...select.columns, ...orderValues(select)].flatMap((expr) => [...valuesIn(expr)])) {
    if (value.kind !== 'aggregate' || !value.arg) continue;
    if (hasAggregate(value.arg)) throw invalidQuery('ORA-00935: group function is nested too deeply');
    const reads = [...valuesIn(value.arg)];
    const readsOuter = reads.some((read) => read.kind === 'column' && read.column.depth > 0);
    if (readsOuter && highestSlot(value.arg) < 0) throw unsupported('an aggregate over an enclosing query’s columns only');
  }
}

/** A text equal for equal expressions, for matching select items to GROUP BY items. */
function exprKey(expr: BoundValue): string {
  switch (expr.kind) {
    case 'literal':
      return `l${groupKey(expr.value)}`;
    case 'param':
      return `p${expr.index}`;
    case 'column':
      return `c${expr.column.depth}.${expr.column.slot}.${expr.column.column.name}`;
    case 'call':
      return `${expr.fn}(${expr.args.map(exprKey).join(',')})`;
    case 'aggregate':
      return `${expr.fn}${expr.distinct ? ' distinct' : ''}(${expr.arg ? exprKey(expr.arg) : '*'})`;
    case 'subquery':
      return 'subquery';
  }
}

/** In an aggregating level every selected and ordered value must be built from GROUP BY items, aggregates and constants. */
function checkGrouped(select: BoundSelect, groupBy: readonly BoundValue[]): void {
  if (groupBy.some((expr) => expr.kind === 'subquery')) throw unsupported('a subquery in GROUP BY');
  const grouped = new Set(groupBy.map(exprKey));
  const valid = (expr: BoundValue): boolean => {
    if (grouped.has(exprKey(expr))) return true;
    switch (expr.kind) {
      case 'column':
        return expr.column.depth > 0;
      case 'call':
        return expr.args.every(valid);
      case 'subquery':
        if (expr.query.parentSlot >= 0) throw unsupported('a correlated subquery in a GROUP BY query');
        return true;
      default:
        return true;
    }
  };
  if (![...select.columns, ...orderValues(select)].every(valid)) throw invalidQuery('ORA-00979: not a GROUP BY expression');
}

/** With DISTINCT, an ORDER BY item must be a selected expression: its position. */
function selectedPosition(select: BoundSelect, target: number | BoundValue): number {
  if (typeof target === 'number') return target;
  const position = select.columns.map(exprKey).indexOf(exprKey(target));
  if (position < 0 || target.kind === 'subquery') throw invalidQuery('ORA-01791: not a SELECTed expression');
  return position;
}
