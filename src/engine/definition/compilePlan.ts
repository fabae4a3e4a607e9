import type { MemberRow, Plan, PlanMember, PlanTerritory, SkippedTerritory, TerritoryRow } from '../types';
import { compareIds } from './compare';
import { buildIndex } from './planIndex';
import { validateMemberRows, validateTerritoryRow } from './validate';

/**
 * Compiles territory and member rows into the immutable, JSON-serialisable plan. Inactive territories and
 * members are left out; a territory with any problem of its own or of an active member is left out whole
 * and listed in `skipped`, never half-applied; members of unknown or inactive territories are ignored.
 * Territories are ordered by (before owner first, priority, internal id) — the order routing walks them in (SPEC
 * §3.5: those marked before owner are walked first) — members by internal id. The input rows are not mutated.
 *
 * @example
 * compilePlan([territoryRow({ id: '10', priority: 5 }), territoryRow({ id: '9', priority: 5 })], []).territories.map((t) => t.id);
 * // → ['9', '10']
 */
export function compilePlan(territories: TerritoryRow[], members: MemberRow[]): Plan {
  const membersByTerritory = groupActiveMembers(members);
  const compiled: PlanTerritory[] = [];
  const skipped: SkippedTerritory[] = [];
  for (const row of territories) {
    if (row.isInactive) continue;
    const memberRows = membersByTerritory.get(row.id) ?? [];
    const own = validateTerritoryRow(row);
    const problems = own.problems.concat(validateMemberRows(memberRows));
    if (own.territory !== null && problems.length === 0) compiled.push({ ...own.territory, members: memberRows.map(toPlanMember) });
    else skipped.push({ territoryId: row.id, name: row.name, problems });
  }
  compiled.sort(comparePlanOrder);
  skipped.sort((a, b) => compareIds(a.territoryId, b.territoryId));
  return { version: 2, territories: compiled, index: buildIndex(compiled), skipped };
}

/**
 * The order routing walks territories in: those marked before owner first (SPEC §3.5), then priority, then internal id.
 *
 * @example
 * [territory({ id: '2', priority: 1 }), territory({ id: '3', priority: 9, beforeOwner: true })].sort(comparePlanOrder); // ids → ['3', '2']
 */
export function comparePlanOrder(a: PlanTerritory, b: PlanTerritory): number {
  return Number(b.beforeOwner) - Number(a.beforeOwner) || a.priority - b.priority || compareIds(a.id, b.id);
}

/** Active member rows by territory id, each list in ascending member id. */
function groupActiveMembers(members: MemberRow[]): Map<string, MemberRow[]> {
  const byTerritory = new Map<string, MemberRow[]>();
  for (const row of members) {
    if (row.isInactive) continue;
    const rows = byTerritory.get(row.territoryId);
    if (rows === undefined) byTerritory.set(row.territoryId, [row]);
    else rows.push(row);
  }
  for (const rows of byTerritory.values()) rows.sort((a, b) => compareIds(a.id, b.id));
  return byTerritory;
}

function toPlanMember(row: MemberRow): PlanMember {
  return {
    id: row.id,
    repId: row.repId,
    weight: row.weight ?? 1,
    capacity: row.capacity,
    awayFrom: row.awayFrom || null,
    awayUntil: row.awayUntil || null,
  };
}
