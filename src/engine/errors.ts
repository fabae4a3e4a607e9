/**
 * The engine's errors: Errors with a stable `code`, so the script edge can record them as an ERROR outcome.
 * Made by functions, not classes: NetSuite runs a script's whole file on every execution, so a class there is built
 * again for every lead (in V8, its fresh prototype also keeps that execution's objects alive through later
 * young-generation collections), while these cost nothing until one is thrown.
 */

/** An error the engine raises on purpose, identified by a stable `code`. */
export interface RoutingError extends Error {
  readonly code: string;
}

const ROUTING_ERROR = 'RoutingError';
/** A cached plan's text is not a plan this version can read (N/cache held something else or older). */
const PLAN_FORMAT_ERROR = 'PlanFormatError';

/** @example throw routingError('GOVERNANCE_LOW', 'only 12 governance units left; 40 needed'); */
export function routingError(code: string, message: string): RoutingError {
  return namedError(ROUTING_ERROR, code, message);
}

/** @example throw planFormatError('The cached routing plan is malformed at item 3: expected an array.'); */
export function planFormatError(message: string): RoutingError {
  return namedError(PLAN_FORMAT_ERROR, 'MALFORMED_PLAN', message);
}

/** Whether the engine raised `error` on purpose (routingError or planFormatError). */
export function isRoutingError(error: unknown): error is RoutingError {
  return error instanceof Error && (error.name === ROUTING_ERROR || error.name === PLAN_FORMAT_ERROR) && typeof (error as Partial<RoutingError>).code === 'string';
}

/** Whether `error` says a cached plan is unreadable (planFormatError). */
export function isPlanFormatError(error: unknown): error is RoutingError {
  return isRoutingError(error) && error.name === PLAN_FORMAT_ERROR;
}

function namedError(name: string, code: string, message: string): RoutingError {
  const error = new Error(message) as Error & { code: string };
  error.name = name;
  error.code = code;
  return error;
}
