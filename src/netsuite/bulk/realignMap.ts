/**
 * The realignment's map stage: one entry at a time. APPLY writes a changed lead (5 units of the 1,000 a map job
 * has); PREVIEW writes nothing. The mode comes with each lead entry, as the input stage read it. A failing write is
 * caught and reported in the lead's row, and the other leads go on. The member and tally entries pass through to
 * summarize unchanged.
 */
import log from 'N/log';
import { writeLeadUpdate } from './leadWrites';
import { reportRow, type LeadEntry, type RealignEntry, type RowOutput } from './realignEntries';

function rowOutput(entry: LeadEntry): RowOutput {
  if (!entry.write) return { kind: 'row', row: reportRow(entry, 'not written: routing failed'), withdrawn: null };
  if (entry.mode !== 'APPLY') return { kind: 'row', row: reportRow(entry, 'preview'), withdrawn: null };
  try {
    writeLeadUpdate(entry.update);
    return { kind: 'row', row: reportRow(entry, 'written'), withdrawn: null };
  } catch (writeError) {
    const message = String((writeError as Error)?.message ?? writeError);
    log.error({ title: `Lead ${entry.update.leadId} not realigned`, details: message });
    return { kind: 'row', row: reportRow(entry, `failed: ${message}`), withdrawn: entry.share };
  }
}

/**
 * The key/value map passes on for one input entry.
 *
 * @example
 * mapRealignEntry('lead:901', value); // { key: '901', value: '{"kind":"row","row":{…,"result":"written"},"withdrawn":null}' }
 */
export function mapRealignEntry(key: string, value: string): { key: string; value: string } {
  const entry = JSON.parse(value) as RealignEntry;
  if (entry.kind !== 'lead') return { key, value };
  return { key: entry.update.leadId, value: JSON.stringify(rowOutput(entry)) };
}
