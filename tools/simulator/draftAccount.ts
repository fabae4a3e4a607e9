/**
 * The what-if's second account (`--compare draft.json`): the current account with its territory set — territory
 * and member records — taken from the draft file instead. Everything else (employees, customers, leads, parameters,
 * today) stays the current file's, so both runs route the same leads against the same records. The draft is an
 * account file (typically a copy of the current one with territories edited); its other contents are not read.
 */
import { RECORD } from '../../src/netsuite/ids';
import { AccountFileError, type AccountFile } from './accountFile';

/**
 * @example
 * withDraftTerritories(readAccountFile('current.json'), readAccountFile('draft.json'), 'draft.json').records?.customrecord_tlr_territory;
 * // the draft's territories; its employees, customers and leads are not read
 * withDraftTerritories(current, { records: {} }, 'draft.json');
 * // AccountFileError: draft.json: records.customrecord_tlr_territory: missing: the draft gives the territory set to compare (territories and members)
 */
export function withDraftTerritories(current: AccountFile, draft: AccountFile, draftSource: string): AccountFile {
  const territories = draft.records?.[RECORD.territory];
  if (territories === undefined) {
    throw new AccountFileError(`records.${RECORD.territory}: missing: the draft gives the territory set to compare (territories and members)`, draftSource);
  }
  return {
    ...current,
    records: { ...current.records, [RECORD.territory]: territories, [RECORD.member]: draft.records?.[RECORD.member] ?? [] },
  };
}
