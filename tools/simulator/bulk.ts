/** The bulk paths the simulator can run after creating an account's leads (SPEC §4): the sweep or the realignment. */
import type { Emulator } from '../emulator/host';
import { runRealign, type RealignMode, type RealignOutcome } from './bulkRealign';
import { runSweep, type SweepOutcome } from './bulkSweep';

export type BulkRequest = { kind: 'sweep' } | { kind: 'realign'; mode: RealignMode };

export type BulkOutcome = SweepOutcome | RealignOutcome;

/** @example runBulk(emulator, { kind: 'realign', mode: 'APPLY' }, account.parameters ?? {}).kind; // 'realign' */
export function runBulk(emulator: Emulator, request: BulkRequest, parameters: Record<string, unknown>): BulkOutcome {
  return request.kind === 'sweep' ? runSweep(emulator) : runRealign(emulator, request.mode, parameters);
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
  return failed ? `sweep run ${failed.run} (${failed.deploymentId}) failed: ${failed.error!.name}: ${failed.error!.message}` : null;
}
