/**
 * Owner candidates for the sweep (SPEC §3.5 step 2): existing customer-stage records (any stage, active, with a
 * sales rep) with their rep through a join, asked once per batch of leads with every batch lead's email domain and
 * company term OR-ed together; 10 units for up to 1,000 rows. `contains` brings back a superset; the engine keeps
 * only exact domain and company-key matches. (The realignment reads the whole pool with SuiteQL: customerRead.ts.)
 */
import { companyKey, emailDomain, type OwnerCandidate, type RepFacts } from '../../engine';
import type { BatchLead } from '../../engine/batch';
import { anyOf, ownerFromResult, ownerSearch, ownerTerms } from '../ownerQuery';
import { allRows } from '../searchRows';

export interface OwnerRead {
  candidates: OwnerCandidate[];
  reps: RepFacts[];
}

/** One `contains` term per distinct email domain and company term of the leads. */
function batchTerms(leads: readonly BatchLead[]): unknown[] {
  const terms = new Map<string, unknown>();
  for (const { facts } of leads) {
    for (const term of ownerTerms(emailDomain(facts.email), companyKey(facts.companyName))) terms.set(JSON.stringify(term), term);
  }
  return [...terms.values()];
}

/**
 * The records that may own any lead of a batch; none (and no search) when no lead has a domain or a company name.
 *
 * @example
 * ownersForBatch(batch).candidates.map((candidate) => candidate.id); // ['500', '731']
 */
export function ownersForBatch(leads: readonly BatchLead[]): OwnerRead {
  const terms = batchTerms(leads);
  if (terms.length === 0) return { candidates: [], reps: [] };
  const reps = new Map<string, RepFacts>();
  const candidates = allRows(ownerSearch([anyOf(terms)]), (result) => {
    const { candidate, rep } = ownerFromResult(result);
    reps.set(candidate.salesRepId, rep);
    return candidate;
  });
  return { candidates, reps: [...reps.values()] };
}
