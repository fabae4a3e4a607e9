/** The command line of `npm run simulate`. Where the files it names can be written is checked by outputPaths.ts. */
import { parseArgs } from 'node:util';
import type { BulkRequest } from './bulk';
import type { ConcurrencyOptions } from '../emulator/interleaving';
import { atInstant } from './instant';
import { excerpt, visible } from './excerpt';

export interface CliOptions {
  /** Account file to run; the embedded sample account when absent. */
  account?: string;
  /** Where to write the CSV; nothing is written when absent. */
  out?: string;
  /** Where to write the account as it stands after the run (same format as --account); nothing when absent. */
  save?: string;
  /** Where to write the emails the scripts sent, as JSON; nothing when absent. */
  emails?: string;
  /** A bulk path to run after the leads are created: the sweep, or the realignment in a mode. */
  bulk?: BulkRequest;
  /** Only errors: no progress bar, no build note, no summary. */
  quiet: boolean;
  help: boolean;
  /** A failure prints its stack traces (the error and its causes) after its one line. */
  debug?: boolean;
  /** Print the account file's territory health instead of running it. */
  health?: boolean;
  /** Create the leads with this many concurrent creators, interleaved for the seed (SPEC §7). */
  concurrency?: ConcurrencyOptions;
  /** A draft territory set (an account file): route the same leads through both sets and print the differences. */
  compare?: string;
  /** With `compare`: the file's lead-stage records (an export's leads) are created again as new leads in both runs. */
  replay?: boolean;
}

/** A bad command line; exit code 2. `withUsage`: the usage text follows the message (not for a bad output path). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly withUsage = true,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Creators at once: NetSuite's largest web-service concurrency is 65 (20 + 10 per SuiteCloud Plus license). */
const MAX_THREADS = 100;

export const USAGE = `Usage: npm run simulate [-- [--account FILE.json] [--threads K [--seed S]] [--sweep | --realign preview|apply | --sla [--at DATETIME]] [--out FILE.csv] [--save FILE.json] [--emails FILE.json] [--quiet] [--debug]]
       npm run simulate -- --health [--account FILE.json]
       npm run simulate -- [--account FILE.json] --compare DRAFT.json [--replay] [--out FILE.csv] [--quiet] [--debug]

Runs the built scripts (FileCabinet/) in the local NetSuite emulator on the embedded sample account, or on an
account file (UTF-8 JSON; format: docs/routing-rules.md §5, example: sample/example-account.json), and prints a
summary. The file's leads are created first, each through the lead user event; then, when asked, one bulk path
runs on the whole account.

  --account FILE.json        the account to run instead of the sample
  --threads K                create the leads with K creators at once (1 to ${MAX_THREADS}), as a multi-threaded CSV
                             import or concurrent web-service calls do: their user-event steps interleave
  --seed S                   with --threads: which interleaving (a whole number; default 1); the same seed gives
                             the same run
  --sweep                    then run the sweep (customscript_tlr_ss_sweep) on its scheduled deployment, and
                             every run it queues, until none is left
  --realign preview|apply    then run the realignment (customscript_tlr_mr_realign) in that mode
  --sla                      then run the response-time check (customscript_tlr_ss_sla) on its scheduled
                             deployment, and every run it queues
  --at DATETIME              with --sla: the moment it runs, e.g. 2026-11-27T15:00 (UTC unless an offset such
                             as -05:00 is given); default: the moment the leads were created
  --out FILE.csv             write the CSV: one row per created lead (lead,salesrep,territory,status,reason,units);
                             with --sweep or --sla one row per lead that run wrote, same columns; with --realign the
                             realignment's report as the script saved it in the File Cabinet
  --save FILE.json           write the account as it stands after the run, in the same format (leads become
                             records.customer with stage LEAD; "leads" is empty), to run again with --account
  --emails FILE.json         write every email the scripts sent (author, recipients, subject, body, the script
                             that sent it, the record it is attached to) as a JSON array
  --health                   print the account's territory health instead of running it: overlaps, shadowed,
                             overflow and unmatchable territories, gaps (lead-stage records no territory
                             matches), staffing today and over the next 14 days, reps in no territory or at
                             capacity, invalid territories
  --compare DRAFT.json       what-if: create the account's leads twice, with its own territories and members and
                             with those of DRAFT.json (an account file; nothing else of it is read), and print the
                             change per rep and territory in leads and share, the outcomes before and after and the
                             leads that would move; --out writes one row per lead that would move
                             (lead,salesrep_before,salesrep_after,territory_before,territory_after,status_before,
                             status_after,reason_after)
  --replay                   with --compare: replay the account's lead-stage records (the leads an export wrote) as
                             new leads in both runs, in internal-id order and before the file's own leads, each
                             with only its company name, email, lead source, category, subsidiary and address:
                             what last quarter would have looked like with the draft
  --quiet                    print nothing but errors (no progress bar, no summary)
  --debug                    when the run fails, print the stack traces after the one-line message
  --help                     this text

Each option is given at most once. --out, --save and --emails may not name the account file, each other or a folder; they
are checked before anything runs, and written whole or not at all.

Exit codes: 0 done, 1 bad account file, 2 bad command line, 3 the scripts could not be built or run.
`;

/** `--threads` and `--seed`, each a whole number in its range. */
function concurrencyOf(threads: string | undefined, seed: string | undefined): ConcurrencyOptions | undefined {
  if (threads === undefined) {
    if (seed !== undefined) throw new UsageError('--seed chooses the interleaving of --threads: give it with --threads');
    return undefined;
  }
  const whole = (text: string, min: number, max: number) => (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null);
  const count = whole(threads, 1, MAX_THREADS);
  if (count === null) throw new UsageError(`--threads ${excerpt(threads)}: give a whole number from 1 to ${MAX_THREADS}`);
  const chosen = seed === undefined ? 1 : whole(seed, 0, 2 ** 32 - 1);
  if (chosen === null) throw new UsageError(`--seed ${excerpt(seed ?? '')}: give a whole number from 0 to 4294967295`);
  return { threads: count, seed: chosen };
}

const REALIGN_MODES: Readonly<Record<string, BulkRequest>> = {
  preview: { kind: 'realign', mode: 'PREVIEW' },
  apply: { kind: 'realign', mode: 'APPLY' },
};

/** An option given twice is refused rather than the last one silently winning (`--account a.json --account b.json`). */
function refuseRepeats(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): void {
  const seen = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const values = [...(seen.get(token.name) ?? []), token.value ?? ''];
    seen.set(token.name, values);
    if (values.length === 2) {
      const given = values.every((value) => value === '') ? '' : ` (${values.map((value) => visible(value)).join(' and ')})`;
      throw new UsageError(`--${token.name} is given twice${given}: give each option once`);
    }
  }
}

/**
 * @example
 * parseCliOptions(['--account', 'west.json', '--out', 'west.csv']); // { account: 'west.json', out: 'west.csv', quiet: false, help: false }
 * parseCliOptions(['--account', 'west.json', '--realign', 'apply']); // { account: 'west.json', bulk: { kind: 'realign', mode: 'APPLY' }, … }
 * parseCliOptions(['west.json']); // throws UsageError
 * parseCliOptions(['--sweep', '--realign', 'apply']); // throws UsageError: one bulk path per run
 * parseCliOptions(['--account', 'a.json', '--account', 'b.json']); // throws UsageError: --account is given twice
 */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: {
    account?: string;
    out?: string;
    save?: string;
    emails?: string;
    sweep?: boolean;
    realign?: string;
    sla?: boolean;
    at?: string;
    quiet?: boolean;
    help?: boolean;
    debug?: boolean;
    health?: boolean;
    threads?: string;
    seed?: string;
    compare?: string;
    replay?: boolean;
  };
  try {
    const parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: {
        account: { type: 'string' },
        out: { type: 'string' },
        save: { type: 'string' },
        emails: { type: 'string' },
        sweep: { type: 'boolean' },
        realign: { type: 'string' },
        sla: { type: 'boolean' },
        at: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
        health: { type: 'boolean' },
        threads: { type: 'string' },
        seed: { type: 'string' },
        compare: { type: 'string' },
        replay: { type: 'boolean' },
      },
    });
    values = parsed.values;
    refuseRepeats(parsed.tokens);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(visible((error as Error).message));
  }
  for (const option of ['account', 'out', 'save', 'emails', 'compare'] as const) {
    if (values[option] === '') throw new UsageError(`--${option} needs a file name`);
  }
  let bulk: BulkRequest | undefined;
  if (values.realign !== undefined) {
    bulk = REALIGN_MODES[values.realign.toLowerCase()];
    if (bulk === undefined) throw new UsageError(`--realign ${excerpt(values.realign)}: give preview or apply`);
  }
  if (values.sweep === true) {
    if (bulk !== undefined) throw new UsageError('--sweep and --realign: one bulk path per run; chain runs with --save and --account');
    bulk = { kind: 'sweep' };
  }
  if (values.sla === true) {
    if (bulk !== undefined) throw new UsageError(`--sla and --${bulk.kind === 'sweep' ? 'sweep' : 'realign'}: one bulk path per run; chain runs with --save and --account`);
    bulk = { kind: 'sla' };
  }
  if (values.at !== undefined) {
    if (bulk?.kind !== 'sla') throw new UsageError('--at is the moment of the response-time check: give it with --sla');
    if (atInstant(values.at, 'UTC') === null) throw new UsageError(`--at ${excerpt(values.at)}: give an ISO date-time such as 2026-11-27T15:00 or 2026-11-27T10:00-05:00`);
    bulk = { kind: 'sla', at: values.at };
  }
  const options: CliOptions = { quiet: values.quiet === true, help: values.help === true };
  if (values.account !== undefined) options.account = values.account;
  if (values.out !== undefined) options.out = values.out;
  if (values.save !== undefined) options.save = values.save;
  if (values.emails !== undefined) options.emails = values.emails;
  if (bulk !== undefined) options.bulk = bulk;
  if (values.debug === true) options.debug = true;
  const concurrency = concurrencyOf(values.threads, values.seed);
  if (concurrency !== undefined) options.concurrency = concurrency;
  if (values.health === true) {
    const others = (['out', 'save', 'emails', 'sweep', 'realign', 'sla', 'at', 'quiet', 'threads', 'seed', 'replay'] as const).filter((option) => values[option] !== undefined);
    if (others.length > 0) throw new UsageError(`--health prints a report and runs nothing: it takes only --account, not ${others.map((option) => `--${option}`).join(', ')}`);
    options.health = true;
  }
  if (values.compare !== undefined) {
    const others = (['save', 'emails', 'sweep', 'realign', 'sla', 'at', 'health', 'threads', 'seed'] as const).filter((option) => values[option] !== undefined);
    if (others.length > 0) throw new UsageError(`--compare creates the leads with each territory set and compares them: it takes --account, --out, --quiet and --debug, not ${others.map((option) => `--${option}`).join(', ')}`);
    options.compare = values.compare;
    if (values.replay === true) options.replay = true;
  } else if (values.replay === true) {
    throw new UsageError('--replay replays the account\'s leads in the what-if: give it with --compare DRAFT.json');
  }
  return options;
}
