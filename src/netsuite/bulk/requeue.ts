/** Queueing a scheduled job's continuation on its on-demand deployment, with its cursor (N/task, 20 units). */
import log from 'N/log';
import task from 'N/task';
import { DEPLOYMENT, PARAM, SCRIPT } from '../ids';

/** Where a job's continuation runs and which parameter carries its cursor. */
export interface Continuation {
  scriptId: string;
  deploymentId: string;
  cursorParameter: string;
  /** The job as the log names it ("Sweep"). */
  name: string;
}

const SWEEP: Continuation = { scriptId: SCRIPT.ssSweep, deploymentId: DEPLOYMENT.ssSweepOnDemand, cursorParameter: PARAM.sweepAfter, name: 'Sweep' };

/**
 * Submits the on-demand deployment with the cursor; false (logged) when NetSuite refuses, e.g. because that
 * deployment is already queued: the queued copy, or the next 15-minute run, then carries on.
 *
 * @example
 * queueContinuation(SLA_CONTINUATION, 1200); // true
 */
export function queueContinuation(continuation: Continuation, after: number): boolean {
  try {
    task
      .create({
        taskType: task.TaskType.SCHEDULED_SCRIPT,
        scriptId: continuation.scriptId,
        deploymentId: continuation.deploymentId,
        params: { [continuation.cursorParameter]: after },
      })
      .submit();
    return true;
  } catch (error) {
    log.error({
      title: `${continuation.name} continuation not queued`,
      details: `${String((error as Error)?.message ?? error)} — the next scheduled run carries on.`,
    });
    return false;
  }
}

/** The sweep's continuation. @example queueSweepContinuation(1200); // true */
export function queueSweepContinuation(after: number): boolean {
  return queueContinuation(SWEEP, after);
}
