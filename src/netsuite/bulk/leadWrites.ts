/** Writing a decision onto a saved lead with record.submitFields (5 units, the floor of a bulk path per lead). */
import record from 'N/record';
import { decisionFieldValues, type LeadUpdate } from '../decisionFields';
import { RECORD } from '../ids';

/**
 * Sets the sales rep (only when the update has one), the routing fields and any `extra` fields of the same save
 * (Times Reassigned); 5 units. Throws what NetSuite throws.
 *
 * @example
 * writeLeadUpdate(leadUpdateOf('900', decision, lists.status));
 */
export function writeLeadUpdate(update: LeadUpdate, extra: Readonly<Record<string, number | string>> = {}): void {
  record.submitFields({
    type: RECORD.lead,
    id: update.leadId,
    values: { ...decisionFieldValues(update), ...extra },
    options: { enableSourcing: false, ignoreMandatoryFields: true },
  });
}
