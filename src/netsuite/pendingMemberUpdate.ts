/**
 * Member state is committed only after the lead is saved (SPEC §3.4). beforeSubmit and afterSubmit are separate
 * script invocations that share no memory, so beforeSubmit parks the update in N/cache under a key made of the
 * values the saved lead will carry (territory, rep, email, company), and afterSubmit takes it from there.
 * Two identical leads routed in the same instant would share a key; the later one's update wins.
 * N/cache refuses keys over 4 KB, and an email and a company name can be long, so the key carries a fixed-size
 * digest of them rather than the text itself.
 */
import cache from 'N/cache';
import record from 'N/record';
import type { Decision, LeadFacts, MemberUpdate } from '../engine';
import { LEAD, MEMBER, RECORD } from './ids';
import { asText, type FieldValue } from './mapper';

/** N/cache's shortest time to live; afterSubmit runs within the same request. */
const HOLD_SECONDS = 300;

function pendingCache(): cache.Cache {
  return cache.getCache({ name: 'tlr_pending_member', scope: cache.Scope.PRIVATE });
}

/** Two 32-bit FNV-1a passes over the UTF-16 code units, forwards and backwards: 16 hex digits whatever the text. */
function textDigest(text: string): string {
  let forward = 0x811c9dc5;
  let backward = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    forward = Math.imul(forward ^ text.charCodeAt(index), 0x01000193) >>> 0;
    backward = Math.imul(backward ^ text.charCodeAt(text.length - 1 - index), 0x01000193) >>> 0;
  }
  return forward.toString(16).padStart(8, '0') + backward.toString(16).padStart(8, '0');
}

/**
 * The cache key of a lead's parked update: at most 60 bytes for any lead (ids are digits; the email and company
 * name, kept apart by JSON so that "a|b" + "c" and "a" + "b|c" differ, go in as a digest).
 *
 * @example
 * pendingMemberKey('1', '8', 'jo@acme.com', 'Acme'); // '1|8|' followed by 16 hex digits
 */
export function pendingMemberKey(territoryId: string, repId: string, email: string, companyName: string): string {
  return `${territoryId}|${repId}|${textDigest(JSON.stringify([email, companyName]))}`;
}

/**
 * 1 unit when a territory decided (0 otherwise). The key is made of the values the lead will be saved with; a
 * territory decision without a member update (FALLBACK) parks "none", so it cannot take an earlier lead's update.
 */
export function holdMemberUpdate(decision: Decision, lead: LeadFacts): void {
  if (decision.territoryId === null || decision.repId === null) return;
  const key = pendingMemberKey(decision.territoryId, decision.repId, lead.email, lead.companyName);
  pendingCache().put({ key, value: JSON.stringify(decision.memberUpdate), ttl: HOLD_SECONDS });
}

/** 1 unit; nothing (0 units) when no territory decided the lead. */
export function takeMemberUpdate(lead: record.Record): MemberUpdate | null {
  const read = (fieldId: string) => asText(lead.getValue({ fieldId }) as FieldValue);
  const territoryId = read(LEAD.territory);
  if (territoryId === '') return null;
  const held = pendingCache().get({ key: pendingMemberKey(territoryId, read(LEAD.salesRep), read(LEAD.email), read(LEAD.companyName)) });
  return held ? (JSON.parse(held) as MemberUpdate | null) : null;
}

/** Writes turns, assigned and last assigned on the member (2 units: custom record submitFields). */
export function commitMemberUpdate(update: MemberUpdate): void {
  record.submitFields({
    type: RECORD.member,
    id: update.memberId,
    values: {
      [MEMBER.turns]: update.turns,
      [MEMBER.assigned]: update.assigned,
      [MEMBER.lastAssigned]: new Date(update.lastAssigned),
    },
    options: { enableSourcing: false, ignoreMandatoryFields: true },
  });
}
