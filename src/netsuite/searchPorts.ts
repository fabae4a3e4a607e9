/**
 * The engine's ports backed by N/search, for one lead at a time (the lead user event).
 * Each port is one search at most; employee facts that arrive through joins are remembered so that
 * later questions about the same reps cost nothing.
 */
import search from 'N/search';
import type { LeadFacts, MemberState, OwnerCandidate, RepFacts, RoutingPorts } from '../engine';
import { REP_COLUMNS, lookUpRep } from './employees';
import { LEAD, MEMBER, RECORD } from './ids';
import { toMemberState, toOwnerCandidate, toRepFacts, type FieldValue } from './mapper';
import { firstRows } from './searchRows';

/** Employee columns read through a join (member → rep, customer → sales rep). */
function repThrough(result: search.Result, join: string, repId: string): RepFacts {
  return toRepFacts(repId, (field) => result.getValue({ name: field, join }) as FieldValue);
}

function joinedRepColumns(join: string): search.Column[] {
  return REP_COLUMNS.map((name) => search.createColumn({ name, join }));
}

/** Company-name search term: the longest word of the normalised key, the most selective one 'contains' can use. */
function nameTerm(companyKey: string): string {
  return companyKey.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

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
      const matches: unknown[] = [];
      if (emailDomain) matches.push([LEAD.email, 'contains', `@${emailDomain}`]);
      if (companyKey) {
        if (matches.length > 0) matches.push('or');
        matches.push([LEAD.companyName, 'contains', nameTerm(companyKey)]);
      }
      const filters: unknown[] = [
        [LEAD.stage, 'anyof', ['LEAD', 'PROSPECT', 'CUSTOMER']],
        'and',
        [LEAD.isInactive, 'is', 'F'],
        'and',
        [LEAD.salesRep, 'noneof', '@NONE@'],
        'and',
        matches,
      ];
      if (lead.id) filters.push('and', ['internalid', 'noneof', lead.id]);
      const query = search.create({
        type: RECORD.customer,
        filters,
        columns: [
          search.createColumn({ name: 'internalid', sort: search.Sort.ASC }),
          LEAD.stage,
          LEAD.salesRep,
          LEAD.email,
          LEAD.companyName,
          LEAD.isInactive,
          ...joinedRepColumns(LEAD.salesRep),
        ],
      });
      return firstRows(query, (result) => {
        const candidate = toOwnerCandidate(String(result.id), (field) => result.getValue(field) as FieldValue);
        knownReps.set(candidate.salesRepId, repThrough(result, LEAD.salesRep, candidate.salesRepId));
        return candidate;
      });
    },
  };
}
