/** Starting the console's background jobs (N/task, 20 units) and reading a job's state (checkStatus, 0). */
import error from 'N/error';
import task from 'N/task';
import type { ExportRequest } from '../../console/export/exportInput';
import { DEPLOYMENT, LIST, MODE_VALUE, PARAM, SCRIPT } from '../ids';
import type { RealignMode } from '../bulk/realignParameters';
import { loadListIds } from '../planCache';

export interface JobState {
  taskId: string;
  /** PENDING, PROCESSING, COMPLETE or FAILED. */
  status: string;
  /** The map/reduce stage running, when NetSuite says. */
  stage: string | null;
}

/** The account's internal id of the Mode list value for `mode` (one read of the list, 10 units). */
function modeValueId(mode: RealignMode): string {
  const wanted = MODE_VALUE[mode];
  const found = Object.entries(loadListIds(LIST.mode)).find(([, scriptId]) => scriptId === wanted);
  if (!found) throw error.create({ name: 'TLR_MODE_VALUE_MISSING', message: `the list ${LIST.mode} has no value ${wanted}; redeploy Territory Lead Routing`, notifyOff: true });
  return found[0];
}

/**
 * Submits the realignment's on-demand deployment with Mode set to the list value of `mode`; NetSuite refuses while a
 * run is unfinished. 30 units: the mode list (10) and the submit (20).
 *
 * @example
 * submitRealign('PREVIEW'); // 'MAPREDUCETASK_000001'
 */
export function submitRealign(mode: RealignMode): string {
  const params = { [PARAM.mode]: modeValueId(mode) };
  const job = task.create({ taskType: task.TaskType.MAP_REDUCE, scriptId: SCRIPT.mrRealign, deploymentId: DEPLOYMENT.mrRealign, params });
  return String(job.submit());
}

/**
 * Submits the account export's deployment with what to export; NetSuite refuses while an export is queued or running.
 *
 * @example
 * submitExport({ days: 90, anonymize: false }); // 'SCHEDSCRIPT_000001'
 */
export function submitExport(request: ExportRequest): string {
  const params = { [PARAM.exportDays]: request.days, [PARAM.exportAnonymize]: request.anonymize };
  const job = task.create({ taskType: task.TaskType.SCHEDULED_SCRIPT, scriptId: SCRIPT.ssExport, deploymentId: DEPLOYMENT.ssExport, params });
  return String(job.submit());
}

/** @example jobState('MAPREDUCETASK_000001'); // { taskId: 'MAPREDUCETASK_000001', status: 'COMPLETE', stage: null } — null for an unknown id */
export function jobState(taskId: string): JobState | null {
  try {
    const state = task.checkStatus({ taskId }) as unknown as { status: string; stage?: string | null };
    return { taskId, status: String(state.status), stage: state.stage ? String(state.stage) : null };
  } catch {
    return null;
  }
}
