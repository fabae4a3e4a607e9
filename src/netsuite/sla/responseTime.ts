/**
 * The response-time check (SPEC §8, customscript_tlr_ss_sla), with the sweep's discipline: one copy at a time (run
 * lock), batches of 100 leads in ascending internal id after a cursor (none handled twice in a run), member states
 * committed once, a stop before governance runs out and a continuation queued when leads remain. A lead whose rep
 * has not worked it (no phone call, task or event created since it was routed) within the territory's Response Time,
 * counted in its Working Hours, goes to the territory's next eligible member other than its rep (REASSIGNED, Times
 * Reassigned + 1), at most Reassignments per Lead times; with nobody else eligible it stays and its reason says why.
 * Safe to run again: a reassigned lead's clock starts again, a lead that stays is rewritten only when its reason
 * changes.
 */
import log from 'N/log';
import record from 'N/record';
import { responseTimeMissed, type Plan, type PlanTerritory } from '../../engine';
import { createBatchRouter, type BatchRouter } from '../../engine/batch';
import { writeLeadUpdate } from '../bulk/leadWrites';
import { leadUpdateOf, statusValueId } from '../decisionFields';
import { queueContinuation, type Continuation } from '../bulk/requeue';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { finishRun, type Stop } from '../bulk/runFinish';
import { releaseRunLock, renewRunLock, runToken, takeRunLock } from '../bulk/runLock';
import { loadSnapshot } from '../bulk/snapshot';
import { remainingUnits } from '../governance';
import { DEPLOYMENT, LEAD, PARAM, RECORD, SCRIPT } from '../ids';
import type { ListScriptIds } from '../mapper';
import { createRepDigest, type RepDigest } from '../notify/repDigest';
import { loadRoutingData } from '../planCache';
import { readClock } from '../settings';
import { canCheckLead, canStartSlaBatch } from './slaBudget';
import { readSlaParameters } from './slaParameters';
import { SLA_BATCH_SIZE, lastWorked, readResponseLimits, readSlaBatch, type ResponseLimit, type SlaLead } from './slaReads';

const LOCK_KEY = 'sla_lock';
const CONTINUATION: Continuation = { scriptId: SCRIPT.ssSla, deploymentId: DEPLOYMENT.ssSlaOnDemand, cursorParameter: PARAM.slaAfter, name: 'Response-time check' };

export interface SlaReport {
  /** As the sweep's: done, continued (queued itself), stopped (ended early), skipped (paused, or another copy runs). */
  outcome: 'done' | 'continued' | 'stopped' | 'skipped';
  /** Leads written: reassigned, or a changed reason for one that stays. */
  written: number;
  failed: number;
  byStatus: { REASSIGNED?: number };
  /** Overdue leads that stay with their rep (nobody else eligible). */
  stayed: number;
  /** Leads read and within their limit, worked, or at the cap. */
  unchanged: number;
  after: number;
  membersCommitted: number;
  repsEmailed: number;
}

interface Pass {
  plan: Plan;
  limits: ReadonlyMap<string, ResponseLimit>;
  statusIds: ListScriptIds;
  maxReassignments: number;
  router: BatchRouter;
  digest: RepDigest;
  token: string;
  report: SlaReport;
  /** The company's time zone, kept with the plan. */
  timeZone: string;
}

/** Overdue by the clock and the territory's limit (worked or not is asked next). */
function overdue(pass: Pass, row: SlaLead, now: number): { territory: PlanTerritory; limit: ResponseLimit } | null {
  const limit = pass.limits.get(row.territoryId);
  const territory = pass.plan.territories.find((candidate) => candidate.id === row.territoryId);
  if (limit === undefined || territory === undefined || limit.problem !== undefined || row.routedAt === null) return null;
  if (row.reassigned >= pass.maxReassignments) return null;
  return responseTimeMissed(limit.hours, row.routedAt, now, limit.slaHours) ? { territory, limit } : null;
}

function attemptWrite(pass: Pass, leadId: string, submit: () => void): boolean {
  try {
    submit();
    pass.report.written += 1;
    return true;
  } catch (error) {
    pass.report.failed += 1;
    log.error({ title: `Lead ${leadId} not written; the next run retries it`, details: String((error as Error)?.message ?? error) });
    return false;
  }
}

function handle(pass: Pass, row: SlaLead, due: { territory: PlanTerritory; limit: ResponseLimit }): void {
  const clock = { now: readClock().now, timeZone: pass.timeZone };
  const id = row.lead.facts.id;
  const outcome = pass.router.reassign(row.lead, due.territory, clock, { slaHours: due.limit.slaHours, workHours: due.limit.workHoursText, reassignedBefore: row.reassigned });
  if (outcome.stays !== undefined) {
    pass.report.stayed += 1;
    if (outcome.stays.reason === row.reason) return;
    attemptWrite(pass, id, () => record.submitFields({ type: RECORD.lead, id, values: { [LEAD.reason]: outcome.stays.reason }, options: { enableSourcing: false, ignoreMandatoryFields: true } }));
    return;
  }
  const { decision } = outcome;
  if (!attemptWrite(pass, id, () => writeLeadUpdate(leadUpdateOf(id, decision, pass.statusIds), { [LEAD.reassigned]: row.reassigned + 1 }))) return;
  pass.router.apply(row.lead, decision);
  pass.report.byStatus.REASSIGNED = (pass.report.byStatus.REASSIGNED ?? 0) + 1;
  pass.digest.add(decision.status, decision.repId, decision.territoryId, { leadId: id, name: row.name, companyName: row.lead.facts.companyName, reason: decision.reason });
}

function checkBatches(pass: Pass): Stop {
  const territoryIds = [...pass.limits.keys()];
  if (territoryIds.length === 0 || pass.maxReassignments === 0) return 'done';
  const statuses = [statusValueId('ROUTED', pass.statusIds), statusValueId('REASSIGNED', pass.statusIds)];
  const changed = () => pass.router.memberChanges().length;
  for (;;) {
    if (!canStartSlaBatch(remainingUnits(), changed(), pass.digest.unitsToSend())) return 'budget';
    if (!renewRunLock(pass.token, LOCK_KEY)) return 'lock lost';
    const rows = readSlaBatch(territoryIds, statuses, pass.report.after);
    if (rows.length === 0) return 'done';
    const now = new Date(readClock().now).getTime();
    const due = rows.map((row) => overdue(pass, row, now));
    const worked = lastWorked(rows.filter((_row, index) => due[index] !== null).map((row) => row.lead.facts.id));
    for (const [index, row] of rows.entries()) {
      if (!canCheckLead(remainingUnits(), changed(), pass.digest.unitsToSend())) return 'budget';
      const limit = due[index];
      const workedAt = worked.get(row.lead.facts.id);
      const workedSinceRouted = workedAt !== undefined && row.routedAt !== null && workedAt >= row.routedAt;
      if (limit === null || limit === undefined || workedSinceRouted) pass.report.unchanged += 1;
      else handle(pass, row, limit);
      pass.report.after = Number(row.lead.facts.id);
    }
    if (rows.length < SLA_BATCH_SIZE) return 'done';
  }
}

/** Territories whose Working Hours cannot be read are logged once per run; their leads wait until they are fixed. */
function logUnreadableHours(limits: ReadonlyMap<string, ResponseLimit>): void {
  for (const [territoryId, limit] of limits) {
    if (limit.problem !== undefined) log.error({ title: `Territory ${territoryId}: Working Hours unreadable; its leads are not checked`, details: `"${limit.problem.entry}" ${limit.problem.reason}` });
  }
}

/**
 * One run (the scheduled script's execute).
 *
 * @example
 * runResponseTimeCheck(); // { outcome: 'done', written: 3, failed: 0, byStatus: { REASSIGNED: 2 }, stayed: 1, unchanged: 40, after: 1207, membersCommitted: 2, repsEmailed: 2 }
 */
export function runResponseTimeCheck(): SlaReport {
  const parameters = readSlaParameters();
  const report: SlaReport = { outcome: 'skipped', written: 0, failed: 0, byStatus: {}, stayed: 0, unchanged: 0, after: parameters.after, membersCommitted: 0, repsEmailed: 0 };
  const settings = readLeadEventSettings();
  if (settings.paused) {
    log.audit({ title: 'Response-time check skipped', details: 'Routing is paused (Pause Routing on the lead routing deployment); no lead was read or changed.' });
    return report;
  }
  const token = runToken(parameters.deploymentId);
  if (!takeRunLock(token, LOCK_KEY)) {
    log.audit({ title: 'Response-time check skipped', details: 'Another response-time check is running.' });
    return report;
  }
  let router: BatchRouter | null = null;
  let digest: RepDigest | null = null;
  let stop: Stop = 'error';
  try {
    const limits = readResponseLimits();
    logUnreadableHours(limits);
    const { plan, lists, timeZone } = loadRoutingData(settings.alertTo);
    router = createBatchRouter(plan, { ...loadSnapshot(plan, settings), owners: [] }, { settings });
    digest = createRepDigest('the response-time check', settings.notifyAuthor);
    stop = checkBatches({ plan, limits, statusIds: lists.status, maxReassignments: parameters.maxReassignments, router, digest, token, report, timeZone });
  } finally {
    const releaseLock = () => releaseRunLock(token, LOCK_KEY);
    finishRun({ router, digest, stop, startedAfter: parameters.after, releaseLock, queueContinuation: (after) => queueContinuation(CONTINUATION, after) }, report);
    log.audit({ title: `Response-time check ${report.outcome}`, details: JSON.stringify(report) });
  }
  return report;
}
