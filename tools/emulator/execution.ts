/**
 * One execution of one script entry point (or of the host acting as a user): its deployment, parameters,
 * governance meter, log, and whether N modules may be called yet (not while the define factory runs).
 */
import type { Account, LogEntry } from './account';
import { configuredParameter, storedParameter } from './deployments';
import { parameterField } from './schema/deploymentFields';
import { Meter, usageLimit } from './governance';
import type { DeploymentDef, ScriptDef, ScriptType } from './schema/model';
import { toScript } from './values';

const LOG_LEVELS: readonly LogEntry['level'][] = ['DEBUG', 'AUDIT', 'ERROR', 'EMERGENCY'];

export interface ExecutionSpec {
  account: Account;
  /** Absent for the host: an unlimited, UI-like session whose writes trigger user events. */
  script?: ScriptDef;
  deployment?: DeploymentDef;
  entryPoint: string;
  executionContext: string;
  /** Parameter values for this execution only (a submitted task's params), over every other value. */
  parameters?: Readonly<Record<string, unknown>>;
}

export class Execution {
  readonly account: Account;
  readonly script: ScriptDef | undefined;
  readonly deployment: DeploymentDef | undefined;
  readonly entryPoint: string;
  readonly executionContext: string;
  readonly meter: Meter;
  private readonly parameterValues: Readonly<Record<string, unknown>>;
  readonly logs: LogEntry[] = [];
  /** True while the define factory runs: every N API call must fail then. */
  inFactory = false;
  /** CPU spent inside calls to N module functions (NetSuite's time, not the script's), and the calls open now. */
  platformCpuMs = 0;
  private platformDepth = 0;
  private platformStart = 0;

  constructor(spec: ExecutionSpec) {
    this.account = spec.account;
    this.script = spec.script;
    this.deployment = spec.deployment;
    this.entryPoint = spec.entryPoint;
    this.executionContext = spec.executionContext;
    // Parameter ids are case-insensitive; a task's params may name them in any case.
    this.parameterValues = Object.fromEntries(Object.entries(spec.parameters ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    // A script's metered calls are where another creator's steps may run in between (interleaving.ts); the host's never are.
    this.meter = new Meter(this.limit(), () => {
      if (this.script) this.account.interleaving?.yieldPoint();
    });
  }

  /** Runs an N module call, counting its CPU as the platform's (the outermost call only: calls nest). */
  platformCall<T>(call: () => T): T {
    if (!this.account.measuresScriptCpu) return call();
    if (this.platformDepth++ === 0) this.platformStart = cpuMs();
    try {
      return call();
    } finally {
      if (--this.platformDepth === 0) this.platformCpuMs += cpuMs() - this.platformStart;
    }
  }

  /**
   * The object as the script sees it: its methods run as N calls (`platformCall`), and what they return that has
   * methods of its own (a result set, a record, a search) is wrapped the same way.
   */
  timed<T>(value: T): T {
    if (!this.account.measuresScriptCpu || !hasMethods(value)) return value;
    return new Proxy(value, {
      get: (target, property, receiver) => {
        const member = Reflect.get(target, property, receiver) as unknown;
        if (typeof member !== 'function' || /^[A-Z]/.test(String(property))) return member;
        return (...args: unknown[]) => this.timed(this.platformCall(() => (member as (...callArgs: unknown[]) => unknown).apply(target, args)));
      },
    });
  }

  get scriptType(): ScriptType | 'Host' {
    return this.script?.scriptType ?? 'Host';
  }

  get scriptId(): string {
    return this.script?.scriptId ?? 'host';
  }

  get deploymentId(): string {
    return this.deployment?.scriptId ?? 'host';
  }

  /** NetSuite never starts user events from a user event's own writes. */
  get triggersUserEvents(): boolean {
    return this.scriptType !== 'UserEventScript';
  }

  log(level: LogEntry['level'], title: string, details: string): void {
    const threshold = LOG_LEVELS.indexOf((this.deployment?.logLevel ?? 'DEBUG').toUpperCase() as LogEntry['level']);
    if (LOG_LEVELS.indexOf(level) >= Math.max(threshold, 0)) this.logs.push({ level, title, details });
  }

  /**
   * A script parameter typed as getParameter returns it (checkbox boolean, number, Date, id or text; '' when empty):
   * this execution's task params, else the deployment's configured value. null when the script does not define it.
   */
  parameter(name: string): unknown {
    const definition = this.script?.parameters.get(name.toLowerCase());
    if (!definition || !this.script || !this.deployment) return null;
    const raw = this.parameterValues[definition.id] ?? configuredParameter(this.account.parameterOverrides, this.script, this.deployment, definition.id);
    return toScript(parameterField(definition), storedParameter(definition, raw));
  }

  private limit(): number {
    const standard = usageLimit(this.scriptType, this.entryPoint);
    if (!this.script) return standard;
    const fault = this.account.faults.usageLimit;
    const lowered = typeof fault === 'function' ? fault(this.scriptId, this.entryPoint) : fault;
    return lowered === undefined ? standard : Math.min(standard, lowered);
  }
}

/** The process's CPU time so far (user + system), in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** An object with methods (not plain data: rows, dates, arrays), which `timed` wraps. */
function hasMethods(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype !== Object.prototype || Object.values(value).some((member) => typeof member === 'function');
}
