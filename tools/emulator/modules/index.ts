/**
 * The N modules of one execution, by AMD id. Script-facing module objects are guarded: while the script's define
 * factory runs, calling any of their functions fails as NetSuite fails it.
 */
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

/** Every emulated module of an execution, each built when first read (the simulator asks for one per lead). */
export function buildModules(execution: Execution): Modules {
  const modules = {};
  for (const [name, create] of Object.entries(MODULE_FACTORIES)) {
    Object.defineProperty(modules, name, {
      enumerable: true,
      configurable: true,
      get() {
        const built = create(execution);
        Object.defineProperty(modules, name, { value: built, enumerable: true, writable: true, configurable: true });
        return built;
      },
    });
  }
  return modules as Modules;
}

/**
 * The modules a script's define asks for, by AMD id (`N/record`). A user event execution runs for every lead saved,
 * its define asks for every module the script imports, and most of their functions are never called: so a module is
 * built when the script first reads from it, and each of its functions is guarded when first read.
 */
export class ModuleSet {
  private readonly guarded = new Map<string, object>();

  constructor(private readonly execution: Execution) {}

  get(id: string): object {
    const existing = this.guarded.get(id);
    if (existing) return existing;
    const name = /^N\/(\w+)$/.exec(id)?.[1];
    if (name === undefined || !Object.hasOwn(MODULE_FACTORIES, name)) {
      throw suiteScriptError('EMULATOR_NOT_EMULATED', `Module ${id} is not emulated (emulated: ${Object.keys(MODULE_FACTORIES).map((key) => `N/${key}`).join(', ')})`);
    }
    const guarded = guardFactoryPhase(() => MODULE_FACTORIES[name as keyof Modules](this.execution), this.execution);
    this.guarded.set(id, guarded);
    return guarded;
  }
}

/**
 * The module as the script sees it: its functions (not enums and classes, which are capitalised) fail while the
 * define factory runs, as NetSuite fails them. Building the module and a function's guard is the platform's time,
 * not the script's: a script reads `record.load` and the like over and over.
 */
function guardFactoryPhase(build: () => object, execution: Execution): object {
  let built: object | undefined;
  const module = (): object => (built ??= execution.platformCall(build));
  const guardedFunctions = new Map<PropertyKey, unknown>();
  const guard = (target: object, property: string, value: (...callArgs: unknown[]) => unknown) =>
    // Keeps what hangs on the function (runSuiteQL.promise).
    Object.assign((...args: unknown[]) => {
      if (execution.inFactory) {
        throw suiteScriptError('EMULATOR_API_UNAVAILABLE_IN_DEFINE', 'All SuiteScript API Modules are unavailable while executing your define callback.');
      }
      return execution.call(target, value, args);
    }, value);
  // The target only stands in for the module until it is built: every trap reads the module itself.
  return new Proxy(
    {},
    {
      get(_standIn, property) {
        const known = guardedFunctions.get(property);
        if (known !== undefined) return known;
        const target = module();
        const value = Reflect.get(target, property, target) as unknown;
        const guarded = typeof value === 'function' && typeof property === 'string' && !/^[A-Z]/.test(property) && Object.prototype.propertyIsEnumerable.call(target, property);
        if (!guarded) return value;
        const made = execution.platformCall(() => guard(target, property, value as (...callArgs: unknown[]) => unknown));
        guardedFunctions.set(property, made);
        return made;
      },
      set: (_standIn, property, value) => Reflect.set(module(), property, value),
      has: (_standIn, property) => property in module(),
      ownKeys: () => Reflect.ownKeys(module()),
      getOwnPropertyDescriptor(_standIn, property) {
        const descriptor = Reflect.getOwnPropertyDescriptor(module(), property);
        // A proxy may not report a property its stand-in lacks as fixed.
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}
