/**
 * The owner-candidate search (SPEC §3.5 step 2) shared by the lead user event and the bulk paths: existing
 * customer-stage records (any stage, active, with a sales rep), their rep through a join, and `contains` terms
 * that bring back a superset — the engine keeps only exact domain and company-key matches.
 */
import search from 'N/search';
import type { OwnerCandidate, RepFacts } from '../engine';
import { LEAD, RECORD } from './ids';
import { joinedRepColumns, repThrough } from './joinedRep';
import { MAY_OWN, ruleFilters } from './leadRules';
import { toOwnerCandidate, type FieldValue } from './mapper';

/**
 * The words a company name is searched by: every word of its normalised key, each with `contains`, all required.
 * A record with the same key holds each of them (case aside), so nothing is missed; a shared trade word alone
 * ("Solutions") would bring back thousands of rows. "and" is left out: it may stand for a "&" the stored name
 * still has ("AT&T" → "at and t" → "at", "t").
 *
 * @example
 * companyWords('zeta solutions'); // ['zeta', 'solutions']
 */
export function companyWords(key: string): string[] {
  return [...new Set(key.split(' ').filter((word) => word !== '' && word !== 'and'))];
}

/** `contains` filter expressions for an email domain and a company key, to OR together. */
export function ownerTerms(emailDomain: string | null, companyKey: string | null): unknown[] {
  const terms: unknown[] = [];
  if (emailDomain !== null) terms.push([LEAD.email, 'contains', `@${emailDomain}`]);
  const words = companyKey === null ? [] : companyWords(companyKey);
  if (words.length > 0) terms.push(words.flatMap((word, index) => (index === 0 ? [[LEAD.companyName, 'contains', word]] : ['and', [LEAD.companyName, 'contains', word]])));
  return terms;
}

/** Filter terms joined with 'or', as a search filter expression. */
export function anyOf(terms: readonly unknown[]): unknown[] {
  return terms.flatMap((term, index) => (index === 0 ? [term] : ['or', term]));
}

/** The owner search, narrowed by `extraFilters` (each already an expression) when given. */
export function ownerSearch(extraFilters: readonly unknown[][]): search.Search {
  const filters = ruleFilters(MAY_OWN);
  for (const extra of extraFilters) filters.push('and', extra);
  return search.create({
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
}

/** One result of `ownerSearch` as an engine candidate, with its rep's facts from the join. */
export function ownerFromResult(result: search.Result): { candidate: OwnerCandidate; rep: RepFacts } {
  const candidate = toOwnerCandidate(String(result.id), (field) => result.getValue(field) as FieldValue);
  return { candidate, rep: repThrough(result, LEAD.salesRep, candidate.salesRepId) };
}
