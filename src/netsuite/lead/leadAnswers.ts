/**
 * Answers the engine's requests for one lead at a time (the lead user event, the console's dry run), each with the
 * fewest units: the members of every matching territory, their reps and — when a territory counts them — the reps'
 * open leads from one SuiteQL query (10 units); owner candidates and their reps from one paged search; any other
 * rep by lookup (1 unit). The engine's facts remember every answer, so nothing here keeps state.
 */
import type { AnswerFacts, FactAnswer, LeadFacts } from '../../engine';
import { lookUpRep } from '../employees';
import { readMembersById } from '../memberQuery';
import { readOpenLeads } from '../openLeadQuery';
import { anyOf, ownerFromResult, ownerSearch, ownerTerms } from '../ownerQuery';
import { allRows } from '../searchRows';

function ownerCandidatesOf(lead: LeadFacts, emailDomain: string | null, companyKey: string | null): FactAnswer {
  const terms = ownerTerms(emailDomain, companyKey);
  if (terms.length === 0) return { ownerCandidates: [] };
  const extra: unknown[][] = [anyOf(terms)];
  if (lead.id) extra.push(['internalid', 'noneof', lead.id]);
  // Every row, paged (5 + 5 a page): ranking needs them all, and a common name word must not hide a domain owner.
  const found = allRows(ownerSearch(extra), ownerFromResult);
  return { ownerCandidates: found.map((owner) => owner.candidate), reps: found.map((owner) => owner.rep) };
}

/**
 * The answers for `lead`'s routing, read from NetSuite.
 *
 * @example
 * const { decision } = decideLead(plan, lead, context, answerFromNetSuite(lead));
 */
export function answerFromNetSuite(lead: LeadFacts): AnswerFacts {
  return (request) => {
    switch (request.kind) {
      case 'reps':
        return { reps: request.repIds.map(lookUpRep) };
      case 'memberStates': {
        const members = readMembersById(request.memberIds, request.countOpenLeadsOf.length > 0);
        return {
          memberStates: new Map(members.map((member) => [member.id, member.state])),
          reps: members.flatMap((member) => member.rep ?? []),
          openLeads: new Map(members.flatMap((member) => (member.openLeads === undefined ? [] : [[member.repId, member.openLeads] as const]))),
        };
      }
      case 'openLeads':
        return { openLeads: readOpenLeads(request.repIds) };
      case 'ownerCandidates':
        return ownerCandidatesOf(lead, request.emailDomain, request.companyKey);
    }
  };
}
