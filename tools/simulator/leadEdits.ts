/**
 * The account file's `edits` (SPEC §5): changes made after the leads are created, in order, each saved as the
 * employee `by` would save it in the UI — the lead loaded, its fields set, saved — so the deployed lead user event
 * runs on edit (a changed sales rep makes the lead MANUAL). `lead` is an `externalid` from `leads` or a record id.
 */
import { RECORD } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';
import type { Schema } from '../emulator/schema/accountSchema';
import { setFields } from './createLead';
import { excerpt } from './excerpt';
import { isInternalId, textOf } from './fieldValue';
import { checkRowFields, type RowCheck } from './rowFields';

export interface LeadEdit {
  lead: string | number;
  values: Record<string, unknown>;
  by: string | number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shape problems of `edits`: an array of `{ lead, values, by }`. */
export function editShapeProblems(edits: unknown): string[] {
  if (!Array.isArray(edits)) return ['edits: must be an array of { "lead", "values", "by" }'];
  return edits.flatMap((edit, index) => {
    const label = `edits[${index}]`;
    if (!isObject(edit)) return [`${label}: must be an object with lead, values and by`];
    const unknown = Object.keys(edit).filter((key) => !['lead', 'values', 'by'].includes(key)).map((key) => `${label}.${key}: unknown key (an edit holds lead, values and by)`);
    const values = isObject(edit.values) ? [] : [`${label}.values: must be an object of lead field ids and values`];
    return [...unknown, ...values];
  });
}

/**
 * Each edit's problems and references, checked like a lead's fields: `lead` must name a lead of the file (its
 * externalid in `leads`, or an id in `records.customer`), `by` an employee of the file.
 */
export function checkEdit(schema: Schema, edit: LeadEdit, known: { leadKeys: ReadonlySet<string>; recordIds: ReadonlySet<string> }): RowCheck {
  const check = checkRowFields(schema, schema.recordType(RECORD.lead), edit.values, { handled: [], readOnlyRefusal: 'set by NetSuite; an edit cannot set it' });
  const lead = textOf(edit.lead) ?? '';
  if (!known.leadKeys.has(lead) && !known.recordIds.has(lead)) {
    check.problems.push(`lead: ${excerpt(edit.lead)} is neither the externalid of a lead in leads nor the id of a record in records.customer`);
  }
  if (!isInternalId(edit.by)) check.problems.push(`by: ${excerpt(edit.by)} is not the internal id of an employee`);
  else check.references.push({ path: 'by', targetType: RECORD.employee, id: String(edit.by) });
  return check;
}

/**
 * Applies the edits in order; returns the invocations each one started, by the lead's internal id.
 *
 * @example
 * applyEdits(emulator, [{ lead: 'L1', values: { salesrep: '9' }, by: '12' }], new Map([['L1', '1001']]));
 */
export function applyEdits(emulator: Emulator, edits: readonly LeadEdit[], createdIds: ReadonlyMap<string, string>): Map<string, Invocation[]> {
  const started = new Map<string, Invocation[]>();
  const fields = emulator.schema.recordType(RECORD.lead).family.fields;
  edits.forEach((edit, index) => {
    const key = textOf(edit.lead) ?? '';
    const leadId = createdIds.get(key) ?? key;
    const by = String(edit.by);
    const name = String(emulator.read(RECORD.employee, by)?.entityid ?? `employee ${by}`);
    const before = emulator.invocations.length;
    try {
      emulator.actingAs({ id: Number(by), name }, () => {
        const lead = emulator.modules().record.load({ type: RECORD.lead, id: leadId });
        setFields(emulator.schema, fields, edit.values, (fieldId, value) => lead.setValue({ fieldId, value }));
        lead.save();
      });
    } catch (error) {
      throw new Error(`edits[${index}] (lead ${key}): the edit could not be saved: ${(error as Error).message}`, { cause: error });
    }
    started.set(leadId, [...(started.get(leadId) ?? []), ...emulator.invocations.slice(before)]);
  });
  return started;
}
