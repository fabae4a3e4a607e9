/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ss_sla: takes back the leads their rep has not worked within the territory's response time.
import type { EntryPoints } from 'N/types';
import { runResponseTimeCheck } from '../netsuite/sla/responseTime';

const execute: EntryPoints.Scheduled.execute = () => {
  runResponseTimeCheck();
};

export default { execute };
