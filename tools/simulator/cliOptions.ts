/** The command line of `npm run simulate`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  /** Account file to run; the embedded sample account when absent. */
  account?: string;
  /** Where to write the CSV; nothing is written when absent. */
  out?: string;
  /** Only errors: no progress bar, no build note, no summary. */
  quiet: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: npm run simulate [-- [--account FILE.json] [--out FILE.csv] [--quiet]]

Runs the built lead user event (FileCabinet/) in the local NetSuite emulator on the embedded sample account,
or on an account file (format: SPEC §5, example: sample/example-account.json), and prints a summary.

  --account FILE.json  the account to run instead of the sample
  --out FILE.csv       write one row per lead: lead,salesrep,territory,status,reason,units
  --quiet              print nothing but errors (no progress bar, no summary)
  --help               this text

Exit codes: 0 done, 1 bad account file, 2 bad command line, 3 the scripts could not be built or run.
`;

/**
 * @example
 * parseCliOptions(['--account', 'west.json', '--out', 'west.csv']); // { account: 'west.json', out: 'west.csv', quiet: false, help: false }
 * parseCliOptions(['west.json']); // throws UsageError
 */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: { account?: string; out?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { account: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const option of ['account', 'out'] as const) {
    if (values[option] === '') throw new UsageError(`--${option} needs a file name`);
  }
  // Checked now rather than after a run of many seconds.
  if (values.out !== undefined && !existsSync(path.dirname(path.resolve(values.out)))) {
    throw new UsageError(`--out ${values.out}: the folder ${path.dirname(values.out)} does not exist`);
  }
  const options: CliOptions = { quiet: values.quiet === true, help: values.help === true };
  if (values.account !== undefined) options.account = values.account;
  if (values.out !== undefined) options.out = values.out;
  return options;
}
