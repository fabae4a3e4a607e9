/**
 * Writing a decision onto a saved lead with record.submitFields (5 units, the floor of a bulk path per lead).
 * Plain data in between, so the realignment can decide in one stage and write in another.
 */
import record from 'N/record';
import type { Decision } from '../../engine';
import { LEAD, RECORD } from '../ids';
import { REASON_LIMIT, statusValueId } from '../leadRecord';
import type { ListScriptIds } from '../mapper';

/** What is written on a lead: JSON-serialisable, carried from the realignment's input stage to its map stage. */
export interface LeadUpdate {
  leadId: string;
  /** null: the decision sets no rep, and the lead's rep is left as it is (routing never clears one). */
  repId: string | null;
  /** Internal id of the `customlist_tlr_status` value. */
  statusId: string;
  reason: string;
  decidedAt: string;
  territoryId: string | null;
}

/** @example leadUpdateOf('900', decision, lists.status) // → { leadId: '900', repId: '7', statusId: '1', reason: 'Routed to …', … } */
export function leadUpdateOf(leadId: string, decision: Decision, statusIds: ListScriptIds): LeadUpdate {
  return {
    leadId,
    repId: decision.repId,
    statusId: statusValueId(decision.status, statusIds),
    reason: decision.reason.slice(0, REASON_LIMIT),
    decidedAt: decision.decidedAt,
    territoryId: decision.territoryId,
  };
}

/**
 * Sets the sales rep (only when the update has one) and the routing fields; 5 units. Throws what NetSuite throws.
 *
 * @example
 * writeLeadUpdate(leadUpdateOf('900', decision, lists.status));
 */
export function writeLeadUpdate(update: LeadUpdate): void {
  record.submitFields({
    type: RECORD.lead,
    id: update.leadId,
    values: {
      ...(update.repId === null ? {} : { [LEAD.salesRep]: update.repId }),
      [LEAD.status]: update.statusId,
      [LEAD.reason]: update.reason,
      [LEAD.routedAt]: new Date(update.decidedAt),
      [LEAD.territory]: update.territoryId ?? '',
    },
    options: { enableSourcing: false, ignoreMandatoryFields: true },
  });
}
