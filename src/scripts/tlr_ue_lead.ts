/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ue_lead: routes every new lead before it is saved; commits the member's turns and emails the rep after.
// On edit, marks a lead whose rep someone changed by hand MANUAL.
import type { EntryPoints } from 'N/types';
import { commitRoutedLead, routeNewLead } from '../netsuite/lead/leadRouting';
import { markManualChange } from '../netsuite/lead/manualChange';
import { emailRepAboutNewLead } from '../netsuite/notify/newLeadEmail';
import { routingPaused } from '../netsuite/settings';

const beforeSubmit: EntryPoints.UserEvent.beforeSubmit = (context) => {
  const { type, UserEventType } = context;
  if (type === UserEventType.CREATE && !routingPaused()) routeNewLead(context.newRecord);
  // Marked even while routing is paused: a person's choice is protected from a later realignment either way.
  if ((type === UserEventType.EDIT || type === UserEventType.XEDIT) && context.oldRecord) {
    markManualChange(context.newRecord, context.oldRecord, type === UserEventType.XEDIT);
  }
};

const afterSubmit: EntryPoints.UserEvent.afterSubmit = (context) => {
  if (context.type !== context.UserEventType.CREATE || routingPaused()) return;
  commitRoutedLead(context.newRecord);
  emailRepAboutNewLead(context.newRecord);
};

export default { beforeSubmit, afterSubmit };
