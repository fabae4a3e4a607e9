/**
 * Fires the user events deployed on a record type when a record is written: each released (or testing),
 * deployed, active user event script whose deployment matches the record type, event type and execution
 * context, in the order the Objects/ folder lists them.
 */
import type { Invocation, UserEventRunner, WriteEvent, WriteTrigger } from './account';
import type { Execution } from './execution';
import { EmulatedRecord } from './modules/recordObject';
import type { DeploymentDef, ScriptDef } from './schema/model';
import type { Schema } from './schema/accountSchema';
import type { ScriptRunner } from './scriptRunner';

const USER_EVENT_TYPES = Object.freeze({
  APPROVE: 'approve',
  CANCEL: 'cancel',
  CHANGEPASSWORD: 'changepassword',
  COPY: 'copy',
  CREATE: 'create',
  DELETE: 'delete',
  DROPSHIP: 'dropship',
  EDIT: 'edit',
  EDITFORECAST: 'editforecast',
  EMAIL: 'email',
  MARKCOMPLETE: 'markcomplete',
  ORDERITEMS: 'orderitems',
  PACK: 'pack',
  PAYBILLS: 'paybills',
  PRINT: 'print',
  QUICKVIEW: 'quickview',
  REASSIGN: 'reassign',
  REJECT: 'reject',
  SAVESUBMIT: 'savesubmit',
  SHIP: 'ship',
  SPECIALORDER: 'specialorder',
  TRANSFORM: 'transform',
  VIEW: 'view',
  XEDIT: 'xedit',
});

const RUNNING_STATUSES = new Set(['RELEASED', 'TESTING']);

interface Deployed {
  script: ScriptDef;
  deployment: DeploymentDef;
}

export class UserEventDispatcher implements UserEventRunner {
  /** Every deployment of an active user event script, by record type, in Objects/ order (scripts never change). */
  private readonly byRecordType = new Map<string, Deployed[]>();

  constructor(
    schema: Schema,
    private readonly runner: ScriptRunner,
  ) {
    for (const script of schema.allScripts()) {
      if (script.scriptType !== 'UserEventScript' || script.isInactive) continue;
      for (const deployment of script.deployments) {
        const deployed = this.byRecordType.get(deployment.recordType ?? '');
        if (deployed) deployed.push({ script, deployment });
        else this.byRecordType.set(deployment.recordType ?? '', [{ script, deployment }]);
      }
    }
  }

  run(entryPoint: 'beforeSubmit' | 'afterSubmit', event: WriteEvent, trigger: WriteTrigger): Invocation[] {
    const invocations: Invocation[] = [];
    for (const { script, deployment } of this.byRecordType.get(event.typeDef.type) ?? []) {
      if (!runsFor(deployment, event, trigger.executionContext)) continue;
      const invocation = this.runner.invoke(
        {
          script,
          deployment,
          entryPoint,
          executionContext: trigger.executionContext,
          eventType: event.eventType,
          recordType: event.typeDef.type,
          recordId: event.newRecord.id === '' ? null : event.newRecord.id,
        },
        (handler, execution) => handler(execution.platformCall(() => this.context(execution, entryPoint, event))),
      );
      if (invocation) invocations.push(invocation);
    }
    return invocations;
  }

  /**
   * beforeSubmit gets the live record being written (its changes stick); afterSubmit what was saved, and both the
   * record as it was, each copied when the script first changes it (its changes never stick).
   */
  private context(execution: Execution, entryPoint: 'beforeSubmit' | 'afterSubmit', event: WriteEvent) {
    const live = entryPoint === 'beforeSubmit';
    // An inline edit's newRecord holds only the changed fields in both entry points; only beforeSubmit's changes stick.
    const xedit = event.xeditFields ? { xeditFields: live ? event.xeditFields : new Set(event.xeditFields) } : {};
    return {
      type: event.eventType,
      UserEventType: USER_EVENT_TYPES,
      newRecord: execution.timed(new EmulatedRecord(execution, event.typeDef, event.newRecord, { ...xedit, shared: !live })),
      oldRecord: event.oldRecord ? execution.timed(new EmulatedRecord(execution, event.typeDef, event.oldRecord, { shared: true })) : null,
    };
  }
}

function runsFor(deployment: DeploymentDef, event: WriteEvent, executionContext: string): boolean {
  return (
    deployment.isDeployed &&
    RUNNING_STATUSES.has(deployment.status.toUpperCase()) &&
    (deployment.eventType === undefined || deployment.eventType === event.eventType) &&
    (deployment.executionContexts === undefined || deployment.executionContexts.includes(executionContext))
  );
}
