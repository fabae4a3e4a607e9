/**
 * Routing's count against the members' own (SPEC §7): for each member, the leads of the run its territory ROUTED to
 * its rep, how much its `assigned` grew, and how far it stands from its weighted fair share. Every assignment must be
 * counted exactly once, however many leads were in flight; a lead counted by nobody is a lost assignment.
 */
import { MEMBER, RECORD } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import type { MemberFacts } from './accountFacts';
import type { OutputRow } from './leadOutcome';

export interface MemberLine {
  id: string;
  territoryId: string;
  repId: string;
  weight: number;
  /** Leads of the run its territory routed to its rep (status ROUTED). */
  routed: number;
  /** What its `assigned` grew by during the run. */
  counted: number;
  /** Its weighted fair share of its territory's routed leads (0 when not available today). */
  fairShare: number;
}

/** Every member's `assigned` as the account holds it now. */
export function assignedByMember(emulator: Emulator): Map<string, number> {
  return new Map([...emulator.store.all(RECORD.member)].map(({ id, values }) => [id, Number(values[MEMBER.assigned] ?? 0)]));
}

/**
 * The members of the territories that routed leads in the run, and any other member whose count moved.
 *
 * @example
 * memberLines(rows, facts.members, before, assignedByMember(emulator), shares);
 * // [{ id: '11', territoryId: '1', repId: '7', weight: 2, routed: 20, counted: 20, fairShare: 20 }, …]
 */
export function memberLines(
  rows: readonly OutputRow[],
  members: readonly MemberFacts[],
  assignedBefore: ReadonlyMap<string, number>,
  assignedAfter: ReadonlyMap<string, number>,
  shares: ReadonlyMap<string, number>,
): MemberLine[] {
  const routedTo = new Map<string, number>();
  for (const row of rows) {
    if (row.status === 'ROUTED') routedTo.set(`${row.territory}|${row.salesrep}`, (routedTo.get(`${row.territory}|${row.salesrep}`) ?? 0) + 1);
  }
  const routingTerritories = new Set(rows.filter((row) => row.status === 'ROUTED').map((row) => row.territory));
  return members
    .map(({ id, territoryId, repId, weight }) => ({
      id,
      territoryId,
      repId,
      weight,
      routed: routedTo.get(`${territoryId}|${repId}`) ?? 0,
      counted: (assignedAfter.get(id) ?? 0) - (assignedBefore.get(id) ?? 0),
      fairShare: shares.get(id) ?? 0,
    }))
    .filter((line) => routingTerritories.has(line.territoryId) || line.counted !== 0);
}

/**
 * Assignments no member counted: routed leads beyond what the members' `assigned` grew by.
 *
 * @example
 * lostAssignments([{ routed: 5, counted: 4, … }, { routed: 3, counted: 3, … }]); // 1
 */
export function lostAssignments(lines: readonly MemberLine[]): number {
  return lines.reduce((sum, line) => sum + Math.max(0, line.routed - line.counted), 0);
}

/**
 * The largest distance of a member's routed leads from its fair share.
 *
 * @example
 * largestDeviation([{ routed: 251, fairShare: 250, … }, { routed: 497, fairShare: 500, … }]); // 3
 */
export function largestDeviation(lines: readonly MemberLine[]): number {
  return lines.reduce((largest, line) => Math.max(largest, Math.abs(line.routed - line.fairShare)), 0);
}
