/** Moments an account file or the command line names: ISO date-times, read as UTC unless they carry an offset. */

/**
 * The instant an ISO date-time names (`2026-11-27T15:00`, `2026-11-27T10:00:00-05:00`); without an offset it is UTC,
 * never the machine's time zone. Null for anything else.
 *
 * @example
 * atInstant('2026-11-27T15:00'); // 2026-11-27T15:00:00.000Z
 * atInstant('tomorrow'); // null
 */
export function atInstant(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(text)) return null;
  const instant = new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
