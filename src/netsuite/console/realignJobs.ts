/** Starting the realignment from the console (N/task, 20 units) and reading its job's state (checkStatus, 0). */
import task from 'N/task';
import { DEPLOYMENT, PARAM, SCRIPT } from '../ids';
import type { RealignMode } from '../bulk/realignParameters';

export interface JobState {
  taskId: string;
  /** PENDING, PROCESSING, COMPLETE or FAILED. */
  status: string;
  /** The map/reduce stage running, when NetSuite says. */
  stage: string | null;
}

/**
 * Submits the on-demand deployment with the mode as its parameter; NetSuite refuses while a run is unfinished.
 *
 * @example
 * submitRealign('PREVIEW'); // 'MAPREDUCETASK_000001'
 */
export function submitRealign(mode: RealignMode): string {
  const job = task.create({ taskType: task.TaskType.MAP_REDUCE, scriptId: SCRIPT.mrRealign, deploymentId: DEPLOYMENT.mrRealign, params: { [PARAM.mode]: mode } });
  return String(job.submit());
}

/** @example realignJobState('MAPREDUCETASK_000001'); // { taskId: 'MAPREDUCETASK_000001', status: 'COMPLETE', stage: null } — null for an unknown id */
export function realignJobState(taskId: string): JobState | null {
  try {
    const state = task.checkStatus({ taskId }) as unknown as { status: string; stage?: string | null };
    return { taskId, status: String(state.status), stage: state.stage ? String(state.stage) : null };
  } catch {
    return null;
  }
}
