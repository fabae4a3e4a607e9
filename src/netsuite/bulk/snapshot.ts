/**
 * The state a bulk run starts from (engine/batch RoutingSnapshot, without owners): every active member's turns and
 * assignments with its rep through a join, the fallback and default reps, and the open leads of the reps a capacity
 * or load balancing reads. Paged searches, 10 units each for up to 1,000 rows; a search nobody needs is skipped.
 */
import search from 'N/search';
import { repsNamedByPlan, repsNeedingOpenLeads, type RoutingSnapshot } from '../../engine/batch';
import type { MemberState, Plan, RepFacts, RoutingSettings } from '../../engine';
import { REP_COLUMNS } from '../employees';
import { LEAD, MEMBER, RECORD } from '../ids';
import { toMemberState, toRepFacts, type FieldValue } from '../mapper';
import { allRows } from '../searchRows';
import { joinedRepColumns, repThrough } from '../joinedRep';

interface MemberRead {
  id: string;
  state: MemberState;
  rep: RepFacts;
}

/** Active members with their counters and their rep (one search; members of every territory). */
function readMembers(): MemberRead[] {
  const query = search.create({
    type: RECORD.member,
    filters: [[MEMBER.isInactive, 'is', 'F']],
    columns: [MEMBER.turns, MEMBER.assigned, MEMBER.rep, ...joinedRepColumns(MEMBER.rep)],
  });
  return allRows(query, (result) => {
    const repId = String(result.getValue(MEMBER.rep));
    return { id: String(result.id), state: toMemberState((field) => result.getValue(field) as FieldValue), rep: repThrough(result, MEMBER.rep, repId) };
  });
}

/** Employees by internal id (fallback and default reps that are not members). */
function readReps(ids: readonly string[]): RepFacts[] {
  if (ids.length === 0) return [];
  const query = search.create({ type: RECORD.employee, filters: [['internalid', 'anyof', [...ids]]], columns: REP_COLUMNS });
  return allRows(query, (result) => toRepFacts(String(result.id), (field) => result.getValue(field) as FieldValue));
}

/** Open leads (lead stage, active) per rep, counted by NetSuite: one summary row per rep. */
function readOpenLeads(repIds: readonly string[]): Map<string, number> {
  if (repIds.length === 0) return new Map();
  const rep = search.createColumn({ name: LEAD.salesRep, summary: search.Summary.GROUP });
  const count = search.createColumn({ name: 'internalid', summary: search.Summary.COUNT });
  const query = search.create({
    type: RECORD.lead,
    filters: [[LEAD.salesRep, 'anyof', [...repIds]], 'and', [LEAD.isInactive, 'is', 'F']],
    columns: [rep, count],
  });
  return new Map(allRows(query, (result) => [String(result.getValue(rep)), Number(result.getValue(count))] as const));
}

/**
 * Reads the snapshot for a plan: 10 units (members) + 10 when a fallback or default rep is not a member + 10 when
 * a territory balances load or caps a member (up to 1,000 rows each; 5 more per further 1,000).
 *
 * @example
 * const snapshot = { ...loadSnapshot(plan, settings), owners: [] };
 */
export function loadSnapshot(plan: Plan, settings: RoutingSettings): Omit<RoutingSnapshot, 'owners'> {
  const members = readMembers();
  const reps = new Map(members.map((member) => [member.rep.id, member.rep]));
  for (const rep of readReps(repsNamedByPlan(plan, settings).filter((id) => !reps.has(id)))) reps.set(rep.id, rep);
  return {
    reps: [...reps.values()],
    memberStates: new Map(members.map((member) => [member.id, member.state])),
    openLeads: readOpenLeads(repsNeedingOpenLeads(plan)),
  };
}
