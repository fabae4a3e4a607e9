import type { ProblemCode } from '../types';

/**
 * The result of parsing one list entry: its compiled value, or why it is refused. `reason` is written to
 * follow the quoted entry in a message (`"XX" is not an ISO 3166-1 alpha-2 country code`).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; reason: string };
