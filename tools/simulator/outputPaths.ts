/**
 * The files the simulator writes (`--out`, `--save`, `--emails`). Each is checked before anything is read or run, so a run of
 * many seconds never ends in a crash, and no run ever overwrites its own input: the file may not be the account
 * file (`--account`, however it is spelled: another path, a link) or the draft of `--compare`, nor another output,
 * nor a folder; its folder must exist; and the file must be writable there, which is tried by opening it (an
 * existing file is opened for appending and left as it is; a new one is created and removed again). After the run
 * each is written whole or not at all: into a file beside it, then renamed over it.
 */
import { closeSync, lstatSync, openSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError, type CliOptions } from './cliOptions';
import { visible } from './excerpt';

const OUTPUTS = ['out', 'save', 'emails'] as const;
/** The files a run reads, which no output may overwrite. */
const INPUTS = ['account', 'compare'] as const;

/** The file's stats, or null when it cannot be seen; `followLinks: false` describes a link itself. */
function statOf(file: string, followLinks = true): Stats | null {
  try {
    return followLinks ? statSync(file) : lstatSync(file);
  } catch {
    return null;
  }
}

/** Same file: one path resolved the same, or two paths to one file (a link). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [first, second] = [statOf(a), statOf(b)];
  return first !== null && second !== null && first.dev === second.dev && first.ino === second.ino;
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ETXTBSY: 'the file is in use',
};

function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return REASONS[code ?? ''] ?? visible(message);
}

/** Why the folder a file goes in cannot hold it, or null. `folder` is as the user wrote it (`.` for none). */
function folderProblem(folder: string): string | null {
  const stats = statOf(folder);
  if (stats?.isDirectory()) return null;
  if (stats !== null) return `${visible(folder)} is a file, not a folder`;
  // Missing, or under a file: name the first part of the path that is not a folder.
  let existing = folder;
  while (statOf(existing) === null && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const found = statOf(existing);
  if (found !== null && !found.isDirectory()) return `${visible(existing)} is a file, not a folder`;
  return `the folder ${visible(folder)} does not exist`;
}

/** Opens the file for writing without changing it: an existing file is left as it is, a new one removed again. */
function writeProblem(file: string, exists: boolean): string | null {
  try {
    closeSync(openSync(file, exists ? 'a' : 'wx'));
    if (!exists) unlinkSync(file);
    return null;
  } catch (error) {
    return `cannot be written (${reasonOf(error)})`;
  }
}

function outputProblem(option: (typeof OUTPUTS)[number], file: string, options: CliOptions): string | null {
  for (const input of INPUTS) {
    const read = options[input];
    if (read !== undefined && sameFile(file, read)) return `it is the ${input === 'account' ? 'account' : 'draft'} file the run reads (--${input} ${visible(read)}); give another file, or it would be overwritten`;
  }
  const later = OUTPUTS.slice(OUTPUTS.indexOf(option) + 1).find((other) => options[other] !== undefined && sameFile(file, options[other]!));
  if (later !== undefined) return `--${later} names the same file; give each its own`;
  const stats = statOf(file);
  if (stats?.isDirectory()) return `it is a folder; give a file name (e.g. ${path.join(file, option === 'out' ? 'routing.csv' : option === 'save' ? 'account.json' : 'emails.json')})`;
  return folderProblem(path.dirname(file)) ?? writeProblem(file, stats !== null);
}

/**
 * Throws a UsageError (exit 2, one line, no usage text) for the first output that cannot be written as asked.
 *
 * @example
 * checkOutputPaths({ account: 'west.json', out: 'west.json', quiet: false, help: false });
 * // UsageError: --out west.json: it is the account file the run reads (--account west.json); give another file, or it would be overwritten
 */
export function checkOutputPaths(options: CliOptions): void {
  for (const option of OUTPUTS) {
    const file = options[option];
    if (file === undefined) continue;
    const problem = outputProblem(option, file, options);
    if (problem !== null) throw new UsageError(`--${option} ${visible(file)}: ${problem}`, false);
  }
}

/** Writing an output failed after the run (the disk filled up, the folder went away); exit 3. */
export class OutputWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputWriteError';
  }
}

/**
 * Writes the whole text or nothing: a failure leaves the file that was there as it was. A link, a device or a pipe
 * (`--out /dev/stdout`) is written through, not replaced.
 */
export function writeOutput(option: (typeof OUTPUTS)[number], file: string, text: string): void {
  const stats = statOf(file, false);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    if (stats !== null && !stats.isFile()) {
      writeFileSync(file, text);
      return;
    }
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OutputWriteError(`--${option} ${visible(file)}: could not be written (${reasonOf(error)}); it is as it was before the run`);
  }
}
