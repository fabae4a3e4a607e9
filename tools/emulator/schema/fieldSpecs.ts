/** Small constructors for field definitions, so the record tables read as tables. */
import type { FieldDef, FieldType, StoredRecord, StoredValue } from './model';

export type FieldSpec = Omit<FieldDef, 'id'>;

/** `maxLength`: the longest value NetSuite stores, where a source says so (fieldLimits.ts). */
export const text = (label: string, maxLength?: number): FieldSpec => ({ type: 'TEXT', label, ...(maxLength === undefined ? {} : { maxLength }) });
export const textArea = (label: string): FieldSpec => ({ type: 'TEXTAREA', label });
export const email = (label: string, maxLength?: number): FieldSpec => ({ type: 'EMAIL', label, ...(maxLength === undefined ? {} : { maxLength }) });
export const checkbox = (label: string): FieldSpec => ({ type: 'CHECKBOX', label, defaultValue: false });
export const select = (label: string, target: string): FieldSpec => ({ type: 'SELECT', label, target });
export const readOnly = (spec: FieldSpec): FieldSpec => ({ ...spec, readOnly: true });
export const derived = (type: FieldType, label: string, derive: (record: StoredRecord) => StoredValue | undefined): FieldSpec => ({
  type,
  label,
  readOnly: true,
  derive,
});

/** Turns `{ id: spec }` into the map the schema uses. */
export function fieldMap(specs: Readonly<Record<string, FieldSpec>>): Map<string, FieldDef> {
  return new Map(Object.entries(specs).map(([id, spec]) => [id, { id, ...spec }]));
}
