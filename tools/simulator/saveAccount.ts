/**
 * `--save`: the account as it stands after a run, in the account file's own format (SPEC §5), so runs chain
 * (`--account saved.json --realign apply`). Records by type with their current values: the leads the run created
 * are `records.customer` with `stage: "LEAD"` like every other customer-stage record, members carry their
 * counters, leads their `custentity_tlr_*` fields and `datecreated` (NetSuite's other stamps are left out: seeding
 * stamps them again); `leads` is empty so nothing is created again;
 * `today`, `parameters` and `features` are kept. Values are written as the file takes them: list values by script id, dates
 * `YYYY-MM-DD`, date-times ISO 8601, checkboxes true/false, multi-selects as arrays; empty fields are left out.
 *
 * Written: every record type the file gave (lead and prospect rows under `customer`) and the customer-stage
 * records. Left out: what the simulator made for its own use (list values it implied, the report folder it seeded)
 * and File Cabinet files (a report's contents are not a record; `--out` writes it).
 */
import { compareIds } from '../../src/engine';
import type { Emulator } from '../emulator/host';
import type { Schema } from '../emulator/schema/accountSchema';
import type { FieldDef, StoredLine, StoredRecord, StoredValue, StoredValues } from '../emulator/schema/model';
import { typeGroup } from '../emulator/values';
import type { AccountFile } from './accountFile';

export interface SaveOptions {
  /** The day the run stood on (the file's `today`, else the machine's date): kept so dates mean the same next run. */
  today: string;
  /** Records the simulator made for its own use, by family: left out. */
  exclude?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Families never written: report files are File Cabinet contents, not account data. */
const NEVER_SAVED = new Set(['file']);

function hostValue(schema: Schema, field: FieldDef, stored: StoredValue | undefined): unknown {
  if (stored === undefined) return undefined;
  const group = typeGroup(field.type);
  if (group === 'checkbox') return stored === true || field.defaultValue === true ? stored === true : undefined;
  const list = field.target === undefined ? undefined : schema.list(field.target);
  if (list && (group === 'select' || group === 'multiselect')) {
    const scriptId = (id: string) => list.values.find((value) => value.id === id)?.scriptId ?? id;
    return Array.isArray(stored) ? stored.map(scriptId) : scriptId(String(stored));
  }
  return Array.isArray(stored) ? [...stored] : stored;
}

/**
 * NetSuite's own stamps are left out (seeding stamps them again) except a customer-stage record's `datecreated`,
 * which the sweep's look-back window reads.
 */
function isSaved(field: FieldDef, family: string): boolean {
  if (field.derive !== undefined || field.id === 'stage') return false;
  return !field.readOnly || (family === 'customer' && field.id === 'datecreated');
}

function hostValues(schema: Schema, family: string, fields: ReadonlyMap<string, FieldDef>, values: StoredValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of fields.values()) {
    if (!isSaved(field, family)) continue;
    const value = hostValue(schema, field, values[field.id]);
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) row[field.id] = value;
  }
  return row;
}

function hostRow(schema: Schema, record: StoredRecord): Record<string, unknown> {
  const { family } = schema.recordType(record.type);
  const row: Record<string, unknown> = { id: record.id };
  if (family.family === 'customer') row.stage = String(record.values.stage ?? record.type).toUpperCase();
  Object.assign(row, hostValues(schema, family.family, family.fields, record.values));
  for (const [sublistId, lines] of Object.entries(record.sublists)) {
    const sublist = family.sublists.get(sublistId);
    if (!sublist || lines.length === 0) continue;
    row[sublistId] = lines.map((line: StoredLine) => {
      const values = hostValues(schema, family.family, sublist.fields, line.values);
      for (const [subrecordId, subrecordValues] of Object.entries(line.subrecords)) {
        const subrecordFields = sublist.subrecords.get(subrecordId);
        if (subrecordFields) values[subrecordId] = hostValues(schema, family.family, subrecordFields, subrecordValues);
      }
      return values;
    });
  }
  return row;
}

/** Families to write, in the order the file gave them, the customer-stage records always. */
function savedFamilies(schema: Schema, account: AccountFile): string[] {
  const families = Object.keys(account.records ?? {})
    .filter((type) => schema.hasRecordType(type))
    .map((type) => schema.recordType(type).family.family);
  return [...new Set([...families, 'customer'])].filter((family) => !NEVER_SAVED.has(family));
}

/**
 * @example
 * const saved = accountAfterRun(emulator, account, { today: '2026-11-26' });
 * saved.leads;                                  // []
 * saved.records?.customer?.find((row) => row.externalid === 'L1'); // { id: '501', stage: 'LEAD', salesrep: '7', custentity_tlr_status: 'val_tlr_owner', … }
 */
export function accountAfterRun(emulator: Emulator, account: AccountFile, options: SaveOptions): AccountFile {
  const { schema } = emulator;
  const records: Record<string, Record<string, unknown>[]> = {};
  for (const family of savedFamilies(schema, account)) {
    const excluded = options.exclude?.get(family);
    records[family] = [...emulator.store.all(family)]
      .filter((record) => !excluded?.has(record.id))
      .sort((a, b) => compareIds(a.id, b.id))
      .map((record) => hostRow(schema, record));
  }
  const features = account.features === undefined ? {} : { features: structuredClone(account.features) };
  const timezone = account.timezone === undefined ? {} : { timezone: account.timezone };
  return { today: options.today, ...timezone, parameters: structuredClone(account.parameters ?? {}), records, leads: [], ...features };
}

/** The saved account as its file holds it: JSON, two-space indents, a final line feed. */
export function accountFileText(account: AccountFile): string {
  return `${JSON.stringify(account, null, 2)}\n`;
}
