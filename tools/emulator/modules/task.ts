/**
 * N/task for scheduled and map/reduce scripts: submit() queues a task the host drains (emulator.tasks,
 * emulator.drainTasks). As in NetSuite, a deployment must be deployed and Not Scheduled to be submitted, and a
 * deployment with an unfinished task (waiting, or running now) cannot be submitted again
 * (ScheduledScriptTask.submit / MapReduceScriptTask.submit); without a deployment id the first free deployment is
 * taken. A running script may resubmit its own deployment: the task waits for the current run to end and submit()
 * returns no id (Help says so for map/reduce; the scheduled page is read the same way). Task params become the
 * queued run's parameter values.
 */
import type { QueuedTask } from '../account';
import { missingArgument, notEmulated, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import type { DeploymentDef, ScriptType } from '../schema/model';
import { requiredString } from './options';

const TASK_TYPES = Object.freeze({
  SCHEDULED_SCRIPT: 'SCHEDULED_SCRIPT',
  MAP_REDUCE: 'MAP_REDUCE',
  CSV_IMPORT: 'CSV_IMPORT',
  ENTITY_DEDUPLICATION: 'ENTITY_DEDUPLICATION',
  WORKFLOW_TRIGGER: 'WORKFLOW_TRIGGER',
  SEARCH: 'SEARCH',
  QUERY: 'QUERY',
  SUITE_QL: 'SUITEQL',
  RECORD_ACTION: 'RECORD_ACTION',
  PIVOT: 'PIVOT',
});
const TASK_STATUS = Object.freeze({ PENDING: 'PENDING', PROCESSING: 'PROCESSING', COMPLETE: 'COMPLETE', FAILED: 'FAILED' });
interface TaskKind {
  scriptType: ScriptType;
  prefix: string;
  api: 'ScheduledScriptTask.submit' | 'MapReduceScriptTask.submit';
}

const SCRIPT_TASKS: Readonly<Record<string, TaskKind>> = {
  SCHEDULED_SCRIPT: { scriptType: 'ScheduledScript', prefix: 'SCHEDSCRIPT', api: 'ScheduledScriptTask.submit' },
  MAP_REDUCE: { scriptType: 'MapReduceScript', prefix: 'MAPREDUCETASK', api: 'MapReduceScriptTask.submit' },
};

function cannotSubmit(reason: string): Error {
  return suiteScriptError('FAILED_TO_SUBMIT_JOB_REQUEST_1', `Failed to submit job request: ${reason}`);
}

export function createTaskModule(execution: Execution) {
  const { account } = execution;

  function waiting(deployment: DeploymentDef): boolean {
    return account.tasks.some((task) => task.deploymentId === deployment.scriptId && task.status === 'PENDING');
  }

  function running(deployment: DeploymentDef): boolean {
    return account.runningDeployments.has(deployment.scriptId);
  }

  function submit(task: { taskType: string; scriptId?: unknown; deploymentId?: unknown; params?: unknown }): string | null {
    const kind = SCRIPT_TASKS[task.taskType];
    if (!kind) throw notEmulated(`task type ${task.taskType}`);
    if (task.scriptId === undefined || task.scriptId === null || task.scriptId === '') throw missingArgument('scriptId');
    execution.meter.charge(kind.api);
    const script = account.schema.script(String(task.scriptId));
    if (!script || script.scriptType !== kind.scriptType) throw cannotSubmit(`${String(task.scriptId)} is not a ${kind.scriptType} of the account`);
    const wanted = task.deploymentId ? String(task.deploymentId).toLowerCase() : undefined;
    const candidates = script.deployments.filter(
      (deployment) => (wanted === undefined || deployment.scriptId === wanted) && deployment.isDeployed && deployment.status.toUpperCase() === 'NOTSCHEDULED',
    );
    if (wanted !== undefined && candidates.length === 0) throw cannotSubmit(`deployment ${wanted} does not exist, is not deployed, or is not Not Scheduled`);
    const isSubmitter = (deployment: DeploymentDef) => execution.scriptId === script.scriptId && execution.deploymentId === deployment.scriptId;
    const deployment = candidates.find((candidate) => !waiting(candidate) && (!running(candidate) || isSubmitter(candidate)));
    if (!deployment) {
      if (wanted === undefined) throw suiteScriptError('NO_DEPLOYMENTS_AVAILABLE', `No deployments available for ${script.scriptId}.`);
      if (kind.scriptType === 'MapReduceScript') throw suiteScriptError('MAP_REDUCE_ALREADY_RUNNING', `Map/reduce deployment ${wanted} is already submitted and not finished.`);
      throw cannotSubmit(`deployment ${wanted} is already submitted and not finished`);
    }
    const deferred = running(deployment);
    const queued: QueuedTask = {
      id: `${kind.prefix}_${String(account.tasks.length + 1).padStart(6, '0')}`,
      taskType: task.taskType as QueuedTask['taskType'],
      scriptId: script.scriptId,
      deploymentId: deployment.scriptId,
      params: structuredClone((task.params ?? {}) as Record<string, unknown>),
      status: 'PENDING',
      submittedBy: execution.scriptId,
    };
    account.tasks.push(queued);
    // NetSuite returns no task id when a script resubmits itself.
    return deferred ? null : queued.id;
  }

  return {
    TaskType: TASK_TYPES,
    TaskStatus: TASK_STATUS,
    create(options: Record<string, unknown>) {
      const taskType = requiredString(options, 'taskType');
      const task = { taskType, scriptId: options.scriptId, deploymentId: options.deploymentId, params: options.params };
      return Object.assign(task, { submit: () => submit(task) });
    },
    checkStatus(options: Record<string, unknown>) {
      const taskId = requiredString(options, 'taskId');
      const task = account.tasks.find((candidate) => candidate.id === taskId);
      if (!task) throw suiteScriptError('EMULATOR_UNKNOWN_TASK', `No task ${taskId} was submitted.`);
      return { taskId: task.id, status: task.status, scriptId: task.scriptId, deploymentId: task.deploymentId };
    },
  };
}
