/** Queueing the sweep's continuation on its on-demand deployment (N/task, 20 units). */
import log from 'N/log';
import task from 'N/task';
import { DEPLOYMENT, PARAM, SCRIPT } from '../ids';

/**
 * Submits the on-demand deployment with the cursor; false (logged) when NetSuite refuses, e.g. because that
 * deployment is already queued: the queued copy, or the next 15-minute run, then carries on.
 *
 * @example
 * queueSweepContinuation(1200); // true
 */
export function queueSweepContinuation(after: number): boolean {
  try {
    task
      .create({
        taskType: task.TaskType.SCHEDULED_SCRIPT,
        scriptId: SCRIPT.ssSweep,
        deploymentId: DEPLOYMENT.ssSweepOnDemand,
        params: { [PARAM.sweepAfter]: after },
      })
      .submit();
    return true;
  } catch (error) {
    log.error({ title: 'Sweep continuation not queued', details: `${String((error as Error)?.message ?? error)} — the next scheduled sweep carries on.` });
    return false;
  }
}
