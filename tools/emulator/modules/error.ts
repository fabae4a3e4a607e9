/** N/error: error.create builds the SuiteScriptError scripts throw; error.Type names every code. */
import { missingArgument, SuiteScriptError } from '../errors';
import { identityEnum } from './enumProxy';

export function createErrorModule() {
  return {
    Type: identityEnum(),
    SuiteScriptError,
    create(options: Record<string, unknown>): SuiteScriptError {
      if (typeof options?.name !== 'string' || options.name === '') throw missingArgument('name');
      if (options.message === undefined) throw missingArgument('message');
      return new SuiteScriptError(options.name, String(options.message), {
        notifyOff: options.notifyOff === true,
        cause: options.cause,
      });
    },
  };
}
