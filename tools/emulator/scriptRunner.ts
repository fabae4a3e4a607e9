/**
 * Runs one entry point of one deployed script: a fresh execution (meter, log, N modules), the script file
 * loaded from the File Cabinet (compiled once, checked against its script object), and an Invocation recorded
 * in the account with the units used, the log and any error.
 */
import type { Account, Invocation } from './account';
import { AmdScript, clockedDate } from './amdLoader';
import { HostInputError } from './errors';
import { cpuMs, Execution } from './execution';
import { ModuleSet } from './modules';
import type { DeploymentDef, ScriptDef } from './schema/model';

export interface InvokeSpec {
  script: ScriptDef;
  deployment: DeploymentDef;
  entryPoint: string;
  executionContext: string;
  parameters?: Readonly<Record<string, unknown>>;
  eventType?: string;
  recordType?: string;
  recordId?: string | null;
  /** Map/reduce: the key a map or reduce invocation processes, and its attempt number. */
  key?: string;
  executionNo?: number;
  /** 'throw' (default) rethrows a script's error after recording it; 'record' only records it. */
  onError?: 'throw' | 'record';
}

export type EntryPoint = (context: unknown) => unknown;

export class ScriptRunner {
  private readonly files = new Map<string, AmdScript>();
  /** The scripts' `Date`, on the account clock: stateless, so every execution gets the same one. */
  private readonly scriptDate: DateConstructor;

  constructor(
    private readonly account: Account,
    private readonly readScriptFile: (fileCabinetPath: string) => string,
  ) {
    this.scriptDate = clockedDate(() => account.clock.nowMs());
  }

  /**
   * Calls the entry point through `call`; undefined (and nothing recorded) when the script does not implement it.
   * An error thrown by the script is recorded on the invocation, and rethrown unless `onError` is 'record'.
   */
  invoke(spec: InvokeSpec, call: (entryPoint: EntryPoint, execution: Execution) => unknown): Invocation | undefined {
    const executionSpec: ConstructorParameters<typeof Execution>[0] = {
      account: this.account,
      script: spec.script,
      deployment: spec.deployment,
      entryPoint: spec.entryPoint,
      executionContext: spec.executionContext,
    };
    if (spec.parameters) executionSpec.parameters = spec.parameters;
    const execution = new Execution(executionSpec);
    const entryPoint = this.instantiate(spec.script, execution)[spec.entryPoint];
    if (typeof entryPoint !== 'function') return undefined;
    const invocation: Invocation = {
      scriptId: spec.script.scriptId,
      deploymentId: spec.deployment.scriptId,
      entryPoint: spec.entryPoint,
      executionContext: spec.executionContext,
      usageLimit: execution.meter.limit,
      unitsUsed: 0,
      charges: execution.meter.charges,
      logs: execution.logs,
    };
    if (spec.eventType !== undefined) invocation.eventType = spec.eventType;
    if (spec.recordType !== undefined) invocation.recordType = spec.recordType;
    if (spec.recordId !== undefined) invocation.recordId = spec.recordId;
    if (spec.key !== undefined) invocation.key = spec.key;
    if (spec.executionNo !== undefined) invocation.executionNo = spec.executionNo;
    this.account.invocations.push(invocation);
    const started = this.account.measuresScriptCpu ? cpuMs() : 0;
    try {
      call(entryPoint as EntryPoint, execution);
    } catch (error) {
      // Scripts run in another realm under jest, so their errors are not `instanceof Error` here.
      const isError = typeof error === 'object' && error !== null && 'message' in error;
      const { name, message } = isError ? (error as { name?: unknown; message?: unknown }) : { name: 'Error', message: String(error) };
      invocation.error = { name: String(name ?? 'Error'), message: String(message ?? '') };
      if (spec.onError !== 'record') throw error;
    } finally {
      invocation.unitsUsed = execution.meter.used;
      if (this.account.measuresScriptCpu) invocation.scriptCpuMs = execution.scriptCpuMs(cpuMs() - started);
    }
    return invocation;
  }

  /**
   * What the script's define returns (entry points, and a map/reduce `config`), read without running any entry
   * point and without recording an invocation.
   */
  describe(script: ScriptDef, deployment: DeploymentDef, executionContext: string): Record<string, unknown> {
    return this.instantiate(script, new Execution({ account: this.account, script, deployment, entryPoint: 'define', executionContext }));
  }

  private instantiate(script: ScriptDef, execution: Execution): Record<string, unknown> {
    return this.load(script).instantiate(new ModuleSet(execution), this.scriptDate);
  }

  /** The compiled script file; its @NScriptType must be the type of its script object. */
  load(script: ScriptDef): AmdScript {
    const cached = this.files.get(script.scriptId);
    if (cached) return cached;
    const amd = AmdScript.fromText(this.readScriptFile(script.scriptFile), script.scriptFile);
    if (amd.header.scriptType !== script.scriptType) {
      throw new HostInputError(
        `${script.scriptFile}: @NScriptType ${amd.header.scriptType} does not match script object ${script.scriptId} (${script.scriptType}) in ${script.source}`,
      );
    }
    this.files.set(script.scriptId, amd);
    return amd;
  }
}
