/**
 * A query bound to the account's tables, ready to run: every column resolved to a table slot of its query level
 * (or of an enclosing one), WHERE split into conjuncts placed at the slot that completes them, and each slot's
 * access planned over the store's keys and indexes (`plan.ts`).
 */
import type { Condition, OrderItem, ValueExpr } from './ast';
import { valuesIn } from './ast';
import type { QueryColumn, ColumnLookup } from './columns';
import type { CountPlan } from './count';
import type { QueryTable } from './queryTable';

/** A resolved column: `depth` levels out (0 = this query level), its table slot there, and the column. */
export interface SlotColumn {
  depth: number;
  slot: number;
  column: QueryColumn;
}

export interface BoundSubquery {
  select: BoundSelect;
  /** Whether it reads an enclosing level's rows; an uncorrelated one runs once per query run. */
  correlated: boolean;
  /** The highest slot of the level it stands in that it reads, -1 when none. */
  parentSlot: number;
}

export type BoundValue = ValueExpr<SlotColumn, BoundSubquery>;
export type BoundCondition = Condition<SlotColumn, BoundSubquery>;

/** Which rows of a slot's table can match, by keys: ids named by equalities, ANDed and ORed. */
export type Access = { kind: 'keys'; lookup: ColumnLookup; values: BoundValue[] } | { kind: 'all' | 'any'; parts: Access[] };

export interface SlotPlan {
  table: QueryTable;
  /** A LEFT JOIN: a row without a match is joined to NULLs. */
  outer: boolean;
  /** What a row must meet to fill the slot: the ON conditions, and for FROM and inner joins the WHERE conjuncts placed here. */
  match: BoundCondition[];
  /** A LEFT JOIN's WHERE conjuncts placed here: checked on the joined or NULL-extended row. */
  filters: BoundCondition[];
  /** Keys narrowing the slot's candidates; undefined reads every row. */
  access: Access | undefined;
}

export interface BoundSelect {
  slots: SlotPlan[];
  /** WHERE conjuncts reading no row of this level, checked once before any row is read. */
  constant: BoundCondition[];
  columns: BoundValue[];
  names: string[];
  /** The GROUP BY expressions (empty for an aggregate without GROUP BY); undefined when the level does not aggregate. */
  groupBy: BoundValue[] | undefined;
  distinct: boolean;
  orderBy: OrderItem<BoundValue>[];
  /** How the level's COUNT(*) is read from set sizes (`count.ts`), when it can be. */
  count?: CountPlan;
}

/** The highest slot of its own level an expression reads (subqueries included), -1 when it reads none. */
export function highestSlot(node: BoundValue | BoundCondition): number {
  let highest = -1;
  for (const value of valuesIn(node)) {
    if (value.kind === 'column' && value.column.depth === 0) highest = Math.max(highest, value.column.slot);
    else if (value.kind === 'subquery') highest = Math.max(highest, value.query.parentSlot);
  }
  return highest;
}
