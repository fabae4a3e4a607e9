/**
 * The owner-candidate search (SPEC §3.5 step 2) shared by the lead user event and the bulk paths: existing
 * customer-stage records (any stage, active, with a sales rep), their rep through a join, and `contains` terms
 * that bring back a superset — the engine keeps only exact domain and company-key matches.
 */
import search from 'N/search';
import type { OwnerCandidate, RepFacts } from '../engine';
import { LEAD, RECORD } from './ids';
import { joinedRepColumns, repThrough } from './joinedRep';
import { toOwnerCandidate, type FieldValue } from './mapper';

/**
 * The most selective word `contains` can search a company name by: the longest word of its normalised key,
 * never "and" (it may stand for a "&" that the stored name still has: "AT&T" → key "at and t" → "at").
 *
 * @example
 * companyTerm('smith and sons'); // 'smith'
 */
export function companyTerm(key: string): string {
  return key.split(' ').reduce((longest, word) => (word !== 'and' && word.length > longest.length ? word : longest), '');
}

/** `contains` filters for an email domain and a company key, to OR together. */
export function ownerTerms(emailDomain: string | null, companyKey: string | null): string[][] {
  const terms: string[][] = [];
  if (emailDomain !== null) terms.push([LEAD.email, 'contains', `@${emailDomain}`]);
  const term = companyKey === null ? '' : companyTerm(companyKey);
  if (term !== '') terms.push([LEAD.companyName, 'contains', term]);
  return terms;
}

/** Filter terms joined with 'or', as a search filter expression. */
export function anyOf(terms: readonly unknown[]): unknown[] {
  return terms.flatMap((term, index) => (index === 0 ? [term] : ['or', term]));
}

/** The owner search, narrowed by `extraFilters` (each already an expression) when given. */
export function ownerSearch(extraFilters: readonly unknown[][]): search.Search {
  const filters: unknown[] = [[LEAD.stage, 'anyof', ['LEAD', 'PROSPECT', 'CUSTOMER']], 'and', [LEAD.isInactive, 'is', 'F'], 'and', [LEAD.salesRep, 'noneof', '@NONE@']];
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
