/**
 * The lead user event's work: route a new lead before it is saved, commit the member's turns after.
 * Routing never stops the save (SPEC §3.6): any failure becomes status ERROR with the message in the reason,
 * and the lead keeps what was entered.
 */
import log from 'N/log';
import type record from 'N/record';
import { errorDecision, routeLead, type Decision, type LeadFacts } from '../engine';
import { LEAD, LIST } from './ids';
import { asId, type FieldValue, type ListScriptIds } from './mapper';
import { readLeadFacts, writeDecision } from './leadRecord';
import { commitMemberUpdate, holdMemberUpdate, takeMemberUpdate } from './pendingMemberUpdate';
import { loadListIds, loadRoutingData } from './planCache';
import { createSearchPorts } from './searchPorts';
import { readClock, readSettings } from './settings';

/** The status list ids for an ERROR outcome when the cached plan itself could not be had. */
function statusIdsOrNull(): ListScriptIds | null {
  try {
    return loadListIds(LIST.status);
  } catch (error) {
    log.error({ title: 'Routing status list unavailable', details: String(error) });
    return null;
  }
}

/** What the error path needs of a lead whose facts could not be read: the rep it was entered with. */
function enteredFacts(lead: record.Record): LeadFacts {
  const salesRepId = asId(lead.getValue({ fieldId: LEAD.salesRep }) as FieldValue);
  return { id: null, country: '', state: '', postalCode: '', leadSource: null, category: null, subsidiary: null, email: '', companyName: '', salesRepId };
}

function recordError(lead: record.Record, facts: LeadFacts, error: unknown, now: string, statusIds: ListScriptIds | null): Decision {
  const decision = errorDecision(facts, error, now);
  log.error({ title: 'Lead routing failed; the lead is saved as entered', details: `${decision.reason}\n${(error as Error)?.stack ?? ''}` });
  try {
    writeDecision(lead, decision, statusIds ?? statusIdsOrNull());
  } catch (writeError) {
    log.error({ title: 'Could not record the routing error on the lead', details: String(writeError) });
  }
  return decision;
}

/** beforeSubmit on CREATE: decide and write onto the record being created. */
export function routeNewLead(lead: record.Record): Decision {
  const { now, today } = readClock();
  let facts: LeadFacts | null = null;
  let statusIds: ListScriptIds | null = null;
  try {
    facts = readLeadFacts(lead);
    const { plan, lists } = loadRoutingData();
    statusIds = lists.status;
    const context = { now, today, settings: readSettings(), mode: { kind: 'create' } as const, ports: createSearchPorts() };
    const decision = routeLead(plan, facts, context);
    // Parked before anything is written, so a failure here leaves the record as entered.
    if (decision.memberUpdate) holdMemberUpdate(decision.memberUpdate, facts);
    writeDecision(lead, decision, statusIds);
    log.audit({ title: `Lead routed: ${decision.status}`, details: decision.reason });
    return decision;
  } catch (error) {
    return recordError(lead, facts ?? enteredFacts(lead), error, now, statusIds);
  }
}

/** afterSubmit on CREATE: commit the winning member's state now that the lead is saved. */
export function commitRoutedLead(lead: record.Record): void {
  try {
    const update = takeMemberUpdate(lead);
    if (update) commitMemberUpdate(update);
  } catch (error) {
    log.error({ title: 'Member turns not committed', details: String(error) });
  }
}
