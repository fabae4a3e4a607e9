/**
 * Each member's and each rep's weighted fair share of the leads territories routed to their members (status ROUTED).
 *
 * For every territory: its ROUTED leads × the rep's weight ÷ the summed weights of the territory's available
 * members — member active, rep an active sales rep, not away on the simulated day. Summed over the rep's
 * territories. Capacity and load balancing are left out on purpose: they depend on open leads, which change
 * as the run goes, so a rep below the share in such a territory is expected; in a round-robin territory without
 * capacity every rep stays within about one lead of it.
 */
import { isAway } from '../../src/engine';
import type { EmployeeFacts, MemberFacts } from './accountFacts';

export function isAvailable(member: MemberFacts, employees: ReadonlyMap<string, EmployeeFacts>, today: string): boolean {
  return !member.isInactive && employees.get(member.repId)?.isActiveRep === true && !isAway(member, today);
}

/**
 * Each member's weighted fair share of its territory's ROUTED leads.
 *
 * @example
 * memberFairShares(new Map([['1', 30]]), [member('11', { repId: '7', weight: 2 }), member('12', { repId: '8' })], employees, '2026-11-26');
 * // Map { '11' => 20, '12' => 10 }
 */
export function memberFairShares(
  routedByTerritory: ReadonlyMap<string, number>,
  members: readonly MemberFacts[],
  employees: ReadonlyMap<string, EmployeeFacts>,
  today: string,
): Map<string, number> {
  const available = members.filter((member) => isAvailable(member, employees, today));
  const weightByTerritory = new Map<string, number>();
  for (const member of available) weightByTerritory.set(member.territoryId, (weightByTerritory.get(member.territoryId) ?? 0) + member.weight);
  return new Map(
    available.map((member) => [member.id, ((routedByTerritory.get(member.territoryId) ?? 0) * member.weight) / (weightByTerritory.get(member.territoryId) ?? 1)]),
  );
}

/**
 * Each rep's fair share: their members' shares added up over their territories.
 *
 * @example
 * fairShares(new Map([['1', 30]]), [member('11', { repId: '7', weight: 2 }), member('12', { repId: '8' })], employees, '2026-11-26');
 * // Map { '7' => 20, '8' => 10 }
 */
export function fairShares(
  routedByTerritory: ReadonlyMap<string, number>,
  members: readonly MemberFacts[],
  employees: ReadonlyMap<string, EmployeeFacts>,
  today: string,
): Map<string, number> {
  const repOf = new Map(members.map((member) => [member.id, member.repId]));
  const shares = new Map<string, number>();
  for (const [memberId, share] of memberFairShares(routedByTerritory, members, employees, today)) {
    const repId = repOf.get(memberId) as string;
    shares.set(repId, (shares.get(repId) ?? 0) + share);
  }
  return shares;
}
