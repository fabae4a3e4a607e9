/**
 * The lead user event on edit (SPEC §3.6): a save that changes the sales rep without routing deciding it marks the
 * lead MANUAL, naming who changed it, from which rep to which, and when. Routing's own writes (the sweep, the
 * realignment, the response-time check) always write a new routing time with the rep they decide, so a save that
 * writes `custentity_tlr_routed_at` is routing's. A save that leaves the rep alone reads two fields and costs nothing.
 */
import log from 'N/log';
import type record from 'N/record';
import runtime from 'N/runtime';
import { manualDecision, type Decision } from '../../engine';
import { lookUpEmployeeName } from '../employees';
import { LEAD, MANUAL_STATUS_LABEL } from '../ids';
import { asId, type FieldValue } from '../mapper';
import { readClock } from '../settings';

/** Whether the save sets a field: an inline edit's record holds only the fields it sets, a full edit holds them all. */
function setsField(lead: record.Record, fieldId: string, inline: boolean): boolean {
  return !inline || lead.getFields().includes(fieldId);
}

function repOf(lead: record.Record): string | null {
  return asId(lead.getValue({ fieldId: LEAD.salesRep }) as FieldValue);
}

/** The routing time a record holds, comparable across reads (a Date, or empty). */
function routedAt(lead: record.Record): number | null {
  const value = lead.getValue({ fieldId: LEAD.routedAt }) as unknown;
  return value instanceof Date ? value.getTime() : null;
}

/** Routing writes a new routing time with every rep it decides; nobody else writes that field (it is locked on forms). */
function routingDecided(lead: record.Record, before: record.Record, inline: boolean): boolean {
  if (inline) return setsField(lead, LEAD.routedAt, true);
  return routedAt(lead) !== routedAt(before);
}

/** 1 unit: the rep's name, for the reason. */
function namedRep(id: string | null): { id: string; name: string } | null {
  return id === null ? null : { id, name: lookUpEmployeeName(id) ?? `employee #${id}` };
}

/**
 * beforeSubmit on EDIT and XEDIT (inline edits, `submitFields`): when the save changes the sales rep and routing did
 * not decide it, sets status MANUAL, the reason and no territory on the record being saved (0 units; 2 more to name
 * the two reps). Never stops the save: a failure is logged and the lead saves as edited.
 *
 * @example
 * markManualChange(context.newRecord, context.oldRecord, context.type === context.UserEventType.XEDIT)?.reason;
 * // 'Sales rep changed by hand by Sam Lee from Ana Ruiz to Bo Li on 2026-12-07 14:05 UTC; routing leaves this lead alone.'
 */
export function markManualChange(lead: record.Record, before: record.Record, inline: boolean): Decision | null {
  if (!setsField(lead, LEAD.salesRep, inline)) return null;
  const fromRepId = repOf(before);
  const toRepId = repOf(lead);
  if (fromRepId === toRepId || routingDecided(lead, before, inline)) return null;
  try {
    const user = runtime.getCurrentUser();
    const by = { id: String(user.id), name: user.name || `user #${user.id}` };
    const decision = manualDecision({ by, fromRep: namedRep(fromRepId), toRep: namedRep(toRepId), at: readClock().now });
    lead.setText({ fieldId: LEAD.status, text: MANUAL_STATUS_LABEL });
    lead.setValue({ fieldId: LEAD.reason, value: decision.reason });
    lead.setValue({ fieldId: LEAD.territory, value: '' });
    log.audit({ title: 'Sales rep changed by hand: lead marked Manual', details: decision.reason });
    return decision;
  } catch (error) {
    log.error({ title: 'Could not mark the lead Manual; it is saved as edited', details: String(error) });
    return null;
  }
}
