/**
 * Data for Oracle's automocked N modules (__tests__/setup/) in the entry points' unit tests: what each search type
 * and SuiteQL query returns, the cache's entries, the employees a lookup finds, the deployment's parameters, and
 * calls that throw. It models nothing of NetSuite — no filters, no SQL, no paging, no unit costs: a search returns
 * its type's rows whatever its filters, and tests assert outcomes (what was written, saved, logged or refused).
 * NetSuite's semantics and units are exercised on the emulator (__tests__/e2e).
 */
import cache from 'N/cache';
import error from 'N/error';
import format from 'N/format';
import log from 'N/log';
import query from 'N/query';
import record from 'N/record';
import runtime from 'N/runtime';
import search from 'N/search';

export interface Given {
  /** Rows any search of a record type returns, values by column name (`join.name` for a joined column). */
  searchRows?: Record<string, { id: string; values: Record<string, unknown> }[]>;
  /** Rows of the SuiteQL queries whose text matches, first match first (the plan loader's reads); then the two below. */
  queryRows?: { match: RegExp; rows: Record<string, unknown>[] }[];
  /** Rows any other SuiteQL query on a member returns, and any other query (the open-lead counts). */
  memberQueryRows?: Record<string, unknown>[];
  otherQueryRows?: Record<string, unknown>[];
  /** lookupFields values by `${type}:${id}`; any other lookup finds no record. */
  lookups?: Record<string, Record<string, unknown>>;
  parameters?: Record<string, unknown>;
  /** Units the script has left (default: plenty). */
  remainingUnits?: number;
  /** Cache entries by `${cacheName}/${key}`. */
  cached?: Record<string, string>;
  /** Custom records record.load finds, values by field id, by `${type}:${id}`; any other load finds no record. */
  loadable?: Record<string, Record<string, unknown>>;
  /** How many saves of a loaded record fail with RCRD_HAS_BEEN_CHANGED (another script saved it) before one goes through. */
  conflicts?: number;
  fail?: Partial<Record<'search' | 'query' | 'cacheGet' | 'cachePut' | 'lookup' | 'submitFields' | 'save', Error>>;
}

/** Gives the mocked modules this data; returns what the script left: cache entries, submitted and saved values, log lines. */
export function givenNetSuite(given: Given = {}) {
  const cached = new Map(Object.entries(given.cached ?? {}));
  const submitted: { type: string; id: string; values: Record<string, unknown> }[] = [];
  /** Loaded records saved, with every value they held when saved. */
  const saved: { type: string; id: string; values: Record<string, unknown> }[] = [];
  let conflictsLeft = given.conflicts ?? 0;
  const loadable = new Map(Object.entries(given.loadable ?? {}).map(([key, values]) => [key, { ...values }]));
  const logs: { level: string; title: string; details: string }[] = [];
  const fail = (which: keyof NonNullable<Given['fail']>) => {
    const fault = given.fail?.[which];
    if (fault) throw fault;
  };

  jest.mocked(runtime.getCurrentScript).mockReturnValue({
    getRemainingUsage: () => given.remainingUnits ?? 1000,
    getParameter: ({ name }: { name: string }) => given.parameters?.[name] ?? null,
  } as never);
  jest.mocked(runtime.isFeatureInEffect).mockReturnValue(true);

  jest.mocked(search.createColumn).mockImplementation(((column: unknown) => column) as never);
  jest.mocked(search.create).mockImplementation((({ type }: { type: string }) => {
    fail('search');
    const results = (given.searchRows?.[type] ?? []).map((row) => ({
      id: row.id,
      getValue: (column: string | { name: string; join?: string }) =>
        row.values[typeof column === 'string' ? column : column.join ? `${column.join}.${column.name}` : column.name] ?? '',
    }));
    return {
      run: () => ({ getRange: () => results }),
      runPaged: () => ({ pageRanges: results.length ? [{ index: 0 }] : [], fetch: () => ({ data: results }) }),
    };
  }) as never);
  jest.mocked(query.runSuiteQL).mockImplementation((({ query: sql }: { query: string }) => {
    fail('query');
    const matched = given.queryRows?.find(({ match }) => match.test(sql));
    const rows = matched ? matched.rows : /customrecord_tlr_member/i.test(sql) ? given.memberQueryRows : given.otherQueryRows;
    return { asMappedResults: () => (rows ?? []).map((row) => ({ ...row })) };
  }) as never);
  jest.mocked(search.lookupFields).mockImplementation((({ type, id }: { type: string; id: string }) => {
    fail('lookup');
    const values = given.lookups?.[`${type}:${id}`];
    if (!values) throw Object.assign(new Error(`That record does not exist: ${type} ${id}`), { name: 'RCRD_DSNT_EXIST' });
    return values;
  }) as never);

  jest.mocked(cache.getCache).mockImplementation((({ name }: { name: string }) => ({
    get: ({ key, loader }: { key: string; loader?: () => string }) => {
      fail('cacheGet');
      const id = `${name}/${key}`;
      if (!cached.has(id) && loader) cached.set(id, loader());
      return cached.get(id) ?? null;
    },
    put: ({ key, value }: { key: string; value: string }) => {
      fail('cachePut');
      cached.set(`${name}/${key}`, value);
    },
    remove: ({ key }: { key: string }) => void cached.delete(`${name}/${key}`),
  })) as never);

  jest.mocked(record.submitFields).mockImplementation((({ type, id, values }: { type: string; id: string; values: Record<string, unknown> }) => {
    fail('submitFields');
    submitted.push({ type, id: String(id), values });
    return id;
  }) as never);

  jest.mocked(record.load).mockImplementation((({ type, id }: { type: string; id: string }) => {
    const stored = loadable.get(`${type}:${id}`);
    if (!stored) throw Object.assign(new Error(`That record does not exist: ${type} ${id}`), { name: 'RCRD_DSNT_EXIST' });
    const values = { ...stored };
    return {
      getValue: ({ fieldId }: { fieldId: string }) => values[fieldId] ?? '',
      setValue: ({ fieldId, value }: { fieldId: string; value: unknown }) => void (values[fieldId] = value),
      save: () => {
        fail('save');
        if (conflictsLeft > 0) {
          conflictsLeft -= 1;
          throw Object.assign(new Error('Record has been changed'), { name: 'RCRD_HAS_BEEN_CHANGED' });
        }
        saved.push({ type, id: String(id), values: { ...values } });
        Object.assign(stored, values);
        return Number(id);
      },
    };
  }) as never);

  jest.mocked(format.parse).mockImplementation((({ value }: { value: string }) => {
    const [month, day, year] = value.split('/').map(Number);
    return new Date(year!, month! - 1, day);
  }) as never);
  jest.mocked(error.create).mockImplementation((({ name, message }: { name: string; message: string }) => Object.assign(new Error(message), { name })) as never);
  for (const level of ['debug', 'audit', 'error', 'emergency'] as const) {
    jest.mocked(log[level]).mockImplementation((({ title, details }: { title: string; details?: unknown }) => {
      logs.push({ level, title, details: String(details ?? '') });
    }) as never);
  }

  return { cached, submitted, saved, logs };
}

/** A record as a user event receives it: body values, an address book, and every value the script wrote. */
export function formRecord(values: Record<string, unknown>, addresses: Record<string, unknown>[] = [], meta: { type?: string; id?: string } = {}) {
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
    getSublistValue: ({ fieldId, line }: { fieldId: string; line: number }) => addresses[line]?.[fieldId] ?? false,
    getSublistSubrecord: ({ line }: { line: number }) => ({ getValue: ({ fieldId }: { fieldId: string }) => addresses[line]?.[fieldId] ?? '' }),
  };
}
