import type { Decision } from '../types';

/** What a routing step decided, before the reason is rendered and the trace attached. */
export type Verdict = Pick<Decision, 'status' | 'repId' | 'territoryId' | 'memberUpdate'>;

/** A routing step's part of the trace, and its verdict when the step decided. */
export interface StepResult<T> {
  trace: T;
  verdict: Verdict | null;
}
