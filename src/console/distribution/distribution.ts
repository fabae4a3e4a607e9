/**
 * Who got what over a period (SPEC §6 `distribution`), from counts NetSuite aggregated: leads per status and per
 * day, and per territory and rep the leads routed (status ROUTED, a member picked) against the weighted fair share:
 * each day, the territory's routed leads split by the weights of its members who could take leads that day (rep an
 * active sales rep, not away), as the members stand now. Capacity is left out, as in the simulator's summary: it
 * depends on open leads, which change through the period. A rep who got routed leads in a territory they are no
 * longer a member of shows with no share; a territory that no longer routes, with none.
 */
import { isAway, salesRepProblem, type Plan, type PlanMember, type RepFacts } from '../../engine';
import { daysOf, type Period } from './distributionInput';

/** A status code (ROUTED, …), or NONE for a lead routing has not decided. */
export type StatusCode = string;
export const NO_STATUS = 'NONE';

/** One aggregated row: records of a day, territory, rep and status (null: none). */
export interface CountRow {
  day: string;
  territory: string | null;
  rep: string | null;
  status: StatusCode;
  leads: number;
}

export interface RepShare {
  rep: string;
  routed: number;
  /** null: the rep is no member of the territory now, or the territory does not route. */
  fairShare: number | null;
}

export interface TerritoryShares {
  territory: string;
  routed: number;
  fallback: number;
  reps: RepShare[];
}

export interface Distribution {
  period: Period;
  total: number;
  byStatus: { status: StatusCode; leads: number }[];
  byDay: { day: string; counts: Map<StatusCode, number> }[];
  territories: TerritoryShares[];
  /** Each rep's routed leads and fair share over every territory, most leads first. */
  reps: { rep: string; routed: number; fairShare: number }[];
}

function add<K>(map: Map<K, number>, key: K, leads: number): void {
  map.set(key, (map.get(key) ?? 0) + leads);
}

/** The members who could take a lead on `day`; when none could (the day's leads came another way), every member. */
function availableOn(members: readonly PlanMember[], day: string, reps: ReadonlyMap<string, RepFacts>): readonly PlanMember[] {
  const available = members.filter((member) => salesRepProblem(reps.get(member.repId)) === null && !isAway(member, day));
  return available.length > 0 ? available : members;
}

function territoryShares(plan: Plan, rows: readonly CountRow[], reps: ReadonlyMap<string, RepFacts>): TerritoryShares[] {
  const routed = new Map<string, Map<string, number>>();
  const routedByDay = new Map<string, Map<string, number>>();
  const fallback = new Map<string, number>();
  for (const row of rows) {
    if (row.territory === null) continue;
    if (row.status === 'FALLBACK') add(fallback, row.territory, row.leads);
    if (row.status !== 'ROUTED' || row.rep === null) continue;
    if (!routed.has(row.territory)) routed.set(row.territory, new Map());
    add(routed.get(row.territory)!, row.rep, row.leads);
    if (!routedByDay.has(row.territory)) routedByDay.set(row.territory, new Map());
    add(routedByDay.get(row.territory)!, row.day, row.leads);
  }
  const routing = new Map(plan.territories.map((territory) => [territory.id, territory]));
  const ids = [...new Set([...plan.territories.map((territory) => territory.id), ...routed.keys(), ...fallback.keys()])];
  return ids.flatMap((id) => {
    const byRep = routed.get(id) ?? new Map<string, number>();
    const total = [...byRep.values()].reduce((sum, leads) => sum + leads, 0);
    if (total === 0 && !fallback.has(id)) return [];
    const members = routing.get(id)?.members ?? [];
    const shares = new Map(members.map((member) => [member.repId, 0]));
    for (const [day, leads] of routedByDay.get(id) ?? []) {
      const available = availableOn(members, day, reps);
      const weights = available.reduce((sum, member) => sum + member.weight, 0);
      for (const member of available) shares.set(member.repId, shares.get(member.repId)! + (leads * member.weight) / weights);
    }
    const repShares: RepShare[] = members.map((member) => ({ rep: member.repId, routed: byRep.get(member.repId) ?? 0, fairShare: shares.get(member.repId)! }));
    for (const [rep, leads] of byRep) if (!shares.has(rep)) repShares.push({ rep, routed: leads, fairShare: null });
    return [{ territory: id, routed: total, fallback: fallback.get(id) ?? 0, reps: repShares }];
  });
}

/**
 * @example
 * distribution(plan, { from: '2026-11-01', until: '2026-11-30' }, rows, reps).reps[0]; // { rep: '7', routed: 14, fairShare: 12.5 }
 */
export function distribution(plan: Plan, period: Period, rows: readonly CountRow[], reps: ReadonlyMap<string, RepFacts>): Distribution {
  const byStatus = new Map<StatusCode, number>();
  const byDay = new Map(daysOf(period).map((day) => [day, new Map<StatusCode, number>()]));
  for (const row of rows) {
    add(byStatus, row.status, row.leads);
    const day = byDay.get(row.day);
    if (day !== undefined) add(day, row.status, row.leads);
  }
  const territories = territoryShares(plan, rows, reps);
  const perRep = new Map<string, { rep: string; routed: number; fairShare: number }>();
  for (const share of territories.flatMap((territory) => territory.reps)) {
    const total = perRep.get(share.rep) ?? { rep: share.rep, routed: 0, fairShare: 0 };
    total.routed += share.routed;
    total.fairShare += share.fairShare ?? 0;
    perRep.set(share.rep, total);
  }
  return {
    period,
    total: [...byStatus.values()].reduce((sum, leads) => sum + leads, 0),
    byStatus: [...byStatus].map(([status, leads]) => ({ status, leads })).sort((a, b) => b.leads - a.leads || a.status.localeCompare(b.status)),
    byDay: [...byDay].map(([day, counts]) => ({ day, counts })),
    territories,
    reps: [...perRep.values()].filter((rep) => rep.routed > 0 || rep.fairShare > 0).sort((a, b) => b.routed - a.routed || b.fairShare - a.fairShare || a.rep.localeCompare(b.rep)),
  };
}
