/**
 * The embedded sample account `npm run simulate` runs: a software company selling in North America, Europe and
 * Australasia, with 38 territories, 45 employees and about 400 existing accounts, receiving 2,500 web leads
 * on 2026-11-26. Built in memory from the tables in this folder and a fixed seed, in the account file format
 * (SPEC §5), so the same leads meet the same territories on every run and machine.
 */
import type { AccountFile } from '../tools/simulator/accountFile';
import { createRandom } from '../tools/fixtures/random';
import { existingRecords } from './existingAccounts';
import { sampleLeads } from './leads';
import { companyMaker } from './names';
import { employeeRecords, rep } from './reps';
import { CATEGORIES, LEAD_SOURCES, SUBSIDIARIES } from './setup';
import { memberRecords, territoryRecords } from './territories';

export const SAMPLE_TODAY = '2026-11-26';
export const SAMPLE_LEADS = 2500;
const SEED = 20261126;

export function sampleAccount(leadCount = SAMPLE_LEADS): AccountFile {
  const random = createRandom(SEED);
  const newCompany = companyMaker(random);
  return {
    today: SAMPLE_TODAY,
    parameters: {
      custscript_tlr_keep_existing: true,
      custscript_tlr_match_owner: true,
      // Inside sales takes what the full catch-all cannot.
      custscript_tlr_default_rep: rep('sam'),
    },
    records: {
      subsidiary: SUBSIDIARIES,
      campaign: LEAD_SOURCES,
      customercategory: CATEGORIES,
      employee: employeeRecords(),
      customrecord_tlr_territory: territoryRecords(),
      customrecord_tlr_member: memberRecords(),
      customer: existingRecords(random, newCompany),
    },
    leads: sampleLeads(random, leadCount, newCompany),
  };
}
