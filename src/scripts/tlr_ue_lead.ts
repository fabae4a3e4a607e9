/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ue_lead: routes every new lead before it is saved; commits the member's turns and emails the rep after.
import type { EntryPoints } from 'N/types';
import { commitRoutedLead, routeNewLead } from '../netsuite/lead/leadRouting';
import { emailRepAboutNewLead } from '../netsuite/notify/newLeadEmail';
import { routingPaused } from '../netsuite/settings';

const beforeSubmit: EntryPoints.UserEvent.beforeSubmit = (context) => {
  if (context.type === context.UserEventType.CREATE && !routingPaused()) routeNewLead(context.newRecord);
};

const afterSubmit: EntryPoints.UserEvent.afterSubmit = (context) => {
  if (context.type !== context.UserEventType.CREATE || routingPaused()) return;
  commitRoutedLead(context.newRecord);
  emailRepAboutNewLead(context.newRecord);
};

export default { beforeSubmit, afterSubmit };
