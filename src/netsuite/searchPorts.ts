/**
 * The engine's ports backed by N/search, for one lead at a time (the lead user event).
 * Each port is one search at most; employee facts that arrive through joins are remembered so that
 * later questions about the same reps cost nothing.
 */
import search from 'N/search';
import type { LeadFacts, MemberState, OwnerCandidate, RepFacts, RoutingPorts } from '../engine';
import { lookUpRep } from './employees';
import { LEAD, MEMBER, RECORD } from './ids';
import { joinedRepColumns, repThrough } from './joinedRep';
import { toMemberState, type FieldValue } from './mapper';
import { anyOf, ownerFromResult, ownerSearch, ownerTerms } from './ownerQuery';
import { allRows, firstRows } from './searchRows';

export function createSearchPorts(): RoutingPorts {
  const knownReps = new Map<string, RepFacts>();

  function lookUpReps(ids: string[]): void {
    for (const id of ids.filter((repId) => !knownReps.has(repId))) knownReps.set(id, lookUpRep(id));
  }

  return {
    reps(repIds) {
      lookUpReps(repIds);
      return new Map(repIds.flatMap((id) => (knownReps.has(id) ? [[id, knownReps.get(id)!]] : [])));
    },

    memberStates(memberIds) {
      const states = new Map<string, MemberState>();
      if (memberIds.length === 0) return states;
      const query = search.create({
        type: RECORD.member,
        filters: [['internalid', 'anyof', memberIds]],
        columns: [MEMBER.turns, MEMBER.assigned, MEMBER.rep, ...joinedRepColumns(MEMBER.rep)],
      });
      for (const result of firstRows(query, (row) => row)) {
        states.set(String(result.id), toMemberState((field) => result.getValue(field) as FieldValue));
        const repId = String(result.getValue(MEMBER.rep));
        knownReps.set(repId, repThrough(result, MEMBER.rep, repId));
      }
      return states;
    },

    openLeads(repIds) {
      const counts = new Map<string, number>();
      if (repIds.length === 0) return counts;
      const query = search.create({
        type: RECORD.lead,
        filters: [[LEAD.salesRep, 'anyof', repIds], 'and', [LEAD.isInactive, 'is', 'F']],
        columns: [
          search.createColumn({ name: LEAD.salesRep, summary: search.Summary.GROUP }),
          search.createColumn({ name: 'internalid', summary: search.Summary.COUNT }),
        ],
      });
      for (const result of firstRows(query, (row) => row)) {
        const repId = String(result.getValue({ name: LEAD.salesRep, summary: search.Summary.GROUP }));
        counts.set(repId, Number(result.getValue({ name: 'internalid', summary: search.Summary.COUNT })));
      }
      return counts;
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
