/**
 * Seeded accounts for the realignment's owner rules (SPEC §4 "Owners in realign"): the sample account's reps,
 * territories and kinds of existing accounts, plus existing leads that share company names and email domains in
 * every way owner matching can link them — colleagues at one company, a company writing from free mail, a lead
 * that took another's domain or name (so owners chain: A names B by company name, B names C by domain) and ones
 * that link back (loops). The leads carry whatever rep history left them: an active rep, a rep who left, or none.
 * Built from the sample's own factories and a seed, so each seed is one reproducible account and nothing is stored.
 */
import { sampleAccount } from '../../sample/account';
import { existingRecords } from '../../sample/existingAccounts';
import { sampleLeads } from '../../sample/leads';
import { companyMaker } from '../../sample/names';
import { ACTIVE_REP_HANDLES, rep } from '../../sample/reps';
import { createRandom, type Random } from '../../tools/fixtures/random';
import type { AccountFile } from '../../tools/simulator/accountFile';

type Row = Record<string, unknown>;

const domainOf = (email: unknown): string => String(email ?? '').slice(String(email ?? '').lastIndexOf('@') + 1);
const localPart = (email: unknown): string => String(email ?? '').slice(0, Math.max(0, String(email ?? '').lastIndexOf('@')));

/** The rep a lead was left with: an active rep, a rep who has left (Victor), or none. */
function currentRep(random: Random): Row {
  const roll = random.next();
  if (roll < 0.45) return { salesrep: rep(random.pick(ACTIVE_REP_HANDLES)), custentity_tlr_status: 'val_tlr_routed' };
  if (roll < 0.55) return { salesrep: rep('victor'), custentity_tlr_status: 'val_tlr_routed' };
  return {};
}

/**
 * Cross-links a lead with an earlier one of a small set of "hub" leads: it takes the hub's email domain (keeping
 * its own company name) or the hub's company name (keeping its own email), so owners form chains and loops.
 */
function crossLinked(random: Random, lead: Row, hubs: readonly Row[]): Row {
  if (hubs.length === 0) return lead;
  const hub = random.pick(hubs);
  const roll = random.next();
  if (roll < 0.18 && domainOf(hub.email) !== '') return { ...lead, email: `${localPart(lead.email) || 'info'}@${domainOf(hub.email)}` };
  if (roll < 0.36 && hub.companyname) return { ...lead, companyname: hub.companyname };
  return lead;
}

/** The sample's lead rows (made for creation) as existing lead-stage records with ids from `firstId`. */
function existingLeads(random: Random, drafts: readonly Row[], firstId: number): Row[] {
  const hubs: Row[] = [];
  return drafts.map((draft, index) => {
    const { externalid: _externalid, salesrep: _salesrep, ...values } = draft;
    const lead = crossLinked(random, values, hubs);
    if (hubs.length < 40 && random.chance(0.3)) hubs.push(lead);
    return {
      id: String(firstId + index),
      stage: 'LEAD',
      ...lead,
      ...currentRep(random),
      ...(random.chance(0.03) ? { custentity_tlr_lock: true } : {}),
      ...(random.chance(0.03) ? { isinactive: true } : {}),
    };
  });
}

/**
 * One seeded account: the sample account's parameters, reps and territories, its existing accounts (customers,
 * prospects and the capacity reps' open leads) drawn from `seed`, and `leadCount` existing leads sharing names and
 * domains.
 *
 * @example
 * const account = sharedCompanyAccount(3);
 * simulate(account, { bulk: { kind: 'realign', mode: 'APPLY' } });
 */
export function sharedCompanyAccount(seed: number, leadCount = 240): AccountFile {
  const random = createRandom(seed);
  const newCompany = companyMaker(random);
  const accounts = existingRecords(random, newCompany);
  const firstLeadId = Math.max(...accounts.map((account) => Number(account.id))) + 1;
  const sample = sampleAccount(0);
  return {
    ...sample,
    records: { ...sample.records, customer: [...accounts, ...existingLeads(random, sampleLeads(random, leadCount, newCompany), firstLeadId)] },
    leads: [],
  };
}
