/**
 * The SuiteQL subset as a small typed tree, in two stages that share one shape: parsed (columns named as written,
 * subqueries parsed) and bound (columns resolved to a table slot, subqueries bound). Values and conditions are
 * separate kinds, as in Oracle SQL: a comparison is no value, and a column is no condition.
 */
import type { Comparison, SqlValue } from './values';

export type ScalarFunction = 'lower' | 'upper' | 'nvl' | 'coalesce' | 'to_char' | 'decode' | 'mod' | 'trunc';
export type AggregateFunction = 'count' | 'min' | 'max' | 'sum';

export type ValueExpr<Column, Query> =
  | { kind: 'literal'; value: SqlValue }
  | { kind: 'param'; index: number }
  | { kind: 'column'; column: Column }
  | { kind: 'call'; fn: ScalarFunction; args: ValueExpr<Column, Query>[] }
  /** `arg` is null for COUNT(*). */
  | { kind: 'aggregate'; fn: AggregateFunction; distinct: boolean; arg: ValueExpr<Column, Query> | null }
  | { kind: 'subquery'; query: Query };

export type Condition<Column, Query> =
  | { kind: 'compare'; operator: Comparison; left: ValueExpr<Column, Query>; right: ValueExpr<Column, Query> }
  | { kind: 'and' | 'or'; operands: Condition<Column, Query>[] }
  | { kind: 'not'; operand: Condition<Column, Query> }
  | { kind: 'in'; operand: ValueExpr<Column, Query>; list: ValueExpr<Column, Query>[] }
  | { kind: 'isNull'; operand: ValueExpr<Column, Query> }
  | { kind: 'like'; operand: ValueExpr<Column, Query>; pattern: ValueExpr<Column, Query> };

/** A column as the query names it: `alias.column` or a bare `column`, lower case. */
export interface ColumnName {
  qualifier: string | undefined;
  name: string;
}

export interface TableName {
  table: string;
  /** The alias, or the table name when the query gives none (Oracle then qualifies by the name). */
  alias: string;
}

export type ParsedValue = ValueExpr<ColumnName, ParsedSelect>;
export type ParsedCondition = Condition<ColumnName, ParsedSelect>;

/** An ORDER BY item: a select column by 0-based position (a number or an alias), or an expression. */
export interface OrderItem<Value> {
  target: number | Value;
  descending: boolean;
}

export interface ParsedSelect {
  distinct: boolean;
  /** `name` is the result key: the alias, else the column name, else `exprN`. */
  columns: { expr: ParsedValue; name: string }[];
  from: TableName;
  joins: { outer: boolean; table: TableName; on: ParsedCondition }[];
  where: ParsedCondition | undefined;
  groupBy: ParsedValue[];
  orderBy: OrderItem<ParsedValue>[];
}

type Node<Column, Query> = ValueExpr<Column, Query> | Condition<Column, Query>;

/** The expressions directly inside `node` (none inside a subquery: it is a level of its own). */
function partsOf<Column, Query>(node: Node<Column, Query>): readonly Node<Column, Query>[] {
  switch (node.kind) {
    case 'call':
      return node.args;
    case 'aggregate':
      return node.arg ? [node.arg] : [];
    case 'compare':
      return [node.left, node.right];
    case 'and':
    case 'or':
      return node.operands;
    case 'not':
    case 'isNull':
      return [node.operand];
    case 'in':
      return [node.operand, ...node.list];
    case 'like':
      return [node.operand, node.pattern];
    default:
      return [];
  }
}

const VALUE_KINDS: ReadonlySet<string> = new Set(['literal', 'param', 'column', 'call', 'aggregate', 'subquery']);

/** Every value expression in `node`, itself included, without entering subqueries. */
export function* valuesIn<Column, Query>(node: Node<Column, Query>): Generator<ValueExpr<Column, Query>> {
  if (VALUE_KINDS.has(node.kind)) yield node as ValueExpr<Column, Query>;
  for (const part of partsOf(node)) yield* valuesIn(part);
}

/** The conditions ANDed at the top of `condition` (itself when it is no AND). */
export function conjunctsOf<Column, Query>(condition: Condition<Column, Query> | undefined): Condition<Column, Query>[] {
  if (condition === undefined) return [];
  return condition.kind === 'and' ? condition.operands.flatMap((operand) => conjunctsOf(operand)) : [condition];
}

/** How a tree's columns and subqueries become those of the next stage. */
export interface ExprMapping<FromColumn, FromQuery, ToColumn, ToQuery> {
  column(column: FromColumn): ToColumn;
  query(query: FromQuery): ToQuery;
}

/** The value tree with its columns and subqueries mapped, the rest kept. */
export function mapValue<FromColumn, FromQuery, ToColumn, ToQuery>(
  expr: ValueExpr<FromColumn, FromQuery>,
  mapping: ExprMapping<FromColumn, FromQuery, ToColumn, ToQuery>,
): ValueExpr<ToColumn, ToQuery> {
  switch (expr.kind) {
    case 'literal':
    case 'param':
      return expr;
    case 'column':
      return { kind: 'column', column: mapping.column(expr.column) };
    case 'call':
      return { kind: 'call', fn: expr.fn, args: expr.args.map((arg) => mapValue(arg, mapping)) };
    case 'aggregate':
      return { kind: 'aggregate', fn: expr.fn, distinct: expr.distinct, arg: expr.arg && mapValue(expr.arg, mapping) };
    case 'subquery':
      return { kind: 'subquery', query: mapping.query(expr.query) };
  }
}

/** The condition tree with its columns and subqueries mapped, the rest kept. */
export function mapCondition<FromColumn, FromQuery, ToColumn, ToQuery>(
  condition: Condition<FromColumn, FromQuery>,
  mapping: ExprMapping<FromColumn, FromQuery, ToColumn, ToQuery>,
): Condition<ToColumn, ToQuery> {
  const value = (expr: ValueExpr<FromColumn, FromQuery>) => mapValue(expr, mapping);
  switch (condition.kind) {
    case 'compare':
      return { kind: 'compare', operator: condition.operator, left: value(condition.left), right: value(condition.right) };
    case 'and':
    case 'or':
      return { kind: condition.kind, operands: condition.operands.map((operand) => mapCondition(operand, mapping)) };
    case 'not':
      return { kind: 'not', operand: mapCondition(condition.operand, mapping) };
    case 'in':
      return { kind: 'in', operand: value(condition.operand), list: condition.list.map(value) };
    case 'isNull':
      return { kind: 'isNull', operand: value(condition.operand) };
    case 'like':
      return { kind: 'like', operand: value(condition.operand), pattern: value(condition.pattern) };
  }
}
