/**
 * N/query: `runSuiteQL` over the emulator's SuiteQL subset (`query/`), 10 units a call. It takes `{ query,
 * params }`, a query string, or an object with a `query` string. The rest of the module is not emulated.
 */
import { missingArgument, notEmulated } from '../errors';
import type { Execution } from '../execution';
import { invalidParams } from '../query/errors';
import { executeSuiteQL } from '../query/suiteql';
import type { QueryResultSet } from '../query/results';
import { paramValue, type SqlValue } from '../query/values';

function suiteQLOptions(options: unknown): { query: string; params: SqlValue[] } {
  const given = typeof options === 'string' ? { query: options } : options;
  if (typeof given !== 'object' || given === null) throw missingArgument('query');
  const { query, params } = given as { query?: unknown; params?: unknown };
  if (typeof query !== 'string' || query.trim() === '') throw missingArgument('query');
  if (params !== undefined && params !== null && !Array.isArray(params)) throw invalidParams('not an array');
  return { query, params: (params ?? []).map(paramValue) };
}

/**
 * A function the emulator does not emulate. Made once and frozen, so every execution shares it: a script only
 * ever holds it as it is (what `runSuiteQL.promise` names) or through its execution's guard.
 */
const refused = (name: string, members: object = {}): (() => never) =>
  Object.freeze(
    Object.assign((): never => {
      throw notEmulated(`query.${name}`);
    }, members),
  );

const RUN_SUITEQL_MEMBERS = { promise: refused('runSuiteQL.promise') };

const REFUSED_FUNCTIONS = {
  runSuiteQLPaged: refused('runSuiteQLPaged', { promise: refused('runSuiteQLPaged.promise') }),
  create: refused('create'),
  load: refused('load'),
  delete: refused('delete'),
  listTables: refused('listTables'),
  createRelativeDate: refused('createRelativeDate'),
  createPeriod: refused('createPeriod'),
};

export function createQueryModule(execution: Execution) {
  const runSuiteQL = Object.assign((options: unknown): QueryResultSet => {
    const { query, params } = suiteQLOptions(options);
    execution.meter.charge('query.runSuiteQL');
    return executeSuiteQL(execution.account, query, params);
  }, RUN_SUITEQL_MEMBERS);
  return { runSuiteQL, ...REFUSED_FUNCTIONS };
}
