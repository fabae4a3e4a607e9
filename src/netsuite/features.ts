/**
 * The account features routing reads fields by. Accounts without OneWorld have no `subsidiary` on entities — not on
 * the record, not as a search column, not as a SuiteQL column — so a lead's subsidiary is read only where the
 * SUBSIDIARIES feature is in effect (0 units), and is empty elsewhere.
 */
import runtime from 'N/runtime';
import { LEAD } from './ids';
import type { ReadField } from './mapper';

/** OneWorld: entities have a subsidiary. @example hasSubsidiaries(); // false in an account without OneWorld */
export function hasSubsidiaries(): boolean {
  return runtime.isFeatureInEffect({ feature: 'SUBSIDIARIES' });
}

/**
 * The lead's body fields the account has, out of `fields`.
 *
 * @example
 * leadFieldsInAccount(['leadsource', 'subsidiary'], false); // ['leadsource']
 */
export function leadFieldsInAccount(fields: readonly string[], oneWorld: boolean): string[] {
  return oneWorld ? [...fields] : fields.filter((field) => field !== LEAD.subsidiary);
}

/**
 * `read` for a lead, answering "empty" for the fields the account does not have instead of reading them.
 *
 * @example
 * leadReader((fieldId) => lead.getValue({ fieldId }), false)('subsidiary'); // null, without a getValue
 */
export function leadReader(read: ReadField, oneWorld: boolean): ReadField {
  return oneWorld ? read : (fieldId) => (fieldId === LEAD.subsidiary ? null : read(fieldId));
}
