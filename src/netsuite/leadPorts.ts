/**
 * The engine's ports for one lead at a time (the lead user event). Member states, their reps and — when a
 * territory needs them — the reps' open leads come from one SuiteQL query (10 units); owner candidates from one
 * paged search; anything a later question asks about the same reps is answered from what those already brought.
 */
import type { LeadFacts, MemberState, OwnerCandidate, RepFacts, RoutingPorts } from '../engine';
import { lookUpRep } from './employees';
import { readMembersById } from './memberQuery';
import { readOpenLeads } from './openLeadQuery';
import { anyOf, ownerFromResult, ownerSearch, ownerTerms } from './ownerQuery';
import { allRows } from './searchRows';

export function createLeadPorts(): RoutingPorts {
  const knownReps = new Map<string, RepFacts>();
  const countedOpenLeads = new Map<string, number>();

  function lookUpReps(ids: string[]): void {
    for (const id of ids.filter((repId) => !knownReps.has(repId))) knownReps.set(id, lookUpRep(id));
  }

  return {
    reps(repIds) {
      lookUpReps(repIds);
      return new Map(repIds.flatMap((id) => (knownReps.has(id) ? [[id, knownReps.get(id)!]] : [])));
    },

    memberStates(memberIds, countOpenLeadsOf) {
      const states = new Map<string, MemberState>();
      if (memberIds.length === 0) return states;
      for (const member of readMembersById(memberIds, countOpenLeadsOf.length > 0)) {
        states.set(member.id, member.state);
        if (member.rep !== null) knownReps.set(member.repId, member.rep);
        if (member.openLeads !== undefined) countedOpenLeads.set(member.repId, member.openLeads);
      }
      return states;
    },

    openLeads(repIds) {
      const missing = repIds.filter((id) => !countedOpenLeads.has(id));
      if (missing.length > 0) for (const [id, count] of readOpenLeads(missing)) countedOpenLeads.set(id, count);
      return new Map(repIds.map((id) => [id, countedOpenLeads.get(id) ?? 0]));
    },

    ownerCandidates(lead: LeadFacts, emailDomain: string | null, companyKey: string | null): OwnerCandidate[] {
      const terms = ownerTerms(emailDomain, companyKey);
      if (terms.length === 0) return [];
      const extra: unknown[][] = [anyOf(terms)];
      if (lead.id) extra.push(['internalid', 'noneof', lead.id]);
      // Every row, paged (5 + 5 a page): ranking needs them all, and a common name word must not hide a domain owner.
      return allRows(ownerSearch(extra), (result) => {
        const { candidate, rep } = ownerFromResult(result);
        knownReps.set(candidate.salesRepId, rep);
        return candidate;
      });
    },
  };
}
