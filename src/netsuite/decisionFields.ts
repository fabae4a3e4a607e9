/**
 * What a routing decision writes onto a lead (SPEC §3.6), in one place: the lead user event sets these values on
 * the record being saved, the bulk paths submit them on saved leads. Plain data, so the realignment can decide in
 * one stage and write in another.
 */
import type { Decision } from '../engine';
import { LEAD, STATUS_VALUE } from './ids';
import type { ListScriptIds } from './mapper';

/** NetSuite's TEXTAREA holds up to 4,000 characters. */
export const REASON_LIMIT = 4000;

/** What is written on a lead: JSON-serialisable, carried from the realignment's input stage to its map stage. */
export interface LeadUpdate {
  leadId: string;
  /** null: the lead's rep is left as it is (routing never clears one); '' clears it. */
  repId: string | null;
  /** Internal id of the `customlist_tlr_status` value; null when the list's ids could not be read. */
  statusId: string | null;
  reason: string;
  decidedAt: string;
  territoryId: string | null;
}

/** Internal id of a status list value, by engine status. */
export function statusValueId(status: Decision['status'], statusIds: ListScriptIds): string {
  const wanted = STATUS_VALUE[status];
  const found = Object.keys(statusIds).find((id) => statusIds[id] === wanted);
  if (!found) throw new Error(`customlist_tlr_status has no value ${wanted}`);
  return found;
}

/**
 * The update a decision makes. A decision without a rep never clears one, except ERROR, which carries the rep as
 * entered so that anything written before the failure is put back.
 *
 * @example leadUpdateOf('900', decision, lists.status) // → { leadId: '900', repId: '7', statusId: '1', reason: 'Routed to …', … }
 */
export function leadUpdateOf(leadId: string, decision: Decision, statusIds: ListScriptIds | null): LeadUpdate {
  return {
    leadId,
    repId: decision.status === 'ERROR' ? (decision.repId ?? '') : decision.repId,
    statusId: statusIds === null ? null : statusValueId(decision.status, statusIds),
    reason: decision.reason.slice(0, REASON_LIMIT),
    decidedAt: decision.decidedAt,
    territoryId: decision.territoryId,
  };
}

/**
 * The lead's field values for an update, by field id, in the order they are set.
 *
 * @example
 * decisionFieldValues(update); // { salesrep: '7', custentity_tlr_status: '1', custentity_tlr_reason: 'Routed to …', … }
 */
export function decisionFieldValues(update: LeadUpdate): Record<string, string | Date> {
  return {
    ...(update.repId === null ? {} : { [LEAD.salesRep]: update.repId }),
    ...(update.statusId === null ? {} : { [LEAD.status]: update.statusId }),
    [LEAD.reason]: update.reason,
    [LEAD.routedAt]: new Date(update.decidedAt),
    [LEAD.territory]: update.territoryId ?? '',
  };
}
