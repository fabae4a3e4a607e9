/**
 * The realignment's input stage: read everything once, decide every lead in ascending internal id in this one place
 * (so round-robin turns are exact however many map jobs write afterwards), and hand on only the leads that change.
 *
 * Why here: getInputData has 10,000 units and runs once; with SuiteQL (10 units per 5,000 rows) one pass over the
 * customer table brings the default scope, the owner pool and the open-lead counts, about 7 units per 1,000 leads
 * where the pool is twice the scope, so deciding 100,000 leads costs about 700 units. What it returns is persisted
 * (200 MB for the whole job, map output included); returning only changes (≈0.4 KB each, ≈0.3 KB more as map
 * output) plus one entry per member changed keeps unchanged leads — the usual majority — out of it, so about 300,000
 * changes fit one run. map (1,000 units each) writes one lead for 5; reduce commits each member once (6 of its 5,000);
 * summarize writes the report.
 */
import error from 'N/error';
import log from 'N/log';
import { errorDecision } from '../../engine';
import { realignLeads, type BatchLead } from '../../engine/batch';
import { remainingUnits } from '../governance';
import { loadRoutingData } from '../planCache';
import { readClock } from '../settings';
import { completeLead, type LeadRow } from './leadRows';
import { readCustomers } from './customerRead';
import { canLoadAddresses } from './realignBudget';
import { realignEntries, type FailedLead, type RealignEntry } from './realignEntries';
import { readRealignMode, readRealignParameters } from './realignParameters';
import { readSavedScope } from './realignScope';
import { readLeadEventSettings } from './routingSettings';
import { loadSnapshot } from './snapshot';

export const REPORT_FOLDER_ERROR = 'TLR_REPORT_FOLDER_MISSING';
export const SCOPE_TOO_LARGE_ERROR = 'TLR_SCOPE_TOO_LARGE';
export const PAUSED_ERROR = 'TLR_ROUTING_PAUSED';

function refuse(name: string, message: string): never {
  throw error.create({ name, message, notifyOff: false });
}

/** Leads with their address; a lead that cannot be loaded is recorded as a routing error (reported, not written). */
function completeLeads(rows: readonly LeadRow[], now: string): { leads: BatchLead[]; failed: FailedLead[] } {
  const loads = rows.filter((row) => row.needsAddress).length;
  if (!canLoadAddresses(remainingUnits(), loads)) {
    refuse(SCOPE_TOO_LARGE_ERROR, `${loads} leads in scope have no default billing address and must be loaded (5 units each), more than this run can pay. Narrow the scope with a saved search (custscript_tlr_scope_search). No lead was changed.`);
  }
  const leads: BatchLead[] = [];
  const failed: FailedLead[] = [];
  for (const row of rows) {
    try {
      leads.push(completeLead(row));
    } catch (loadError) {
      failed.push({ facts: row.lead.facts, decision: errorDecision(row.lead.facts, loadError, now) });
    }
  }
  return { leads, failed };
}

/**
 * getInputData: the key/values for map (see realignEntries), each lead's and the tally's carrying the mode read here
 * once, so map and summarize never read it. Refuses, before reading any lead, to run without a report folder.
 *
 * @example
 * buildRealignInput(); // { 'lead:901': { kind: 'lead', … }, members: { kind: 'members', … }, tally: { kind: 'tally', … } }
 */
export function buildRealignInput(): Record<string, RealignEntry> {
  const parameters = readRealignParameters();
  if (parameters.reportFolderId === null) {
    refuse(REPORT_FOLDER_ERROR, 'Set Report Folder (custscript_tlr_report_folder) on the realignment deployment to the internal ID of a File Cabinet folder, then run again. No lead was read or changed.');
  }
  const settings = readLeadEventSettings();
  if (settings.paused) refuse(PAUSED_ERROR, 'Routing is paused (Pause Routing on the lead routing deployment). Uncheck it, then run again. No lead was read or changed.');
  const mode = readRealignMode();
  const { plan, lists, timeZone } = loadRoutingData(settings.alertTo);
  const savedScope = parameters.scopeSearchId;
  const customers = readCustomers({ scope: savedScope === null, owners: settings.matchOwner }, lists.status);
  const base = loadSnapshot(plan, settings, customers.openLeads ?? undefined);
  const owners = customers.owners;
  const reps = new Map([...owners.reps, ...base.reps].map((rep) => [rep.id, rep]));
  const rows = savedScope === null ? customers.scope : readSavedScope(savedScope, lists.status);
  const clock = { now: readClock().now, timeZone };
  const { leads, failed } = completeLeads(rows, clock.now);
  const realignment = realignLeads(plan, { ...base, reps: [...reps.values()], owners: owners.candidates }, leads, { settings }, clock);
  const tally = {
    inScope: rows.length,
    changes: realignment.changes.length,
    unchanged: realignment.unchanged,
    routingErrors: failed.length,
    addressLoads: rows.filter((row) => row.needsAddress).length,
  };
  log.audit({ title: `Realignment decided (${mode})`, details: JSON.stringify(tally) });
  const territoryNames = new Map([...plan.territories, ...plan.skipped.map((skipped) => ({ id: skipped.territoryId, name: skipped.name }))].map((t) => [t.id, t.name]));
  const book = {
    rep: (id: string | null) => (id === null ? '' : (reps.get(id)?.name ?? '')),
    territory: (id: string | null) => (id === null ? '' : (territoryNames.get(id) ?? '')),
  };
  return { ...realignEntries(realignment, failed, { statusIds: lists.status, book, mode }, tally), tally: { kind: 'tally', tally, mode, notifyAuthor: settings.notifyAuthor } };
}
