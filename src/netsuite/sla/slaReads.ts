/**
 * What the response-time check reads (SPEC §8): the territories with a Response Time, the leads they routed that may
 * be overdue (one batch at a time, ascending internal id, after the cursor), and the phone calls, tasks and events
 * linked to a batch's leads. Searches; DATETIMETZ columns come back as text in the user's format and are parsed.
 */
import format from 'N/format';
import search from 'N/search';
import type { BatchLead } from '../../engine/batch';
import { parseWorkingHours, type WorkingHours, type WorkingHoursProblem } from '../../engine';
import { ACTIVITY, LEAD, LEAD_SEARCH, RECORD, TERRITORY_RESPONSE } from '../ids';
import { asNumber, asText, toLeadFacts, type FieldValue } from '../mapper';
import { allRows, firstRows } from '../searchRows';

/** A territory's response-time settings; `problem` when its Working Hours cannot be read (saved around validation). */
export interface ResponseLimit {
  slaHours: number;
  workHoursText: string;
  hours: WorkingHours | null;
  problem?: WorkingHoursProblem;
}

/** A lead routed by a territory with a Response Time, as one search row shows it. */
export interface SlaLead {
  lead: BatchLead;
  territoryId: string;
  /** Epoch milliseconds; null when the field is empty. */
  routedAt: number | null;
  reassigned: number;
  name: string;
  reason: string;
}

/** The lead's own fields a reassignment reads (the rep it leaves; email and company for the batch's bookkeeping). */
const LEAD_FIELDS: readonly string[] = [LEAD.salesRep, LEAD.email, LEAD.companyName];

/** Leads read per batch (10 units), and whose activities are searched together. */
export const SLA_BATCH_SIZE = 100;

/** How far back a routing is still checked: older leads are left alone (and cost nothing). */
export const SLA_LOOKBACK_DAYS = 30;

function parseInstant(value: FieldValue): number | null {
  if (value instanceof Date) return value.getTime();
  const text = asText(value);
  if (text === '') return null;
  return (format.parse({ value: text, type: format.Type.DATETIMETZ }) as Date).getTime();
}

/**
 * Territories whose Response Time is set, by internal id (5 + 5 units per 1,000).
 *
 * @example
 * readResponseLimits().get('1'); // { slaHours: 4, workHoursText: 'Mon-Fri 09:00-17:00 America/New_York', hours: { days: [1, …], … } }
 */
export function readResponseLimits(): Map<string, ResponseLimit> {
  const query = search.create({
    type: RECORD.territory,
    filters: [[TERRITORY_RESPONSE.slaHours, 'isnotempty', '']],
    columns: [TERRITORY_RESPONSE.slaHours, TERRITORY_RESPONSE.workHours],
  });
  return new Map(
    allRows(query, (result) => {
      const workHoursText = asText(result.getValue(TERRITORY_RESPONSE.workHours) as FieldValue);
      const parsed = parseWorkingHours(workHoursText);
      const limit: ResponseLimit = { slaHours: asNumber(result.getValue(TERRITORY_RESPONSE.slaHours) as FieldValue) ?? 0, workHoursText, hours: parsed?.hours ?? null };
      if (parsed?.problem !== undefined) limit.problem = parsed.problem;
      return [String(result.id), limit] as const;
    }),
  );
}

/**
 * The next leads after `after` that these territories routed or reassigned, not skipped, active, with a rep, routed
 * within the look-back (10 units).
 */
export function readSlaBatch(territoryIds: readonly string[], statusIds: readonly string[], after: number): SlaLead[] {
  const filters: unknown[] = [
    [LEAD.status, 'anyof', statusIds],
    'and',
    [LEAD.lock, 'is', 'F'],
    'and',
    [LEAD.isInactive, 'is', 'F'],
    'and',
    [LEAD.salesRep, 'noneof', '@NONE@'],
    'and',
    [LEAD.territory, 'anyof', territoryIds],
    'and',
    [LEAD.routedAt, 'onorafter', `daysago${SLA_LOOKBACK_DAYS}`],
  ];
  if (after > 0) filters.push('and', [LEAD_SEARCH.internalIdNumber, 'greaterthan', after]);
  const columns = [
    search.createColumn({ name: LEAD_SEARCH.internalId, sort: search.Sort.ASC }),
    ...[...LEAD_FIELDS, LEAD.territory, LEAD.routedAt, LEAD.reassigned, LEAD.entityId, LEAD.reason].map((name) => search.createColumn({ name })),
  ];
  return firstRows(
    search.create({ type: RECORD.lead, filters, columns }),
    (result) => {
      const read = (field: string) => result.getValue(field) as FieldValue;
      const id = String(result.id);
      // Reassignment reads the rep, email and company of a lead; its address and lists stay empty.
      const facts = { ...toLeadFacts(id, (field) => (LEAD_FIELDS.includes(field) ? read(field) : null), null), id };
      return {
        lead: { facts, isInactive: false },
        territoryId: asText(read(LEAD.territory)),
        routedAt: parseInstant(read(LEAD.routedAt)),
        reassigned: asNumber(read(LEAD.reassigned)) ?? 0,
        name: asText(read(LEAD.entityId)),
        reason: asText(read(LEAD.reason)),
      };
    },
    SLA_BATCH_SIZE,
  );
}

/** The record types whose records show a rep worked a lead. */
export const ACTIVITY_TYPES = [RECORD.phoneCall, RECORD.task, RECORD.calendarEvent] as const;

/**
 * When each lead was last worked: the latest creation time of a phone call, task or event linked to it
 * (3 searches, 10 units each per 1,000 rows).
 *
 * @example
 * lastWorked(['901', '902']); // Map { '901' => 1796300000000 }
 */
export function lastWorked(leadIds: readonly string[]): Map<string, number> {
  const latest = new Map<string, number>();
  if (leadIds.length === 0) return latest;
  for (const type of ACTIVITY_TYPES) {
    const query = search.create({ type, filters: [[ACTIVITY.company, 'anyof', leadIds]], columns: [ACTIVITY.company, ACTIVITY.createdDate] });
    for (const [leadId, created] of allRows(query, (result) => [asText(result.getValue(ACTIVITY.company) as FieldValue), parseInstant(result.getValue(ACTIVITY.createdDate) as FieldValue)] as const)) {
      if (created !== null && created > (latest.get(leadId) ?? -Infinity)) latest.set(leadId, created);
    }
  }
  return latest;
}
