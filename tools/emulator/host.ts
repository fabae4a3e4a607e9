/**
 * The emulated NetSuite account a host drives: built from an SDF Objects/ folder and the FileCabinet/ holding the
 * built scripts. The host seeds and reads records, acts as a user (N modules whose writes fire user events),
 * runs scheduled and map/reduce scripts and drains the task queue, injects faults, and reads every script
 * invocation with its units, log and error. Adding another script type means one more `run…` method over
 * `ScriptRunner.invoke`.
 *
 * @example
 * const emulator = new Emulator({ objects: 'Objects', fileCabinet: 'FileCabinet', now: '2026-11-26' });
 * emulator.seed('employee', [{ id: '7', entityid: 'Ana Ruiz', issalesrep: true }]);
 * const { record } = emulator.modules();
 * const lead = record.create({ type: 'lead' });
 * lead.setValue({ fieldId: 'companyname', value: 'Acme' });
 * const id = lead.save(); // runs the user events deployed on lead
 * emulator.invocations.at(-1)?.unitsUsed;
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Account, CacheEntry, Faults, Invocation, QueuedTask, RunAsUser, SavedSearchDefinition, SentEmail } from './account';
import { isTimeZone } from '../../src/engine/time/zonedTime';
import { Clock } from './clock';
import { deploymentRecords } from './deployments';
import { HostInputError } from './errors';
import { Execution } from './execution';
import { Interleaving, type ConcurrencyOptions, type Job } from './interleaving';
import { MapReduceRunner, type MapReduceRun } from './mapReduce';
import { buildModules, type Modules } from './modules';
import { danglingReferences } from './references';
import type { DeploymentDef, ScriptDef, StoredRecord } from './schema/model';
import { readSdfObjects, type SdfObjects } from './schema/sdfObjects';
import { Schema } from './schema/accountSchema';
import { ScriptRunner } from './scriptRunner';
import { seedRecord, type HostRow } from './seeding';
import { suiteletContext, type SuiteletRequest, type SuiteletResponse } from './suitelet';
import { scriptUrl } from './modules/url';
import { SERVER_TIME_ZONE } from './serverDate';
import { RecordStore } from './store';
import { UserEventDispatcher } from './userEvents';
import { toHost } from './values';

/** One queued task the host ran: a scheduled script's invocation or a map/reduce run. */
export interface TaskRun {
  task: QueuedTask;
  invocation?: Invocation;
  mapReduce?: MapReduceRun;
}

export interface DrainReport {
  /** Every task run, in order; `runs.length` is how many ran. */
  runs: TaskRun[];
  /** Tasks still waiting: more than 0 only when the safety cap stopped the drain. */
  pending: number;
}

export interface EmulatorOptions {
  /** The SDF Objects/ folder, or objects already read (fixtures). */
  objects: string | SdfObjects;
  /** The FileCabinet/ folder holding `SuiteScripts/…`, or a reader of File Cabinet paths (fixtures). */
  fileCabinet: string | ((fileCabinetPath: string) => string);
  /** The account clock: `YYYY-MM-DD` (noon that day) or an ISO instant. Defaults to the host's time. */
  now?: string | Date;
  /** Execution context of the host's own writes (the user events they fire see it). Default USERINTERFACE. */
  executionContext?: string;
  user?: Partial<RunAsUser>;
  /**
   * Features in effect: what `runtime.isFeatureInEffect` reports, and which standard fields exist (without
   * SUBSIDIARIES, an account without OneWorld, entities have no `subsidiary`). Default: Schema's DEFAULT_FEATURES.
   */
  features?: readonly string[];
  /** The company's time zone (Company Information, an IANA name). Default: the server's, America/Los_Angeles. */
  timeZone?: string;
  /**
   * Whether each invocation reports its script CPU (`scriptCpuMs`). Default true. Measuring reads the process CPU
   * before and after every N call a script makes, which costs about as much as the call itself: a run that only
   * needs outcomes and units turns it off.
   */
  measureScriptCpu?: boolean;
}

const DEFAULT_USER: RunAsUser = { id: 1, role: 3, roleId: 'administrator', name: 'Emulated Administrator', email: 'admin@example.com', subsidiary: 1 };

export class Emulator {
  readonly schema: Schema;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly faults: Faults = {};
  private readonly account: Account;
  private readonly runner: ScriptRunner;
  private readonly mapReduce: MapReduceRunner;
  private readonly hostContext: string;

  constructor(options: EmulatorOptions) {
    this.schema = new Schema(typeof options.objects === 'string' ? readSdfObjects(options.objects) : options.objects, options.features === undefined ? {} : { features: options.features });
    this.store = new RecordStore(this.schema);
    this.clock = Clock.from(options.now);
    if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) throw new HostInputError(`timezone: "${options.timeZone}" is not a time zone name such as America/New_York`);
    this.hostContext = options.executionContext ?? 'USERINTERFACE';
    const account: Account = {
      schema: this.schema,
      store: this.store,
      clock: this.clock,
      faults: this.faults,
      caches: new Map<string, CacheEntry>(),
      fileContents: new Map<string, string>(),
      tasks: [],
      emails: [],
      savedSearches: new Map<string, SavedSearchDefinition>(),
      invocations: [],
      user: { ...DEFAULT_USER, ...options.user },
      features: this.schema.features,
      companyTimeZone: options.timeZone ?? SERVER_TIME_ZONE,
      parameterOverrides: new Map(),
      runningDeployments: new Set(),
      userEvents: { run: () => [] },
      measuresScriptCpu: options.measureScriptCpu ?? true,
    };
    const { fileCabinet } = options;
    const readScript = typeof fileCabinet === 'function' ? fileCabinet : (file: string) => readFileSync(path.join(fileCabinet, file), 'utf8');
    this.runner = new ScriptRunner(account, readScript);
    this.mapReduce = new MapReduceRunner(account, this.runner);
    account.userEvents = new UserEventDispatcher(this.schema, this.runner);
    this.account = account;
    this.insertListValues();
    for (const record of deploymentRecords(this.schema, account.parameterOverrides)) this.store.insert(record);
  }

  /** The company's time zone (Company Information). */
  get timeZone(): string {
    return this.account.companyTimeZone;
  }

  /** Every script entry point run so far, in the order they started. */
  get invocations(): readonly Invocation[] {
    return this.account.invocations;
  }

  get tasks(): readonly QueuedTask[] {
    return this.account.tasks;
  }

  get emails(): readonly SentEmail[] {
    return this.account.emails;
  }

  /** Cached values by `[scope, owner script, cache name, key]`; clear it to simulate eviction. */
  get caches(): Map<string, CacheEntry> {
    return this.account.caches;
  }

  /** N modules for the host acting as a user: no usage limit; writes fire user events in the host's context. */
  modules(options: { executionContext?: string } = {}): Modules {
    const executionContext = options.executionContext ?? this.hostContext;
    return buildModules(new Execution({ account: this.account, entryPoint: 'host', executionContext }));
  }

  /**
   * Runs `work` as another user: runtime.getCurrentUser, in the host and in the user events its writes start, names
   * `user` (over the account's user) until `work` returns.
   *
   * @example
   * emulator.actingAs({ id: 12, name: 'Sam Lee' }, () => lead.save()); // the lead user event sees Sam Lee
   */
  actingAs<T>(user: Partial<RunAsUser>, work: () => T): T {
    const previous = this.account.user;
    this.account.user = { ...previous, ...user };
    try {
      return work();
    } finally {
      this.account.user = previous;
    }
  }

  /**
   * Inserts records as they are (no user events, no governance); references are checked by verifyReferences.
   * `datecreated` is the account clock unless the row gives it (an ISO instant or `YYYY-MM-DD`).
   */
  seed(type: string, rows: readonly HostRow[]): string[] {
    return rows.map((row, index) => {
      const label = `${type}[${row.id === undefined ? index : String(row.id)}]`;
      const record = seedRecord(this.schema, type, row, label, this.clock.now().toISOString());
      if (record.id === '') record.id = this.store.nextId();
      const family = this.schema.recordType(record.type).family.family;
      if (this.store.get(family, record.id)) throw new HostInputError(`${label}: internal id ${record.id} is already used by a ${family} record`);
      this.store.insert(record);
      return record.id;
    });
  }

  /** Throws naming the record and field of the first select that points to no record. */
  verifyReferences(): void {
    for (const family of this.schema.allFamilies().filter((candidate) => !candidate.isList && !candidate.fromObjects)) {
      for (const record of this.store.all(family.family)) {
        const [problem] = danglingReferences(this.schema, this.store, record);
        if (problem) throw new HostInputError(`${record.type} ${record.id}: ${problem.path} refers to ${problem.value}, which does not exist`);
      }
    }
  }

  /** A record as plain JSON (dates `YYYY-MM-DD`, instants ISO), or undefined. */
  read(type: string, id: string | number): HostRow | undefined {
    const typeDef = this.schema.recordType(type);
    const record = this.store.get(typeDef.family.family, String(id));
    if (!record) return undefined;
    const row: HostRow = { id: record.id, type: record.type };
    for (const field of typeDef.family.fields.values()) row[field.id] = toHost(field, record.values[field.id]);
    return Object.assign(row, structuredClone(record.sublists));
  }

  /**
   * A parameter value for every deployment of a script, or for one deployment: what getParameter returns there and
   * what the deployment's `scriptdeployment` record holds.
   */
  setParameter(scriptId: string, name: string, value: unknown, deploymentId?: string): void {
    const key = deploymentId === undefined ? scriptId.toLowerCase() : `${scriptId.toLowerCase()}:${deploymentId.toLowerCase()}`;
    this.account.parameterOverrides.set(key, { ...this.account.parameterOverrides.get(key), [name.toLowerCase()]: value });
    for (const record of deploymentRecords(this.schema, this.account.parameterOverrides)) this.store.replace(record);
  }

  /** A saved search scripts can search.load (or return from getInputData) by script id or internal id; returns the internal id. */
  registerSavedSearch(definition: SavedSearchDefinition): string {
    if (!this.schema.hasRecordType(definition.type)) throw new HostInputError(`saved search ${definition.id}: unknown type "${definition.type}"`);
    const taken = [...this.account.savedSearches.values()].map((saved) => Number(saved.internalId)).filter(Number.isFinite);
    const internalId = String(definition.internalId ?? Math.max(0, ...taken) + 1);
    this.account.savedSearches.set(definition.id.toLowerCase(), { ...structuredClone(definition), internalId });
    return internalId;
  }

  /** Contents of a File Cabinet file the scripts saved. */
  fileContents(id: string | number): string | undefined {
    return this.account.fileContents.get(String(id));
  }

  /**
   * Runs the jobs with `threads` creators working at once, their steps interleaved for `seed` (interleaving.ts); a
   * record's `saveSteps()` is the job's save. The results in job order; the first job to throw fails the run.
   *
   * @example
   * const ids = emulator.runConcurrently(rows.map((row) => function* () {
   *   const lead = emulator.modules().record.create({ type: 'lead' });
   *   lead.setValue({ fieldId: 'companyname', value: row.company });
   *   return (yield* lead.saveSteps()).id;
   * }), { threads: 4, seed: 7 });
   */
  runConcurrently<T>(jobs: readonly Job<T>[], options: ConcurrencyOptions): T[] {
    const interleaving = new Interleaving(jobs, options);
    this.account.interleaving = interleaving;
    try {
      return interleaving.run();
    } finally {
      delete this.account.interleaving;
    }
  }

  /** Runs a scheduled script's execute(); the invocation carries any error instead of throwing it. */
  runScheduled(scriptId: string, options: { deploymentId?: string; params?: Record<string, unknown>; invocationType?: string } = {}): Invocation {
    const { script, deployment } = this.deployment(scriptId, 'ScheduledScript', options.deploymentId);
    const spec = { script, deployment, entryPoint: 'execute', executionContext: 'SCHEDULED', parameters: options.params ?? {}, onError: 'record' as const };
    this.account.runningDeployments.add(deployment.scriptId);
    try {
      const invocation = this.runner.invoke(spec, (execute) => execute({ type: options.invocationType ?? 'ON_DEMAND' }));
      if (!invocation) throw new HostInputError(`${scriptId}: the script has no execute entry point`);
      return invocation;
    } finally {
      this.account.runningDeployments.delete(deployment.scriptId);
    }
  }

  /**
   * Runs a map/reduce script: getInputData, map per key, reduce per key, summarize (see mapReduce.ts). Errors the
   * script throws are in the run (and on its invocations), never thrown to the host.
   */
  runMapReduce(scriptId: string, options: { deploymentId?: string; params?: Record<string, unknown> } = {}): MapReduceRun {
    const { script, deployment } = this.deployment(scriptId, 'MapReduceScript', options.deploymentId);
    return this.mapReduce.run(script, deployment, options.params ?? {});
  }

  /**
   * Runs a Suitelet's onRequest for one HTTP request (execution context SUITELET, 1,000 units) and returns what the
   * script wrote; an error the script throws answers 500 with NetSuite's error page text (name and message only) and
   * stays on the invocation.
   */
  runSuitelet(scriptId: string, request: SuiteletRequest, options: { deploymentId?: string } = {}): { response: SuiteletResponse; invocation: Invocation } {
    const { script, deployment } = this.deployment(scriptId, 'Suitelet', options.deploymentId);
    const { context, response } = suiteletContext(request, scriptUrl(script.scriptId, deployment.scriptId, {}));
    const spec = { script, deployment, entryPoint: 'onRequest', executionContext: 'SUITELET', onError: 'record' as const };
    const invocation = this.runner.invoke(spec, (onRequest) => onRequest(context));
    if (!invocation) throw new HostInputError(`${scriptId}: the script has no onRequest entry point`);
    if (invocation.error) {
      return { response: { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${invocation.error.name}: ${invocation.error.message}` }, invocation };
    }
    return { response, invocation };
  }

  /** Runs the oldest pending task with its deployment and params; undefined when none is pending. */
  runNextTask(): TaskRun | undefined {
    const task = this.account.tasks.find((candidate) => candidate.status === 'PENDING');
    if (!task) return undefined;
    task.status = 'PROCESSING';
    const options = { deploymentId: task.deploymentId, params: task.params };
    if (task.taskType === 'MAP_REDUCE') {
      const mapReduce = this.runMapReduce(task.scriptId, options);
      task.status = mapReduce.summarize?.error ? 'FAILED' : 'COMPLETE';
      return { task, mapReduce };
    }
    const invocation = this.runScheduled(task.scriptId, options);
    task.status = invocation.error ? 'FAILED' : 'COMPLETE';
    return { task, invocation };
  }

  /** Runs queued tasks, oldest first, until none is pending or `maxRuns` have run (a script that re-queues forever). */
  drainTasks(options: { maxRuns?: number } = {}): DrainReport {
    const maxRuns = options.maxRuns ?? 100;
    const runs: TaskRun[] = [];
    while (runs.length < maxRuns) {
      const run = this.runNextTask();
      if (!run) break;
      runs.push(run);
    }
    return { runs, pending: this.account.tasks.filter((task) => task.status === 'PENDING').length };
  }

  private deployment(scriptId: string, scriptType: ScriptDef['scriptType'], deploymentId?: string): { script: ScriptDef; deployment: DeploymentDef } {
    const script = this.schema.script(scriptId);
    if (!script || script.scriptType !== scriptType) throw new HostInputError(`${scriptId} is not a ${scriptType} in Objects/`);
    const deployment = script.deployments.find((candidate) => deploymentId === undefined || candidate.scriptId === deploymentId.toLowerCase());
    if (!deployment) throw new HostInputError(`${scriptId} has no deployment ${deploymentId ?? ''}`.trim());
    return { script, deployment };
  }

  private insertListValues(): void {
    for (const list of this.schema.allLists()) {
      for (const value of list.values) {
        const record: StoredRecord = {
          type: list.id,
          id: value.id,
          // NetSuite stores script ids in upper case and searches return them so.
          values: { name: value.name, scriptid: value.scriptId.toUpperCase(), isinactive: value.isInactive },
          sublists: {},
        };
        this.store.insert(record);
      }
    }
  }
}
