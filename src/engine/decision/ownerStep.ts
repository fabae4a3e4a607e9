import type { FactRequest, KnownFacts, LeadFacts, OwnerTrace, RoutingSettings } from '../types';
import { knownOwnerCandidates, repsOrRequest } from './facts';
import { companyKey, emailDomain, rankOwners } from './owner';
import { repName } from './salesRep';
import type { StepResult } from './verdict';

/**
 * Step 2 of SPEC §3.5: the rep of an existing account with the lead's email domain or company name takes the
 * lead (OWNER). Candidates are asked for only when the lead has something to match by, then their reps, in one
 * request, unless the candidates' answer brought them.
 *
 * @example
 * decideByOwner(lead({ email: 'jo@acme.com' }), settings, facts).verdict;
 * // { status: 'OWNER', repId: '7', territoryId: null, memberUpdate: null }
 */
export function decideByOwner(lead: LeadFacts, settings: RoutingSettings, facts: KnownFacts): StepResult<OwnerTrace> | { request: FactRequest } {
  const keys = { emailDomain: emailDomain(lead.email), companyKey: companyKey(lead.companyName) };
  const skipped = ownerStepSkipped(settings.matchOwner, keys);
  if (skipped !== null) return { trace: skipped, verdict: null };
  const candidates = knownOwnerCandidates(facts, keys.emailDomain, keys.companyKey);
  if (candidates === undefined) return { request: { kind: 'ownerCandidates', ...keys } };
  const reps = repsOrRequest(facts, candidates.map((candidate) => candidate.salesRepId).filter((repId) => repId !== ''));
  if ('request' in reps) return reps;
  const [best] = rankOwners(lead, candidates, reps);
  const trace: OwnerTrace = { considered: true, ...keys, candidates: candidates.length };
  if (best === undefined) {
    const note = 'no existing account with the same email domain or company name has an active sales rep';
    return { trace: { ...trace, note }, verdict: null };
  }
  const { candidate, rep, matchedBy } = best;
  return {
    trace: {
      ...trace,
      winner: {
        recordId: candidate.id,
        recordName: candidate.companyName,
        stage: candidate.stage,
        repId: candidate.salesRepId,
        repName: repName(candidate.salesRepId, rep),
        matchedBy,
      },
    },
    verdict: { status: 'OWNER', repId: candidate.salesRepId, territoryId: null, memberUpdate: null },
  };
}

/** The lead's match keys, as the owner trace records them. */
export type OwnerKeys = Pick<OwnerTrace, 'emailDomain' | 'companyKey'>;

/**
 * The owner step's trace when it does not look at all: owner matching is off, or the lead has nothing to match by.
 *
 * @example
 * ownerStepSkipped(false, { emailDomain: 'acme.com', companyKey: 'acme' })?.note; // 'owner matching is off'
 * ownerStepSkipped(true, { emailDomain: 'acme.com', companyKey: null }); // null: the step looks
 */
export function ownerStepSkipped(matchOwner: boolean, keys: OwnerKeys): OwnerTrace | null {
  if (!matchOwner) return { considered: false, note: 'owner matching is off', ...keys, candidates: 0 };
  if (keys.emailDomain === null && keys.companyKey === null) {
    return { considered: false, note: 'the lead has no company email domain (none or free-mail) and no company name', ...keys, candidates: 0 };
  }
  return null;
}

/**
 * The owner step of a realigned lead, as the realignment settled it (RoutingMode): OWNER with the winner's rep, or
 * no verdict and the territories decide.
 *
 * @example
 * settledOwner({ considered: true, emailDomain: 'acme.com', companyKey: null, candidates: 1, winner }).verdict;
 * // { status: 'OWNER', repId: '7', territoryId: null, memberUpdate: null }
 */
export function settledOwner(trace: OwnerTrace): StepResult<OwnerTrace> {
  const winner = trace.winner;
  return { trace, verdict: winner === undefined ? null : { status: 'OWNER', repId: winner.repId, territoryId: null, memberUpdate: null } };
}
