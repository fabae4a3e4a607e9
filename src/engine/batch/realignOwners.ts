import { compareIds } from '../definition/compare';
import { compareCandidates, companyKey, emailDomain } from '../decision/owner';
import { ownerStepSkipped } from '../decision/ownerStep';
import { salesRepProblem } from '../decision/salesRep';
import type { OwnerCandidate, OwnerTrace, RepFacts } from '../types';
import type { BatchLead } from './types';

/** The record a lead in scope follows in a realignment, and why it matched. */
export interface OwnerLink {
  record: OwnerCandidate;
  matchedBy: 'domain' | 'name';
  /** A lead in scope owns with the rep it ends the realignment with, not the one it has now. */
  inScope: boolean;
}

/** A lead in scope towards its company: the record it follows (null: decided as if it had no owner) and why. */
export interface LeadOwner {
  owner: OwnerLink | null;
  /** The owner step's trace; its winner is added once the owner's rep is settled. */
  trace: OwnerTrace;
}

const NO_MATCH = 'no other lead in scope, and no existing account with an active sales rep, has the same email domain or company name';
/** Ids a loop note lists before it elides the rest. */
const LOOP_IDS_SHOWN = 6;

/** The candidates indexed by email domain and company key, each list best first (§3.5, same kind of match). */
interface MatchClasses {
  byDomain: Map<string, OwnerCandidate[]>;
  byKey: Map<string, OwnerCandidate[]>;
  /** How many candidates have both this domain and this key, to count a lead's candidates without listing them. */
  byBoth: Map<string, number>;
}

const bothKey = (domain: string, key: string) => `${domain}\n${key}`;

function matchClasses(candidates: readonly OwnerCandidate[]): MatchClasses {
  const classes: MatchClasses = { byDomain: new Map(), byKey: new Map(), byBoth: new Map() };
  const add = (map: Map<string, OwnerCandidate[]>, key: string | null, candidate: OwnerCandidate) => {
    if (key === null) return;
    const list = map.get(key);
    if (list === undefined) map.set(key, [candidate]);
    else list.push(candidate);
  };
  for (const candidate of [...candidates].sort(compareCandidates)) {
    const domain = emailDomain(candidate.email);
    const key = companyKey(candidate.companyName);
    add(classes.byDomain, domain, candidate);
    add(classes.byKey, key, candidate);
    if (domain !== null && key !== null) classes.byBoth.set(bothKey(domain, key), (classes.byBoth.get(bothKey(domain, key)) ?? 0) + 1);
  }
  return classes;
}

/** The best of a match class other than the lead itself: the first or, when that is the lead, the second. */
function bestOther(list: readonly OwnerCandidate[] | undefined, leadId: string): OwnerCandidate | undefined {
  if (list === undefined) return undefined;
  return list[0]?.id === leadId ? list[1] : list[0];
}

/** The name of the first territory marked before owner (SPEC §3.5) that matches a lead, or null when none does. */
export type BeforeOwnerMatch = (lead: BatchLead) => string | null;

function ownerOf(lead: BatchLead, classes: MatchClasses, inScope: ReadonlySet<string>, matchOwner: boolean, beforeOwner: BeforeOwnerMatch): LeadOwner {
  const { id } = lead.facts;
  const isCandidate = !lead.isInactive;
  const keys = { emailDomain: emailDomain(lead.facts.email), companyKey: companyKey(lead.facts.companyName) };
  const skipped = ownerStepSkipped(matchOwner, keys);
  if (skipped !== null) return { owner: null, trace: skipped };
  const territory = beforeOwner(lead);
  if (territory !== null) {
    const note = `territory ${territory}, routed before existing-owner matching, matches this lead, so it follows no owner`;
    return { owner: null, trace: { considered: false, note, ...keys, candidates: 0 } };
  }
  const byDomain = keys.emailDomain === null ? undefined : classes.byDomain.get(keys.emailDomain);
  const byKey = keys.companyKey === null ? undefined : classes.byKey.get(keys.companyKey);
  const both = keys.emailDomain === null || keys.companyKey === null ? 0 : (classes.byBoth.get(bothKey(keys.emailDomain, keys.companyKey)) ?? 0);
  const candidates = (byDomain?.length ?? 0) + (byKey?.length ?? 0) - both - (isCandidate ? 1 : 0);
  const trace: OwnerTrace = { considered: true, ...keys, candidates };
  const domainOwner = bestOther(byDomain, id);
  // A candidate with the lead's domain is a domain match whatever its name, so the name class only counts without one.
  const best = domainOwner === undefined ? bestOther(byKey, id) : domainOwner;
  if (best === undefined) return { owner: null, trace: { ...trace, note: NO_MATCH } };
  return { owner: { record: best, matchedBy: domainOwner === undefined ? 'name' : 'domain', inScope: inScope.has(best.id) }, trace };
}

/** e.g. "owners loop among leads in scope (#900 → #901 → #900); …" */
function loopNote(loop: readonly string[]): string {
  const ids = loop.map((id) => `#${id}`);
  const shown = loop.length > LOOP_IDS_SHOWN ? [...ids.slice(0, LOOP_IDS_SHOWN), '…'] : [...ids, ids[0]];
  return `owners loop among leads in scope (${shown.join(' → ')}); the loop is broken at its lowest id, this lead`;
}

/**
 * The leads at which owner loops are broken (SPEC §4: "where owners loop among leads in scope, the loop's lowest-id
 * lead is treated as having no owner"), each with its loop in owner order from it. `ownerOf` maps every lead in
 * scope to the lead in scope it follows, or null (no owner, or one outside the scope).
 *
 * @example
 * breakOwnerLoops(new Map([['900', '901'], ['901', '902'], ['902', '900'], ['903', '900']]));
 * // Map { '900' => ['900', '901', '902'] }: 903 follows the loop without being part of it
 */
export function breakOwnerLoops(ownerOf: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  const seen = new Map<string, 'on path' | 'done'>();
  for (const start of ownerOf.keys()) {
    const path: string[] = [];
    let at: string | null | undefined = start;
    while (at != null && ownerOf.has(at) && !seen.has(at)) {
      seen.set(at, 'on path');
      path.push(at);
      at = ownerOf.get(at);
    }
    if (at != null && seen.get(at) === 'on path') {
      const loop = path.slice(path.indexOf(at));
      const head = loop.reduce((lowest, id) => (compareIds(id, lowest) < 0 ? id : lowest));
      const from = loop.indexOf(head);
      heads.set(head, [...loop.slice(from), ...loop.slice(0, from)]);
    }
    for (const id of path) seen.set(id, 'done');
  }
  return heads;
}

/**
 * Each lead's owner in a realignment (SPEC §4 "Owners in realign"): the best record by §3.5's ranking among the
 * active customer-stage records other than itself that match it and are either leads in scope (whatever rep they
 * have now) or outside the scope with an active sales rep; loops among leads in scope broken at their lowest id.
 * `outside` may also hold the leads in scope (a read of every record with a rep): those count as leads in scope.
 * With owner matching off no lead has an owner, nor has a lead that a territory marked before owner matches (it may
 * still be the owner of others).
 *
 * @example
 * const owners = resolveRealignOwners(leads, [customer500], reps, true);
 * owners.get('901')?.owner?.record.id; // '900': a lead in scope with the same email domain
 * owners.get('900')?.owner?.record.id; // '500': the customer of that domain
 */
export function resolveRealignOwners(
  leads: readonly BatchLead[],
  outside: readonly OwnerCandidate[],
  reps: ReadonlyMap<string, RepFacts>,
  matchOwner: boolean,
  beforeOwner: BeforeOwnerMatch = () => null,
): Map<string, LeadOwner> {
  const inScope = new Set(leads.map((lead) => lead.facts.id));
  const scopeCandidates = leads.filter((lead) => !lead.isInactive).map(leadAsCandidate);
  const outsideCandidates = outside.filter(
    (record) => !inScope.has(record.id) && !record.isInactive && salesRepProblem(reps.get(record.salesRepId)) === null,
  );
  const classes = matchClasses(matchOwner ? [...scopeCandidates, ...outsideCandidates] : []);
  const owners = new Map(leads.map((lead) => [lead.facts.id, ownerOf(lead, classes, inScope, matchOwner, beforeOwner)]));
  const followed = new Map([...owners].map(([id, { owner }]) => [id, owner?.inScope ? owner.record.id : null]));
  for (const [head, loop] of breakOwnerLoops(followed)) {
    const { trace } = owners.get(head)!;
    owners.set(head, { owner: null, trace: { ...trace, note: loopNote(loop) } });
  }
  return owners;
}

function leadAsCandidate({ facts }: BatchLead): OwnerCandidate {
  return { id: facts.id, stage: 'LEAD', salesRepId: facts.salesRepId ?? '', email: facts.email, companyName: facts.companyName, isInactive: false };
}
