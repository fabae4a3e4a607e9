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
import { PlatformClock, switchCostMs } from './platformClock';

const LOG_LEVELS: readonly LogEntry['level'][] = ['DEBUG', 'AUDIT', 'ERROR', 'EMERGENCY'];
const NO_PARAMETERS: Readonly<Record<string, unknown>> = Object.freeze({});

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
  #clock: PlatformClock | undefined;

  constructor(spec: ExecutionSpec) {
    this.account = spec.account;
    this.script = spec.script;
    this.deployment = spec.deployment;
    this.entryPoint = spec.entryPoint;
    this.executionContext = spec.executionContext;
    // Parameter ids are case-insensitive; a task's params may name them in any case.
    this.parameterValues = spec.parameters ? Object.fromEntries(Object.entries(spec.parameters).map(([name, value]) => [name.toLowerCase(), value])) : NO_PARAMETERS;
    // A script's metered calls are where another creator's steps may run in between (interleaving.ts); the host's never are.
    this.meter = this.script ? new Meter(this.limit(), () => this.account.interleaving?.yieldPoint()) : new Meter(this.limit());
  }

  /** CPU inside calls to N module functions (NetSuite's time, not the script's); made only when CPU is measured. */
  get clock(): PlatformClock {
    return (this.#clock ??= new PlatformClock(cpuMs));
  }

  /** Runs an N module call, counting its CPU as the platform's (the outermost call only: calls nest). */
  platformCall<T>(call: () => T): T {
    return this.account.measuresScriptCpu ? this.clock.platform(call) : call();
  }

  /**
   * Calls an N function or method on the platform's time; what it returns that has methods of its own (a result set,
   * a record, a search) is wrapped the same way, and the script's functions it is given run on the script's time.
   */
  call(target: unknown, method: (...args: unknown[]) => unknown, args: unknown[]): unknown {
    return this.account.measuresScriptCpu ? timedCall(this.clock, target, method, args) : method.apply(target, args);
  }

  /** The object as the script sees it: its methods run as N calls (`call`). */
  timed<T>(value: T): T {
    return this.account.measuresScriptCpu ? timedBy(this.clock, value) : value;
  }

  /** The invocation's script CPU out of its total: less the platform's time and the emulator's bookkeeping. */
  scriptCpuMs(totalMs: number): number {
    return this.clock.scriptMs(totalMs, switchCostMs(cpuMs, (probe) => {
      const probed = timedBy(probe, { call: () => undefined });
      return () => probed.call();
    }));
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

/** `value` as a script sees it, its methods timed by `clock` (see Execution.timed). */
export function timedBy<T>(clock: PlatformClock, value: T): T {
  if (!hasMethods(value)) return value;
  return new Proxy(value, {
    get: (target, property, receiver) => {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof member !== 'function' || /^[A-Z]/.test(String(property))) return member;
      return (...args: unknown[]) => timedCall(clock, target, member as (...callArgs: unknown[]) => unknown, args);
    },
  });
}

function timedCall(clock: PlatformClock, target: unknown, method: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  return clock.platform(() => timedBy(clock, method.apply(target, args.map((arg) => withScriptCallbacks(clock, arg)))));
}

/** A function the script hands an N call (or one on an options object: a cache `loader`) runs on the script's time. */
function withScriptCallbacks(clock: PlatformClock, arg: unknown): unknown {
  if (typeof arg === 'function') return scriptSide(clock, arg as (...args: unknown[]) => unknown);
  if (typeof arg !== 'object' || arg === null || Object.getPrototypeOf(arg) !== Object.prototype) return arg;
  if (!Object.values(arg).some((value) => typeof value === 'function')) return arg;
  return Object.fromEntries(Object.entries(arg).map(([key, value]) => [key, typeof value === 'function' ? scriptSide(clock, value as (...args: unknown[]) => unknown) : value]));
}

function scriptSide(clock: PlatformClock, callback: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => clock.script(() => callback(...args));
}

/** An object with methods (not plain data: rows, dates, arrays), which `timed` wraps. */
function hasMethods(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype !== Object.prototype || Object.values(value).some((member) => typeof member === 'function');
}
