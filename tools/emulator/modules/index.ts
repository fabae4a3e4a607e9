/**
 * The N modules of one execution, by AMD id. Script-facing module objects are guarded: while the script's define
 * factory runs, calling any of their functions fails as NetSuite fails it.
 */
import type { ScriptEnvironment } from '../amdLoader';
import { suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { createCacheModule } from './cache';
import { createConfigModule } from './config';
import { createEmailModule } from './email';
import { createErrorModule } from './error';
import { createFileModule } from './file';
import { createFormatModule } from './format';
import { createHttpModule } from './http';
import { createLogModule } from './log';
import { createQueryModule } from './query';
import { createRecordModule } from './record';
import { createRuntimeModule } from './runtime';
import { createSearchModule } from './search';
import { createTaskModule } from './task';
import { createUrlModule } from './url';

/** How each emulated module is made for an execution, by name (`N/<name>`). */
const MODULE_FACTORIES = {
  record: createRecordModule,
  search: createSearchModule,
  query: createQueryModule,
  runtime: createRuntimeModule,
  cache: createCacheModule,
  config: createConfigModule,
  log: createLogModule,
  error: createErrorModule,
  task: createTaskModule,
  file: createFileModule,
  email: createEmailModule,
  format: createFormatModule,
  url: createUrlModule,
  http: createHttpModule,
} satisfies Record<string, (execution: Execution) => object>;

export type Modules = { [Name in keyof typeof MODULE_FACTORIES]: ReturnType<(typeof MODULE_FACTORIES)[Name]> };

/**
 * Every emulated module of an execution, each built when first read (the simulator asks for one per lead). The
 * modules are own enumerable properties (a host may spread them); their lazy getters are made once, not per call.
 */
export function buildModules(execution: Execution): Modules {
  return new LazyModules(execution) as unknown as Modules;
}

class LazyModules {
  readonly #execution: Execution;

  constructor(execution: Execution) {
    this.#execution = execution;
    Object.defineProperties(this, LazyModules.#properties);
  }

  #build(name: keyof Modules): object {
    const built = MODULE_FACTORIES[name](this.#execution);
    Object.defineProperty(this, name, { value: built, enumerable: true, writable: true, configurable: true });
    return built;
  }

  static readonly #properties: PropertyDescriptorMap = Object.fromEntries(
    (Object.keys(MODULE_FACTORIES) as (keyof Modules)[]).map((name) => [
      name,
      {
        enumerable: true,
        configurable: true,
        get(this: LazyModules) {
          return this.#build(name);
        },
      },
    ]),
  );
}

/**
 * The modules a script's define asks for, by AMD id (`N/record`). A user event execution runs for every lead saved,
 * its define asks for every module the script imports, and most of their functions are never called: so a module is
 * built when the script first reads from it, and a function is guarded only where a guard can matter (see #read).
 */
export class ModuleSet implements ScriptEnvironment {
  private readonly guarded = new Map<string, object>();

  constructor(private readonly execution: Execution) {}

  factoryPhase(running: boolean): void {
    this.execution.inFactory = running;
  }

  module(id: string): object {
    const existing = this.guarded.get(id);
    if (existing) return existing;
    const guarded = GuardedModule.of(emulatedName(id), this.execution);
    this.guarded.set(id, guarded);
    return guarded;
  }
}

/** Module names by AMD id, checked once per id (every execution's define asks for the same ids). */
const namesById = new Map<string, keyof Modules>();

function emulatedName(id: string): keyof Modules {
  const known = namesById.get(id);
  if (known !== undefined) return known;
  const name = /^N\/(\w+)$/.exec(id)?.[1];
  if (name === undefined || !Object.hasOwn(MODULE_FACTORIES, name)) {
    throw suiteScriptError('EMULATOR_NOT_EMULATED', `Module ${id} is not emulated (emulated: ${Object.keys(MODULE_FACTORIES).map((key) => `N/${key}`).join(', ')})`);
  }
  namesById.set(id, name as keyof Modules);
  return name as keyof Modules;
}

/**
 * The module as the script sees it: a proxy whose functions (not enums and classes, which are capitalised) fail
 * while the define factory runs, as NetSuite fails them. Building the module and a function's guard is the
 * platform's time, not the script's: a script reads `record.load` and the like over and over. Every module shares
 * one set of traps and keeps its state in private fields of the proxy's target, which the script cannot see
 * (the traps read the module itself, and report a plain object's prototype): a define asks for ten modules per
 * execution, and per-module trap closures were a good part of what an execution allocates.
 */
class GuardedModule {
  readonly #name: keyof Modules;
  readonly #execution: Execution;
  #built: object | undefined;
  #guardedFunctions: Map<PropertyKey, unknown> | undefined;

  private constructor(name: keyof Modules, execution: Execution) {
    this.#name = name;
    this.#execution = execution;
  }

  static of(name: keyof Modules, execution: Execution): object {
    return new Proxy(new GuardedModule(name, execution), GuardedModule.#traps);
  }

  #module(): object {
    const execution = this.#execution;
    if (this.#built) return this.#built;
    const create = MODULE_FACTORIES[this.#name];
    this.#built = execution.account.measuresScriptCpu ? execution.platformCall(() => create(execution)) : create(execution);
    return this.#built;
  }

  /**
   * A function is guarded when read while the factory runs (it may be called then) or when its calls are timed; read
   * later without timing, it is the module's own function: the factory has run, and module functions never use `this`.
   */
  #read(property: string | symbol): unknown {
    const known = this.#guardedFunctions?.get(property);
    if (known !== undefined) return known;
    const target = this.#module();
    const value = Reflect.get(target, property, target) as unknown;
    const execution = this.#execution;
    const guarded =
      (execution.inFactory || execution.account.measuresScriptCpu) &&
      typeof value === 'function' &&
      typeof property === 'string' &&
      !/^[A-Z]/.test(property) &&
      Object.prototype.propertyIsEnumerable.call(target, property);
    if (!guarded) return value;
    const made = execution.platformCall(() => guard(execution, target, value as (...callArgs: unknown[]) => unknown));
    (this.#guardedFunctions ??= new Map()).set(property, made);
    return made;
  }

  static readonly #traps: ProxyHandler<GuardedModule> = {
    get: (standIn, property) => standIn.#read(property),
    set: (standIn, property, value) => Reflect.set(standIn.#module(), property, value),
    has: (standIn, property) => property in standIn.#module(),
    ownKeys: (standIn) => Reflect.ownKeys(standIn.#module()),
    getOwnPropertyDescriptor(standIn, property) {
      const descriptor = Reflect.getOwnPropertyDescriptor(standIn.#module(), property);
      // A proxy may not report a property its stand-in lacks as fixed.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Object.prototype,
  };
}

/** A module function that fails while the define factory runs; keeps what hangs on the function (runSuiteQL.promise). */
function guard(execution: Execution, target: object, value: (...callArgs: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return Object.assign((...args: unknown[]) => {
    if (execution.inFactory) {
      throw suiteScriptError('EMULATOR_API_UNAVAILABLE_IN_DEFINE', 'All SuiteScript API Modules are unavailable while executing your define callback.');
    }
    return execution.call(target, value, args);
  }, value);
}
