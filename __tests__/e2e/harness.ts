/**
 * Shared helpers of the end-to-end tests: scenario files, the simulator over the BUILT scripts (FileCabinet/, so
 * `npm run build` must have run; `npm test` does it), and read-backs of what the scripts stored. Every test builds
 * its own account and emulator; nothing here holds state between tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HostRow } from '../../tools/emulator/seeding';
import type { Emulator } from '../../tools/emulator/host';
import type { Invocation } from '../../tools/emulator/account';
import { parseAccountFile, type AccountFile } from '../../tools/simulator/accountFile';
import { createLead } from '../../tools/simulator/createLead';
import { simulate, type SimulateOptions, type Simulation } from '../../tools/simulator/simulate';

export const ROOT = path.resolve(__dirname, '../..');
export const SCENARIO_DIR = path.join(__dirname, 'scenarios');

export const LEAD_UE = 'customscript_tlr_ue_lead';
export const TERRITORY_UE = 'customscript_tlr_ue_territory';
export const INVALID_DATA_ERROR = 'TLR_INVALID_TERRITORY_DATA';
export const TODAY = '2026-11-26';

/** One expected output row of a scenario; `reasonIncludes` lists fragments the reason must contain (at least one). */
export interface ExpectedRow {
  lead: string;
  salesrep: string;
  territory: string;
  status: string;
  reasonIncludes: string[];
}

export interface Scenario {
  name: string;
  /** The account file as `npm run simulate -- --account` reads it (no test-only keys). */
  account: AccountFile;
  description: string;
  expected: ExpectedRow[];
}

/**
 * Scenario `X.json` is a plain account file (SPEC §5), runnable with the CLI; its expectations live beside it in
 * `X.expected.json` as `{ description, expect: ExpectedRow[] }`.
 */
export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

export function loadScenario(name: string): Scenario {
  const file = path.join(SCENARIO_DIR, `${name}.json`);
  const account = parseAccountFile(readFileSync(file, 'utf8'), file);
  const { description, expect: expected } = JSON.parse(readFileSync(path.join(SCENARIO_DIR, `${name}.expected.json`), 'utf8')) as {
    description: string;
    expect: ExpectedRow[];
  };
  return { name, account, description, expected };
}

/** Runs an account through the built lead user event. */
export function run(account: AccountFile, options: Omit<SimulateOptions, 'root'> = {}): Simulation {
  return simulate(structuredClone(account), { root: ROOT, ...options });
}

/** Matches a text holding every fragment, in any order (a failing row shows the whole reason in the diff). */
export function containingAll(fragments: readonly string[]): unknown {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expect.stringMatching(new RegExp(`^${fragments.map((fragment) => `(?=[\\s\\S]*${escape(fragment)})`).join('')}`));
}

/** The expected row as `toEqual` compares it with an OutputRow. */
export function expectedRow(expected: ExpectedRow): Record<string, unknown> {
  const { lead, salesrep, territory, status, reasonIncludes } = expected;
  return { lead, salesrep, territory, status, reason: containingAll(reasonIncludes), units: expect.any(Number) };
}

/** Every stored lead, by externalid (leads the simulator created carry the file's externalid). */
export function storedLeads(emulator: Emulator): HostRow[] {
  const leads: HostRow[] = [];
  for (const record of emulator.store.all('customer')) {
    if (record.type !== 'lead') continue;
    const row = emulator.read('lead', record.id);
    if (row) leads.push(row);
  }
  return leads;
}

export function storedLead(emulator: Emulator, externalid: string): HostRow {
  const lead = storedLeads(emulator).find((row) => row.externalid === externalid);
  if (!lead) throw new Error(`no stored lead with externalid ${externalid}`);
  return lead;
}

/** What routing left on a stored lead: rep, territory, status list value, reason and routing time. */
export function storedOutcome(emulator: Emulator, externalid: string): Record<string, unknown> {
  const stored = storedLead(emulator, externalid);
  return {
    lead: externalid,
    salesrep: stored.salesrep ?? '',
    territory: stored.custentity_tlr_territory ?? '',
    status: stored.custentity_tlr_status,
    reason: stored.custentity_tlr_reason,
    routedAt: stored.custentity_tlr_routed_at,
  };
}

/** The internal id of a status code's list value (values are numbered in XML order). */
export function statusValueId(emulator: Emulator, code: string): string {
  const value = emulator.schema.list('customlist_tlr_status')?.values.find((entry) => entry.scriptId.toLowerCase() === `val_tlr_${code.toLowerCase()}`);
  if (!value) throw new Error(`customlist_tlr_status has no value for ${code}`);
  return value.id;
}

/** Invocations of one script, optionally one entry point. */
export function invocationsOf(emulator: Emulator, scriptId: string, entryPoint?: string): Invocation[] {
  return emulator.invocations.filter((invocation) => invocation.scriptId === scriptId && (entryPoint === undefined || invocation.entryPoint === entryPoint));
}

/** Creates one more lead through the host (a user saving the form) and returns what it stored plus its units. */
export function addLead(emulator: Emulator, values: Record<string, unknown>): { lead: HostRow; invocations: Invocation[]; units: number } {
  const before = emulator.invocations.length;
  const id = createLead(emulator, values);
  const invocations = emulator.invocations.slice(before).filter((invocation) => invocation.scriptId === LEAD_UE);
  const lead = emulator.read('lead', id);
  if (!lead) throw new Error(`lead ${id} was not stored`);
  return { lead, invocations, units: invocations.reduce((sum, invocation) => sum + invocation.unitsUsed, 0) };
}

/** Whether the plan loader ran (N/cache miss) in these invocations. */
export function loadedPlan(invocations: readonly Invocation[]): boolean {
  return invocations.some((invocation) => invocation.charges.some((charge) => charge.api === 'Cache.get.miss'));
}

/** A lead in one country (and optionally state/zip) with a unique company and domain. */
export function leadIn(externalid: string, address: { country: string; state?: string; zip?: string }, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalid,
    companyname: `Company ${externalid}`,
    email: `info@${externalid.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`,
    addressbook: [{ defaultbilling: true, addressbookaddress: address }],
    ...extra,
  };
}

/** The error a call throws (fails the test when it throws nothing). */
export function thrownBy(call: () => unknown): { name: string; message: string } {
  try {
    call();
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('expected the call to throw');
}

/**
 * How many times a script running in `executionContext` (SCHEDULED: the sweep; MAPREDUCE: the realignment) wrote each
 * lead: every committed submitFields on a lead fires the lead user event's afterSubmit as `xedit`.
 */
export function leadWriteCounts(emulator: Emulator, executionContext: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const invocation of invocationsOf(emulator, LEAD_UE, 'afterSubmit')) {
    if (invocation.eventType !== 'xedit' || invocation.executionContext !== executionContext || invocation.recordType !== 'lead') continue;
    const id = String(invocation.recordId);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Every stored record of a family (`customer` holds leads, prospects and customers) as JSON text by internal id: equal snapshots mean nothing changed. */
export function storedSnapshot(emulator: Emulator, family: string): Map<string, string> {
  return new Map([...emulator.store.all(family)].map((record) => [record.id, JSON.stringify(record)]));
}

/** The ids whose stored text differs between two snapshots (changed, added or removed). */
export function changedIds(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => before.get(id) !== after.get(id)).sort((a, b) => Number(a) - Number(b));
}

/**
 * The account with two territories saved behind the validator's back (a CSV import with server scripts off, say):
 * 3 "Broken countries" lists XX; 4 "Broken member" has a member of weight 0. Reps 8 and 9 must exist.
 */
export function withBrokenTerritories(account: AccountFile): AccountFile {
  const records = account.records ?? {};
  records.customrecord_tlr_territory = [
    ...(records.customrecord_tlr_territory ?? []),
    { id: '3', name: 'Broken countries', custrecord_tlr_priority: 1, custrecord_tlr_countries: 'US, XX' },
    { id: '4', name: 'Broken member', custrecord_tlr_priority: 2, custrecord_tlr_countries: 'US' },
  ];
  records.customrecord_tlr_member = [
    ...(records.customrecord_tlr_member ?? []),
    { id: '14', custrecord_tlr_mem_territory: '3', custrecord_tlr_mem_rep: '9' },
    { id: '15', custrecord_tlr_mem_territory: '4', custrecord_tlr_mem_rep: '9' },
    { id: '16', custrecord_tlr_mem_territory: '4', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_weight: 0 },
  ];
  return { ...account, records };
}

/** Employee rows of an account file by id and name: active sales reps, except the ids in `notSalesReps`. */
export function employees(names: Readonly<Record<string, string>>, notSalesReps: readonly string[] = []): Record<string, unknown>[] {
  return Object.entries(names).map(([id, entityid]) => ({ id, entityid, issalesrep: !notSalesReps.includes(id) }));
}

/**
 * West (US) has Ana (7) and Bo (8), Everywhere (catch-all, priority 900) has Cy (9); leads L1 (US), L2 (US, entered
 * with Bo) and L3 (DE).
 */
export function westAndEverywhere(): AccountFile {
  return {
    today: TODAY,
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', issalesrep: true },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' },
        { id: '2', name: 'Everywhere', custrecord_tlr_priority: 900 },
      ],
      customrecord_tlr_member: [
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
        { id: '13', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '9' },
      ],
    },
    leads: [leadIn('L1', { country: 'US' }), leadIn('L2', { country: 'US' }, { salesrep: '8' }), leadIn('L3', { country: 'DE' })],
  };
}
