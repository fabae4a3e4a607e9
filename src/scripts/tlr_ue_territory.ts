/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ue_territory: refuses invalid territory and member data; drops the cached plan after a change.
import type { EntryPoints } from 'N/types';
import { isCounterUpdate, refuseInvalidData, savedValues, territoriesChanged } from '../netsuite/territoryGuard';

const beforeSubmit: EntryPoints.UserEvent.beforeSubmit = (context) => {
  const inlineEdit = context.type === context.UserEventType.XEDIT;
  const { newRecord, oldRecord } = context;
  if (context.type === context.UserEventType.DELETE || isCounterUpdate(newRecord, oldRecord, inlineEdit)) return;
  refuseInvalidData(newRecord.type, String(newRecord.id ?? ''), savedValues(newRecord, oldRecord, inlineEdit));
};

const afterSubmit: EntryPoints.UserEvent.afterSubmit = (context) => {
  if (isCounterUpdate(context.newRecord, context.oldRecord, context.type === context.UserEventType.XEDIT)) return;
  territoriesChanged();
};

export default { beforeSubmit, afterSubmit };
