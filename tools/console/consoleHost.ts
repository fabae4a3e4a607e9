/**
 * The routing console over the emulator: an account file run through the simulator (its records seeded, its leads
 * created through the built lead user event), then every request answered by the BUILT Suitelet
 * (`customscript_tlr_sl_console`) as NetSuite would call it. A realignment the console submits waits in the
 * emulator's task queue until `runPendingJobs` runs it, as NetSuite's queue runs a job after the request that
 * submitted it. When the account names no report folder, one is seeded so the realign view can work.
 *
 * @example
 * const host = openConsole(sampleAccount());
 * host.request('GET', { action: 'test', country: 'US', state: 'CA', format: 'json' }).body; // '{"status":"ROUTED",…}'
 */
import { DEPLOYMENT, SCRIPT } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator, TaskRun } from '../emulator/host';
import type { SuiteletResponse } from '../emulator/suitelet';
import type { AccountFile } from '../simulator/accountFile';
import { reportFolder } from '../simulator/bulkRealign';
import { simulate } from '../simulator/simulate';

export interface ConsoleHost {
  emulator: Emulator;
  /** One request to the console; `params` are the query and form parameters together, as NetSuite merges them. */
  request(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): SuiteletResponse & { invocation: Invocation };
  /** Runs the jobs the console queued (and any they queue), oldest first. */
  runPendingJobs(): TaskRun[];
}

export function openConsole(account: AccountFile, options: { root?: string } = {}): ConsoleHost {
  const { emulator } = simulate(account, options.root === undefined ? {} : { root: options.root });
  reportFolder(emulator, account.parameters ?? {});
  return {
    emulator,
    request(method, params) {
      const { response, invocation } = emulator.runSuitelet(SCRIPT.slConsole, { method, parameters: params }, { deploymentId: DEPLOYMENT.slConsole });
      return { ...response, invocation };
    },
    runPendingJobs: () => emulator.drainTasks().runs,
  };
}
