/**
 * How a scheduled job that re-queues itself (the sweep, the response-time check) ends a run, whatever stopped it:
 * commit the member states once, send the reps' digests, release the run lock, and queue the continuation when
 * governance stopped a run that made progress.
 */
import type { BatchRouter } from '../../engine/batch';
import type { RepDigest } from '../notify/repDigest';
import { commitMemberChanges } from './memberCommit';
import { afterCommitUnits } from './sweepBudget';

/** Why a pass ended: no lead left, governance, another copy took the lock, or an unexpected error. */
export type Stop = 'done' | 'budget' | 'lock lost' | 'error';

/** The part of a run's report the finish fills in. */
export interface FinishedRun {
  /** The last lead handled (the continuation's cursor). */
  after: number;
  membersCommitted: number;
  repsEmailed: number;
  /** done: no lead left; continued: stopped for governance and queued itself; stopped: ended early without queueing; skipped: never started. */
  outcome: 'done' | 'continued' | 'stopped' | 'skipped';
}

export interface RunEnd {
  /** null when the run failed before it had them. */
  router: BatchRouter | null;
  digest: RepDigest | null;
  stop: Stop;
  /** The cursor the run started after. */
  startedAfter: number;
  releaseLock(): void;
  queueContinuation(after: number): boolean;
}

/**
 * Fills in `report`'s members, emails and outcome.
 *
 * @example
 * finishRun({ router, digest, stop: 'budget', startedAfter: 0, releaseLock, queueContinuation }, report); // report.outcome: 'continued'
 */
export function finishRun(end: RunEnd, report: FinishedRun): void {
  const keepUnits = afterCommitUnits(end.digest?.unitsToSend() ?? 0);
  report.membersCommitted = end.router === null ? 0 : commitMemberChanges(end.router.memberChanges(), new Map(), keepUnits);
  report.repsEmailed = end.digest === null ? 0 : end.digest.send();
  end.releaseLock();
  // A run that could not handle a single lead would only queue another that cannot either.
  const requeued = end.stop === 'budget' && report.after > end.startedAfter && end.queueContinuation(report.after);
  report.outcome = end.stop === 'done' ? 'done' : requeued ? 'continued' : 'stopped';
}
