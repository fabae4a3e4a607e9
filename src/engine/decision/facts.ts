import type { FactAnswer, FactRequest, KnownFacts, MemberState, OwnerCandidate, RepFacts } from '../types';

/** Nothing known yet: where a lead's first routing call starts. */
export const NO_FACTS: KnownFacts = {
  reps: new Map(),
  memberStates: new Map(),
  openLeads: new Map(),
  ownerCandidates: new Map(),
  whole: false,
};

const NO_STATE: MemberState = { turns: 0, assigned: 0 };

/**
 * The key owner candidates are known under: one search answers one email domain and company key.
 *
 * @example
 * ownerKey('acme.com', 'acme'); // 'acme.com|acme'
 */
export function ownerKey(emailDomain: string | null, companyKey: string | null): string {
  return `${emailDomain ?? ''}|${companyKey ?? ''}`;
}

/** A rep as far as the facts go: the rep, null when known to be no readable employee, undefined when not asked yet. */
export function knownRep(facts: KnownFacts, repId: string): RepFacts | null | undefined {
  const rep = facts.reps.get(repId);
  return rep === undefined && facts.whole ? null : rep;
}

/** A member's script-maintained state; a member asked about and not found has taken no turn yet. */
export function knownMemberState(facts: KnownFacts, memberId: string): MemberState | undefined {
  return facts.memberStates.get(memberId) ?? (facts.whole ? NO_STATE : undefined);
}

/** A rep's open leads; a rep asked about and not counted holds none. */
export function knownOpenLeads(facts: KnownFacts, repId: string): number | undefined {
  return facts.openLeads.get(repId) ?? (facts.whole ? 0 : undefined);
}

/** Owner candidates for these keys, or undefined when not searched yet. */
export function knownOwnerCandidates(facts: KnownFacts, emailDomain: string | null, companyKey: string | null): readonly OwnerCandidate[] | undefined {
  return facts.ownerCandidates.get(ownerKey(emailDomain, companyKey));
}

/** The reps of these ids the facts know (unknown employees left out), or a request for those not asked yet. */
export function repsOrRequest(facts: KnownFacts, repIds: readonly string[]): ReadonlyMap<string, RepFacts> | { request: FactRequest } {
  const reps = new Map<string, RepFacts>();
  const missing: string[] = [];
  for (const id of repIds) {
    const rep = knownRep(facts, id);
    if (rep === undefined) {
      if (!missing.includes(id)) missing.push(id);
    } else if (rep !== null) reps.set(id, rep);
  }
  return missing.length > 0 ? { request: { kind: 'reps', repIds: missing } } : reps;
}

function merged<V>(known: ReadonlyMap<string, V>, entries: Iterable<readonly [string, V]>): Map<string, V> {
  const next = new Map(known);
  for (const [key, value] of entries) next.set(key, value);
  return next;
}

/** The ids a request names, which its answer settles even when it leaves them out. */
function settledByRequest(request: FactRequest): Partial<Record<'reps' | 'memberStates' | 'openLeads', readonly string[]>> {
  switch (request.kind) {
    case 'reps':
      return { reps: request.repIds };
    case 'memberStates':
      return { memberStates: request.memberIds };
    case 'openLeads':
      return { openLeads: request.repIds };
    case 'ownerCandidates':
      return {};
  }
}

/**
 * The facts after an answer: what it brought (an answer may bring more than was asked — member states with their
 * reps and open leads, owner candidates with their reps), and every id the request named as settled, so nothing is
 * asked twice: a rep not returned is no readable employee, a member not returned has no state, a rep not counted
 * holds no open lead, a search that found nothing found no candidates. Never changes `known`.
 *
 * @example
 * const facts = learn(NO_FACTS, { kind: 'reps', repIds: ['7', '99'] }, { reps: [ana] });
 * knownRep(facts, '7'); // ana
 * knownRep(facts, '99'); // null: asked, not found
 */
export function learn(known: KnownFacts, request: FactRequest, answer: FactAnswer): KnownFacts {
  const settled = settledByRequest(request);
  const facts = { ...known };
  if (answer.reps !== undefined || settled.reps !== undefined) {
    const none = (settled.reps ?? []).filter((id) => !known.reps.has(id)).map((id) => [id, null] as const);
    facts.reps = merged(known.reps, [...none, ...(answer.reps ?? []).map((rep) => [rep.id, rep] as const)]);
  }
  if (answer.memberStates !== undefined || settled.memberStates !== undefined) {
    const none = (settled.memberStates ?? []).filter((id) => !known.memberStates.has(id)).map((id) => [id, NO_STATE] as const);
    facts.memberStates = merged(known.memberStates, [...none, ...(answer.memberStates ?? [])]);
  }
  if (answer.openLeads !== undefined || settled.openLeads !== undefined) {
    const none = (settled.openLeads ?? []).filter((id) => !known.openLeads.has(id)).map((id) => [id, 0] as const);
    facts.openLeads = merged(known.openLeads, [...none, ...(answer.openLeads ?? [])]);
  }
  if (request.kind === 'ownerCandidates') {
    facts.ownerCandidates = merged(known.ownerCandidates, [[ownerKey(request.emailDomain, request.companyKey), answer.ownerCandidates ?? []]]);
  }
  return facts;
}
