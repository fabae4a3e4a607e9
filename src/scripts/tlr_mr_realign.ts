/**
 * @NApiVersion 2.1
 * @NScriptType MapReduceScript
 * @NModuleScope SameAccount
 */
// customscript_tlr_mr_realign: re-decides existing leads after territories change; PREVIEW reports, APPLY also writes
// the leads (map) and commits the members' turns (reduce).
import type { EntryPoints } from 'N/types';
import { buildRealignInput } from '../netsuite/bulk/realignInput';
import { mapRealignEntry } from '../netsuite/bulk/realignMap';
import { reduceRealignKey } from '../netsuite/bulk/realignReduce';
import { summarizeRealignment } from '../netsuite/bulk/realignSummary';

const getInputData: EntryPoints.MapReduce.getInputData = () => buildRealignInput();

const map: EntryPoints.MapReduce.map = (context) => {
  for (const written of mapRealignEntry(context.key, context.value)) context.write(written);
};

const reduce: EntryPoints.MapReduce.reduce = (context) => {
  for (const written of reduceRealignKey(context.key, context.values)) context.write(written);
};

const summarize: EntryPoints.MapReduce.summarize = (summary) => {
  summarizeRealignment(summary);
};

export default { getInputData, map, reduce, summarize };
