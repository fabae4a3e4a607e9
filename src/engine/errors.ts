/**
 * The engine's errors: one base class with a stable `code`, so the script edge can record it as an ERROR outcome.
 */

/** An error the engine raises on purpose, identified by a stable `code`. */
export class RoutingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A cached plan's text is not a plan this version can read (N/cache held something else or older). */
export class PlanFormatError extends RoutingError {
  constructor(message: string) {
    super('MALFORMED_PLAN', message);
  }
}
