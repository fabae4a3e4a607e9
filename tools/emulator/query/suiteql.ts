/**
 * One runSuiteQL call's query: parsed (cached by text) and bound to the account's tables (cached per account and
 * text), the search fault hook consulted once for every table it reads, then run against the store as it is
 * now. At most 5,000 rows come back, the first ones after ORDER BY, silently (Help: "This method can return a
 * maximum of 5000 results").
 */
import costs from '../../../governance/unitCosts.json';
import type { Account } from '../account';
import { bindQuery, type BoundQuery } from './bind';
import { invalidQuery } from './errors';
import { selectRows } from './evaluate';
import { parseSuiteQL } from './parse';
import { QueryResultSet } from './results';
import type { QueryTable } from './queryTable';
import { queryTables } from './tables';
import { resultValue, type ResultValue, type SqlValue } from './values';

const SUITEQL_ROW_LIMIT = costs.rowsPerCall['query.runSuiteQL'];

const boundQueries = new WeakMap<ReadonlyMap<string, QueryTable>, Map<string, BoundQuery>>();
const MEMO_LIMIT = 1000;

function boundQuery(account: Account, query: string): BoundQuery {
  const tables = queryTables(account.schema, account.store);
  let byText = boundQueries.get(tables);
  if (!byText) {
    byText = new Map();
    boundQueries.set(tables, byText);
  }
  let bound = byText.get(query);
  if (!bound) {
    bound = bindQuery(parseSuiteQL(query), tables);
    if (byText.size < MEMO_LIMIT) byText.set(query, bound);
  }
  return bound;
}

/** A row's values turned into what results hold, in place: the row was made for this result alone. */
function toResultValues(row: SqlValue[]): void {
  for (let index = 0; index < row.length; index += 1) row[index] = resultValue(row[index] as SqlValue);
}

/**
 * Runs a SuiteQL query with its `?` values (already converted: `paramValue`) and returns the result set.
 *
 * @example
 * executeSuiteQL(account, 'SELECT e.id AS id FROM employee e WHERE e.id IN (?, ?)', [7, 8]).asMappedResults(); // [{ id: 7 }, { id: 8 }]
 */
export function executeSuiteQL(account: Account, query: string, params: readonly SqlValue[]): QueryResultSet {
  const bound = boundQuery(account, query);
  if (params.length !== bound.paramCount) throw invalidQuery(`the query has ${bound.paramCount} ? placeholder(s) and ${params.length} params were given`);
  for (const table of bound.tables) account.faults.onSearch?.(table);
  const rows = selectRows(bound.select, undefined, { store: account.store, params, subqueries: new Map() });
  if (rows.length > SUITEQL_ROW_LIMIT) rows.length = SUITEQL_ROW_LIMIT;
  for (const row of rows) toResultValues(row);
  return new QueryResultSet(rows as ResultValue[][], bound.select.names);
}
