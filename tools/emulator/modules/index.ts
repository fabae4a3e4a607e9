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

/** Every emulated module of an execution. */
export function buildModules(execution: Execution) {
  return {
    record: createRecordModule(execution),
    search: createSearchModule(execution),
    query: createQueryModule(execution),
    runtime: createRuntimeModule(execution),
    cache: createCacheModule(execution),
    config: createConfigModule(execution),
    log: createLogModule(execution),
    error: createErrorModule(),
    task: createTaskModule(execution),
    file: createFileModule(execution),
    email: createEmailModule(execution),
    format: createFormatModule(),
    url: createUrlModule(),
    http: createHttpModule(),
  };
}

export type Modules = ReturnType<typeof buildModules>;

/** The modules a script's define asks for, by AMD id (`N/record`). */
export class ModuleSet {
  private readonly modules: Modules;
  private readonly guarded = new Map<string, object>();

  constructor(private readonly execution: Execution) {
    this.modules = buildModules(execution);
  }

  get(id: string): object {
    const existing = this.guarded.get(id);
    if (existing) return existing;
    const name = /^N\/(\w+)$/.exec(id)?.[1];
    const module = name !== undefined && Object.hasOwn(this.modules, name) ? this.modules[name as keyof Modules] : undefined;
    if (!module) throw suiteScriptError('EMULATOR_NOT_EMULATED', `Module ${id} is not emulated (emulated: ${Object.keys(this.modules).map((key) => `N/${key}`).join(', ')})`);
    const guarded = guardFactoryPhase(module, this.execution);
    this.guarded.set(id, guarded);
    return guarded;
  }
}

function guardFactoryPhase<T extends object>(module: T, execution: Execution): T {
  return new Proxy(module, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      // Enums and classes (capitalised) stay readable; only calls are refused.
      if (typeof value !== 'function' || /^[A-Z]/.test(String(property))) return value;
      const guarded = (...args: unknown[]) => {
        if (execution.inFactory) {
          throw suiteScriptError('EMULATOR_API_UNAVAILABLE_IN_DEFINE', 'All SuiteScript API Modules are unavailable while executing your define callback.');
        }
        return execution.timed(execution.platformCall(() => (value as (...callArgs: unknown[]) => unknown).apply(target, args)));
      };
      // Keeps what hangs on the function (runSuiteQL.promise).
      return Object.assign(guarded, value);
    },
  });
}
