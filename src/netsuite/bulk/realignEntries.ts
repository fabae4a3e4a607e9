/**
 * What the realignment's stages hand each other (JSON through NetSuite's persisted key/values). The input stage
 * decides every lead and passes on only what changes, plus each member's change (APPLY) and the counts summarize
 * needs; map turns each lead entry into a report row, and a failed write into a share to give back under its
 * member's key; reduce commits each member with those shares. No N/* call here.
 */
import type { Decision, LeadFacts, Status } from '../../engine';
import type { MemberChange, PickShare, Realignment } from '../../engine/batch';
import type { ListScriptIds } from '../mapper';
import { leadUpdateOf, type LeadUpdate } from '../decisionFields';
import type { RealignMode } from './realignParameters';

/** The names the report shows beside the ids ('' when unknown). */
export interface ReportNames {
  lead: string;
  currentRep: string;
  newRep: string;
  territory: string;
}

/** Where the report's names come from: the reps and territories the input stage already read. */
export interface NameBook {
  rep(id: string | null): string;
  territory(id: string | null): string;
}

/** A lead the report lists: one to write, or one whose routing failed (reported, never written). */
export interface LeadEntry {
  kind: 'lead';
  /** The run's mode as the input stage read it: map writes only in APPLY, and never reads Mode itself. */
  mode: RealignMode;
  update: LeadUpdate;
  currentRepId: string | null;
  names: ReportNames;
  status: Status;
  /** What the decision took from a member: given back if the write fails. */
  share: PickShare | null;
  write: boolean;
}

/** APPLY: a member the realignment's picks changed, keyed `member:<id>`; reduce commits it (realignReduce.ts). */
export interface MemberEntry {
  kind: 'member';
  change: MemberChange;
}

/** What map passes on, under the member's key, for a lead whose write failed: the share reduce gives back. */
export interface WithdrawnEntry {
  kind: 'withdrawn';
  share: PickShare;
}

/** What reduce passes on for a member: whether its change was committed. */
export interface CommittedEntry {
  kind: 'committed';
  memberId: string;
  committed: boolean;
}

export interface RealignTally {
  inScope: number;
  changes: number;
  unchanged: number;
  routingErrors: number;
  addressLoads: number;
}

export interface TallyEntry {
  kind: 'tally';
  tally: RealignTally;
  /** The run's mode as the input stage read it (summarize commits members and emails reps only in APPLY). */
  mode: RealignMode;
  /** Notification Sender, as the input stage read it, for the reps' digests after APPLY (absent: none). */
  notifyAuthor?: string | null;
}

export type RealignEntry = LeadEntry | MemberEntry | TallyEntry;

/** The key of a member's entries, which reduce brings together. @example memberKey('11'); // 'member:11' */
export function memberKey(memberId: string): string {
  return `member:${memberId}`;
}

/**
 * A line of the CSV report (SPEC §4: lead, current rep, new rep, territory, status, reason), each id with its name
 * beside it, and what became of the lead.
 */
export interface ReportRow {
  lead: string;
  leadName: string;
  currentRep: string;
  currentRepName: string;
  newRep: string;
  newRepName: string;
  territory: string;
  territoryName: string;
  status: Status;
  reason: string;
  result: string;
}

/** What map passes on for a lead: its report row. */
export interface RowOutput {
  kind: 'row';
  row: ReportRow;
}

/** A lead whose facts could not be read, with the ERROR decision recorded for it. */
export interface FailedLead {
  facts: LeadFacts & { id: string };
  decision: Decision;
}

/** What every lead entry of a run shares: the status list's ids, the names the report shows, the mode. */
export interface EntryContext {
  statusIds: ListScriptIds;
  book: NameBook;
  mode: RealignMode;
}

function leadEntry(facts: LeadFacts & { id: string }, decision: Decision, share: PickShare | null, write: boolean, context: EntryContext): LeadEntry {
  const { book, mode } = context;
  const update = leadUpdateOf(facts.id, decision, context.statusIds);
  const names = { lead: facts.companyName, currentRep: book.rep(facts.salesRepId), newRep: book.rep(update.repId), territory: book.territory(update.territoryId) };
  return { kind: 'lead', mode, update, currentRepId: facts.salesRepId, names, status: decision.status, share, write };
}

/**
 * The input stage's key/values: `lead:<id>` per lead to report, in APPLY `member:<id>` per member the picks changed,
 * and `tally`.
 *
 * @example
 * realignEntries(realignment, [], { statusIds: lists.status, book, mode: 'APPLY' }, tally);
 * // { 'lead:901': { kind: 'lead', mode: 'APPLY', update: { leadId: '901', repId: '8', … }, currentRepId: '5', names: { lead: 'Acme', … }, … }, 'member:11': { kind: 'member', … }, tally: { … } }
 */
export function realignEntries(realignment: Realignment, failed: readonly FailedLead[], context: EntryContext, tally: RealignTally): Record<string, RealignEntry> {
  const entries: Record<string, RealignEntry> = {};
  for (const { lead, decision, share } of realignment.changes) entries[`lead:${lead.facts.id}`] = leadEntry(lead.facts, decision, share, true, context);
  for (const { facts, decision } of failed) entries[`lead:${facts.id}`] = leadEntry(facts, decision, null, false, context);
  if (context.mode === 'APPLY') for (const change of realignment.memberChanges) entries[memberKey(change.memberId)] = { kind: 'member', change };
  entries['tally'] = { kind: 'tally', tally, mode: context.mode };
  return entries;
}

/** @example reportRow(entry, 'written') // → { lead: '901', leadName: 'Acme', currentRep: '5', currentRepName: 'Zed Old', newRep: '8', …, result: 'written' } */
export function reportRow(entry: LeadEntry, result: string): ReportRow {
  const { update, names } = entry;
  return {
    lead: update.leadId,
    leadName: names.lead,
    currentRep: entry.currentRepId ?? '',
    currentRepName: names.currentRep,
    newRep: update.repId ?? '',
    newRepName: names.newRep,
    territory: update.territoryId ?? '',
    territoryName: names.territory,
    status: entry.status,
    reason: update.reason,
    result,
  };
}
