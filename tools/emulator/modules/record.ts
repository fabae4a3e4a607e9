/** N/record: create, load, submitFields and delete, metered, with user events fired on each write. */
import { notEmulated, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import { copyRecord } from '../recordCopy';
import { writeRecord } from '../recordWrites';
import type { RecordTypeDef, StoredRecord } from '../schema/model';
import { typeEnum } from './enumProxy';
import { FieldAccess } from './fieldAccess';
import { optionsOf, requiredString, type Options } from './options';
import { EmulatedRecord, newDraft } from './recordObject';

function recordDoesNotExist(): Error {
  return suiteScriptError('RCRD_DSNT_EXIST', 'That record does not exist.');
}

export function createRecordModule(execution: Execution) {
  const { account } = execution;

  function writableType(options: Options): RecordTypeDef {
    const typeDef = account.schema.recordType(requiredString(options, 'type'));
    if (typeDef.family.isList) throw notEmulated(`Writing custom list ${typeDef.type} from a script`);
    if (options.isDynamic === true) throw notEmulated('Dynamic mode (isDynamic: true)');
    return typeDef;
  }

  /**
   * The stored record of exactly this type (a prospect is not found as a lead), as stored: read it, or copy it
   * before changing it.
   */
  function existing(typeDef: RecordTypeDef, options: Options): StoredRecord {
    const record = account.store.get(typeDef.family.family, requiredString(options, 'id'));
    if (!record || record.type !== typeDef.type) throw recordDoesNotExist();
    return record;
  }

  return {
    Type: typeEnum(),

    create(options: Options): EmulatedRecord {
      const typeDef = writableType(options);
      execution.meter.chargeRecord('record.create', typeDef.family.kind);
      return new EmulatedRecord(execution, typeDef, newDraft(typeDef));
    },

    load(options: Options): EmulatedRecord {
      const typeDef = writableType(options);
      execution.meter.chargeRecord('record.load', typeDef.family.kind);
      const loaded = existing(typeDef, options);
      return new EmulatedRecord(execution, typeDef, loaded, { loadedRevision: account.store.revision(typeDef.family.family, loaded.id), shared: true });
    },

    copy(): never {
      throw notEmulated('record.copy');
    },

    /** Inline edit: user events see type xedit and a newRecord holding only the changed fields. */
    submitFields(options: Options): number {
      const typeDef = writableType(options);
      execution.meter.chargeRecord('record.submitFields', typeDef.family.kind);
      const record = existing(typeDef, options);
      account.faults.onWrite?.(typeDef.type, record.id);
      const draft: StoredRecord = { type: record.type, id: record.id, values: {}, sublists: {} };
      const changed = new Set<string>();
      const fields = new FieldAccess(account, `record type ${typeDef.type}`, typeDef.family.fields, () => draft.values, (fieldId) => changed.add(fieldId));
      for (const [fieldId, value] of Object.entries((options.values ?? {}) as Options)) fields.set(fieldId, value);
      return Number(writeRecord(execution, { typeDef, draft, eventType: 'xedit', xeditFields: changed }));
    },

    delete(...args: unknown[]): number {
      const options = optionsOf(args, ['type', 'id']);
      const typeDef = writableType(options);
      execution.meter.chargeRecord('record.delete', typeDef.family.kind);
      const record = existing(typeDef, options);
      account.faults.onWrite?.(typeDef.type, record.id);
      // beforeSubmit's newRecord is the draft, which the script may change: a copy.
      return Number(writeRecord(execution, { typeDef, draft: copyRecord(record), eventType: 'delete' }));
    },
  };
}

