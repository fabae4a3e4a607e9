/**
 * SuiteQL reads (N/query). `query.runSuiteQL` costs 10 units and returns at most 5,000 rows (Help
 * section_157960542026), against 10 units per 1,000 rows for a search page: the cheapest way to read many rows.
 * Large reads go in keyset pages (`id > ?`, ordered by id), so every page is one documented 10-unit call.
 */
import query from 'N/query';
import { SUITEQL_PAGE_ROWS, UNITS } from './unitCosts';
import { ensureUnits } from './governance';
import type { FieldValue } from './mapper';

/** Oracle refuses more than 1,000 expressions in one IN list (ORA-01795); longer lists are OR-ed. */
const IN_LIST_MAX = 1000;

export type QueryParam = string | number;

/** A row as asMappedResults gives it: column alias (lower case) → value (ids as numbers, checkboxes 'T'/'F'). */
export type QueryRow = Readonly<Record<string, FieldValue>>;

/** One runSuiteQL call (10 units). @example runQuery('SELECT id FROM employee WHERE id = ?', [7]); // [{ id: 7 }] */
export function runQuery(sql: string, params: readonly QueryParam[]): QueryRow[] {
  ensureUnits(UNITS.suiteQL);
  return query.runSuiteQL({ query: sql, params }).asMappedResults() as QueryRow[];
}

/**
 * Every row of a query in keyset pages of 5,000: `sql` filters `<key> > ?` with the parameter `paramsAfter` puts
 * where it belongs, and orders by that key; each page starts after the last key of the one before.
 *
 * @example
 * readEveryRow("SELECT m.id AS id FROM customrecord_tlr_member m WHERE m.id > ? ORDER BY m.id", (after) => [after], 'id');
 */
export function readEveryRow(sql: string, paramsAfter: (after: number) => QueryParam[], key: string): QueryRow[] {
  const rows: QueryRow[] = [];
  let after = 0;
  for (;;) {
    const page = runQuery(sql, paramsAfter(after));
    rows.push(...page);
    if (page.length < SUITEQL_PAGE_ROWS) return rows;
    after = Number(page[page.length - 1]![key]);
  }
}

/**
 * A condition that a checkbox column is not checked. A checkbox added after rows existed reads NULL on those rows
 * (the lock on leads older than the project), and `NULL = 'F'` is never true in SQL: NVL reads NULL as unchecked.
 *
 * @example
 * unchecked('c.custentity_tlr_lock'); // "NVL(c.custentity_tlr_lock, 'F') = 'F'"
 */
export function unchecked(column: string): string {
  return `NVL(${column}, 'F') = 'F'`;
}

/**
 * A condition that `column` is one of `values`, as SQL with its parameters; lists longer than Oracle's 1,000 are
 * OR-ed. Never call it with no values (SQL has no empty IN list).
 *
 * @example
 * inList('m.id', ['31', '32']); // { sql: '(m.id IN (?, ?))', params: ['31', '32'] }
 */
export function inList(column: string, values: readonly QueryParam[]): { sql: string; params: QueryParam[] } {
  if (values.length === 0) throw new Error(`inList(${column}): no values`);
  const lists: string[] = [];
  for (let start = 0; start < values.length; start += IN_LIST_MAX) {
    const count = Math.min(IN_LIST_MAX, values.length - start);
    lists.push(`${column} IN (${'?, '.repeat(count - 1)}?)`);
  }
  return { sql: `(${lists.join(' OR ')})`, params: [...values] };
}

/** `values` in groups of at most `size`, so each query over them returns at most one page. */
export function inGroups<T>(values: readonly T[], size = SUITEQL_PAGE_ROWS): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < values.length; start += size) groups.push(values.slice(start, start + size));
  return groups;
}
