/**
 * @NApiVersion 2.1
 * @NScriptType MapReduceScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_mr_realign: re-decides existing leads after territories change; PREVIEW reports, APPLY also writes.
import type { EntryPoints } from 'N/types';
import { buildRealignInput } from '../netsuite/bulk/realignInput';
import { mapRealignEntry } from '../netsuite/bulk/realignMap';
import { summarizeRealignment } from '../netsuite/bulk/realignSummary';

const getInputData: EntryPoints.MapReduce.getInputData = () => buildRealignInput();

const map: EntryPoints.MapReduce.map = (context) => {
  context.write(mapRealignEntry(context.key, context.value));
};

const summarize: EntryPoints.MapReduce.summarize = (summary) => {
  summarizeRealignment(summary);
};

export default { getInputData, map, summarize };
