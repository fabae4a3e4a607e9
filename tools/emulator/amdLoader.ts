/**
 * Loads a built SuiteScript file: a JSDoc header with `@NApiVersion 2.1` and `@NScriptType`, then exactly one
 * anonymous `define([...N modules], factory)`. The file is compiled once; each execution runs it afresh with its
 * own N modules (and the account's clock as `Date`), and gets the entry points the factory returns.
 */
import vm from 'node:vm';
import { HostInputError } from './errors';
import { ServerDate } from './serverDate';

export interface ScriptHeader {
  apiVersion: string;
  scriptType: string;
}

/** What one execution gives the script it loads. */
export interface ScriptEnvironment {
  /** The module object for an `N/…` dependency (`N/log` is also the global `log` NetSuite 2.1 provides). */
  module(dependency: string): unknown;
  /** Set while the define factory runs, so N modules can refuse calls. */
  factoryPhase(running: boolean): void;
}

/** Entry points each script type must implement (at least one of them). */
const ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  UserEventScript: ['beforeLoad', 'beforeSubmit', 'afterSubmit'],
  ScheduledScript: ['execute'],
  MapReduceScript: ['getInputData'],
  Suitelet: ['onRequest'],
  Restlet: ['get', 'put', 'post', 'delete'],
  ClientScript: ['pageInit', 'fieldChanged', 'postSourcing', 'sublistChanged', 'lineInit', 'validateField', 'validateLine', 'validateInsert', 'validateDelete', 'saveRecord'],
};

/** Globals NetSuite does not have; the file sees them as undefined. */
const HIDDEN_GLOBALS = ['require', 'module', 'exports', 'process', 'global', 'globalThis', 'setTimeout', 'setInterval', 'setImmediate', 'Buffer', 'fetch'];

type Factory = (...dependencies: unknown[]) => unknown;

export class AmdScript {
  private constructor(
    readonly path: string,
    readonly header: ScriptHeader,
    private readonly body: (...args: unknown[]) => void,
  ) {}

  static fromText(text: string, path: string): AmdScript {
    const header = readHeader(text, path);
    const defines = text.match(/(^|[^\w$.])define\s*\(/g)?.length ?? 0;
    if (defines !== 1) {
      throw new HostInputError(`${path}: found ${defines} define calls; a SuiteScript file must hold exactly one define (MULTIPLE_DEFINE_CALLS)`);
    }
    const wrapped = `(function (define, log, Date, ${HIDDEN_GLOBALS.join(', ')}) {\n${text}\n})`;
    const body = new vm.Script(wrapped, { filename: path, lineOffset: -1 }).runInThisContext() as (...args: unknown[]) => void;
    return new AmdScript(path, header, body);
  }

  /** Runs the file and its define factory with `date` as its `Date` (see clockedDate); returns the entry points object. */
  instantiate(environment: ScriptEnvironment, date: DateConstructor): Record<string, unknown> {
    const calls: unknown[][] = [];
    this.body((...args: unknown[]) => void calls.push(args), environment.module('N/log'), date);
    const [call] = calls;
    if (calls.length !== 1 || !call) throw new HostInputError(`${this.path}: define ran ${calls.length} times; it must run exactly once`);
    const { dependencies, factory } = this.defineArguments(call);
    const exportsObject: Record<string, unknown> = {};
    const resolved = dependencies.map((dependency) => {
      if (dependency === 'exports') return exportsObject;
      if (/^N(\/|$)/.test(dependency)) return environment.module(dependency);
      throw new HostInputError(`${this.path}: dependency "${dependency}" cannot be resolved; bundles must be self-contained (N/* modules only)`);
    });
    environment.factoryPhase(true);
    let returned: unknown;
    try {
      returned = factory(...resolved);
    } finally {
      environment.factoryPhase(false);
    }
    const entryPoints = (returned ?? exportsObject) as Record<string, unknown>;
    this.checkEntryPoints(entryPoints);
    return entryPoints;
  }

  private defineArguments(call: unknown[]): { dependencies: string[]; factory: Factory } {
    if (typeof call[0] === 'string') throw new HostInputError(`${this.path}: define must be anonymous; found a named define "${call[0]}"`);
    const [first, second] = call;
    const dependencies = Array.isArray(first) ? first.map(String) : [];
    const factory = Array.isArray(first) ? second : first;
    if (typeof factory !== 'function') throw new HostInputError(`${this.path}: define needs a factory function`);
    return { dependencies, factory: factory as Factory };
  }

  private checkEntryPoints(entryPoints: Record<string, unknown>): void {
    const expected = ENTRY_POINTS[this.header.scriptType] ?? [];
    if (!expected.some((name) => typeof entryPoints?.[name] === 'function')) {
      throw new HostInputError(
        `${this.path}: a ${this.header.scriptType} must return ${expected.join(' / ')} (SCRIPT_OF_API_VERSION_20_MUST_IMPLEMENT_A_SCRIPT_TYPE_INTERFACE)`,
      );
    }
  }
}

function readHeader(text: string, path: string): ScriptHeader {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(text)?.[1];
  const apiVersion = block === undefined ? undefined : /@NApiVersion\s+(\S+)/.exec(block)?.[1];
  const scriptType = block === undefined ? undefined : /@NScriptType\s+(\w+)/.exec(block)?.[1];
  if (block === undefined || apiVersion === undefined || scriptType === undefined) {
    throw new HostInputError(`${path}: the file must start with a JSDoc block (/** … */) holding @NApiVersion 2.1 and @NScriptType`);
  }
  if (apiVersion !== '2.1') throw new HostInputError(`${path}: @NApiVersion is ${apiVersion}; the project's scripts are 2.1`);
  return { apiVersion, scriptType };
}

/**
 * `Date` as the script sees it: `new Date()` and `Date.now()` read the account clock; instances are Dates on the
 * server's clock (Pacific time, ServerDate); any Date, whoever made it, is `instanceof Date`. It holds no state of
 * its own (what a script sets on it lands on ServerDate, as before), so one serves every execution of an account.
 */
export function clockedDate(nowMs: () => number): DateConstructor {
  const now = () => nowMs();
  const isDate = (value: unknown) => value instanceof Date;
  return new Proxy(ServerDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [nowMs()] : args, newTarget) as object,
    apply: () => new ServerDate(nowMs()).toString(),
    get: (target, property, receiver) => {
      if (property === 'now') return now;
      if (property === Symbol.hasInstance) return isDate;
      return Reflect.get(target, property, receiver);
    },
  }) as unknown as DateConstructor;
}
