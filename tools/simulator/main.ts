/**
 * `npm run simulate [-- --account FILE.json] [--out FILE.csv] [--quiet]`: checks the account (the embedded
 * sample, or the given file), builds the scripts when src/ is newer than FileCabinet/, runs the account through
 * them in the emulator, writes the CSV when asked and prints the summary on stdout. Progress and build notes go
 * to stderr.
 * Exit codes: 0 done, 1 bad account file, 2 bad command line, 3 the scripts could not be built or run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleAccount } from '../../sample/account';
import { Schema } from '../emulator/schema';
import { AccountFileError, parseAccountFile, type AccountFile } from './accountFile';
import { buildReason, buildScripts } from './bundles';
import { parseCliOptions, USAGE, UsageError, type CliOptions } from './cliOptions';
import { leadProgress } from './progress';
import { simulate, toCsv } from './simulate';
import { formatSummary } from './summary';
import { validateAccount } from './validateAccount';

const ROOT = path.resolve(__dirname, '..', '..');

const EXIT = { ok: 0, badInput: 1, usage: 2, failed: 3 } as const;

function readAccount(file: string): AccountFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AccountFileError(`cannot read the file: ${(error as Error).message}`, file);
  }
  return parseAccountFile(text, file);
}

function run(options: CliOptions): void {
  const note = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const source = options.account ?? 'sample account';
  const account = options.account === undefined ? sampleAccount() : readAccount(options.account);
  // Bad input is reported before a build: the checks need Objects/ only, not the built files.
  try {
    validateAccount(Schema.fromObjectsDir(path.join(ROOT, 'Objects')), account);
  } catch (error) {
    throw error instanceof AccountFileError ? error.withSource(source) : error;
  }
  const reason = buildReason(ROOT);
  if (reason !== null) {
    note(`Building the scripts first (${reason})…`);
    buildScripts(ROOT);
  }
  const progress = leadProgress(!options.quiet && process.stderr.isTTY === true);
  let simulation;
  try {
    simulation = simulate(account, { root: ROOT, onLead: progress.onLead });
  } finally {
    progress.stop();
  }
  if (options.out !== undefined) writeFileSync(options.out, toCsv(simulation.rows));
  if (options.quiet) return;
  const csvLine = options.out === undefined ? 'No CSV written (add --out FILE.csv for one row per lead).' : `CSV written to ${options.out}.`;
  process.stdout.write(`${formatSummary(simulation.summary)}\n${csvLine}\n`);
}

function main(argv: readonly string[]): number {
  try {
    const options = parseCliOptions(argv);
    if (options.help) {
      process.stdout.write(USAGE);
      return EXIT.ok;
    }
    run(options);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof AccountFileError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`The simulation could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failed;
  }
}

process.exitCode = main(process.argv.slice(2));
