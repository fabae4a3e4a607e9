/**
 * The engine's ports for one lead at a time (the lead user event). Member states of every matching territory (the
 * first one's and what the engine offers as `more`), their reps and — when a territory needs them — the reps' open
 * leads come from one SuiteQL query (10 units); owner candidates from one paged search; anything a later question
 * asks about the same members or reps is answered from what those already brought.
 */
import type { LeadFacts, MemberRequest, MemberState, OwnerCandidate, RepFacts, RoutingPorts } from '../engine';
import { lookUpRep } from './employees';
import { readMembersById } from './memberQuery';
import { readOpenLeads } from './openLeadQuery';
import { anyOf, ownerFromResult, ownerSearch, ownerTerms } from './ownerQuery';
import { allRows } from './searchRows';

/** Both requests' members and counted reps, each once. */
function joined(request: MemberRequest, more: MemberRequest): MemberRequest {
  return {
    memberIds: [...new Set([...request.memberIds, ...more.memberIds])],
    countOpenLeadsOf: [...new Set([...request.countOpenLeadsOf, ...more.countOpenLeadsOf])],
  };
}

export function createLeadPorts(): RoutingPorts {
  const knownReps = new Map<string, RepFacts>();
  const countedOpenLeads = new Map<string, number>();
  /** Every member asked for so far; null when the query found no such member. */
  const readStates = new Map<string, MemberState | null>();

  function lookUpReps(ids: string[]): void {
    for (const id of ids.filter((repId) => !knownReps.has(repId))) knownReps.set(id, lookUpRep(id));
  }

  return {
    reps(repIds) {
      lookUpReps(repIds);
      return new Map(repIds.flatMap((id) => (knownReps.has(id) ? [[id, knownReps.get(id)!]] : [])));
    },

    memberStates(request, more) {
      // What the lead may ask next comes in the same query: a territory that cannot take it costs nothing more.
      const wanted = more === undefined ? request : joined(request, more());
      const unread = wanted.memberIds.filter((id) => !readStates.has(id));
      if (unread.length > 0) {
        for (const id of unread) readStates.set(id, null);
        for (const member of readMembersById(unread, wanted.countOpenLeadsOf.length > 0)) {
          readStates.set(member.id, member.state);
          if (member.rep !== null) knownReps.set(member.repId, member.rep);
          if (member.openLeads !== undefined) countedOpenLeads.set(member.repId, member.openLeads);
        }
      }
      return new Map(request.memberIds.flatMap((id) => {
        const state = readStates.get(id);
        return state ? [[id, state] as const] : [];
      }));
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
