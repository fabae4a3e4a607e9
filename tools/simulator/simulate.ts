/**
 * The local simulator (SPEC §5): an account file run through the built scripts in FileCabinet/ (what would be
 * deployed) inside the NetSuite emulator. The account is checked in full first; then its records are seeded,
 * its parameters set, and its leads created one after another, each firing the deployed lead user event.
 *
 * @example
 * const { rows, summary } = simulate(parseAccountFile(text, 'account.json'));
 * writeFileSync('routing.csv', toCsv(rows));
 * console.log(formatSummary(summary));
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SCRIPT } from '../../src/netsuite/ids';
import { isoDay } from '../emulator/dates';
import { Emulator } from '../emulator/host';
import { Schema } from '../emulator/schema';
import { readSdfObjects } from '../emulator/schema/sdfObjects';
import type { AccountFile } from './accountFile';
import { createLead } from './createLead';
import { leadOutcome, type LeadRun, type OutputRow } from './leadOutcome';
import { seedAccount } from './seedAccount';
import { summarize, type Summary } from './summary';
import { validateAccount } from './validateAccount';

export type { OutputRow } from './leadOutcome';
export { toCsv } from './csv';

export interface SimulateOptions {
  /** The repository root holding Objects/ and FileCabinet/ (default: the root this file lives in). */
  root?: string;
  /** Called after seeding and validation, before the first lead: fault injection, extra parameters, … */
  prepare?: (emulator: Emulator) => void;
  /** Progress, after each lead. */
  onLead?: (done: number, total: number) => void;
}

export interface Simulation {
  /** One row per lead, in creation order. */
  rows: OutputRow[];
  /** The account after the run, for anything the rows do not say. */
  emulator: Emulator;
  summary: Summary;
  wallMs: number;
}

const DEFAULT_ROOT = path.resolve(__dirname, '..', '..');

/** The lead user event's built file must exist: the simulator tests what would be deployed, never the sources. */
function requireBuiltLeadScript(schema: Schema, fileCabinet: string): void {
  const scriptFile = schema.script(SCRIPT.ueLead)?.scriptFile ?? '';
  if (!existsSync(path.join(fileCabinet, scriptFile))) {
    throw new Error(`${path.join('FileCabinet', scriptFile)} is missing: run npm run build first`);
  }
}

/**
 * Runs the account; throws an AccountFileError naming the record and field of every problem before any lead is
 * created. A lead whose save fails (a fault `prepare` injected on the lead itself) stops the run with an error
 * naming the lead.
 */
export function simulate(account: AccountFile, options: SimulateOptions = {}): Simulation {
  const started = performance.now();
  const root = options.root ?? DEFAULT_ROOT;
  const objects = readSdfObjects(path.join(root, 'Objects'));
  const schema = new Schema(objects);
  const implied = validateAccount(schema, account);
  const fileCabinet = path.join(root, 'FileCabinet');
  requireBuiltLeadScript(schema, fileCabinet);
  const today = account.today ?? isoDay(new Date());
  const emulator = new Emulator({ objects, fileCabinet, now: today });
  seedAccount(emulator, account, implied);
  options.prepare?.(emulator);

  const leads = account.leads ?? [];
  const leadsStarted = performance.now();
  const runs: LeadRun[] = leads.map((lead, index) => {
    const key = typeof lead.externalid === 'string' && lead.externalid !== '' ? lead.externalid : String(index + 1);
    const ledgerLength = emulator.invocations.length;
    let leadId: string;
    try {
      leadId = createLead(emulator, lead);
    } catch (error) {
      throw new Error(`leads[${index}] (${key}): the lead could not be saved: ${(error as Error).message}`, { cause: error });
    }
    const run = leadOutcome(emulator, leadId, key, emulator.invocations.slice(ledgerLength));
    options.onLead?.(index + 1, leads.length);
    return run;
  });
  const finished = performance.now();
  const summary = summarize({ runs, emulator, today, leadsMs: finished - leadsStarted, wallMs: finished - started });
  return { rows: runs.map((run) => run.row), emulator, summary, wallMs: summary.wallMs };
}
