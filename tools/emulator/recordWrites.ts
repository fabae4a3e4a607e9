/**
 * The one path every write takes (save, submitFields, delete): beforeSubmit user events, reference check,
 * system stamps, commit, afterSubmit user events. User events run only when the writer is not itself a user
 * event, as in NetSuite.
 */
import type { WriteEvent, WriteEventType } from './account';
import { notEmulated, suiteScriptError } from './errors';
import type { Execution } from './execution';
import { danglingReferences } from './references';
import type { RecordTypeDef, StoredRecord } from './schema/model';

export interface RecordWrite {
  typeDef: RecordTypeDef;
  /** The record as written; for xedit only the changed fields. Its id is '' for a create. */
  draft: StoredRecord;
  eventType: WriteEventType;
  /** For xedit: the changed fields; user events may add to it. */
  xeditFields?: Set<string>;
}

/** Writes the record and returns its internal id. */
export function writeRecord(execution: Execution, write: RecordWrite): string {
  const { account } = execution;
  if (write.typeDef.family.fromObjects) throw notEmulated(`Writing ${write.typeDef.type} records from a script`);
  const family = write.typeDef.family.family;
  const oldRecord = write.eventType === 'create' ? undefined : account.store.snapshot(family, write.draft.id);
  const event: WriteEvent = { eventType: write.eventType, typeDef: write.typeDef, newRecord: write.draft };
  if (oldRecord) event.oldRecord = oldRecord;
  if (write.xeditFields) event.xeditFields = write.xeditFields;
  if (execution.triggersUserEvents) account.userEvents.run('beforeSubmit', event, execution);

  if (write.eventType === 'delete') {
    account.store.remove(family, write.draft.id);
  } else {
    const committed = write.eventType === 'xedit' && oldRecord ? mergeXedit(oldRecord, write.draft, write.xeditFields) : structuredClone(write.draft);
    stampSystemFields(write.typeDef, committed, execution.account.clock.now().toISOString(), write.eventType === 'create' ? 'create' : 'edit');
    const dangling = danglingReferences(account.schema, account.store, committed)[0];
    if (dangling) throw suiteScriptError('INVALID_KEY_OR_REF', `Invalid ${dangling.fieldId} reference key ${dangling.value}.`);
    if (write.eventType === 'create') {
      committed.id = account.store.nextId();
      account.store.insert(committed);
    } else {
      account.store.replace(committed);
    }
    event.newRecord = write.eventType === 'xedit' ? { ...structuredClone(write.draft), id: committed.id } : committed;
  }
  if (execution.triggersUserEvents) account.userEvents.run('afterSubmit', event, execution);
  return event.newRecord.id;
}

function mergeXedit(oldRecord: StoredRecord, draft: StoredRecord, changed: ReadonlySet<string> = new Set()): StoredRecord {
  const merged = structuredClone(oldRecord);
  for (const fieldId of new Set([...changed, ...Object.keys(draft.values)])) {
    const value = draft.values[fieldId];
    if (value === undefined) delete merged.values[fieldId];
    else merged.values[fieldId] = value;
  }
  return merged;
}

/**
 * Values NetSuite sets itself: creation and modification stamps, and an entity's name when left empty.
 * Seeded records keep the stamps the host gave them.
 */
export function stampSystemFields(typeDef: RecordTypeDef, record: StoredRecord, now: string, mode: 'create' | 'edit' | 'seed'): void {
  const fields = typeDef.family.fields;
  for (const created of ['datecreated', 'created']) {
    if (mode !== 'edit' && fields.has(created) && record.values[created] === undefined) record.values[created] = now;
  }
  for (const modified of ['lastmodifieddate', 'lastmodified']) {
    if (fields.has(modified) && (mode !== 'seed' || record.values[modified] === undefined)) record.values[modified] = now;
  }
  if (fields.has('entityid') && record.values.entityid === undefined) {
    const person = [record.values.firstname, record.values.lastname].filter((part) => part !== undefined).join(' ');
    const name = record.values.companyname ?? (person || undefined);
    if (name !== undefined) record.values.entityid = String(name);
  }
}
