/**
 * Whatever text a lead carries, what routing writes into N/cache keys stays within NetSuite's 4 KB key limit (the
 * emulator refuses longer keys, as NetSuite does): the pending member update is parked under a key of fixed size.
 * A lead with the longest company name and email NetSuite holds routes; so does one far longer, set by a script.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { STANDARD_FIELD_LIMITS } from '../../tools/emulator/schema/fieldLimits';
import { TODAY, addLead, leadIn, run, statusValueId } from './harness';

/** West (US) with Ana alone, so every lead it routes is hers and her member's counters count them. */
function account(leads: Record<string, unknown>[]): AccountFile {
  return {
    today: TODAY,
    records: {
      employee: [{ id: '7', entityid: 'Ana Ruiz', issalesrep: true }],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' }],
      customrecord_tlr_member: [{ id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' }],
    },
    leads,
  };
}

/** `count` characters of four UTF-8 bytes each (the most a character takes). */
const wide = (count: number): string => '𝔄'.repeat(count);

describe('cache keys stay under 4 KB for any lead', () => {
  test('the longest company name and email NetSuite holds, in four-byte characters: ROUTED, the member update committed', () => {
    const email = `${'a'.repeat(STANDARD_FIELD_LIMITS.email - '@example.com'.length)}@example.com`;
    const lead = leadIn('L1', { country: 'US' }, { companyname: wide(STANDARD_FIELD_LIMITS.companyName), email });

    const { rows, emulator } = run(account([lead]));

    expect(rows).toEqual([expect.objectContaining({ lead: 'L1', salesrep: '7', territory: '1', status: 'ROUTED' })]);
    expect(emulator.read('customrecord_tlr_member', '11')).toMatchObject({ custrecord_tlr_mem_assigned: 1, custrecord_tlr_mem_turns: 1 });
  });

  test('a 5,000-character company name and a 20,000-byte email set past NetSuite’s limits by a script: ROUTED, no ERROR', () => {
    const { emulator } = run(account([]));

    const { lead } = addLead(emulator, leadIn('L2', { country: 'US' }, { companyname: wide(5000), email: `${wide(5000)}@example.com` }));

    expect(lead).toMatchObject({ salesrep: '7', custentity_tlr_territory: '1', custentity_tlr_status: statusValueId(emulator, 'ROUTED') });
    expect(emulator.read('customrecord_tlr_member', '11')).toMatchObject({ custrecord_tlr_mem_assigned: 1 });
  });
});
