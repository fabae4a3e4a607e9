/**
 * `npm run simulate [-- --account FILE.json] [--sweep | --realign preview|apply | --compare DRAFT.json [--replay]] [--out FILE.csv] [--save FILE.json] [--quiet] [--debug]`:
 * checks the command line and that every output can be written, checks the account (the embedded sample, or the
 * given file), builds the scripts when src/ is newer than FileCabinet/, runs the account through them in the
 * emulator (its leads, then the bulk path asked for), writes the CSV and the account after the run when asked and
 * prints the summary on stdout. Progress and build notes go to stderr. A bulk run that fails prints its summary,
 * writes no file and exits 3. Every failure is one line on stderr; `--debug` adds the stack traces. The account
 * file is only ever read.
 * Exit codes: 0 done, 1 bad account file, 2 bad command line, 3 the scripts could not be built or run.
 */
import path from 'node:path';
import { sampleAccount } from '../../sample/account';
import { Schema } from '../emulator/schema/accountSchema';
import { AccountFileError, accountFeatures, readAccountFile, type AccountFile } from './accountFile';
import { buildReason, buildScripts } from './bundles';
import { parseCliOptions, USAGE, UsageError, type CliOptions } from './cliOptions';
import { failureReport } from './failureReport';
import { bulkFailure } from './bulk';
import { formatBulkSummary } from './bulkSummary';
import { compareAccounts, formatComparison, movesCsv, type Comparison } from './comparison';
import { withDraftTerritories } from './draftAccount';
import { withReplayedLeads } from './replayLeads';
import { checkOutputPaths, OutputWriteError, writeOutput } from './outputPaths';
import { leadProgress } from './progress';
import { accountFileText } from './saveAccount';
import { healthText } from './healthText';
import { savedAccount, simulate, toCsv, type Simulation } from './simulate';
import { formatSummary } from './summary';
import { validateAccount } from './validateAccount';

const ROOT = path.resolve(__dirname, '..', '..');

const EXIT = { ok: 0, badInput: 1, usage: 2, failed: 3 } as const;

/** Where the simulator prints: the process's streams, or a test's buffers. */
export interface SimulatorIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Draw a progress bar on stderr (never with --quiet). */
  stderrIsTerminal: boolean;
}

/** A bulk script failed where NetSuite would show a failed execution; its summary is printed, no file written. */
class BulkRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkRunError';
  }
}

/** Bad input is reported before a build: the checks need Objects/ only, not the built files. */
function checkAccount(account: AccountFile, source: string): void {
  try {
    validateAccount(Schema.fromObjectsDir(path.join(ROOT, 'Objects'), { features: accountFeatures(account) }), account);
  } catch (error) {
    throw error instanceof AccountFileError ? error.withSource(source) : error;
  }
}

function run(options: CliOptions, io: SimulatorIo): void {
  const note = (line: string) => {
    if (!options.quiet) io.stderr(`${line}\n`);
  };
  const source = options.account ?? 'sample account';
  const file = options.account === undefined ? sampleAccount() : readAccountFile(options.account);
  checkAccount(file, source);
  const account = options.replay === true ? withReplayedLeads(file, source) : file;
  if (options.health === true) {
    io.stdout(healthText(account));
    return;
  }
  // The draft is checked with the account's records around it: a member naming a rep the account lacks is its fault.
  const draft = options.compare === undefined ? null : withDraftTerritories(account, readAccountFile(options.compare), options.compare);
  if (draft !== null) checkAccount(draft, options.compare!);
  const reason = buildReason(ROOT);
  if (reason !== null) {
    note(`Building the scripts first (${reason})…`);
    buildScripts(ROOT);
  }
  if (draft !== null) {
    compare(options, io, account, draft);
    return;
  }
  const progress = leadProgress(!options.quiet && io.stderrIsTerminal);
  let simulation: Simulation;
  try {
    const simulateOptions = {
      root: ROOT,
      onLead: progress.onLead,
      ...(options.bulk === undefined ? {} : { bulk: options.bulk }),
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    };
    simulation = simulate(account, simulateOptions);
  } finally {
    progress.stop();
  }
  const failure = simulation.bulk === undefined ? null : bulkFailure(simulation.bulk);
  if (failure === null) writeFiles(options, account, simulation);
  if (!options.quiet) io.stdout(summaryText(options, simulation));
  if (failure !== null) throw new BulkRunError(failure);
}

/** `--compare`: the leads through the account's territory set and, at once in a worker thread, through the draft's. */
function compare(options: CliOptions, io: SimulatorIo, account: AccountFile, draft: AccountFile): void {
  const progress = leadProgress(!options.quiet && io.stderrIsTerminal);
  let comparison: Comparison;
  try {
    // One bar over both runs.
    comparison = compareAccounts(account, draft, { root: ROOT, onProgress: progress.onLead });
  } finally {
    progress.stop();
  }
  if (options.out !== undefined) writeOutput('out', options.out, movesCsv(comparison));
  if (options.quiet) return;
  const csvLine = options.out === undefined ? 'No CSV written (add --out FILE.csv for one row per lead that would move).' : `CSV written to ${options.out} (one row per lead that would move).`;
  io.stdout(`${formatComparison(comparison, { current: options.account ?? 'the sample account', draft: options.compare! })}${csvLine}\n`);
}

/** The CSV: the created leads, the leads the sweep wrote, or the realignment's report as the script saved it. */
function csvText(simulation: Simulation): string {
  const { bulk } = simulation;
  if (bulk === undefined) return toCsv(simulation.rows);
  if (bulk.kind !== 'realign') return toCsv(bulk.rows);
  return bulk.report?.csv ?? '';
}

function writeFiles(options: CliOptions, account: AccountFile, simulation: Simulation): void {
  if (options.out !== undefined) writeOutput('out', options.out, csvText(simulation));
  if (options.save !== undefined) writeOutput('save', options.save, accountFileText(savedAccount(account, simulation)));
  if (options.emails !== undefined) writeOutput('emails', options.emails, `${JSON.stringify(simulation.emulator.emails, null, 2)}\n`);
}

function summaryText(options: CliOptions, simulation: Simulation): string {
  const { bulk } = simulation;
  const created = bulk !== undefined && simulation.rows.length === 0 ? `No leads to create on ${simulation.today}.\n` : formatSummary(simulation.summary);
  const sections = [created, ...(bulk === undefined ? [] : [formatBulkSummary(bulk)])];
  const what = bulk === undefined ? 'one row per lead' : bulk.kind === 'realign' ? "the realignment's report" : `one row per lead the ${bulk.kind === 'sweep' ? 'sweep' : 'response-time check'} wrote`;
  const csvLine = options.out === undefined ? `No CSV written (add --out FILE.csv for ${what}).` : `CSV written to ${options.out} (${what}).`;
  const saveLine = options.save === undefined ? [] : [`Account after the run saved to ${options.save}.`];
  const emailLine = options.emails === undefined ? [] : [`${simulation.emulator.emails.length} sent email(s) written to ${options.emails}.`];
  return `${sections.join('\n')}\n${[csvLine, ...saveLine, ...emailLine].join('\n')}\n`;
}

/** Runs the simulator's command line; returns the exit code. */
export function runSimulator(argv: readonly string[], io: SimulatorIo): number {
  let debug = false;
  try {
    const options = parseCliOptions(argv);
    debug = options.debug === true;
    if (options.help) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    checkOutputPaths(options);
    run(options, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.withUsage ? `${error.message}\n\n${USAGE}` : `${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AccountFileError) {
      io.stderr(`${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof OutputWriteError) {
      io.stderr(failureReport('', error, debug));
      return EXIT.failed;
    }
    if (error instanceof BulkRunError) {
      io.stderr(failureReport('The bulk run failed (no file was written): ', error, debug));
      return EXIT.failed;
    }
    io.stderr(failureReport('The simulation could not run: ', error, debug));
    return EXIT.failed;
  }
}
