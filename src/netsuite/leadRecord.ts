/** Reading routing facts from a lead record and writing a decision onto it (no extra save). */
import type record from 'N/record';
import type { Decision, LeadFacts } from '../engine';
import { hasSubsidiaries, leadReader } from './features';
import { ERROR_STATUS_LABEL, LEAD, STATUS_VALUE } from './ids';
import { toLeadFacts, type FieldValue, type LeadAddress, type ListScriptIds } from './mapper';

/** NetSuite's TEXTAREA holds up to 4,000 characters. */
export const REASON_LIMIT = 4000;

/** The default billing address, else the first one (SPEC §3.1). */
export function routingAddress(lead: record.Record): LeadAddress | null {
  const lines = lead.getLineCount({ sublistId: LEAD.addressBook });
  if (lines <= 0) return null;
  let line = 0;
  for (let index = 0; index < lines; index += 1) {
    if (lead.getSublistValue({ sublistId: LEAD.addressBook, fieldId: LEAD.defaultBilling, line: index }) === true) {
      line = index;
      break;
    }
  }
  const address = lead.getSublistSubrecord({ sublistId: LEAD.addressBook, fieldId: LEAD.address, line });
  return {
    country: address.getValue({ fieldId: LEAD.country }) as FieldValue,
    state: address.getValue({ fieldId: LEAD.state }) as FieldValue,
    zip: address.getValue({ fieldId: LEAD.zip }) as FieldValue,
  };
}

/** The lead's routing facts (SPEC §3.1); its subsidiary only in a OneWorld account. 0 units. */
export function readLeadFacts(lead: record.Record): LeadFacts {
  const id = lead.id ? String(lead.id) : null;
  const read = leadReader((fieldId) => lead.getValue({ fieldId }) as FieldValue, hasSubsidiaries());
  return toLeadFacts(id, read, routingAddress(lead));
}

/** Internal id of a status list value, by engine status. */
export function statusValueId(status: Decision['status'], statusIds: ListScriptIds): string {
  const wanted = STATUS_VALUE[status];
  const found = Object.keys(statusIds).find((id) => statusIds[id] === wanted);
  if (!found) throw new Error(`customlist_tlr_status has no value ${wanted}`);
  return found;
}

/**
 * Sets salesrep and the custentity_tlr_* fields. 0 units. A decision without a rep never clears one, except
 * ERROR, which carries the rep as entered so that anything written before the failure is put back.
 */
export function writeDecision(lead: record.Record, decision: Decision, statusIds: ListScriptIds | null): void {
  if (decision.repId !== null || decision.status === 'ERROR') {
    lead.setValue({ fieldId: LEAD.salesRep, value: decision.repId ?? '' });
  }
  if (statusIds) lead.setValue({ fieldId: LEAD.status, value: statusValueId(decision.status, statusIds) });
  // Without the list ids (the plan could not be had) an ERROR is still recorded, by its label, at no cost.
  else if (decision.status === 'ERROR') lead.setText({ fieldId: LEAD.status, text: ERROR_STATUS_LABEL });
  lead.setValue({ fieldId: LEAD.reason, value: decision.reason.slice(0, REASON_LIMIT) });
  lead.setValue({ fieldId: LEAD.routedAt, value: new Date(decision.decidedAt) });
  lead.setValue({ fieldId: LEAD.territory, value: decision.territoryId ?? '' });
}
