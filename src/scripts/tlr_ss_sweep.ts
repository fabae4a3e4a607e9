/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ss_sweep: routes the leads the lead user event missed; queues itself again while leads remain.
import type { EntryPoints } from 'N/types';
import { runSweep } from '../netsuite/bulk/sweep';

const execute: EntryPoints.Scheduled.execute = () => {
  runSweep();
};

export default { execute };
