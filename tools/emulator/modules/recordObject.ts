/**
 * record.Record in standard mode (the mode user events always use): body fields, sublists by line, address
 * subrecords on sublist lines, and save(). Values are validated by type when set; references when saved.
 */
import { suiteScriptError, type SuiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { copyRecord, copySublists, copyValues } from '../recordCopy';
import { finish, writeSteps, type WriteOutcome } from '../recordWrites';
import type { RecordTypeDef, StoredLine, StoredRecord, SublistDef } from '../schema/model';
import { fromScript, toScript } from '../values';
import { FieldAccess } from './fieldAccess';
import { optionsOf, requiredNumber, requiredString, type Options } from './options';

function invalidSublistOperation(detail: string): SuiteScriptError {
  return suiteScriptError('SSS_INVALID_SUBLIST_OPERATION', `You have attempted an invalid sublist or line item operation. ${detail}`);
}

/** A fresh record of a type: defaults applied, stage set for entities. */
export function newDraft(typeDef: RecordTypeDef): StoredRecord {
  const values: StoredRecord['values'] = {};
  for (const field of typeDef.family.fields.values()) if (field.defaultValue !== undefined) values[field.id] = field.defaultValue;
  if (typeDef.stage) values.stage = typeDef.stage;
  return { type: typeDef.type, id: '', values, sublists: {} };
}

export interface RecordOptions {
  /** For an xedit newRecord: the fields the edit changes; beforeSubmit adds each field it sets, so the write commits exactly those. */
  xeditFields?: Set<string>;
  /** For a loaded record: the store's revision of it at load, which its save checks (custom records). */
  loadedRevision?: number;
  /**
   * The data is someone else's (the store's record, a write's): read in place, copied before the first change. A
   * loaded record or a user event's copy the script only reads costs no copy.
   */
  shared?: boolean;
}

export class EmulatedRecord {
  readonly isDynamic = false;
  private readonly body: FieldAccess;
  /** Subrecords got while the data was shared: each moves to its line in the copy when the data is copied. */
  private rebinds: (() => void)[] | undefined;

  constructor(
    private readonly execution: Execution,
    private readonly typeDef: RecordTypeDef,
    private data: StoredRecord,
    private readonly options: RecordOptions = {},
  ) {
    const owner = `record type ${typeDef.type}`;
    this.body = new FieldAccess(execution.account, owner, typeDef.family.fields, (forChange) => (forChange ? this.ownData() : this.data).values, (fieldId) =>
      this.options.xeditFields?.add(fieldId),
    );
  }

  /** The data, made the record's own first when it is shared: every change goes through here. */
  private ownData(): StoredRecord {
    if (this.options.shared) {
      this.data = copyRecord(this.data);
      this.options.shared = false;
      for (const rebind of this.rebinds ?? []) rebind();
      this.rebinds = undefined;
    }
    return this.data;
  }

  get id(): number | null {
    return this.data.id === '' ? null : Number(this.data.id);
  }

  get type(): string {
    return this.data.type;
  }

  getValue(...args: unknown[]): unknown {
    const fieldId = requiredString(optionsOf(args, ['fieldId']), 'fieldId');
    if (['id', 'internalid'].includes(fieldId.toLowerCase())) return this.data.id;
    return this.body.get(fieldId);
  }

  setValue(...args: unknown[]): this {
    const options = optionsOf(args, ['fieldId', 'value']);
    this.body.set(requiredString(options, 'fieldId'), options.value);
    return this;
  }

  getText(...args: unknown[]): string | string[] {
    const fieldId = requiredString(optionsOf(args, ['fieldId']), 'fieldId');
    if (['id', 'internalid'].includes(fieldId.toLowerCase())) return this.data.id;
    return this.body.text(fieldId);
  }

  setText(...args: unknown[]): this {
    const options = optionsOf(args, ['fieldId', 'text']);
    this.body.setText(requiredString(options, 'fieldId'), options.text);
    return this;
  }

  /** The record's body fields; an inline edit's newRecord holds only the fields the edit changes, as in NetSuite. */
  getFields(): string[] {
    const changed = this.options.xeditFields;
    if (changed) return [...new Set([...changed, ...Object.keys(this.data.values)])];
    return this.body.fieldIds();
  }

  getSublists(): string[] {
    return [...this.typeDef.family.sublists.keys()];
  }

  getLineCount(options: Options): number {
    return this.lines(this.sublist(options)).length;
  }

  getSublistValue(options: Options): unknown {
    const { sublist, field, line } = this.lineField(options);
    return toScript(field, this.existingLine(sublist, line).values[field.id]);
  }

  setSublistValue(options: Options): this {
    const { sublist, field, line } = this.lineField(options);
    // Standard mode appends a line when the script sets a value on the line after the last.
    const lines = this.lines(sublist, true);
    if (line === lines.length) lines.push({ values: {}, subrecords: {} });
    const target = this.existingLine(sublist, line);
    const value = fromScript(field, options.value);
    if (value === undefined) delete target.values[field.id];
    else target.values[field.id] = value;
    return this;
  }

  insertLine(options: Options): this {
    const sublist = this.sublist(options);
    const line = requiredNumber(options, 'line');
    // The record's own list, created when it has none yet: a line inserted into a stand-in would be lost.
    const lines = this.lines(sublist, true);
    if (!Number.isInteger(line) || line < 0 || line > lines.length) throw invalidSublistOperation(`Line ${line} of ${sublist.id} cannot be inserted.`);
    lines.splice(line, 0, { values: {}, subrecords: {} });
    return this;
  }

  removeLine(options: Options): this {
    const sublist = this.sublist(options);
    const line = requiredNumber(options, 'line');
    this.existingLine(sublist, line);
    this.lines(sublist, true).splice(line, 1);
    return this;
  }

  findSublistLineWithValue(options: Options): number {
    const { sublist, field } = this.lineField(options, false);
    const wanted = fromScript(field, options.value);
    return this.lines(sublist).findIndex((line) => JSON.stringify(line.values[field.id]) === JSON.stringify(wanted));
  }

  hasSublistSubrecord(options: Options): boolean {
    const { sublist, fieldId, line } = this.subrecordTarget(options);
    return this.existingLine(sublist, line).subrecords[fieldId] !== undefined;
  }

  getSublistSubrecord(options: Options): EmulatedSubrecord {
    const { sublist, fieldId, line } = this.subrecordTarget(options);
    let target = this.existingLine(sublist, line);
    const fields = sublist.subrecords.get(fieldId);
    if (!fields) throw suiteScriptError('FIELD_1_IS_NOT_A_SUBRECORD_FIELD', `Field ${fieldId} is not a subrecord field.`);
    // Getting a subrecord the line lacks creates it: a change, made in the record's own data.
    if (target.subrecords[fieldId] === undefined) {
      this.ownData();
      target = this.existingLine(sublist, line);
    }
    target.subrecords[fieldId] ??= {};
    // An existing one is read in place while the data is shared (a user event reading the saved address copies
    // nothing). The copy made at the record's first change holds the same line at the same index (no line moves
    // while the data is shared): the subrecord moves to it then, and writes there.
    if (this.options.shared) (this.rebinds ??= []).push(() => (target = this.existingLine(sublist, line)));
    const values = (forChange: boolean): StoredRecord['values'] => {
      if (forChange) this.ownData();
      return target.subrecords[fieldId] as StoredRecord['values'];
    };
    return new EmulatedSubrecord(new FieldAccess(this.execution.account, `subrecord ${fieldId}`, fields, values));
  }

  /** Saves the record (create or edit) and returns its internal id. */
  save(): number {
    return Number(finish(this.saveSteps()).id);
  }

  /** The save as steps (host side: a concurrent run interleaves them with other creators'). */
  *saveSteps(): Generator<void, WriteOutcome> {
    const { account, meter } = this.execution;
    meter.chargeRecord('Record.save', this.typeDef.family.kind);
    account.faults.onWrite?.(this.typeDef.type, this.data.id === '' ? null : this.data.id);
    const eventType = this.data.id === '' ? 'create' : 'edit';
    const write = { typeDef: this.typeDef, draft: copyRecord(this.data), eventType, ...(this.options.loadedRevision === undefined ? {} : { loadedRevision: this.options.loadedRevision }) } as const;
    const outcome = yield* writeSteps(this.execution, write);
    if (this.data.id !== outcome.id) this.ownData().id = outcome.id;
    // A second save of the same object is checked against this one.
    this.options.loadedRevision = account.store.revision(this.typeDef.family.family, outcome.id);
    return outcome;
  }

  toJSON(): Record<string, unknown> {
    // A copy: the data may be the store's own (`shared`).
    return { id: this.data.id, type: this.data.type, isDynamic: false, fields: copyValues(this.data.values), sublists: copySublists(this.data.sublists) };
  }

  private sublist(options: Options): SublistDef {
    const sublistId = requiredString(options, 'sublistId').toLowerCase();
    const sublist = this.typeDef.family.sublists.get(sublistId);
    if (!sublist) throw invalidSublistOperation(`Sublist ${sublistId} does not exist on ${this.typeDef.type}.`);
    return sublist;
  }

  /** The sublist's lines; `forEdit` creates the list on a record that has none yet. */
  private lines(sublist: SublistDef, forEdit = false): StoredLine[] {
    if (forEdit) return (this.ownData().sublists[sublist.id] ??= []);
    return this.data.sublists[sublist.id] ?? [];
  }

  private existingLine(sublist: SublistDef, line: number): StoredLine {
    const found = this.lines(sublist)[line];
    if (!Number.isInteger(line) || !found) throw invalidSublistOperation(`Line ${line} does not exist on sublist ${sublist.id}.`);
    return found;
  }

  private lineField(options: Options, needsLine = true) {
    const sublist = this.sublist(options);
    const fieldId = requiredString(options, 'fieldId').toLowerCase();
    const field = sublist.fields.get(fieldId);
    if (!field) throw invalidSublistOperation(`Field ${fieldId} does not exist on sublist ${sublist.id}.`);
    const line = needsLine ? requiredNumber(options, 'line') : 0;
    return { sublist, field, line };
  }

  private subrecordTarget(options: Options) {
    const sublist = this.sublist(options);
    const fieldId = requiredString(options, 'fieldId').toLowerCase();
    return { sublist, fieldId, line: requiredNumber(options, 'line') };
  }
}

/** An address (or other) subrecord of a sublist line: fields only, saved with its parent. */
export class EmulatedSubrecord {
  constructor(private readonly access: FieldAccess) {}

  getValue(...args: unknown[]): unknown {
    return this.access.get(requiredString(optionsOf(args, ['fieldId']), 'fieldId'));
  }

  setValue(...args: unknown[]): this {
    const options = optionsOf(args, ['fieldId', 'value']);
    this.access.set(requiredString(options, 'fieldId'), options.value);
    return this;
  }

  getText(...args: unknown[]): string | string[] {
    return this.access.text(requiredString(optionsOf(args, ['fieldId']), 'fieldId'));
  }

  setText(...args: unknown[]): this {
    const options = optionsOf(args, ['fieldId', 'text']);
    this.access.setText(requiredString(options, 'fieldId'), options.text);
    return this;
  }

  getFields(): string[] {
    return this.access.fieldIds();
  }
}
