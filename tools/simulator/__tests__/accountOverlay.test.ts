// The draft reaches its worker as what it does not share with the current account; rebuilt on the shared account it
// is the draft again, whatever the draft shares.
import { deserialize } from 'node:v8';
import type { AccountFile } from '../accountFile';
import { overlayOf, withOverlay } from '../accountOverlay';
import { withDraftTerritories } from '../draftAccount';
import { sharedAccount } from '../workerRun';
import { usLead, westAccount } from './helpers/accounts';

function current(): AccountFile {
  const account = westAccount();
  account.leads = [usLead('L1'), usLead('L2')];
  return account;
}

const territorySet = (): AccountFile => ({
  records: { customrecord_tlr_territory: [{ id: '2', name: 'East', custrecord_tlr_countries: 'US' }], customrecord_tlr_member: [] },
});

describe('overlayOf and withOverlay', () => {
  it('give a withDraftTerritories draft as its territory and member lists only', () => {
    const account = current();
    const draft = withDraftTerritories(account, territorySet(), 'draft.json');

    const overlay = overlayOf(account, draft);

    expect(overlay).toEqual({ set: {}, drop: [], records: { set: territorySet().records, drop: [] } });
    expect(withOverlay(account, overlay)).toEqual(draft);
  });

  it('rebuild any draft on the shared account read back in a worker', () => {
    const account = current();
    const copy = structuredClone(account);
    copy.today = '2026-12-01';
    delete copy.parameters;
    delete copy.records!.employee;
    copy.records!.customer = [{ id: '900', companyname: 'New', salesrep: undefined }];
    const withoutRecords: AccountFile = { leads: account.leads! };

    for (const draft of [account, copy, withoutRecords, { ...account, records: undefined }]) {
      const rebuilt = withOverlay(deserialize(sharedAccount(account)) as AccountFile, overlayOf(account, draft));
      expect(rebuilt).toStrictEqual(draft);
    }
  });

  it('leave nothing to send when the draft is the account', () => {
    const account = current();

    expect(overlayOf(account, account)).toEqual({ set: {}, drop: [], records: { set: {}, drop: [] } });
  });
});
