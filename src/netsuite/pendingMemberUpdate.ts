/**
 * Member state is committed only after the lead is saved (SPEC §3.4). beforeSubmit and afterSubmit are separate
 * script invocations that share no memory, so beforeSubmit parks the update in N/cache under a key made of the
 * values the saved lead will carry (territory, rep, email, company), and afterSubmit takes it from there.
 * Two identical leads routed in the same instant would share a key; the later one's update wins.
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

function pendingKey(territoryId: string, repId: string, email: string, companyName: string): string {
  return [territoryId, repId, email, companyName].join('|');
}

/**
 * 1 unit when a territory decided (0 otherwise). The key is made of the values the lead will be saved with; a
 * territory decision without a member update (FALLBACK) parks "none", so it cannot take an earlier lead's update.
 */
export function holdMemberUpdate(decision: Decision, lead: LeadFacts): void {
  if (decision.territoryId === null || decision.repId === null) return;
  const key = pendingKey(decision.territoryId, decision.repId, lead.email, lead.companyName);
  pendingCache().put({ key, value: JSON.stringify(decision.memberUpdate), ttl: HOLD_SECONDS });
}

/** 1 unit; nothing (0 units) when no territory decided the lead. */
export function takeMemberUpdate(lead: record.Record): MemberUpdate | null {
  const read = (fieldId: string) => asText(lead.getValue({ fieldId }) as FieldValue);
  const territoryId = read(LEAD.territory);
  if (territoryId === '') return null;
  const held = pendingCache().get({ key: pendingKey(territoryId, read(LEAD.salesRep), read(LEAD.email), read(LEAD.companyName)) });
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
