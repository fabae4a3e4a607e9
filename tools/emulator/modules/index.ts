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

/** Every emulated module of an execution. */
export function buildModules(execution: Execution): Modules {
  const entries = Object.entries(MODULE_FACTORIES).map(([name, create]) => [name, create(execution)]);
  return Object.fromEntries(entries) as Modules;
}

/**
 * The modules a script's define asks for, by AMD id (`N/record`). Each is made when first asked for: a user event
 * execution runs for every lead saved, and most of its modules' functions are never called.
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
    const guarded = guardFactoryPhase(MODULE_FACTORIES[name as keyof Modules](this.execution), this.execution);
    this.guarded.set(id, guarded);
    return guarded;
  }
}

function guardFactoryPhase<T extends object>(module: T, execution: Execution): T {
  // Every function made when the script's define asks for the module, before its entry point runs: a script reads
  // `record.load` and the like over and over, and the emulator's work there would count as the script's CPU.
  const guardedFunctions = new Map<PropertyKey, unknown>();
  for (const property of Object.keys(module)) {
    const value = (module as Record<string, unknown>)[property];
    // Enums and classes (capitalised) stay readable; only calls are refused.
    if (typeof value !== 'function' || /^[A-Z]/.test(property)) continue;
    const guarded = (...args: unknown[]) => {
      if (execution.inFactory) {
        throw suiteScriptError('EMULATOR_API_UNAVAILABLE_IN_DEFINE', 'All SuiteScript API Modules are unavailable while executing your define callback.');
      }
      return execution.call(module, value as (...callArgs: unknown[]) => unknown, args);
    };
    // Keeps what hangs on the function (runSuiteQL.promise).
    guardedFunctions.set(property, Object.assign(guarded, value));
  }
  return new Proxy(module, {
    get(target, property, receiver) {
      return guardedFunctions.get(property) ?? Reflect.get(target, property, receiver);
    },
  });
}
