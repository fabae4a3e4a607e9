/** The owner candidates a test found (SPEC §3.5 step 2), each with how it matched and whether it could own the lead. */
import { companyKey, emailDomain, rankOwners, type LeadFacts, type OwnerCandidate, type RepFacts } from '../engine';
import { memberWhy } from './memberWhy';

export interface OwnerRow {
  recordId: string;
  stage: OwnerCandidate['stage'];
  email: string;
  companyName: string;
  repId: string;
  repName: string;
  matchedBy: 'domain' | 'name' | 'none';
  /** 'owner' for the one chosen, 'usable' for a lesser match, else why it cannot own the lead. */
  standing: string;
}

function standingOf(candidate: OwnerCandidate, rep: RepFacts | undefined, matchedBy: OwnerRow['matchedBy']): string {
  if (candidate.isInactive) return 'inactive record';
  if (matchedBy === 'none') return 'matches neither email domain nor company name';
  if (rep === undefined) return memberWhy({ eligible: false, why: 'REP_UNKNOWN' });
  if (rep.isInactive) return memberWhy({ eligible: false, why: 'REP_INACTIVE' });
  if (!rep.isSalesRep) return memberWhy({ eligible: false, why: 'NOT_SALES_REP' });
  return 'usable';
}

/**
 * In the engine's ranking order (owners first, best first), then the rest by id.
 *
 * @example
 * ownerRows(lead, candidates, reps, '500')[0]; // { recordId: '500', matchedBy: 'domain', standing: 'owner', … }
 */
export function ownerRows(lead: LeadFacts, candidates: readonly OwnerCandidate[], reps: ReadonlyMap<string, RepFacts>, ownerId: string | null): OwnerRow[] {
  const domain = emailDomain(lead.email);
  const key = companyKey(lead.companyName);
  const ranked = rankOwners(lead, candidates, reps).map((owner) => owner.candidate.id);
  const unique = [...new Map(candidates.map((candidate) => [candidate.id, candidate])).values()];
  const position = (candidate: OwnerCandidate) => {
    const index = ranked.indexOf(candidate.id);
    return index < 0 ? ranked.length : index;
  };
  return unique
    .sort((a, b) => position(a) - position(b))
    .map((candidate) => {
      const rep = reps.get(candidate.salesRepId);
      const byDomain = domain !== null && emailDomain(candidate.email) === domain;
      const matchedBy = byDomain ? 'domain' : key !== null && companyKey(candidate.companyName) === key ? 'name' : 'none';
      return {
        recordId: candidate.id,
        stage: candidate.stage,
        email: candidate.email,
        companyName: candidate.companyName,
        repId: candidate.salesRepId,
        repName: rep?.name ?? '',
        matchedBy,
        standing: candidate.id === ownerId ? 'owner' : standingOf(candidate, rep, matchedBy),
      };
    });
}
