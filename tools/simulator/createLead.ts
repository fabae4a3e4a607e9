/**
 * Creates one lead of an account file the way a user or an integration would: `record.create`, a `setValue`
 * for each field, the address book lines with their address subrecords, then `save`, which runs the deployed
 * lead user event. Values arrive as JSON (list values by script id, dates as text) and are handed to N/record
 * typed as a script hands them (list internal ids, Date objects, booleans).
 */
import { RECORD } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import type { FieldDef, SublistDef } from '../emulator/schema/model';
import type { Schema } from '../emulator/schema/accountSchema';
import { fromHost, toScript } from '../emulator/values';

type LeadRecord = ReturnType<ReturnType<Emulator['modules']>['record']['create']>;
type Setter = (fieldId: string, value: unknown) => void;

/**
 * Sets each value through `set`, typed as a script would set it; blanks keep the field's default. Keys in `skip`
 * (a record's sublists, a line's subrecords) are left to the caller.
 */
export function setFields(schema: Schema, fields: ReadonlyMap<string, FieldDef>, values: Record<string, unknown>, set: Setter, skip?: ReadonlyMap<string, unknown>): void {
  for (const fieldId in values) {
    if (skip?.has(fieldId) === true || !Object.hasOwn(values, fieldId)) continue;
    const field = fields.get(fieldId);
    if (!field) throw new Error(`${fieldId}: not a field the simulator can set on a new lead`);
    const { target } = field;
    const stored = fromHost(field, values[fieldId], (id) => (target === undefined ? undefined : schema.listValueId(target, id)));
    if (stored !== undefined) set(fieldId, toScript(field, stored));
  }
}

function addLines(schema: Schema, lead: LeadRecord, sublist: SublistDef, lines: readonly Record<string, unknown>[]): void {
  const sublistId = sublist.id;
  lines.forEach((line, index) => {
    lead.insertLine({ sublistId, line: index });
    setFields(schema, sublist.fields, line, (fieldId, value) => lead.setSublistValue({ sublistId, fieldId, line: index, value }), sublist.subrecords);
    for (const [fieldId, fields] of sublist.subrecords) {
      const values = line[fieldId];
      if (values === undefined || values === null) continue;
      const subrecord = lead.getSublistSubrecord({ sublistId, fieldId, line: index });
      setFields(schema, fields, values as Record<string, unknown>, (subFieldId, value) => subrecord.setValue({ fieldId: subFieldId, value }));
    }
  });
}

/**
 * Creates and saves the lead; returns its internal id. Values are expected to be checked (validateAccount); a
 * field a lead does not have is refused.
 *
 * @example
 * createLead(emulator, { companyname: 'Acme', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US' } }] });
 */
export function createLead(emulator: Emulator, values: Record<string, unknown>): string {
  return String(newLead(emulator, values).save());
}

/** The lead with its values set, not yet saved: `save()`, or `saveSteps()` in a concurrent run. */
export function newLead(emulator: Emulator, values: Record<string, unknown>): LeadRecord {
  const { schema } = emulator;
  const lead = emulator.modules().record.create({ type: RECORD.lead });
  const { family } = schema.recordType(RECORD.lead);
  setFields(schema, family.fields, values, (fieldId, value) => lead.setValue({ fieldId, value }), family.sublists);
  for (const sublist of family.sublists.values()) {
    const lines = values[sublist.id];
    if (Array.isArray(lines)) addLines(schema, lead, sublist, lines as Record<string, unknown>[]);
  }
  return lead;
}
