/**
 * afterSubmit's half of routing a new lead (SPEC §3.4, §7): the winning member's turn and assignment, committed only
 * once the lead is saved, and safe when NetSuite routes several leads at once.
 *
 * Nothing is handed over from beforeSubmit: the saved lead says what was decided (status ROUTED, its territory and
 * rep) and the cached plan which member that is (a rep is in a territory once). The member is loaded, the lead's
 * turn added to the state found then (engine stateAfterTurn; a member that comes back is first lifted, which reads
 * the territory's other members) and the member saved. Custom records are locked
 * optimistically, so a save fails with RCRD_HAS_BEEN_CHANGED when another lead's commit saved the member since the
 * load; the commit then starts again from a fresh load, at most MAX_COMMIT_ATTEMPTS times. Each failed attempt means
 * another commit went through, so the bound is hit only when that many others overtake this one in a row; the member
 * is then left as the others wrote it, short of this one lead, and the error log names the lead and the member.
 *
 * Units for a routed lead: plan 1 (cached; + 1 when the routed territory is stored in a shard beyond the entry's own),
 * then 2 + 4 an attempt, + 10 when the member comes back; 0 for any other lead.
 */
import log from 'N/log';
import record from 'N/record';
import { comesBack, dayInZone, routingDay, stateAfterTurn, type PlanMember, type PlanTerritory, type RivalAtCommit, type WinnerAtCommit, type ZoneOffsets } from '../../engine';
import { LEAD, MEMBER, RECORD, STATUS_VALUE } from '../ids';
import { readLeadFacts } from '../leadRecord';
import { asText, toMemberState, type FieldValue } from '../mapper';
import { readMembersById } from '../memberQuery';
import { MAX_COMMIT_ATTEMPTS, saveMemberState } from '../memberWrite';
import { loadRoutingEntry, territoryForLeadOf } from '../planCache';
import { alertRecipient, readClock } from '../settings';

interface RoutedTo {
  leadId: string;
  territory: PlanTerritory;
  member: PlanMember;
  /** The company's time zone, from the cached entry. */
  companyTimeZone: string;
  /** The zones' offsets, from the cached entry. */
  offsets: ZoneOffsets;
}

/** The territory and member a saved ROUTED lead went to, by the cached plan; null for any other outcome. */
function routedTo(lead: record.Record, now: string): RoutedTo | null {
  const read = (fieldId: string) => asText(lead.getValue({ fieldId }) as FieldValue);
  const territoryId = read(LEAD.territory);
  if (territoryId === '') return null;
  const alertTo = alertRecipient();
  const entry = loadRoutingEntry(alertTo, Date.parse(now));
  if (entry.lists.status[read(LEAD.status)] !== STATUS_VALUE.ROUTED) return null;
  // The territory matched the lead's location, so it is in the lead's part of the plan: one shard of it at most.
  const territory = territoryForLeadOf(entry, readLeadFacts(lead), territoryId, alertTo);
  const member = territory?.members.find((candidate) => candidate.repId === read(LEAD.salesRep));
  if (territory === null || member === undefined) {
    throw new Error(`territory ${territoryId} no longer has rep ${read(LEAD.salesRep)} as an active member`);
  }
  return { leadId: String(lead.id), territory, member, companyTimeZone: entry.timeZone, offsets: entry.offsets };
}

/** The territory's other members as they stand now (10 units; none to read for a sole member). */
function rivalsOf({ territory, member }: RoutedTo): Map<string, RivalAtCommit> {
  const others = territory.members.filter((candidate) => candidate.id !== member.id).map((candidate) => candidate.id);
  if (others.length === 0) return new Map();
  return new Map(readMembersById(others, false).map((read) => [read.id, { turns: read.state.turns, rep: read.rep ?? undefined }]));
}

/** One attempt: load, add the turn, save (6 units; + 10 the first time a member that may come back needs its rivals). */
function saveTurn(routed: RoutedTo, rivals: () => Map<string, RivalAtCommit>, now: string): boolean {
  // Days as the territory lives them (SPEC §3.4): its working hours' zone, else the company's.
  const zone = routed.territory.timeZone ?? routed.companyTimeZone;
  const today = routingDay(routed.territory, { now, timeZone: routed.companyTimeZone, offsets: routed.offsets });
  const loaded = record.load({ type: RECORD.member, id: routed.member.id });
  const lastAssigned = loaded.getValue({ fieldId: MEMBER.lastAssigned });
  const current: WinnerAtCommit = {
    ...toMemberState((fieldId) => loaded.getValue({ fieldId }) as FieldValue),
    lastAssignedDay: lastAssigned instanceof Date ? dayInZone(lastAssigned.getTime(), zone, routed.offsets) : null,
  };
  const next = stateAfterTurn(routed.territory, routed.member, current, comesBack(routed.member, current, today) ? rivals() : null, today);
  return saveMemberState(loaded, next, new Date(now));
}

/**
 * Commits the turn of the member a saved lead was routed to; returns how many attempts it took (0: nothing to
 * commit; MAX_COMMIT_ATTEMPTS + 1: given up, logged).
 *
 * @example
 * commitRoutedTurn(context.newRecord); // 1
 */
export function commitRoutedTurn(lead: record.Record): number {
  const { now } = readClock();
  const routed = routedTo(lead, now);
  if (routed === null) return 0;
  let rivals: Map<string, RivalAtCommit> | undefined;
  const rivalsOnce = () => (rivals ??= rivalsOf(routed));
  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt += 1) {
    if (saveTurn(routed, rivalsOnce, now)) return attempt;
  }
  log.error({
    title: 'Member turns not committed',
    details: `Lead ${routed.leadId} was routed to member ${routed.member.id} of territory ${routed.territory.id}, but other leads saved that member ${MAX_COMMIT_ATTEMPTS} times in a row while this one committed: its turns and assigned do not count this lead.`,
  });
  return MAX_COMMIT_ATTEMPTS + 1;
}
