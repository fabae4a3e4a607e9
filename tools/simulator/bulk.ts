/**
 * The bulk paths the simulator can run after creating an account's leads (SPEC §4, §8): the sweep, the realignment,
 * or the response-time check at a given moment (`at`: an ISO date-time, in the company's time zone unless it carries
 * an offset).
 */
import type { Emulator } from '../emulator/host';
import { runRealign, type RealignMode, type RealignOutcome } from './bulkRealign';
import { SLA_JOB, runScheduledJob, runSweep, type SweepOutcome } from './bulkSweep';
import { atInstant } from './instant';

export type BulkRequest = { kind: 'sweep' } | { kind: 'realign'; mode: RealignMode } | { kind: 'sla'; at?: string };

export type BulkOutcome = SweepOutcome | RealignOutcome;

/** @example runBulk(emulator, { kind: 'realign', mode: 'APPLY' }, account.parameters ?? {}).kind; // 'realign' */
export function runBulk(emulator: Emulator, request: BulkRequest, parameters: Record<string, unknown>): BulkOutcome {
  if (request.kind === 'sweep') return runSweep(emulator);
  if (request.kind === 'realign') return runRealign(emulator, request.mode, parameters);
  const at = request.at === undefined ? null : atInstant(request.at, emulator.timeZone);
  if (at !== null) emulator.clock.set(at);
  return runScheduledJob(emulator, SLA_JOB);
}

/**
 * Why the bulk run failed (a script threw where NetSuite would show a failed execution), or null. Leads a script
 * could not write are not a failure: the script reports them and goes on, as it should.
 *
 * @example
 * bulkFailure(outcome); // 'sweep run 2 (customdeploy_tlr_ss_sweep_ondemand) failed: SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded'
 */
export function bulkFailure(outcome: BulkOutcome): string | null {
  if (outcome.kind === 'realign') return outcome.failure;
  const failed = outcome.runs.find((run) => run.error !== undefined);
  const job = outcome.kind === 'sweep' ? 'sweep' : 'response-time check';
  return failed ? `${job} run ${failed.run} (${failed.deploymentId}) failed: ${failed.error!.name}: ${failed.error!.message}` : null;
}
