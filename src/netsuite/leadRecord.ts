/** Reading routing facts from a lead record and writing a decision onto it (no extra save). */
import type record from 'N/record';
import type { Decision, LeadFacts } from '../engine';
import { hasSubsidiaries, leadReader } from './features';
import { decisionFieldValues, leadUpdateOf } from './decisionFields';
import { ERROR_STATUS_LABEL, LEAD } from './ids';
import { toLeadFacts, type FieldValue, type LeadAddress, type ListScriptIds } from './mapper';

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

/**
 * Sets salesrep and the custentity_tlr_* fields on the record being saved. 0 units. Without the status list's ids
 * (the plan could not be had) an ERROR is still recorded, by its label, at no cost.
 */
export function writeDecision(lead: record.Record, decision: Decision, statusIds: ListScriptIds | null): void {
  for (const [fieldId, value] of Object.entries(decisionFieldValues(leadUpdateOf('', decision, statusIds)))) lead.setValue({ fieldId, value });
  if (statusIds === null && decision.status === 'ERROR') lead.setText({ fieldId: LEAD.status, text: ERROR_STATUS_LABEL });
}
