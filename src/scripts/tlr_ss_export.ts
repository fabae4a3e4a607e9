/**
 * @NApiVersion 2.1
 * @NScriptType ScheduledScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_ss_export: saves the account export in parts when it is too large for one console request.
import type { EntryPoints } from 'N/types';
import { runExportJob } from '../netsuite/bulk/exportJob';

const execute: EntryPoints.Scheduled.execute = () => {
  runExportJob();
};

export default { execute };
