// The embedded sample account: valid, the same on every run, and routed without errors by the built scripts.
import path from 'node:path';
import { sampleAccount, SAMPLE_LEADS, SAMPLE_TODAY } from '../../../sample/account';
import { Schema } from '../../emulator/schema/accountSchema';
import { simulate } from '../simulate';
import { validateAccount } from '../validateAccount';
import { ROOT } from './helpers/accounts';

describe('the sample account', () => {
  test('passes every check of an account file', () => {
    expect(() => validateAccount(Schema.fromObjectsDir(path.join(ROOT, 'Objects')), sampleAccount())).not.toThrow();
  });

  test('is built from a fixed seed: the same on every call', () => {
    expect(sampleAccount()).toEqual(sampleAccount());
  });

  test('holds what the README promises', () => {
    const { today, records = {}, leads = [] } = sampleAccount();
    const employees = records.employee ?? [];
    const countries = new Set(leads.map((lead) => (lead.addressbook as { defaultbilling: boolean; addressbookaddress: { country: string } }[]).find((line) => line.defaultbilling)?.addressbookaddress.country));

    expect(today).toBe(SAMPLE_TODAY);
    expect(leads).toHaveLength(SAMPLE_LEADS);
    expect(new Set(leads.map((lead) => lead.externalid)).size).toBe(SAMPLE_LEADS);
    expect(records.customrecord_tlr_territory).toHaveLength(38);
    expect(employees).toHaveLength(45);
    expect(employees.filter((employee) => employee.isinactive)).toHaveLength(1);
    for (const country of ['US', 'CA', 'GB', 'DE', 'FR', 'AU', 'JP']) expect(countries).toContain(country);
  });

  test('its first 300 leads route without an error, through every kind of outcome the first hours bring', () => {
    const { summary } = simulate(sampleAccount(300), { root: ROOT });

    expect(summary.statuses.ERROR).toBe(0);
    expect(summary.withoutStatus).toBe(0);
    for (const status of ['ROUTED', 'FALLBACK', 'OWNER', 'KEPT'] as const) expect(summary.statuses[status]).toBeGreaterThan(0);
    // The Ireland territory was imported with a bad country code: skipped, and logged once, when the plan loaded.
    expect(summary.loggedErrors.map((error) => `${error.leads}× ${error.title}`)).toEqual(['1× Territory 221 skipped: invalid data']);
  });
});
