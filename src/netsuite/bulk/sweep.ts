/**
 * The sweep's work (SPEC §4): route, with the creation rules, the leads the user event missed, oldest first, in
 * batches of 100; write each with submitFields; commit member states once; stop before governance runs out and
 * queue the continuation when leads remain. One copy at a time (runLock). A lead whose routing fails is written
 * with status ERROR and retried by the next pass; a lead whose write fails is logged, left as it was and retried
 * too — its decision is not applied, so the leads after it do not count a lead that never got its rep.
 */
import log from 'N/log';
import { errorDecision, type Decision, type Status } from '../../engine';
import { createBatchRouter, type BatchRouter } from '../../engine/batch';
import { remainingUnits } from '../governance';
import { loadRoutingData } from '../planCache';
import { readClock } from '../settings';
import { completeLead, type LeadRow } from './leadRows';
import { leadUpdateOf } from '../decisionFields';
import { writeLeadUpdate } from './leadWrites';
import { ownersForBatch } from './ownerSearch';
import { createRepDigest, type RepDigest } from '../notify/repDigest';
import { queueSweepContinuation } from './requeue';
import { finishRun, type Stop } from './runFinish';
import { readLeadEventSettings } from './routingSettings';
import { releaseRunLock, renewRunLock, runToken, takeRunLock } from './runLock';
import { loadSnapshot } from './snapshot';
import { SWEEP_BATCH_SIZE, canRouteLead, canStartBatch } from './sweepBudget';
import { readSweepParameters } from './sweepParameters';
import { readSweepBatch, type SweepScope } from './sweepScope';


export interface SweepReport {
  /** done: no lead left; continued: stopped for governance and queued itself; stopped: ended early without queueing; skipped: another copy is running. */
  outcome: 'done' | 'continued' | 'stopped' | 'skipped';
  written: number;
  failed: number;
  byStatus: Partial<Record<Status, number>>;
  /** The last lead handled (the continuation's cursor). */
  after: number;
  membersCommitted: number;
  /** Reps sent their digest of the leads this run gave them. */
  repsEmailed: number;
}

interface Pass {
  scope: SweepScope;
  matchOwner: boolean;
  router: BatchRouter;
  token: string;
  report: SweepReport;
  digest: RepDigest;
  /** The company's time zone, kept with the plan. */
  timeZone: string;
}

function routeAndWrite(pass: Pass, row: LeadRow): void {
  const clock = { now: readClock().now, timeZone: pass.timeZone };
  let lead = row.lead;
  let decision: Decision;
  try {
    lead = completeLead(row);
    decision = pass.router.decide(lead, clock);
  } catch (error) {
    decision = errorDecision(lead.facts, error, clock.now);
    log.error({ title: `Lead ${lead.facts.id}: routing failed`, details: decision.reason });
  }
  try {
    writeLeadUpdate(leadUpdateOf(lead.facts.id, decision, pass.scope.statusIds));
  } catch (error) {
    pass.report.failed += 1;
    log.error({ title: `Lead ${lead.facts.id} not written; the next sweep retries it`, details: String((error as Error)?.message ?? error) });
    return;
  }
  if (decision.status !== 'ERROR') pass.router.apply(lead, decision);
  pass.digest.add(decision.status, decision.repId, decision.territoryId, { leadId: lead.facts.id, name: '', companyName: lead.facts.companyName, reason: decision.reason });
  pass.report.written += 1;
  pass.report.byStatus[decision.status] = (pass.report.byStatus[decision.status] ?? 0) + 1;
}

/** Batches until the scope is exhausted, governance would not cover the finish, or another copy took over. */
function sweepBatches(pass: Pass): Stop {
  const changedMembers = () => pass.router.memberChanges().length;
  for (;;) {
    if (!canStartBatch(remainingUnits(), changedMembers(), pass.digest.unitsToSend())) return 'budget';
    if (!renewRunLock(pass.token)) return 'lock lost';
    const rows = readSweepBatch({ ...pass.scope, after: pass.report.after }, SWEEP_BATCH_SIZE);
    if (rows.length === 0) return 'done';
    if (pass.matchOwner) {
      const owners = ownersForBatch(rows.map((row) => row.lead));
      pass.router.addOwners(owners.candidates, owners.reps);
    }
    for (const row of rows) {
      if (!canRouteLead(remainingUnits(), changedMembers(), pass.digest.unitsToSend())) return 'budget';
      routeAndWrite(pass, row);
      pass.report.after = Number(row.lead.facts.id);
    }
    if (rows.length < SWEEP_BATCH_SIZE) return 'done';
  }
}

/**
 * One sweep run (the scheduled script's execute).
 *
 * @example
 * runSweep(); // { outcome: 'continued', written: 1848, failed: 0, byStatus: { ROUTED: 1620, OWNER: 228 }, after: 48211, membersCommitted: 40, repsEmailed: 12 }
 */
export function runSweep(): SweepReport {
  const parameters = readSweepParameters();
  const report: SweepReport = { outcome: 'skipped', written: 0, failed: 0, byStatus: {}, after: parameters.after, membersCommitted: 0, repsEmailed: 0 };
  const settings = readLeadEventSettings();
  if (settings.paused) {
    log.audit({ title: 'Sweep skipped', details: 'Routing is paused (Pause Routing on the lead routing deployment); no lead was read or changed.' });
    return report;
  }
  const token = runToken(parameters.deploymentId);
  if (!takeRunLock(token)) {
    log.audit({ title: 'Sweep skipped', details: 'Another sweep is running; it routes the waiting leads.' });
    return report;
  }
  let router: BatchRouter | null = null;
  let digest: RepDigest | null = null;
  let stop: Stop = 'error';
  try {
    const { plan, lists, timeZone } = loadRoutingData(settings.alertTo);
    router = createBatchRouter(plan, { ...loadSnapshot(plan, settings), owners: [] }, { settings });
    digest = createRepDigest('the sweep', settings.notifyAuthor);
    const scope: SweepScope = { statusIds: lists.status, lookbackDays: parameters.lookbackDays, after: parameters.after };
    stop = sweepBatches({ scope, matchOwner: settings.matchOwner, router, token, report, digest, timeZone });
  } finally {
    finishRun({ router, digest, stop, startedAfter: parameters.after, releaseLock: () => releaseRunLock(token), queueContinuation: queueSweepContinuation }, report);
    log.audit({ title: `Sweep ${report.outcome}`, details: JSON.stringify(report) });
  }
  return report;
}
