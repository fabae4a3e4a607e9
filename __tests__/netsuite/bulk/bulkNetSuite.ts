/**
 * The shared N-module fake (../fakeNetSuite) extended for the bulk scripts: rows computed per search (so a test's
 * account can answer a cursor or a summary), record.load, search.load, N/task and N/file, per-lead write failures,
 * the running deployment's id, and a governance meter per script stage (map/reduce stages have their own limits).
 * Create a fresh one for every run; the test's account carries state between runs.
 */
import file from 'N/file';
import record from 'N/record';
import runtime from 'N/runtime';
import search from 'N/search';
import task from 'N/task';
import { fakeRecord, installNetSuite, type FakeAddress, type FakeOptions, type Row, type SearchCall, type SubmitCall } from '../fakeNetSuite';

export interface LoadableRecord {
  values: Record<string, unknown>;
  addresses?: FakeAddress[];
}

export interface SavedSearch {
  searchType: string;
  filterExpression: unknown[];
}

export interface BulkOptions extends Omit<FakeOptions, 'rows'> {
  /** Rows by record type (as the shared fake), or computed from the search itself. */
  rows?: Record<string, Row[]>;
  searchRows?: (call: SearchCall) => Row[] | undefined;
  /** Records record.load finds, by `${type}:${id}`. */
  records?: Record<string, LoadableRecord>;
  savedSearches?: Record<string, SavedSearch>;
  deploymentId?: string;
  /** Makes one write throw (after its units are spent, as NetSuite does). */
  failWrite?: (call: SubmitCall) => Error | undefined;
  /** Called after every successful record.submitFields (the account applies it). */
  onSubmit?: (call: SubmitCall) => void;
  failTask?: Error;
}

export interface TaskCall {
  taskType: string;
  scriptId: string;
  deploymentId: string;
  params: Record<string, unknown>;
}

export interface SavedFile {
  name: string;
  fileType: string;
  folder: number;
  lines: string[];
}

export function installBulkNetSuite(options: BulkOptions = {}) {
  let current: SearchCall | null = null;
  const staticRows = options.rows ?? {};
  const rows = new Proxy(staticRows, {
    get: (target, type: string) => (current ? options.searchRows?.(current) : undefined) ?? target[type],
  });
  const base = installNetSuite({ ...options, rows, limit: Number.MAX_SAFE_INTEGER });
  let extra = 0;
  let stageStart = 0;
  let stageLimit = options.limit ?? 10_000;
  const used = () => base.units() + extra;
  const tasks: TaskCall[] = [];
  const files: SavedFile[] = [];
  const failedWrites: SubmitCall[] = [];

  jest.mocked(runtime.getCurrentScript).mockReturnValue({
    id: 'customscript_tlr_test',
    deploymentId: options.deploymentId ?? 'customdeploy_test',
    getRemainingUsage: () => stageLimit - (used() - stageStart),
    getParameter: ({ name }: { name: string }) => options.parameters?.[name] ?? null,
  } as never);

  const baseCreate = jest.mocked(search.create).getMockImplementation()!;
  jest.mocked(search.create).mockImplementation(((definition: SearchCall) => {
    current = { type: definition.type, filters: definition.filters ?? [], columns: definition.columns ?? [] };
    try {
      return baseCreate(definition as never);
    } finally {
      current = null;
    }
  }) as never);

  jest.mocked(search.load).mockImplementation((({ id }: { id: string }) => {
    extra += 5;
    const saved = options.savedSearches?.[id];
    if (!saved) throw Object.assign(new Error('That search or mass update does not exist.'), { name: 'INVALID_SEARCH' });
    const loaded = {
      searchType: saved.searchType,
      filterExpression: saved.filterExpression,
      columns: [] as unknown[],
      run: () => search.create({ type: loaded.searchType, filters: loaded.filterExpression, columns: loaded.columns } as never).run(),
      runPaged: (paging: never) => search.create({ type: loaded.searchType, filters: loaded.filterExpression, columns: loaded.columns } as never).runPaged(paging),
    };
    return loaded;
  }) as never);

  jest.mocked(record.load).mockImplementation((({ type, id }: { type: string; id: string }) => {
    extra += type.startsWith('customrecord') ? 2 : 5;
    const found = options.records?.[`${type}:${id}`];
    if (!found) throw Object.assign(new Error(`That record does not exist: ${type} ${id}`), { name: 'RCRD_DSNT_EXIST' });
    return fakeRecord(found.values, found.addresses ?? [], { type, id: String(id) });
  }) as never);

  const baseSubmit = jest.mocked(record.submitFields).getMockImplementation()!;
  jest.mocked(record.submitFields).mockImplementation(((call: SubmitCall) => {
    const fault = options.failWrite?.({ ...call, id: String(call.id) });
    if (fault) {
      extra += call.type.startsWith('customrecord') ? 2 : 5;
      failedWrites.push({ ...call, id: String(call.id) });
      throw fault;
    }
    const result = baseSubmit(call as never);
    options.onSubmit?.({ ...call, id: String(call.id) });
    return result;
  }) as never);

  jest.mocked(task.create).mockImplementation(((definition: TaskCall) => ({
    submit: () => {
      extra += 20;
      if (options.failTask) throw options.failTask;
      tasks.push({ taskType: definition.taskType, scriptId: definition.scriptId, deploymentId: definition.deploymentId, params: definition.params });
      return `task${tasks.length}`;
    },
  })) as never);

  jest.mocked(file.create).mockImplementation((({ name, fileType, contents, folder }: { name: string; fileType: string; contents: string; folder: number }) => {
    const lines = contents.split('\n').filter((line) => line !== '');
    const created = {
      appendLine: ({ value }: { value: string }) => {
        lines.push(value);
        return created;
      },
      save: () => {
        extra += 20;
        files.push({ name, fileType, folder, lines });
        return 4400 + files.length;
      },
    };
    return created;
  }) as never);

  return {
    ...base,
    tasks,
    files,
    failedWrites,
    units: used,
    /** Starts a script stage (map/reduce entry point) with its own usage limit; returns the units of the previous one. */
    startStage(limit: number): number {
      const previous = used() - stageStart;
      stageStart = used();
      stageLimit = limit;
      return previous;
    },
    stageUnits: () => used() - stageStart,
  };
}

export type BulkNetSuite = ReturnType<typeof installBulkNetSuite>;
