/**
 * Reading and writing one field of a values bag, shared by records and subrecords. Unknown fields are refused:
 * NetSuite may ignore a mistyped field id silently, the emulator names it instead.
 */
import type { Account } from '../account';
import { parseUserDate } from '../dates';
import { referenceByText, referenceText } from '../displayText';
import { suiteScriptError, type SuiteScriptError } from '../errors';
import type { FieldDef, StoredValues } from '../schema/model';
import { fromScript, invalidFieldValue, toDisplayText, toScript, typeGroup } from '../values';

function invalidField(owner: string, fieldId: string, reason: string): SuiteScriptError {
  return suiteScriptError('EMULATOR_INVALID_FIELD', `Field "${fieldId}" on ${owner} ${reason}`);
}

export class FieldAccess {
  constructor(
    private readonly account: Account,
    private readonly owner: string,
    private readonly fields: ReadonlyMap<string, FieldDef>,
    /** The values bag; `forChange` when a value is about to change (a record shared until changed copies it then). */
    private readonly values: (forChange: boolean) => StoredValues,
    /** Called with each field a script changes (xedit records track them). */
    private readonly onChange: (fieldId: string) => void = () => undefined,
  ) {}

  field(fieldId: unknown): FieldDef {
    const field = this.fields.get(String(fieldId).toLowerCase());
    if (!field) throw invalidField(this.owner, String(fieldId), 'does not exist (NetSuite may ignore an unknown field id silently; the emulator refuses it)');
    return field;
  }

  fieldIds(): string[] {
    return [...this.fields.keys()];
  }

  get(fieldId: unknown): unknown {
    const field = this.field(fieldId);
    return toScript(field, this.stored(field));
  }

  set(fieldId: unknown, value: unknown): void {
    const field = this.writable(fieldId);
    this.store(field, fromScript(field, value));
  }

  text(fieldId: unknown): string | string[] {
    const field = this.field(fieldId);
    const stored = this.stored(field);
    if (field.target !== undefined && field.type === 'SELECT') return stored === undefined ? '' : referenceText(this.account, field.target, String(stored));
    if (field.target !== undefined) return ((stored as readonly string[] | undefined) ?? []).map((id) => referenceText(this.account, field.target as string, id));
    return toDisplayText(field, stored);
  }

  setText(fieldId: unknown, text: unknown): void {
    const field = this.writable(fieldId);
    this.store(field, this.parseText(field, text));
  }

  /** The stored value, or where NetSuite may keep it instead (`alsoStoredIn`). */
  private stored(field: FieldDef): StoredValues[string] | undefined {
    const values = this.values(false);
    return values[field.id] ?? (field.alsoStoredIn === undefined ? undefined : values[field.alsoStoredIn]);
  }

  private writable(fieldId: unknown): FieldDef {
    const field = this.field(fieldId);
    if (field.readOnly) throw invalidField(this.owner, field.id, 'is set by NetSuite, not by scripts');
    return field;
  }

  private store(field: FieldDef, value: ReturnType<typeof fromScript>): void {
    const values = this.values(true);
    if (value === undefined) delete values[field.id];
    else values[field.id] = value;
    this.onChange(field.id);
  }

  private parseText(field: FieldDef, text: unknown): ReturnType<typeof fromScript> {
    const texts = Array.isArray(text) ? text.map(String) : [String(text ?? '')];
    if (texts.every((entry) => entry === '')) return undefined;
    const group = typeGroup(field.type);
    if (field.target !== undefined) {
      const ids = texts.map((entry) => referenceByText(this.account, field.target as string, entry) ?? fail(field, entry));
      return group === 'select' ? ids[0] : ids;
    }
    const [first = ''] = texts;
    if (group === 'checkbox') {
      if (first !== 'T' && first !== 'F') throw invalidFieldValue(field.id, first);
      return first === 'T';
    }
    if (group === 'number') return fromScript(field, first);
    if (group === 'date') return parseUserDate(first) ?? fail(field, first);
    if (group === 'datetime') throw invalidFieldValue(field.id, first);
    return first;
  }
}

function fail(field: FieldDef, text: string): never {
  throw invalidFieldValue(field.id, text);
}
