/**
 * The reads of the console's export (SPEC §6 `export`): what routing reads, in few queries. SuiteQL reads the
 * customer-stage records and the employees (10 units per 5,000 rows); territories and members are read by search
 * (5 + 5 per 1,000), because SuiteQL gives a multi-select as text nobody documents and dates in the user's format,
 * and a search gives both as routing already reads them. Records are exported with their internal ids, so every
 * reference in the file points where it pointed in NetSuite.
 *
 * Which customer-stage records: those created in the last `days` days, and every other one that can take part in a
 * routing decision made now — an active record with a sales rep can own a lead (SPEC §3.5) and, in the lead stage,
 * counts as its rep's open lead (capacity, load balancing). Without them an owner match or a capacity would differ
 * in the simulator. Creation order is read from internal ids, which NetSuite assigns in ascending order: one search
 * finds the first record created in the window.
 */
import format from 'N/format';
import search from 'N/search';
import { accountExport, employeesReferred, listIdsReferred, LIST_REFERENCES, type AccountExport, type ExportRow, type ListType } from '../../console/export/accountExport';
import { BILLING_ADDRESS_JOIN, customerColumns } from '../bulk/customerRead';
import { readLeadEventSettings } from '../bulk/routingSettings';
import { hasSubsidiaries, leadFieldsInAccount } from '../features';
import { MAY_OWN, ruleSql } from '../leadRules';
import { EMPLOYEE, LEAD, LIST, MEMBER, PARAM, RECORD, SUITEQL, TERRITORY, TERRITORY_RESPONSE } from '../ids';
import { asBoolean, asIds, asNumber, asStage, asText, isoDate, type FieldValue, type ListScriptIds } from '../mapper';
import { loadListIds, searchDate } from '../planCache';
import { calendarDay } from '../../engine';
import { readCompanyTimeZone } from '../companyTimeZone';
import { readClock } from '../settings';
import { allRows } from '../searchRows';
import { firstIdCreatedInLastDays } from '../createdSince';
import { inList, readEveryRow, type QueryRow } from '../suiteql';

const MULTI_FIELDS = new Set<string>([TERRITORY.leadSources, TERRITORY.categories, TERRITORY.subsidiaries]);

function checkbox(value: FieldValue): boolean | undefined {
  return asBoolean(value) ? true : undefined;
}

function territoryRows(methodIds: ListScriptIds): ExportRow[] {
  const fields = [...Object.values(TERRITORY), ...Object.values(TERRITORY_RESPONSE)];
  return allRows(search.create({ type: RECORD.territory, columns: fields }), (result) => {
    const row: ExportRow = { id: String(result.id) };
    for (const field of fields) {
      const value = result.getValue(field) as FieldValue;
      if (field === TERRITORY.isInactive || field === TERRITORY.beforeOwner) row[field] = checkbox(value);
      else if (field === TERRITORY.priority) row[field] = asNumber(value) ?? undefined;
      else if (field === TERRITORY.method) row[field] = methodIds[asText(value)];
      // Email the Rep defaults to checked, so an unchecked box is written out, not left to the default.
      else if (field === TERRITORY_RESPONSE.notify) row[field] = asBoolean(value);
      else if (field === TERRITORY_RESPONSE.slaHours) row[field] = asNumber(value) ?? undefined;
      else if (MULTI_FIELDS.has(field)) row[field] = asIds(value);
      else row[field] = asText(value);
    }
    return row;
  });
}

function dayOf(value: FieldValue): string | undefined {
  const parsed = searchDate(value);
  return parsed instanceof Date ? isoDate(parsed) : undefined;
}

function instantOf(value: FieldValue): string | undefined {
  return typeof value === 'string' && value !== '' ? (format.parse({ value, type: format.Type.DATETIMETZ }) as Date).toISOString() : undefined;
}

function memberRows(): ExportRow[] {
  const fields = Object.values(MEMBER);
  return allRows(search.create({ type: RECORD.member, columns: fields }), (result) => {
    const value = (field: string) => result.getValue(field) as FieldValue;
    return {
      id: String(result.id),
      [MEMBER.isInactive]: checkbox(value(MEMBER.isInactive)),
      [MEMBER.territory]: asText(value(MEMBER.territory)),
      [MEMBER.rep]: asText(value(MEMBER.rep)),
      [MEMBER.weight]: asNumber(value(MEMBER.weight)) ?? undefined,
      [MEMBER.capacity]: asNumber(value(MEMBER.capacity)) ?? undefined,
      [MEMBER.awayFrom]: dayOf(value(MEMBER.awayFrom)),
      [MEMBER.awayUntil]: dayOf(value(MEMBER.awayUntil)),
      [MEMBER.turns]: asNumber(value(MEMBER.turns)) ?? undefined,
      [MEMBER.assigned]: asNumber(value(MEMBER.assigned)) ?? undefined,
      [MEMBER.lastAssigned]: instantOf(value(MEMBER.lastAssigned)),
    };
  });
}

const CUSTOMER_FIELDS = [LEAD.companyName, LEAD.email, LEAD.salesRep, LEAD.isInactive, LEAD.leadSource, LEAD.category, LEAD.subsidiary, LEAD.territory, LEAD.status, LEAD.reason, LEAD.lock];

function customerRow(row: QueryRow, oneWorld: boolean, statusIds: ListScriptIds): ExportRow {
  const exported: ExportRow = { id: String(row.id), stage: asStage(row[LEAD.stage]) };
  for (const field of leadFieldsInAccount(CUSTOMER_FIELDS, oneWorld)) {
    const value = row[field];
    if (field === LEAD.isInactive || field === LEAD.lock) exported[field] = checkbox(value);
    else if (field === LEAD.status) exported[field] = statusIds[asText(value)];
    else exported[field] = asText(value);
  }
  const address = { country: asText(row[LEAD.country]), state: asText(row[LEAD.state]), zip: asText(row[LEAD.zip]) };
  if (row[SUITEQL.defaultBillingAddress] !== null) exported[LEAD.addressBook] = [{ [LEAD.defaultBilling]: true, [LEAD.address]: address }];
  return exported;
}

/** Customer-stage records in keyset pages of 5,000 (10 units each). */
function customerRows(recentFrom: number | null, statusIds: ListScriptIds): ExportRow[] {
  const oneWorld = hasSubsidiaries();
  const columns = customerColumns(CUSTOMER_FIELDS, oneWorld).join(', ');
  // A record that may own a lead; it includes every open lead with a rep.
  const mayDecide = ruleSql(MAY_OWN, 'c');
  const wanted = recentFrom === null ? mayDecide : `(c.id >= ? OR ${mayDecide})`;
  const sql =
    `SELECT ${columns} FROM ${SUITEQL.customer} c ${BILLING_ADDRESS_JOIN}` +
    ` WHERE c.id > ? AND ${wanted} ORDER BY c.id`;
  const rows = readEveryRow(sql, (after) => (recentFrom === null ? [after] : [after, recentFrom]), 'id');
  return rows.map((row) => customerRow(row, oneWorld, statusIds));
}

/** Every sales rep and every other employee the export refers to (10 units per 5,000). */
function employeeRows(referred: readonly string[]): ExportRow[] {
  const others = referred.length === 0 ? null : inList('e.id', referred);
  const sql =
    `SELECT e.id AS id, e.${EMPLOYEE.name} AS ${EMPLOYEE.name}, e.${EMPLOYEE.isInactive} AS ${EMPLOYEE.isInactive}, e.${EMPLOYEE.isSalesRep} AS ${EMPLOYEE.isSalesRep}` +
    ` FROM ${SUITEQL.employee} e WHERE e.id > ? AND (e.${EMPLOYEE.isSalesRep} = 'T'${others === null ? '' : ` OR ${others.sql}`}) ORDER BY e.id`;
  return readEveryRow(sql, (after) => [after, ...(others?.params ?? [])], 'id').map((row) => ({
    id: String(row.id),
    [EMPLOYEE.name]: asText(row[EMPLOYEE.name]),
    [EMPLOYEE.isInactive]: checkbox(row[EMPLOYEE.isInactive]),
    [EMPLOYEE.isSalesRep]: checkbox(row[EMPLOYEE.isSalesRep]),
  }));
}

/** The list values referred to, with their names (a paged search per list that is referred to). */
function listRows(type: ListType, ids: readonly string[]): ExportRow[] {
  if (ids.length === 0) return [];
  const query = search.create({ type, filters: [['internalid', 'anyof', [...ids]]], columns: ['name', 'isinactive'] });
  return allRows(query, (result) => ({ id: String(result.id), name: asText(result.getValue('name') as FieldValue), isinactive: checkbox(result.getValue('isinactive') as FieldValue) }));
}

function parametersOf(): Record<string, string | boolean> {
  const settings = readLeadEventSettings();
  return {
    [PARAM.keepExisting]: settings.keepExisting,
    [PARAM.matchOwner]: settings.matchOwner,
    [PARAM.paused]: settings.paused,
    ...(settings.defaultRepId === null ? {} : { [PARAM.defaultRep]: settings.defaultRepId }),
    ...(settings.alertTo === null ? {} : { [PARAM.alertTo]: settings.alertTo }),
    ...(settings.notifyAuthor === null ? {} : { [PARAM.notifyAuthor]: settings.notifyAuthor }),
  };
}

/**
 * The account as routing sees it now, with the customer-stage records of the last `days` days.
 *
 * @example
 * readAccountExport(90).records.customrecord_tlr_territory?.length; // 12
 */
export function readAccountExport(days: number): AccountExport {
  const parameters = parametersOf();
  const territories = territoryRows(loadListIds(LIST.method));
  const members = memberRows();
  const customers = customerRows(firstIdCreatedInLastDays(days), loadListIds(LIST.status));
  const employees = employeeRows(employeesReferred(parameters, territories, members, customers));
  const oneWorld = hasSubsidiaries();
  const lists = Object.fromEntries(
    (Object.keys(LIST_REFERENCES) as ListType[]).map((type) => [type, type === 'subsidiary' && !oneWorld ? [] : listRows(type, listIdsReferred(type, territories, customers))]),
  ) as Record<ListType, ExportRow[]>;
  const timezone = readCompanyTimeZone();
  return accountExport({ today: calendarDay(Date.parse(readClock().now), timezone), timezone, parameters, employees, territories, members, customers, lists });
}
