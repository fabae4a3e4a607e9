/**
 * The one path every write takes (save, submitFields, delete): beforeSubmit user events, reference check,
 * system stamps, commit, afterSubmit user events. User events run only when the writer is not itself a user
 * event, as in NetSuite. The three phases are steps a concurrent run (interleaving.ts) can put other work between.
 * Custom records are locked optimistically: saving one that another write changed since it was loaded fails with
 * RCRD_HAS_BEEN_CHANGED; submitFields and delete never check.
 */
import type { Invocation, WriteEvent, WriteEventType } from './account';
import { notEmulated, suiteScriptError } from './errors';
import type { Execution } from './execution';
import { copyRecord } from './recordCopy';
import { danglingReferences } from './references';
import type { RecordTypeDef, StoredRecord } from './schema/model';

export interface RecordWrite {
  typeDef: RecordTypeDef;
  /** The record as written, the write's own (it is stamped and committed); for xedit only the changed fields. Its id is '' for a create. */
  draft: StoredRecord;
  eventType: WriteEventType;
  /** For xedit: the changed fields; user events may add to it. */
  xeditFields?: Set<string>;
  /** For the save of a loaded record: the store's revision of it when it was loaded. */
  loadedRevision?: number;
}

export interface WriteOutcome {
  id: string;
  /** The user event invocations the write ran, beforeSubmit first. */
  invocations: Invocation[];
}

/** Writes the record and returns its internal id. */
export function writeRecord(execution: Execution, write: RecordWrite): string {
  return finish(writeSteps(execution, write)).id;
}

/** Runs steps to the end; their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function recordHasBeenChanged(): Error {
  return suiteScriptError('RCRD_HAS_BEEN_CHANGED', 'Record has been changed');
}

/** The write in three steps (beforeSubmit, commit, afterSubmit), yielding between them. */
export function* writeSteps(execution: Execution, write: RecordWrite): Generator<void, WriteOutcome> {
  const { account } = execution;
  const invocations: Invocation[] = [];
  if (write.typeDef.family.fromObjects) throw notEmulated(`Writing ${write.typeDef.type} records from a script`);
  const family = write.typeDef.family.family;
  // The stored record itself, read only: user events get a copy, and an xedit merges into one.
  const oldRecord = write.eventType === 'create' ? undefined : account.store.get(family, write.draft.id);
  const event: WriteEvent = { eventType: write.eventType, typeDef: write.typeDef, newRecord: write.draft };
  if (oldRecord) event.oldRecord = oldRecord;
  if (write.xeditFields) event.xeditFields = write.xeditFields;
  if (execution.triggersUserEvents) invocations.push(...account.userEvents.run('beforeSubmit', event, execution));
  yield;

  if (write.eventType === 'delete') {
    account.store.remove(family, write.draft.id);
  } else {
    // The draft is this write's own (a record's save copies its data; submitFields builds one; an xedit merges into a
    // copy), so the store keeps it as it is: afterSubmit gets a copy, and nothing else holds the draft after this.
    const committed = write.eventType === 'xedit' && oldRecord ? mergeXedit(oldRecord, write.draft, write.xeditFields) : write.draft;
    stampSystemFields(write.typeDef, committed, execution.account.clock.now().toISOString(), write.eventType === 'create' ? 'create' : 'edit');
    const dangling = danglingReferences(account.schema, account.store, committed)[0];
    if (dangling) throw suiteScriptError('INVALID_KEY_OR_REF', `Invalid ${dangling.fieldId} reference key ${dangling.value}.`);
    if (write.eventType === 'create') {
      committed.id = account.store.nextId();
      account.store.insert(committed, 'give');
    } else {
      const locked = write.typeDef.family.kind === 'custom' && write.loadedRevision !== undefined;
      if (locked && account.store.revision(family, committed.id) !== write.loadedRevision) throw recordHasBeenChanged();
      account.store.replace(committed, 'give');
    }
    event.newRecord = write.eventType === 'xedit' ? { ...copyRecord(write.draft), id: committed.id } : committed;
  }
  yield;
  if (execution.triggersUserEvents) invocations.push(...account.userEvents.run('afterSubmit', event, execution));
  return { id: event.newRecord.id, invocations };
}

function mergeXedit(oldRecord: StoredRecord, draft: StoredRecord, changed: ReadonlySet<string> = new Set()): StoredRecord {
  const merged = copyRecord(oldRecord);
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
