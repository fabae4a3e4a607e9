/**
 * Runs a map/reduce script as NetSuite's SuiteCloud processors do, one key at a time: getInputData once; map once
 * per key/value when the script has map; the shuffle (map output grouped by key, keys and each key's values in
 * lexicographical order); reduce once per key when it has reduce; summarize once with NetSuite's summary object.
 *
 * Every function invocation is an execution of its own, with the usage limit of its stage (getInputData 10,000,
 * map 1,000, reduce 5,000, summarize 10,000), recorded as an Invocation. An error thrown in getInputData sends the
 * job straight to summarize (inputSummary.error); one thrown in map or reduce ends that invocation only and is
 * handed to summarize as its serialised JSON, with the key and the attempt number. The script's `config`
 * (`retryCount` 0–3, `exitOnError`) is honoured. Values are strings: non-string input values and written keys and
 * values are JSON.stringify'd. A search getInputData returns (or a `{type: 'search', id}` reference) is read by the
 * framework, uncharged: key = the result's internal id, value = the result as JSON.
 */
import type { Account, Invocation } from './account';
import { HostInputError, missingArgument, notEmulated, suiteScriptError, SuiteScriptError } from './errors';
import type { Execution } from './execution';
import { loadSavedSearch } from './modules/search';
import type { DeploymentDef, ScriptDef } from './schema/model';
import { SearchResult } from './search/results';
import { EmulatedSearch } from './search/searchObject';
import type { EntryPoint, InvokeSpec, ScriptRunner } from './scriptRunner';

/** A map or reduce job yields (and a new one goes on) once it has used this many units (soft limit). */
const YIELD_AFTER_UNITS = 10_000;
const OBJECT_REFERENCE_TYPES = new Set(['search', 'file', 'query', 'suiteql', 'dataset']);

type Pair = [key: string, value: string];

export interface KeyError {
  key: string;
  /** The error as NetSuite serialises it: JSON with type, name, message, stack, cause, id, notifyOff, userFacing. */
  error: string;
  executionNo: number;
}

export interface KeyState {
  key: string;
  executionCount: number;
  completionState: 'COMPLETE' | 'FAILED' | 'PENDING';
}

/** What one map or reduce stage did. */
export interface StageRun {
  /** One per function invocation, in the order they ran (a retried key has several). */
  invocations: Invocation[];
  usage: number;
  errors: KeyError[];
  keys: KeyState[];
  yields: number;
}

export interface MapReduceRun {
  scriptId: string;
  deploymentId: string;
  dateCreated: Date;
  input: { invocation: Invocation | undefined; entries: number; error: string | null; usage: number };
  map: StageRun;
  reduce: StageRun;
  summarize: Invocation | undefined;
  /** What summary.output iterates: reduce's writes, or map's when the script has no reduce (write order). */
  output: Pair[];
  /** Units of all stages together. */
  usage: number;
}

interface Config {
  retryCount: number;
  exitOnError: boolean;
}

interface StageOutcome {
  run: StageRun;
  written: Pair[];
  exited: boolean;
}

const emptyStage = (): StageRun => ({ invocations: [], usage: 0, errors: [], keys: [], yields: 0 });

export class MapReduceRunner {
  constructor(
    private readonly account: Account,
    private readonly runner: ScriptRunner,
  ) {}

  run(script: ScriptDef, deployment: DeploymentDef, parameters: Readonly<Record<string, unknown>>): MapReduceRun {
    const defined = this.runner.describe(script, deployment, 'MAPREDUCE');
    const has = (entryPoint: string) => typeof defined[entryPoint] === 'function';
    if (!has('map') && !has('reduce')) throw new HostInputError(`${script.scriptFile}: a map/reduce script must implement map or reduce`);
    const config = readConfig(defined.config);
    const base = { script, deployment, executionContext: 'MAPREDUCE', parameters };
    const dateCreated = this.account.clock.now();
    const run: MapReduceRun = {
      scriptId: script.scriptId,
      deploymentId: deployment.scriptId,
      dateCreated,
      input: { invocation: undefined, entries: 0, error: null, usage: 0 },
      map: emptyStage(),
      reduce: emptyStage(),
      summarize: undefined,
      output: [],
      usage: 0,
    };
    this.account.runningDeployments.add(deployment.scriptId);
    try {
      let entries: Pair[] = [];
      const input = this.attempt({ ...base, entryPoint: 'getInputData' }, (getInputData, execution) => {
        entries = inputEntries(execution, getInputData({ isRestarted: false }));
      });
      run.input = { invocation: input.invocation, entries: entries.length, error: input.failed ? serialiseError(input.error) : null, usage: input.invocation?.unitsUsed ?? 0 };
      let exited = input.failed;
      let forReduce = groupByKey(entries);
      if (!exited && has('map')) {
        const mapped = this.stage('map', entries.map(([key, value]) => ({ key, data: { value } })), base, config);
        run.map = mapped.run;
        if (!has('reduce')) run.output = mapped.written;
        forReduce = groupByKey(mapped.written);
        exited = mapped.exited;
      }
      if (!exited && has('reduce')) {
        const reduced = this.stage('reduce', forReduce.map(([key, values]) => ({ key, data: { values } })), base, config);
        run.reduce = reduced.run;
        run.output = reduced.written;
      }
      run.usage = run.input.usage + run.map.usage + run.reduce.usage;
      if (has('summarize')) {
        const summary = summaryContext(run, this.account.clock.now());
        run.summarize = this.attempt({ ...base, entryPoint: 'summarize' }, (summarize) => summarize(summary)).invocation;
        run.usage += run.summarize?.unitsUsed ?? 0;
      }
    } finally {
      this.account.runningDeployments.delete(deployment.scriptId);
    }
    return run;
  }

  /** map or reduce over every key, one invocation per attempt. */
  private stage(
    entryPoint: 'map' | 'reduce',
    work: readonly { key: string; data: { value: string } | { values: string[] } }[],
    base: Omit<InvokeSpec, 'entryPoint'>,
    config: Config,
  ): StageOutcome {
    const run = emptyStage();
    const written: Pair[] = [];
    let sinceYield = 0;
    let exited = false;
    work.forEach(({ key, data }, index) => {
      if (exited) {
        run.keys.push({ key, executionCount: 0, completionState: 'PENDING' });
        return;
      }
      const previous: KeyError[] = [];
      let state: KeyState = { key, executionCount: 0, completionState: 'FAILED' };
      for (let executionNo = 1; executionNo <= config.retryCount + 1; executionNo += 1) {
        const context = { ...data, key, isRestarted: false, executionNo, errors: errorIterator([...previous]), write: writer(written) };
        const attempt = this.attempt({ ...base, entryPoint, key, executionNo }, (handler) => handler(context));
        if (attempt.invocation) run.invocations.push(attempt.invocation);
        const units = attempt.invocation?.unitsUsed ?? 0;
        run.usage += units;
        sinceYield += units;
        state = { key, executionCount: executionNo, completionState: attempt.failed ? 'FAILED' : 'COMPLETE' };
        if (!attempt.failed) break;
        previous.push({ key, error: serialiseError(attempt.error), executionNo });
      }
      run.errors.push(...previous);
      run.keys.push(state);
      exited = state.completionState === 'FAILED' && config.exitOnError;
      if (!exited && sinceYield >= YIELD_AFTER_UNITS && index < work.length - 1) {
        run.yields += 1;
        sinceYield = 0;
      }
    });
    return { run, written, exited };
  }

  /** Invokes an entry point, recording a script error on the invocation; host errors (bad files, fixtures) still throw. */
  private attempt(spec: InvokeSpec, body: (entryPoint: EntryPoint, execution: Execution) => void): { invocation: Invocation | undefined; failed: boolean; error: unknown } {
    let failed = false;
    let error: unknown;
    const invocation = this.runner.invoke({ ...spec, onError: 'record' }, (entryPoint, execution) => {
      try {
        body(entryPoint, execution);
      } catch (thrown) {
        failed = true;
        error = thrown;
        throw thrown;
      }
    });
    if (error instanceof HostInputError) throw error;
    return { invocation, failed, error };
  }
}

function readConfig(config: unknown): Config {
  const options = (typeof config === 'object' && config !== null ? config : {}) as { retryCount?: unknown; exitOnError?: unknown };
  const retryCount = Number(options.retryCount ?? 0);
  return { retryCount: Number.isInteger(retryCount) ? Math.min(Math.max(retryCount, 0), 3) : 0, exitOnError: options.exitOnError === true };
}

/** Stage data are strings: anything else is stored as its JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** What getInputData returned, as the key/values the next stage reads. */
function inputEntries(execution: Execution, input: unknown): Pair[] {
  if (input === undefined || input === null) return [];
  if (typeof (input as { then?: unknown }).then === 'function') throw notEmulated('An asynchronous getInputData');
  if (input instanceof EmulatedSearch) return searchEntries(input);
  if (Array.isArray(input)) return input.map((value, index) => [String(index), asText(value)]);
  if (typeof input !== 'object') {
    throw suiteScriptError('EMULATOR_INVALID_INPUT', `getInputData returned a ${typeof input}; NetSuite takes an array, an object, a search or an object reference`);
  }
  const reference = input as { type?: unknown; id?: unknown };
  if (typeof reference.type === 'string' && OBJECT_REFERENCE_TYPES.has(reference.type.toLowerCase())) {
    if (reference.type.toLowerCase() !== 'search') throw notEmulated(`getInputData returning a ${reference.type} reference`);
    if (reference.id === undefined || reference.id === null || reference.id === '') throw missingArgument('id');
    return searchEntries(loadSavedSearch(execution, reference.id));
  }
  // A plain object (of any realm: scripts may run in another one) is key/values; anything else is not modelled.
  const prototype = Object.getPrototypeOf(input) as object | null;
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
    throw notEmulated(`getInputData returning a ${(input as object).constructor?.name ?? 'non-plain'} object`);
  }
  return Object.entries(input).map(([key, value]) => [key, asText(value)]);
}

function searchEntries(search: EmulatedSearch): Pair[] {
  return EmulatedSearch.frameworkRows(search).map((row, index) => [row.id ?? String(index), SearchResult.mapReduceValue(row)]);
}

/** The shuffle: pairs grouped by key, keys and each key's values in lexicographical order. */
function groupByKey(pairs: readonly Pair[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) groups.set(key, [...(groups.get(key) ?? []), value]);
  return [...groups.entries()].sort(([left], [right]) => compareText(left, right)).map(([key, values]) => [key, [...values].sort(compareText)]);
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** context.write({key, value}) or context.write(key, value). */
function writer(sink: Pair[]) {
  return (...args: unknown[]): void => {
    const [first, second] = args;
    const pair = (args.length === 1 && typeof first === 'object' && first !== null ? first : { key: first, value: second }) as { key?: unknown; value?: unknown };
    if (pair.key === undefined || pair.key === null) throw missingArgument('key');
    if (pair.value === undefined) throw missingArgument('value');
    sink.push([asText(pair.key), asText(pair.value)]);
  };
}

/** `x.iterator().each(callback)`: calls back while the callback returns a truthy value. */
function iterable<T extends unknown[]>(rows: readonly T[]) {
  return {
    iterator: () => ({
      each(callback: (...row: T) => unknown): void {
        for (const row of rows) if (!callback(...row)) return;
      },
    }),
  };
}

function errorIterator(errors: readonly KeyError[]) {
  return iterable(errors.map(({ key, error, executionNo }) => [key, error, executionNo] as [string, string, number]));
}

/** NetSuite's serialisation of an error thrown by a stage; plain JavaScript errors keep their name and message. */
export function serialiseError(error: unknown): string {
  const isError = typeof error === 'object' && error !== null && 'message' in error;
  const { name, message, stack } = isError ? (error as { name?: unknown; message?: unknown; stack?: unknown }) : { name: 'Error', message: String(error), stack: undefined };
  const suiteScript = error instanceof SuiteScriptError ? error : undefined;
  return JSON.stringify({
    type: 'error.SuiteScriptError',
    name: String(name ?? 'Error'),
    message: String(message ?? ''),
    stack: typeof stack === 'string' ? stack.split('\n').slice(1, 6).map((line) => line.trim()) : [],
    cause: { name: String(name ?? 'Error'), message: String(message ?? '') },
    id: suiteScript?.id ?? '',
    notifyOff: suiteScript?.notifyOff ?? false,
    userFacing: suiteScript !== undefined,
  });
}

function stageSummary(stage: StageRun, dateCreated: Date) {
  const keys = [...stage.keys].sort((left, right) => compareText(left.key, right.key));
  return {
    dateCreated,
    seconds: 0,
    usage: stage.usage,
    concurrency: 1,
    yields: stage.yields,
    keys: iterable(keys.map(({ key, executionCount, completionState }) => [key, executionCount, completionState] as [string, number, string])),
    errors: errorIterator(stage.errors),
  };
}

/** summarize's context, with NetSuite's members. */
function summaryContext(run: MapReduceRun, now: Date) {
  const { dateCreated } = run;
  return {
    isRestarted: false,
    dateCreated,
    seconds: Math.round((now.getTime() - dateCreated.getTime()) / 1000),
    usage: run.usage,
    concurrency: 1,
    yields: run.map.yields + run.reduce.yields,
    inputSummary: { dateCreated, error: run.input.error, seconds: 0, usage: run.input.usage },
    mapSummary: stageSummary(run.map, dateCreated),
    reduceSummary: stageSummary(run.reduce, dateCreated),
    output: iterable(run.output.map(([key, value]) => [key, value] as [string, string])),
  };
}
