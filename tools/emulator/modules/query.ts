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

const refused = (name: string) => (): never => {
  throw notEmulated(`query.${name}`);
};

export function createQueryModule(execution: Execution) {
  const runSuiteQL = Object.assign(
    (options: unknown): QueryResultSet => {
      const { query, params } = suiteQLOptions(options);
      execution.meter.charge('query.runSuiteQL');
      return executeSuiteQL(execution.account, query, params);
    },
    { promise: refused('runSuiteQL.promise') },
  );
  return {
    runSuiteQL,
    runSuiteQLPaged: Object.assign(refused('runSuiteQLPaged'), { promise: refused('runSuiteQLPaged.promise') }),
    create: refused('create'),
    load: refused('load'),
    delete: refused('delete'),
    listTables: refused('listTables'),
    createRelativeDate: refused('createRelativeDate'),
    createPeriod: refused('createPeriod'),
  };
}
