/**
 * Behaviour for Oracle's SuiteCloud N-module stubs (automocked for every suite, __tests__/setup/): searches that
 * return the rows a test gives per record type, SuiteQL queries that return the rows a test gives per FROM table
 * (or computes from the call), an in-memory N/cache, a record fake for newRecord, and a meter that charges the
 * documented unit costs. Create a fresh one in every test.
 */
import cache from 'N/cache';
import error from 'N/error';
import format from 'N/format';
import log from 'N/log';
import query from 'N/query';
import record from 'N/record';
import runtime from 'N/runtime';
import search from 'N/search';
import costs from '../../governance/unitCosts.json';

export type Row = { id: string; values: Record<string, unknown> };

export interface SearchCall {
  type: string;
  filters: unknown;
  columns: unknown[];
}

/** A runSuiteQL call: the query text, its parameters and its FROM table (lower case). */
export interface QueryCall {
  sql: string;
  params: unknown[];
  table: string;
}

export type QueryRow = Record<string, unknown>;

export interface SubmitCall {
  type: string;
  id: string;
  values: Record<string, unknown>;
}

export interface FakeOptions {
  /** Rows each search of a record type returns (the fake does not filter: tests assert the filters). */
  rows?: Record<string, Row[]>;
  /** Rows each SuiteQL query returns, by its FROM table (the fake does not evaluate SQL: tests assert the text). */
  tables?: Record<string, QueryRow[]>;
  /** Rows computed from the query itself; undefined falls back to `tables`. */
  queryRows?: (call: QueryCall) => QueryRow[] | undefined;
  /** lookupFields values by `${type}:${id}`. */
  lookups?: Record<string, Record<string, unknown>>;
  parameters?: Record<string, unknown>;
  /** Usage limit of the script (user event: 1,000). */
  limit?: number;
  /** Entries already in N/cache, by `${cacheName}/${key}`. */
  cached?: Record<string, string>;
  /** Faults: make these calls throw. */
  fail?: Partial<Record<'search' | 'query' | 'cacheGet' | 'cachePut' | 'lookup' | 'submitFields', Error>>;
  /** OneWorld (the SUBSIDIARIES feature) is in effect; default true. */
  oneWorld?: boolean;
}

/** Column keys as tests write them: `name`, `join.name`, `SUMMARY(name)`. */
function columnKey(column: unknown): string {
  if (typeof column === 'string') return column;
  const { name, join, summary } = column as { name: string; join?: string; summary?: string };
  if (summary) return `${summary}(${name})`;
  return join ? `${join}.${name}` : name;
}

/** The outermost query's FROM table: parenthesised text (subqueries, IN lists) is dropped first. */
function outerTable(sql: string): string {
  let outer = sql;
  for (let previous = ''; previous !== outer; ) [previous, outer] = [outer, outer.replace(/\([^()]*\)/g, '')];
  return (/\bFROM\s+(\w+)/i.exec(outer)?.[1] ?? '').toLowerCase();
}

function fakeResult(row: Row) {
  return { id: row.id, getValue: (column: unknown) => row.values[columnKey(column)] ?? '' };
}

export function installNetSuite(options: FakeOptions = {}) {
  const searches: SearchCall[] = [];
  const queries: QueryCall[] = [];
  const submitted: SubmitCall[] = [];
  const logs: { level: string; title: string; details: string }[] = [];
  const store = new Map<string, string>(Object.entries(options.cached ?? {}));
  const cacheCalls: string[] = [];
  const { calls, recordCalls } = costs;
  let used = 0;
  const limit = options.limit ?? 1000;
  const charge = (units: number) => {
    used += units;
  };
  const fail = (which: keyof NonNullable<FakeOptions['fail']>) => {
    const fault = options.fail?.[which];
    if (fault) throw fault;
  };

  jest.mocked(runtime.getCurrentScript).mockReturnValue({
    getRemainingUsage: () => limit - used,
    getParameter: ({ name }: { name: string }) => options.parameters?.[name] ?? null,
  } as never);

  jest.mocked(runtime.isFeatureInEffect).mockImplementation((({ feature }: { feature: string }) => feature !== 'SUBSIDIARIES' || options.oneWorld !== false) as never);

  jest.mocked(search.createColumn).mockImplementation(((column: unknown) => column) as never);
  jest.mocked(search.create).mockImplementation(((definition: SearchCall) => {
    fail('search');
    searches.push({ type: definition.type, filters: definition.filters ?? [], columns: definition.columns ?? [] });
    const rows = (options.rows?.[definition.type] ?? []).map(fakeResult);
    return {
      run: () => ({
        getRange: ({ start, end }: { start: number; end: number }) => {
          charge(calls['ResultSet.getRange']);
          return rows.slice(start, end);
        },
      }),
      runPaged: ({ pageSize }: { pageSize: number }) => {
        charge(calls['Search.runPaged']);
        const pages = Math.ceil(rows.length / pageSize);
        return {
          pageRanges: Array.from({ length: pages }, (_, index) => ({ index })),
          fetch: ({ index }: { index: number }) => {
            charge(calls['PagedData.fetch']);
            return { data: rows.slice(index * pageSize, (index + 1) * pageSize) };
          },
        };
      },
    };
  }) as never);
  jest.mocked(query.runSuiteQL).mockImplementation((({ query: sql, params }: { query: string; params?: unknown[] }) => {
    charge(calls['query.runSuiteQL']);
    fail('query');
    const call = { sql, params: [...(params ?? [])], table: outerTable(sql) };
    queries.push(call);
    const rows = options.queryRows?.(call) ?? options.tables?.[call.table] ?? [];
    return { asMappedResults: () => rows.map((row) => ({ ...row })) };
  }) as never);
  jest.mocked(search.lookupFields).mockImplementation((({ type, id }: { type: string; id: string }) => {
    charge(calls['search.lookupFields']);
    fail('lookup');
    const values = options.lookups?.[`${type}:${id}`];
    if (!values) throw Object.assign(new Error(`That record does not exist: ${type} ${id}`), { name: 'RCRD_DSNT_EXIST' });
    return values;
  }) as never);

  jest.mocked(cache.getCache).mockImplementation((({ name }: { name: string }) => ({
    get: ({ key, loader }: { key: string; loader?: () => string }) => {
      fail('cacheGet');
      const id = `${name}/${key}`;
      if (store.has(id)) {
        charge(calls['Cache.get.hit']);
        cacheCalls.push(`hit ${id}`);
        return store.get(id);
      }
      charge(loader ? calls['Cache.get.miss'] : calls['Cache.get.hit']);
      cacheCalls.push(`miss ${id}`);
      if (!loader) return null;
      const value = loader();
      store.set(id, value);
      return value;
    },
    put: ({ key, value }: { key: string; value: string }) => {
      charge(calls['Cache.put']);
      fail('cachePut');
      cacheCalls.push(`put ${name}/${key}`);
      store.set(`${name}/${key}`, value);
    },
    remove: ({ key }: { key: string }) => {
      charge(calls['Cache.remove']);
      cacheCalls.push(`remove ${name}/${key}`);
      store.delete(`${name}/${key}`);
    },
  })) as never);

  jest.mocked(record.submitFields).mockImplementation((({ type, id, values }: SubmitCall) => {
    charge(recordCalls['record.submitFields'][type.startsWith('customrecord') ? 'custom' : 'other']);
    fail('submitFields');
    submitted.push({ type, id: String(id), values });
    return id;
  }) as never);

  jest.mocked(format.parse).mockImplementation((({ value }: { value: string }) => {
    const [month, day, year] = value.split('/').map(Number);
    return new Date(year!, month! - 1, day);
  }) as never);

  jest.mocked(error.create).mockImplementation((({ name, message }: { name: string; message: string }) =>
    Object.assign(new Error(message), { name })) as never);

  for (const level of ['debug', 'audit', 'error', 'emergency'] as const) {
    jest.mocked(log[level]).mockImplementation((({ title, details }: { title: string; details?: unknown }) => {
      logs.push({ level, title, details: String(details ?? '') });
    }) as never);
  }

  return {
    searches,
    queries,
    submitted,
    logs,
    cacheCalls,
    cacheStore: store,
    units: () => used,
  };
}

export interface FakeAddress {
  defaultbilling?: boolean;
  country?: string;
  state?: string;
  zip?: string;
}

/** A record for newRecord/oldRecord: body values, an address book, and every value written to it. */
export function fakeRecord(values: Record<string, unknown>, addresses: FakeAddress[] = [], meta: { type?: string; id?: string } = {}) {
  const body = new Map(Object.entries(values));
  const written: Record<string, unknown> = {};
  return {
    type: meta.type ?? 'lead',
    id: meta.id ?? null,
    written,
    getValue: ({ fieldId }: { fieldId: string }) => body.get(fieldId) ?? '',
    setValue: ({ fieldId, value }: { fieldId: string; value: unknown }) => {
      body.set(fieldId, value);
      written[fieldId] = value;
    },
    /** Written as `{ text }`, so tests see that a value was set by its label. */
    setText: ({ fieldId, text }: { fieldId: string; text: string }) => {
      body.set(fieldId, text);
      written[fieldId] = { text };
    },
    getFields: () => [...body.keys()],
    getLineCount: ({ sublistId }: { sublistId: string }) => (sublistId === 'addressbook' ? addresses.length : -1),
    getSublistValue: ({ fieldId, line }: { fieldId: string; line: number }) =>
      (addresses[line] as Record<string, unknown> | undefined)?.[fieldId] ?? false,
    getSublistSubrecord: ({ line }: { line: number }) => ({
      getValue: ({ fieldId }: { fieldId: string }) => (addresses[line] as Record<string, unknown> | undefined)?.[fieldId] ?? '',
    }),
  };
}
