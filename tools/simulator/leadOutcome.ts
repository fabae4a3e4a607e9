/**
 * What happened to one created lead, read back from the account: the saved lead's rep, territory, status and
 * reason, and from the invocation ledger the units the lead user event used and whether it had to load the
 * routing plan (a cache miss: the lead paid for compiling the territories).
 */
import type { Status } from '../../src/engine';
import { LEAD, LIST, RECORD, SCRIPT, STATUS_VALUE } from '../../src/netsuite/ids';
import type { Invocation } from '../emulator/account';
import type { Emulator } from '../emulator/host';

/** One CSV row (SPEC §5). */
export interface OutputRow {
  /** The lead's externalid, else its 1-based position in `leads`. */
  lead: string;
  /** Internal id of the sales rep, '' when none. */
  salesrep: string;
  /** Internal id of the territory that decided, '' when none. */
  territory: string;
  /** Status code (ROUTED, FALLBACK, OWNER, KEPT, DEFAULT, UNASSIGNED, ERROR), '' when routing wrote none. */
  status: Status | '';
  reason: string;
  /** Governance units of the lead user event for this lead: beforeSubmit + afterSubmit. */
  units: number;
}

export interface LeadRun {
  row: OutputRow;
  /** The lead user event ran the plan loader (N/cache miss) for this lead. */
  cold: boolean;
}

/** The charge N/cache records when a get runs its loader. */
const CACHE_MISS = 'Cache.get.miss';

const STATUS_BY_SCRIPT_ID = new Map<string, Status>(Object.entries(STATUS_VALUE).map(([code, scriptId]) => [scriptId, code as Status]));

/** The status code of a stored `custentity_tlr_status` value (a list value's internal id); '' when none. */
export function statusCode(emulator: Emulator, listValueId: unknown): Status | '' {
  const value = emulator.schema.list(LIST.status)?.values.find((entry) => entry.id === listValueId);
  return (value && STATUS_BY_SCRIPT_ID.get(value.scriptId.toLowerCase())) ?? '';
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * @param invocations the invocations the lead's save started (the ledger's tail from just before the save)
 */
export function leadOutcome(emulator: Emulator, leadId: string, key: string, invocations: readonly Invocation[]): LeadRun {
  const lead = emulator.read(RECORD.lead, leadId);
  if (!lead) throw new Error(`lead ${leadId} was saved but cannot be read back`);
  const own = invocations.filter((invocation) => invocation.scriptId === SCRIPT.ueLead);
  return {
    row: {
      lead: key,
      salesrep: text(lead[LEAD.salesRep]),
      territory: text(lead[LEAD.territory]),
      status: statusCode(emulator, lead[LEAD.status]),
      reason: text(lead[LEAD.reason]),
      units: own.reduce((sum, invocation) => sum + invocation.unitsUsed, 0),
    },
    cold: own.some((invocation) => invocation.charges.some((charge) => charge.api === CACHE_MISS)),
  };
}
