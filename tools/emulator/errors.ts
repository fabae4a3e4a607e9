/**
 * SuiteScript errors as NetSuite raises them: an object with `name` (the code), `message`, `id`, `type`,
 * `notifyOff` and `cause`. Every emulated API failure goes through `suiteScriptError` so callers can match on
 * `error.name` exactly as they would in NetSuite.
 */

let nextErrorId = 1;

export class SuiteScriptError extends Error {
  readonly type = 'error.SuiteScriptError';
  readonly id: string;
  readonly notifyOff: boolean;
  override readonly cause: unknown;
  readonly userFacing = true;

  constructor(name: string, message: string, options: { notifyOff?: boolean; cause?: unknown } = {}) {
    super(message);
    this.name = name;
    this.id = `emu${nextErrorId++}`;
    this.notifyOff = options.notifyOff ?? false;
    this.cause = options.cause;
  }

  /** NetSuite logs errors as JSON with these keys. */
  toJSON(): Record<string, unknown> {
    return { type: this.type, name: this.name, message: this.message, id: this.id, notifyOff: this.notifyOff };
  }
}

export function suiteScriptError(name: string, message: string): SuiteScriptError {
  return new SuiteScriptError(name, message);
}

/** Raised for API use the emulator deliberately does not model, so a script never silently gets wrong answers. */
export function notEmulated(what: string): SuiteScriptError {
  return new SuiteScriptError('EMULATOR_NOT_EMULATED', `${what} is not emulated; extend tools/emulator if a script needs it`);
}

/** Bad host input (seed data, fixtures): names the record and field so the account file can be fixed. */
export class HostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostInputError';
  }
}

export function missingArgument(argument: string): SuiteScriptError {
  return suiteScriptError('SSS_MISSING_REQD_ARGUMENT', `Missing a required argument: ${argument}`);
}
