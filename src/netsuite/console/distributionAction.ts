/**
 * The distribution view's work: the period, one aggregated read of the records created in it (GROUP BY day,
 * territory, rep and routing status; see customerGroups.ts for the windows), the names of the territories and reps
 * the counts name, and the page or the JSON. A read-only GET.
 */
import { distribution, NO_STATUS, type CountRow } from '../../console/distribution/distribution';
import { dayAfter, readPeriod } from '../../console/distribution/distributionInput';
import { distributionJson, renderDistributionPage } from '../../console/distribution/distributionView';
import type { ConsoleAddress } from '../../console/links';
import { calendarDay, type Plan } from '../../engine';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { firstIdCreatedFrom } from '../createdSince';
import { readGroupedCustomers } from '../customerGroups';
import { LEAD, RECORD, SUITEQL } from '../ids';
import { asId, asNumber, asText, type ListScriptIds } from '../mapper';
import { loadRoutingData } from '../planCache';
import { readReps } from '../queryReps';
import { readClock } from '../settings';
import { inGroups, inList, runQuery } from '../suiteql';
import type { ConsoleReply } from './reply';

/** A status value's code: its script id without the prefix (`val_tlr_routed` → ROUTED), so new values need no table. */
function statusCode(valueId: string | null, statusIds: ListScriptIds): string {
  if (valueId === null) return NO_STATUS;
  const scriptId = statusIds[valueId];
  return scriptId === undefined ? `VALUE ${valueId}` : scriptId.replace(/^val_tlr_/, '').toUpperCase();
}

/** Records created from `from` through `until` that routing decided, and undecided ones in the lead stage. */
function readCounts(from: string, until: string, statusIds: ListScriptIds): CountRow[] {
  const first = firstIdCreatedFrom(from);
  if (first === null) return [];
  const day = `TO_CHAR(c.datecreated, 'YYYY-MM-DD')`;
  const grouped = [day, `c.${LEAD.territory}`, `c.${LEAD.salesRep}`, `c.${LEAD.status}`];
  const rows = readGroupedCustomers(
    {
      columns: `${day} AS day, c.${LEAD.territory} AS territory, c.${LEAD.salesRep} AS rep, c.${LEAD.status} AS status, COUNT(*) AS leads`,
      joins: '',
      where: `c.${LEAD.status} IS NOT NULL OR c.${SUITEQL.stage} = 'Lead'`,
      params: [],
      groupBy: grouped.join(', '),
    },
    { first, before: firstIdCreatedFrom(dayAfter(until, 1)) },
  );
  return rows.map((row) => ({
    day: asText(row.day),
    territory: asId(row.territory),
    rep: asId(row.rep),
    status: statusCode(asId(row.status), statusIds),
    leads: asNumber(row.leads) ?? 0,
  }));
}

/** Names of the territories the counts name: the plan's, and the others' (inactive ones) read by id. */
function territoryNames(plan: Plan, ids: readonly string[]): Map<string, string> {
  const names = new Map([...plan.territories.map((one) => [one.id, one.name] as const), ...plan.skipped.map((one) => [one.territoryId, one.name] as const)]);
  for (const group of inGroups(ids.filter((id) => !names.has(id)))) {
    const where = inList('t.id', group);
    for (const row of runQuery(`SELECT t.id AS id, t.name AS name FROM ${RECORD.territory} t WHERE ${where.sql}`, where.params)) names.set(String(row.id), asText(row.name));
  }
  return names;
}

/** @example distributionView({ action: 'distribution', from: '2026-11-01' }, false, address, unitsSoFar).kind; // 'html' */
export function distributionView(params: Readonly<Record<string, string>>, json: boolean, address: ConsoleAddress, unitsSoFar: () => number): ConsoleReply {
  // The default period ends on the company's today, which the cached entry knows (SPEC §3.4).
  const { plan, lists, timeZone } = loadRoutingData(readLeadEventSettings().alertTo);
  const period = readPeriod(params, calendarDay(Date.parse(readClock().now), timeZone));
  if (typeof period === 'string') {
    if (json) return { kind: 'json', body: { error: period } };
    const shown = { from: params['from'] ?? '', until: params['until'] ?? '' };
    return { kind: 'html', body: renderDistributionPage({ address, period: shown, error: period, found: null, territoryNames: new Map(), repNames: new Map(), units: null }) };
  }
  const counts = readCounts(period.from, period.until, lists.status);
  // Every member's rep (who could take leads) and every rep the counts name (for the page).
  const repIds = new Set(plan.territories.flatMap((territory) => territory.members.map((member) => member.repId)));
  for (const row of counts) if (row.rep !== null) repIds.add(row.rep);
  const reps = new Map(readReps([...repIds]).map((rep) => [rep.id, rep]));
  const found = distribution(plan, period, counts, reps);
  if (json) return { kind: 'json', body: distributionJson(found, unitsSoFar()) };
  const repNames = new Map([...reps.values()].map((rep) => [rep.id, rep.name]));
  const names = territoryNames(plan, found.territories.map((one) => one.territory));
  return { kind: 'html', body: renderDistributionPage({ address, period, error: null, found, territoryNames: names, repNames, units: unitsSoFar() }) };
}
