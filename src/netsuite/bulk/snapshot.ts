/**
 * The state a bulk run starts from (engine/batch RoutingSnapshot, without owners): every active member's turns and
 * assignments with its rep joined in, the fallback and default reps, and the open leads of the reps a capacity or
 * load balancing reads. SuiteQL, 10 units per query of up to 5,000 rows; a query nobody needs is skipped.
 */
import { repsNamedByPlan, repsNeedingOpenLeads, type RoutingSnapshot } from '../../engine/batch';
import type { Plan, RepFacts, RoutingSettings } from '../../engine';
import { readActiveMembers } from '../memberQuery';
import { readOpenLeads } from '../openLeadQuery';
import { readReps } from '../queryReps';

/**
 * Reads the snapshot for a plan: 10 units (members) + 10 when a fallback or default rep is not a member + 10 when
 * a territory balances load or caps a member, unless the caller counted the open leads already (`openLeads`,
 * from a read that saw every open lead).
 *
 * @example
 * const snapshot = { ...loadSnapshot(plan, settings), owners: [] };
 */
export function loadSnapshot(plan: Plan, settings: RoutingSettings, openLeads?: ReadonlyMap<string, number>): Omit<RoutingSnapshot, 'owners'> {
  const members = readActiveMembers();
  const reps = new Map<string, RepFacts>();
  for (const member of members) if (member.rep !== null) reps.set(member.repId, member.rep);
  const unread = repsNamedByPlan(plan, settings).filter((id) => !reps.has(id));
  if (unread.length > 0) for (const rep of readReps(unread)) reps.set(rep.id, rep);
  const counted = repsNeedingOpenLeads(plan);
  return {
    reps: [...reps.values()],
    memberStates: new Map(members.map((member) => [member.id, member.state])),
    openLeads: openLeads ?? (counted.length > 0 ? readOpenLeads(counted) : new Map()),
  };
}
