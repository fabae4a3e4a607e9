/**
 * The realignment's map stage: one entry at a time. APPLY writes a changed lead (5 units of the 1,000 a map job
 * has); PREVIEW writes nothing. The mode comes with each lead entry, as the input stage read it. A failing write is
 * caught and reported in the lead's row, and the turn its decision took goes to its member's key, for reduce to
 * give back; the other leads go on. The member and tally entries pass through unchanged.
 */
import log from 'N/log';
import { writeLeadUpdate } from './leadWrites';
import { memberKey, reportRow, type LeadEntry, type RealignEntry, type RowOutput, type WithdrawnEntry } from './realignEntries';

interface Written {
  key: string;
  value: string;
}

function rowOutput(entry: LeadEntry, result: string): Written {
  const output: RowOutput = { kind: 'row', row: reportRow(entry, result) };
  return { key: entry.update.leadId, value: JSON.stringify(output) };
}

function leadOutputs(entry: LeadEntry): Written[] {
  if (!entry.write) return [rowOutput(entry, 'not written: routing failed')];
  if (entry.mode !== 'APPLY') return [rowOutput(entry, 'preview')];
  try {
    writeLeadUpdate(entry.update);
    return [rowOutput(entry, 'written')];
  } catch (writeError) {
    const message = String((writeError as Error)?.message ?? writeError);
    log.error({ title: `Lead ${entry.update.leadId} not realigned`, details: message });
    const failed = rowOutput(entry, `failed: ${message}`);
    if (entry.share === null) return [failed];
    const withdrawn: WithdrawnEntry = { kind: 'withdrawn', share: entry.share };
    return [failed, { key: memberKey(entry.share.memberId), value: JSON.stringify(withdrawn) }];
  }
}

/**
 * The key/values map writes for one input entry.
 *
 * @example
 * mapRealignEntry('lead:901', value); // [{ key: '901', value: '{"kind":"row","row":{…,"result":"written"}}' }]
 */
export function mapRealignEntry(key: string, value: string): Written[] {
  const entry = JSON.parse(value) as RealignEntry;
  if (entry.kind !== 'lead') return [{ key, value }];
  return leadOutputs(entry);
}
