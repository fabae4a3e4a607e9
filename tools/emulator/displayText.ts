/** The text NetSuite shows for a select value: the referenced record's name, or a list value's label. */
import type { Account } from './account';

export function referenceText(account: Account, target: string, id: string): string {
  const family = account.schema.recordType(target).family;
  const record = account.store.get(family.family, id);
  if (!record) return '';
  const name = record.values[family.displayField];
  return name === undefined ? record.id : String(name);
}

/** Internal id of the record of `target` whose text is `text` (case-insensitive), for setText. */
export function referenceByText(account: Account, target: string, text: string): string | undefined {
  const family = account.schema.recordType(target).family;
  const wanted = text.trim().toLowerCase();
  for (const record of account.store.all(family.family)) {
    if (String(record.values[family.displayField] ?? record.id).toLowerCase() === wanted) return record.id;
  }
  return undefined;
}
