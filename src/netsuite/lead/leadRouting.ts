/**
 * The lead user event's work: route a new lead before it is saved, commit the member's turn after (turnCommit.ts).
 * Routing never stops the save (SPEC §3.6): any failure becomes status ERROR with the message in the reason,
 * and the lead keeps what was entered.
 */
import log from 'N/log';
import type record from 'N/record';
import { decideLead, isPlanFormatError, errorDecision, type Decision, type LeadFacts } from '../../engine';
import { LEAD } from '../ids';
import { asId, type FieldValue, type ListScriptIds } from '../mapper';
import { readLeadFacts, writeDecision } from '../leadRecord';
import { dropRoutingData, loadRoutingEntry, planForLeadOf } from '../planCache';
import { answerFromNetSuite } from './leadAnswers';
import { commitRoutedTurn } from './turnCommit';
import { alertRecipient, readClock, readSettings } from '../settings';

/** What the error path needs of a lead whose facts could not be read: the rep it was entered with. */
function enteredFacts(lead: record.Record): LeadFacts {
  const salesRepId = asId(lead.getValue({ fieldId: LEAD.salesRep }) as FieldValue);
  return { id: null, country: '', state: '', postalCode: '', leadSource: null, category: null, subsidiary: null, email: '', companyName: '', salesRepId };
}

/** A cached plan this version cannot read would fail every lead: drop it so the next lead compiles afresh (1 unit). */
function healMalformedPlan(error: unknown): void {
  if (!isPlanFormatError(error)) return;
  try {
    dropRoutingData();
  } catch (dropError) {
    log.error({ title: 'Could not drop the malformed cached plan', details: String(dropError) });
  }
}

/** Records ERROR without spending units: status ids from the cached entry when it was read, else by label. */
function recordError(lead: record.Record, facts: LeadFacts, error: unknown, now: string, statusIds: ListScriptIds | null): Decision {
  const decision = errorDecision(facts, error, now);
  log.error({ title: 'Lead routing failed; the lead is saved as entered', details: `${decision.reason}\n${(error as Error)?.stack ?? ''}` });
  try {
    writeDecision(lead, decision, statusIds);
  } catch (writeError) {
    log.error({ title: 'Could not record the routing error on the lead', details: String(writeError) });
  }
  healMalformedPlan(error);
  return decision;
}

/** beforeSubmit on CREATE: decide and write onto the record being created. */
export function routeNewLead(lead: record.Record): Decision {
  const { now } = readClock();
  let facts: LeadFacts | null = null;
  let statusIds: ListScriptIds | null = null;
  try {
    facts = readLeadFacts(lead);
    const alertTo = alertRecipient();
    const entry = loadRoutingEntry(alertTo, Date.parse(now));
    statusIds = entry.lists.status;
    const plan = planForLeadOf(entry, facts, alertTo);
    const context = { now, timeZone: entry.timeZone, offsets: entry.offsets, settings: readSettings(), mode: { kind: 'create' } as const };
    const { decision } = decideLead(plan, facts, context, answerFromNetSuite(facts));
    writeDecision(lead, decision, statusIds);
    log.audit({ title: `Lead routed: ${decision.status}`, details: decision.reason });
    return decision;
  } catch (error) {
    return recordError(lead, facts ?? enteredFacts(lead), error, now, statusIds);
  }
}

/** afterSubmit on CREATE: commit the winning member's turn now that the lead is saved; a failure is logged. */
export function commitRoutedLead(lead: record.Record): void {
  try {
    commitRoutedTurn(lead);
  } catch (error) {
    log.error({ title: 'Member turns not committed', details: String(error) });
  }
}
