/**
 * `--sweep` and `--sla`: a built scheduled job that re-queues itself — the sweep (`customscript_tlr_ss_sweep`) or the
 * response-time check (`customscript_tlr_ss_sla`) — on the emulated account, the way NetSuite runs it: once on its
 * scheduled deployment, then every continuation it queues through N/task (the on-demand deployment with the cursor),
 * oldest first, until none is left. What each run did is read back from the account: its units from the invocation
 * ledger, its counts from the audit line it logs (`Sweep done|continued|stopped|skipped`, `Response-time check …`,
 * with its report as JSON), and the leads it wrote from the `xedit` user-event invocations its submitFields fired.
 */
import { PARAM, SCRIPT } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';
import { leadValues, writtenLeadIds } from './bulkLeads';
import type { OutputRow } from './leadOutcome';

/** A scheduled job that queues its own continuations. */
export interface ScheduledJob {
  kind: 'sweep' | 'sla';
  scriptId: string;
  /** The deployment that runs every 15 minutes; continuations run on the job's on-demand deployment. */
  scheduledDeployment: string;
  cursorParameter: string;
  /** The audit line each run ends with, its report as JSON. */
  reportLine: RegExp;
}

/** The sweep's scheduled deployment (every 15 minutes); its continuations run on customdeploy_tlr_ss_sweep_ondemand. */
export const SWEEP_SCHEDULED_DEPLOYMENT = 'customdeploy_tlr_ss_sweep';

export const SWEEP_JOB: ScheduledJob = {
  kind: 'sweep',
  scriptId: SCRIPT.ssSweep,
  scheduledDeployment: SWEEP_SCHEDULED_DEPLOYMENT,
  cursorParameter: PARAM.sweepAfter,
  reportLine: /^Sweep (done|continued|stopped|skipped)$/,
};

export const SLA_JOB: ScheduledJob = {
  kind: 'sla',
  scriptId: SCRIPT.ssSla,
  scheduledDeployment: 'customdeploy_tlr_ss_sla',
  cursorParameter: PARAM.slaAfter,
  reportLine: /^Response-time check (done|continued|stopped|skipped)$/,
};

/** More runs than any account needs: a run that makes no progress does not queue another (src/netsuite/bulk/sweep.ts). */
const MAX_RUNS = 10_000;

/** The report a run logs (src/netsuite/bulk/sweep.ts SweepReport, src/netsuite/sla/responseTime.ts SlaReport), as far as the simulator reads it. */
export interface SweepRunReport {
  outcome: 'done' | 'continued' | 'stopped' | 'skipped';
  written: number;
  failed: number;
  byStatus: Record<string, number>;
  after: number;
  membersCommitted: number;
  /** The response-time check: overdue leads that stayed with their rep. */
  stayed?: number;
}

export interface SweepRun {
  /** 1 for the scheduled run, then its continuations in the order they ran. */
  run: number;
  deploymentId: string;
  /** The cursor the run was queued with (`custscript_tlr_sweep_after`); null for the scheduled run. */
  cursorIn: number | null;
  unitsUsed: number;
  usageLimit: number;
  /** What the run logged about itself; null when it logged nothing (it failed before its last line). */
  report: SweepRunReport | null;
  /** Internal ids of the leads the run wrote, in the order it wrote them. */
  leadIds: string[];
  /** ERROR lines the run logged (a lead that could not be written, a member not committed, …). */
  errors: { title: string; details: string }[];
  /** What the run threw, if it failed. */
  error?: { name: string; message: string };
}

export interface SweepOutcome {
  kind: ScheduledJob['kind'];
  runs: SweepRun[];
  /** One row per lead written, run after run (SPEC §5's columns; units: the lead's share of its run's units). */
  rows: OutputRow[];
  ms: number;
}

function reportOf(invocation: Invocation, job: ScheduledJob): SweepRunReport | null {
  const line = invocation.logs.find((entry) => entry.level === 'AUDIT' && job.reportLine.test(entry.title));
  if (!line) return null;
  try {
    return JSON.parse(line.details) as SweepRunReport;
  } catch {
    return null;
  }
}

/** A lead as the CSV names it: its external id, else its internal id (existing records have no position in `leads`). */
export function leadKey(values: Record<string, unknown>, id: string): string {
  return typeof values.externalid === 'string' && values.externalid !== '' ? values.externalid : id;
}

/** The lead's share of its run's units, to the hundredth: the run's units ÷ the leads it wrote. */
function share(units: number, leads: number): number {
  return leads === 0 ? 0 : Math.round((100 * units) / leads) / 100;
}

function describeRun(emulator: Emulator, job: ScheduledJob, run: number, cursorIn: number | null, ledgerStart: number, invocation: Invocation): { run: SweepRun; rows: OutputRow[] } {
  const leadIds = writtenLeadIds(emulator.invocations.slice(ledgerStart), 'SCHEDULED');
  const sweepRun: SweepRun = {
    run,
    deploymentId: invocation.deploymentId,
    cursorIn,
    unitsUsed: invocation.unitsUsed,
    usageLimit: invocation.usageLimit,
    report: reportOf(invocation, job),
    leadIds,
    errors: invocation.logs.filter((entry) => entry.level === 'ERROR' || entry.level === 'EMERGENCY').map(({ title, details }) => ({ title, details })),
  };
  if (invocation.error) sweepRun.error = invocation.error;
  // Read now, so each row says what this run wrote even if a later run wrote the lead again (none should).
  const units = share(invocation.unitsUsed, leadIds.length);
  const rows = leadIds.map((id) => {
    const { values, salesrep, territory, status, reason } = leadValues(emulator, id);
    return { lead: leadKey(values, id), salesrep, territory, status, reason, units };
  });
  return { run: sweepRun, rows };
}

/**
 * Runs the job and its continuations; a run that throws ends the job there (NetSuite would not run the
 * continuation it never queued).
 *
 * @example
 * const { runs, rows } = runScheduledJob(emulator, SWEEP_JOB);
 * runs.map((run) => [run.deploymentId, run.cursorIn, run.unitsUsed]); // [['customdeploy_tlr_ss_sweep', null, 573], ['customdeploy_tlr_ss_sweep_ondemand', 189, 572], …]
 */
export function runScheduledJob(emulator: Emulator, job: ScheduledJob): SweepOutcome {
  const started = performance.now();
  const runs: SweepRun[] = [];
  const rows: OutputRow[] = [];
  const record = (cursorIn: number | null, ledgerStart: number, invocation: Invocation) => {
    const described = describeRun(emulator, job, runs.length + 1, cursorIn, ledgerStart, invocation);
    runs.push(described.run);
    rows.push(...described.rows);
  };

  let ledgerStart = emulator.invocations.length;
  record(null, ledgerStart, emulator.runScheduled(job.scriptId, { deploymentId: job.scheduledDeployment, invocationType: 'SCHEDULED' }));
  while (runs.at(-1)?.error === undefined) {
    ledgerStart = emulator.invocations.length;
    const next = emulator.runNextTask();
    if (!next) break;
    if (!next.invocation || next.task.scriptId.toLowerCase() !== job.scriptId) {
      throw new Error(`${job.scriptId} queued ${next.task.scriptId} (${next.task.deploymentId}), which the simulator does not run`);
    }
    const cursor = Number(next.task.params[job.cursorParameter]);
    record(Number.isFinite(cursor) ? cursor : null, ledgerStart, next.invocation);
    if (runs.length >= MAX_RUNS) throw new Error(`${job.scriptId} was still queueing itself after ${MAX_RUNS} runs`);
  }
  return { kind: job.kind, runs, rows, ms: performance.now() - started };
}

/** The sweep and its continuations. @example runSweep(emulator).runs.length; // 3 */
export function runSweep(emulator: Emulator): SweepOutcome {
  return runScheduledJob(emulator, SWEEP_JOB);
}
