/**
 * The pure mapper between NetSuite values and engine types. No N/* import: adapters read values with
 * N/record or N/search and hand them over as a `read(fieldId)` function; this file decides what they mean.
 */
import type {
  CustomerStage,
  LeadFacts,
  MemberRow,
  MemberState,
  Method,
  OwnerCandidate,
  RepFacts,
  TerritoryRow,
} from '../engine';
import { EMPLOYEE, LEAD, MEMBER, METHOD_VALUE, TERRITORY, TERRITORY_RESPONSE } from './ids';

/** A value as N/record getValue or N/search Result.getValue returns it. */
export type FieldValue = string | number | boolean | Date | readonly string[] | null | undefined;
export type ReadField = (fieldId: string) => FieldValue;

/** Internal id → script id of the values of one custom list (list value ids differ per account). */
export type ListScriptIds = Readonly<Record<string, string>>;

/** Text of a value; empty for null/undefined. */
export function asText(value: FieldValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

/** Checkbox values arrive as booleans from records and as 'T'/'F' from some searches. */
export function asBoolean(value: FieldValue): boolean {
  return value === true || value === 'T' || value === 'true';
}

/** An empty field is null; anything else becomes a number (NaN when it is not one, for the validator to report). */
export function asNumber(value: FieldValue): number | null {
  const text = asText(value);
  return text === '' ? null : Number(text);
}

export function asId(value: FieldValue): string | null {
  const text = asText(value);
  return text === '' ? null : text;
}

/** Multi-selects arrive as arrays from records and as comma-separated ids from searches. */
export function asIds(value: FieldValue): string[] {
  if (Array.isArray(value)) return value.map(String).filter((id) => id !== '');
  return asText(value)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** `YYYY-MM-DD` of a date as the server's calendar shows it (DATE fields are midnight in that zone). */
export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function asIsoDate(value: FieldValue): string | null {
  if (value instanceof Date) return isoDate(value);
  const text = asText(value);
  return text === '' ? null : text;
}

/** Method of a territory from its list value; an empty select means the default, round robin. */
export function asMethod(value: FieldValue, methodIds: ListScriptIds): Method | null {
  const id = asId(value);
  if (id === null) return null;
  const scriptId = methodIds[id];
  if (scriptId === METHOD_VALUE.load_balanced) return 'load_balanced';
  if (scriptId === METHOD_VALUE.round_robin) return 'round_robin';
  throw new Error(`custrecord_tlr_method: list value ${id} is not a value of customlist_tlr_method`);
}

/**
 * @example toTerritoryRow('7', (f) => values[f], methodIds) // → { id: '7', name: 'West', priority: 10, … }
 */
export function toTerritoryRow(id: string, read: ReadField, methodIds: ListScriptIds): TerritoryRow {
  return {
    id,
    // A territory saved without a name still needs one that reasons and reports can show.
    name: asText(read(TERRITORY.name)) || `territory ${id}`,
    isInactive: asBoolean(read(TERRITORY.isInactive)),
    priority: asNumber(read(TERRITORY.priority)),
    countries: asText(read(TERRITORY.countries)),
    states: asText(read(TERRITORY.states)),
    postalCodes: asText(read(TERRITORY.postalCodes)),
    leadSources: asIds(read(TERRITORY.leadSources)),
    categories: asIds(read(TERRITORY.categories)),
    subsidiaries: asIds(read(TERRITORY.subsidiaries)),
    method: asMethod(read(TERRITORY.method), methodIds),
    fallbackRepId: asId(read(TERRITORY.fallbackRep)),
    workHours: asText(read(TERRITORY_RESPONSE.workHours)),
    beforeOwner: asBoolean(read(TERRITORY.beforeOwner)),
  };
}

/** @example toMemberRow('31', (f) => values[f]) // → { id: '31', territoryId: '7', repId: '12', weight: 2, … } */
export function toMemberRow(id: string, read: ReadField): MemberRow {
  return {
    id,
    territoryId: asText(read(MEMBER.territory)),
    repId: asText(read(MEMBER.rep)),
    isInactive: asBoolean(read(MEMBER.isInactive)),
    weight: asNumber(read(MEMBER.weight)),
    capacity: asNumber(read(MEMBER.capacity)),
    awayFrom: asIsoDate(read(MEMBER.awayFrom)),
    awayUntil: asIsoDate(read(MEMBER.awayUntil)),
  };
}

/** Script-maintained counters; empty fields (a member never picked) count as zero. */
export function toMemberState(read: ReadField): MemberState {
  return {
    turns: asNumber(read(MEMBER.turns)) ?? 0,
    assigned: asNumber(read(MEMBER.assigned)) ?? 0,
  };
}

/** @example toRepFacts('12', (f) => ({ entityid: 'Ana Ruiz', isinactive: false, issalesrep: true })[f]) */
export function toRepFacts(id: string, read: ReadField): RepFacts {
  return {
    id,
    name: asText(read(EMPLOYEE.name)) || `employee ${id}`,
    isInactive: asBoolean(read(EMPLOYEE.isInactive)),
    isSalesRep: asBoolean(read(EMPLOYEE.isSalesRep)),
  };
}

/** The address fields routing reads (SPEC §3.1), already picked from the default billing or first address. */
export interface LeadAddress {
  country: FieldValue;
  state: FieldValue;
  zip: FieldValue;
}

/** @example toLeadFacts(null, (f) => lead[f], { country: 'US', state: 'CA', zip: '94105' }) */
export function toLeadFacts(id: string | null, read: ReadField, address: LeadAddress | null): LeadFacts {
  return {
    id,
    country: asText(address?.country).toUpperCase(),
    state: asText(address?.state).toUpperCase(),
    postalCode: asText(address?.zip),
    leadSource: asId(read(LEAD.leadSource)),
    category: asId(read(LEAD.category)),
    subsidiary: asId(read(LEAD.subsidiary)),
    email: asText(read(LEAD.email)),
    companyName: asText(read(LEAD.companyName)),
    salesRepId: asId(read(LEAD.salesRep)),
  };
}

const STAGES: Readonly<Record<string, CustomerStage>> = { LEAD: 'LEAD', PROSPECT: 'PROSPECT', CUSTOMER: 'CUSTOMER' };

/** Search results give the stage as its id (`LEAD`) or, in some accounts, its label (`Lead`). */
export function asStage(value: FieldValue): CustomerStage {
  const stage = STAGES[asText(value).toUpperCase()];
  if (!stage) throw new Error(`stage: "${asText(value)}" is not LEAD, PROSPECT or CUSTOMER`);
  return stage;
}

/** @example toOwnerCandidate('500', (f) => customer[f]) // → { id: '500', stage: 'CUSTOMER', salesRepId: '7', … } */
export function toOwnerCandidate(id: string, read: ReadField): OwnerCandidate {
  return {
    id,
    stage: asStage(read(LEAD.stage)),
    salesRepId: asText(read(LEAD.salesRep)),
    email: asText(read(LEAD.email)),
    companyName: asText(read(LEAD.companyName)),
    isInactive: asBoolean(read(LEAD.isInactive)),
  };
}
