/**
 * One execution of one script entry point (or of the host acting as a user): its deployment, parameters,
 * governance meter, log, and whether N modules may be called yet (not while the define factory runs).
 */
import type { Account, LogEntry } from './account';
import { dayToDate } from './dates';
import { Meter, usageLimit } from './governance';
import type { DeploymentDef, ParameterDef, ScriptDef, ScriptType } from './schema/model';

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

  constructor(spec: ExecutionSpec) {
    this.account = spec.account;
    this.script = spec.script;
    this.deployment = spec.deployment;
    this.entryPoint = spec.entryPoint;
    this.executionContext = spec.executionContext;
    this.parameterValues = spec.parameters ?? {};
    this.meter = new Meter(this.limit());
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

  /** A script parameter typed as getParameter returns it; null when the script does not define it. */
  parameter(name: string): unknown {
    const definition = this.script?.parameters.get(name.toLowerCase());
    if (!definition) return null;
    const overrides = this.account.parameterOverrides;
    const override =
      this.parameterValues[definition.id] ??
      overrides.get(`${this.scriptId}:${this.deploymentId}`)?.[definition.id] ??
      overrides.get(this.scriptId)?.[definition.id];
    if (override !== undefined) return typedParameter(definition, override);
    return typedParameter(definition, this.deployment?.parameterValues[definition.id] ?? definition.defaultValue);
  }

  private limit(): number {
    const standard = usageLimit(this.scriptType, this.entryPoint);
    if (!this.script) return standard;
    const fault = this.account.faults.usageLimit;
    const lowered = typeof fault === 'function' ? fault(this.scriptId, this.entryPoint) : fault;
    return lowered === undefined ? standard : Math.min(standard, lowered);
  }
}

function typedParameter(definition: ParameterDef, raw: unknown): unknown {
  if (definition.type === 'CHECKBOX') return raw === true || raw === 'T';
  if (raw === undefined || raw === null || raw === '') return '';
  if (['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'].includes(definition.type)) return Number(raw);
  if (definition.type === 'DATE' && typeof raw === 'string') return dayToDate(raw);
  return typeof raw === 'number' ? String(raw) : raw;
}
