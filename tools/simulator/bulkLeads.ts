/**
 * Leads as the bulk paths leave them: which leads a script wrote, read from the invocation ledger, and a lead's
 * routing fields read back from the account.
 */
import { LEAD, RECORD, SCRIPT } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';
import type { HostRow } from '../emulator/seeding';
import { statusCode, type OutputRow } from './leadOutcome';

/**
 * Leads a script wrote, in write order: every submitFields on a lead fires the lead user event (deployed for every
 * event type) as `xedit`, and its afterSubmit runs only once the write is committed, so a write that failed is not
 * counted. `executionContext` picks the writer: SCHEDULED (the sweep) or MAPREDUCE (the realignment).
 *
 * @example
 * writtenLeadIds(emulator.invocations.slice(before), 'SCHEDULED'); // ['900', '901', '903']
 */
export function writtenLeadIds(invocations: readonly Invocation[], executionContext: string): string[] {
  return invocations
    .filter(
      (invocation) =>
        invocation.scriptId === SCRIPT.ueLead &&
        invocation.entryPoint === 'afterSubmit' &&
        invocation.eventType === 'xedit' &&
        invocation.recordType === RECORD.lead &&
        invocation.executionContext === executionContext &&
        invocation.recordId !== undefined &&
        invocation.recordId !== null,
    )
    .map((invocation) => String(invocation.recordId));
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** A stored lead's routing fields as the CSV shows them, with all its values. */
export function leadValues(emulator: Emulator, id: string): Omit<OutputRow, 'lead' | 'units'> & { values: HostRow } {
  const values = emulator.read(RECORD.lead, id);
  if (!values) throw new Error(`lead ${id} was written but cannot be read back`);
  return {
    values,
    salesrep: text(values[LEAD.salesRep]),
    territory: text(values[LEAD.territory]),
    status: statusCode(emulator, values[LEAD.status]),
    reason: text(values[LEAD.reason]),
  };
}
