/**
 * Aggregated reads of customer-family records (SuiteQL GROUP BY), however many groups there are. runSuiteQL returns
 * at most 5,000 rows, and grouped rows have no key to page by, so a read of more than 5,000 records goes in windows
 * of 5,000 internal ids: no window holds more records than that, so none can have more groups. A first query counts
 * the records (and finds the last id); when they fit one window, one grouped query reads them all.
 */
import { SUITEQL } from './ids';
import { asNumber } from './mapper';
import { SUITEQL_PAGE_ROWS } from './unitCosts';
import { runQuery, type QueryParam, type QueryRow } from './suiteql';

export interface GroupedRead {
  /** Select list of the grouped columns and aggregates over `customer c` and `joins`. */
  columns: string;
  /** LEFT JOINs to `c` (e.g. its billing address), or ''. */
  joins: string;
  /** Which records (over `c` only), with its parameters. */
  where: string;
  params: readonly QueryParam[];
  groupBy: string;
}

/** The ids a read covers: from `first` on, before `before` (null: to the last record). */
export interface IdRange {
  first: number;
  before: number | null;
}

/**
 * Every group's row, from one query per window (10 units each) after the count (10 units). Groups that span
 * windows come back once per window: the caller adds them up.
 *
 * @example
 * readGroupedCustomers({ columns: 'c.salesrep AS rep, COUNT(*) AS leads', joins: '', where: "c.searchstage = 'Lead'", params: [], groupBy: 'c.salesrep' }, { first: 1, before: null });
 */
export function readGroupedCustomers(read: GroupedRead, range: IdRange): QueryRow[] {
  const before = range.before ?? Number.MAX_SAFE_INTEGER;
  const where = `c.id >= ? AND c.id < ? AND (${read.where})`;
  const [bounds] = runQuery(`SELECT COUNT(*) AS records, MAX(c.id) AS last FROM ${SUITEQL.customer} c WHERE ${where}`, [range.first, before, ...read.params]);
  const records = asNumber(bounds?.records ?? null) ?? 0;
  if (records === 0) return [];
  const sql = `SELECT ${read.columns} FROM ${SUITEQL.customer} c ${read.joins} WHERE ${where} GROUP BY ${read.groupBy}`;
  if (records <= SUITEQL_PAGE_ROWS) return runQuery(sql, [range.first, before, ...read.params]);
  const last = asNumber(bounds!.last) ?? range.first;
  const rows: QueryRow[] = [];
  for (let from = range.first; from <= last; from += SUITEQL_PAGE_ROWS) rows.push(...runQuery(sql, [from, Math.min(from + SUITEQL_PAGE_ROWS, before), ...read.params]));
  return rows;
}
