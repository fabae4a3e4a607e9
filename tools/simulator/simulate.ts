/**
 * The local simulator (SPEC §5): an account file run through the built scripts in FileCabinet/ (what would be
 * deployed) inside the NetSuite emulator. The account is checked in full first; then its records are seeded,
 * its parameters set, and its leads created one after another (or by K concurrent creators, SPEC §7), each firing
 * the deployed lead user event; then, when asked, one bulk path runs on the whole account (the sweep and its
 * continuations, or the realignment).
 *
 * @example
 * const { rows, summary } = simulate(parseAccountFile(text, 'account.json'));
 * writeFileSync('routing.csv', toCsv(rows));
 * console.log(formatSummary(summary));
 *
 * const { bulk } = simulate(account, { bulk: { kind: 'realign', mode: 'PREVIEW' } });
 * bulk?.kind === 'realign' && bulk.report?.rows.length; // 12 leads would change
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SCRIPT } from '../../src/netsuite/ids';
import { Emulator } from '../emulator/host';
import { Schema } from '../emulator/schema/accountSchema';
import { readSdfObjects } from '../emulator/schema/sdfObjects';
import { accountFeatures, type AccountFile } from './accountFile';
import { runBulk, type BulkOutcome, type BulkRequest } from './bulk';
import { atInstant, companyDay, companyTimeZone, runStart } from './instant';
import { newLead } from './createLead';
import { applyEdits } from './leadEdits';
import type { Invocation } from '../emulator/account';
import { JobFailure, type ConcurrencyOptions } from '../emulator/interleaving';
import { leadOutcome, type LeadRun, type OutputRow } from './leadOutcome';
import { assignedByMember } from './memberCounts';
import { accountAfterRun } from './saveAccount';
import { seedAccount } from './seedAccount';
import { summarize, type Summary } from './summary';
import { externalIdOf, validateAccount } from './validateAccount';

export type { OutputRow } from './leadOutcome';
export { toCsv } from './csv';

export interface SimulateOptions {
  /** The repository root holding Objects/ and FileCabinet/ (default: the root this file lives in). */
  root?: string;
  /** Called after seeding and validation, before the first lead: fault injection, extra parameters, … */
  prepare?: (emulator: Emulator) => void;
  /** Progress, after each lead. */
  onLead?: (done: number, total: number) => void;
  /** A bulk path to run once the leads are created. */
  bulk?: BulkRequest;
  /** Called after the leads are created, before the bulk path: faults aimed at the bulk run only, … */
  beforeBulk?: (emulator: Emulator) => void;
  /** Creators working at once and the seed of their interleaving (SPEC §7); default one creator, leads in file order. */
  concurrency?: ConcurrencyOptions;
  /** Whether invocations report their script CPU (`scriptCpuMs`); off by default, as measuring slows every N call. */
  measureScriptCpu?: boolean;
}

export interface Simulation {
  /** One row per lead, in creation order. */
  rows: OutputRow[];
  /** The account after the run, for anything the rows do not say. */
  emulator: Emulator;
  summary: Summary;
  wallMs: number;
  /** The company's calendar day the run started on: the file's `today`, the day of its `now`, else the machine's date. */
  today: string;
  /** What the bulk path did, when one was asked for. */
  bulk?: BulkOutcome;
}

/** A lead the run created: its internal id, its key in the file, and the user events its save ran. */
interface CreatedLead {
  leadId: string;
  key: string;
  invocations: Invocation[];
}

/** The repository this file lives in: its Objects/ and FileCabinet/. */
export const DEFAULT_ROOT = path.resolve(__dirname, '..', '..');

/** The built files of the scripts to run must exist: the simulator tests what would be deployed, never the sources. */
function requireBuiltScripts(schema: Schema, fileCabinet: string, scriptIds: readonly string[]): void {
  for (const scriptId of scriptIds) {
    const scriptFile = schema.script(scriptId)?.scriptFile ?? '';
    if (!existsSync(path.join(fileCabinet, scriptFile))) {
      throw new Error(`${path.join('FileCabinet', scriptFile)} is missing: run npm run build first`);
    }
  }
}

const BULK_SCRIPTS: Readonly<Record<BulkRequest['kind'], string>> = { sweep: SCRIPT.ssSweep, realign: SCRIPT.mrRealign, sla: SCRIPT.ssSla };

/**
 * Creates one lead of the file, stepping where a concurrent run may interleave. One generator function serves every
 * lead: a generator function made per lead would get its own prototype and hidden class, kept as long as its job.
 */
function* leadSteps(emulator: Emulator, entry: { lead: Record<string, unknown>; index: number; timeZone: string }, counted: () => void): Generator<void, CreatedLead> {
  const { lead, index, timeZone } = entry;
  const key = externalIdOf(lead) ?? String(index + 1);
  // A lead with a creation time is created at that moment: its routing time and Date Created are that moment.
  const { datecreated, ...values } = lead;
  const createdAt = typeof datecreated === 'string' ? atInstant(datecreated, timeZone) : null;
  if (createdAt !== null) emulator.clock.set(createdAt);
  let saved;
  try {
    saved = yield* newLead(emulator, values).saveSteps();
  } catch (error) {
    throw new Error(`leads[${index}] (${key}): the lead could not be saved: ${(error as Error).message}`, { cause: error });
  }
  counted();
  return { leadId: saved.id, key, invocations: saved.invocations };
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
  const features = accountFeatures(account);
  const schema = new Schema(objects, { features });
  const implied = validateAccount(schema, account);
  const fileCabinet = path.join(root, 'FileCabinet');
  requireBuiltScripts(schema, fileCabinet, [SCRIPT.ueLead, ...(options.bulk === undefined ? [] : [BULK_SCRIPTS[options.bulk.kind]])]);
  const start = runStart(account);
  const today = companyDay(account, start);
  const timeZone = companyTimeZone(account);
  const emulator = new Emulator({ objects, fileCabinet, now: start, features, timeZone, measureScriptCpu: options.measureScriptCpu ?? false });
  seedAccount(emulator, account, implied);
  options.prepare?.(emulator);

  const leads = account.leads ?? [];
  const assignedBefore = assignedByMember(emulator);
  const leadsStarted = performance.now();
  let done = 0;
  const counted = () => {
    done += 1;
    options.onLead?.(done, leads.length);
  };
  const jobs = leads.map((lead, index) => () => leadSteps(emulator, { lead, index, timeZone }, counted));
  let created: CreatedLead[];
  try {
    created = emulator.runConcurrently(jobs, options.concurrency ?? { threads: 1, seed: 1 });
  } catch (error) {
    throw error instanceof JobFailure ? error.error : error;
  }
  // An edited lead's row shows where the edits left it, and the units of every user event run for it.
  const edited =
    account.edits !== undefined && account.edits.length > 0
      ? applyEdits(emulator, account.edits, new Map(created.map(({ key, leadId }) => [key, leadId])))
      : new Map<string, Invocation[]>();
  const runs: LeadRun[] = created.map(({ leadId, key, invocations }) => leadOutcome(emulator, leadId, key, [...invocations, ...(edited.get(leadId) ?? [])]));
  const finished = performance.now();
  const summary = summarize({
    runs,
    emulator,
    today,
    leadsMs: finished - leadsStarted,
    wallMs: finished - started,
    assignedBefore,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  const simulation: Simulation = { rows: runs.map((run) => run.row), emulator, summary, wallMs: summary.wallMs, today };
  if (options.bulk !== undefined) {
    options.beforeBulk?.(emulator);
    simulation.bulk = runBulk(emulator, options.bulk, account.parameters ?? {});
  }
  return simulation;
}

/**
 * The account after the run, in the account file's format (see saveAccount.ts): `--save`, and the next run's input.
 *
 * @example
 * const saved = savedAccount(account, simulate(account, { bulk: { kind: 'realign', mode: 'APPLY' } }));
 * simulate(saved, { bulk: { kind: 'realign', mode: 'APPLY' } }).bulk; // no changes
 */
export function savedAccount(account: AccountFile, simulation: Simulation): AccountFile {
  const folder = simulation.bulk?.kind === 'realign' ? simulation.bulk.seededFolderId : null;
  const exclude = new Map(folder === null ? [] : [['folder', new Set([folder])]]);
  return accountAfterRun(simulation.emulator, account, { today: simulation.today, exclude });
}
