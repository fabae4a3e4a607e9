import type { CustomerStage, LeadFacts, OwnerCandidate, RepFacts } from '../types';
import { compareIds } from '../definition/compare';
import { isFreeMailDomain } from './freeMailDomains';
import { salesRepProblem } from './salesRep';

/** Trailing words that name a legal form, not a company (SPEC §3.5). */
const LEGAL_SUFFIXES = [
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa',
  'sarl', 'bv', 'nv', 'plc', 'pty', 'srl', 'oy', 'ab', 'as', 'kk',
] as const;

/** LEGAL_SUFFIXES as a set, built on first use: the module loads on every execution, most never need it. */
let suffixSet: ReadonlySet<string> | undefined;

const STAGE_RANK: Readonly<Record<CustomerStage, number>> = { CUSTOMER: 0, PROSPECT: 1, LEAD: 2 };

/** An existing record that may own the lead's account, with why it matched. */
export interface RankedOwner {
  candidate: OwnerCandidate;
  rep: RepFacts;
  matchedBy: 'domain' | 'name';
}

/**
 * The email domain that identifies an account: lower-cased text after the last `@`; null when there is none or
 * it is a free-mail domain.
 *
 * @example
 * emailDomain('Jo@Sales.ACME.com'); // 'sales.acme.com'
 * emailDomain('jo@gmail.com'); // null
 * emailDomain(''); // null
 */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return domain === '' || isFreeMailDomain(domain) ? null : domain;
}

/**
 * A company name normalised for comparison (SPEC §3.5): lower case, `&` as `and`, punctuation as space, white
 * space collapsed, trailing legal suffixes dropped repeatedly; null when nothing is left.
 *
 * @example
 * companyKey('ACME, Inc.'); // 'acme'
 * companyKey('Acme Co. Ltd'); // 'acme'
 * companyKey('Smith & Sons GmbH'); // 'smith and sons'
 * companyKey('  '); // null
 */
export function companyKey(name: string): string | null {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  let end = words.length;
  while (end > 0 && isLegalSuffix(words[end - 1])) end -= 1;
  return end === 0 ? null : words.slice(0, end).join(' ');
}

function isLegalSuffix(word: string | undefined): boolean {
  suffixSet ??= new Set(LEGAL_SUFFIXES);
  return word !== undefined && suffixSet.has(word);
}

/**
 * The order of owners that match a lead the same way (both by domain, or both by name only): CUSTOMER, PROSPECT,
 * LEAD, then the lowest internal id. Negative when `a` ranks first.
 *
 * @example
 * compareCandidates({ stage: 'CUSTOMER', id: '900', … }, { stage: 'LEAD', id: '12', … }); // < 0
 */
export function compareCandidates(a: OwnerCandidate, b: OwnerCandidate): number {
  return STAGE_RANK[a.stage] - STAGE_RANK[b.stage] || compareIds(a.id, b.id);
}

/**
 * The candidates that may own the lead's account, best first (SPEC §3.5 step 2). Kept: active, not the lead
 * itself, with a rep who is an active sales rep, and the lead's email domain or company key. Order: domain
 * match before name-only, then CUSTOMER, PROSPECT, LEAD, then the lowest internal id.
 *
 * @example
 * rankOwners(lead({ email: 'jo@acme.com', companyName: 'Acme' }), [
 *   candidate({ id: '9', stage: 'CUSTOMER', companyName: 'ACME, Inc.', email: 'x@gmail.com' }),
 *   candidate({ id: '12', stage: 'LEAD', email: 'ops@acme.com' }),
 * ], reps).map((owner) => owner.candidate.id);
 * // ['12', '9']: a domain match beats a customer matched by name only
 */
export function rankOwners(
  lead: LeadFacts,
  candidates: readonly OwnerCandidate[],
  reps: ReadonlyMap<string, RepFacts>,
): RankedOwner[] {
  const domain = emailDomain(lead.email);
  const key = companyKey(lead.companyName);
  const owners: RankedOwner[] = [];
  for (const candidate of candidates) {
    const rep = reps.get(candidate.salesRepId);
    if (candidate.isInactive || candidate.id === lead.id || rep === undefined || salesRepProblem(rep) !== null) continue;
    if (domain !== null && emailDomain(candidate.email) === domain) owners.push({ candidate, rep, matchedBy: 'domain' });
    else if (key !== null && companyKey(candidate.companyName) === key) owners.push({ candidate, rep, matchedBy: 'name' });
  }
  return owners.sort(
    (a, b) => Number(a.matchedBy === 'name') - Number(b.matchedBy === 'name') || compareCandidates(a.candidate, b.candidate),
  );
}
