/**
 * `npm run console [-- --account FILE.json] [--port N]` (SPEC §6): builds the scripts when src/ is newer than
 * FileCabinet/, loads the account (the embedded sample account by default) into the emulator, serves the built
 * Suitelet on 127.0.0.1 and prints its address. Ctrl-C stops it. Every failure is one line on stderr.
 * Exit codes: 0 stopped, 1 bad account file, 2 bad command line, 3 the scripts could not be built or the port not bound.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { sampleAccount } from '../../sample/account';
import { readAccountFile } from '../simulator/accountFile';
import { buildReason, buildScripts } from '../simulator/bundles';
import { openConsole } from './consoleHost';
import { startConsoleServer } from './server';

export const DEFAULT_PORT = 8420;
const ROOT = path.resolve(__dirname, '..', '..');

export const USAGE = `Usage: npm run console [-- [--account FILE.json] [--port N]]

Serves the routing console (the built Suitelet customscript_tlr_sl_console) at http://127.0.0.1:N/ over the local
NetSuite emulator, with the embedded sample account or an account file (the simulator's format) loaded: its
records, then its leads created through the lead user event. Ctrl-C stops it.

  --account FILE.json   the account to load instead of the sample
  --port N              the port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --help                this text
`;

export interface ConsoleOptions {
  account?: string;
  port: number;
  help: boolean;
}

export class UsageError extends Error {}

/** @example parseConsoleOptions(['--port', '9000']); // { port: 9000, help: false } */
export function parseConsoleOptions(argv: readonly string[]): ConsoleOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { account: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { account, port, help } = parsed.values;
  const portNumber = port === undefined ? DEFAULT_PORT : Number(port);
  if (!/^\d{1,5}$/.test(port ?? '0') || portNumber > 65535) throw new UsageError(`--port: ${JSON.stringify(port)} is not a port number (0 to 65535)`);
  return { ...(account === undefined ? {} : { account }), port: portNumber, help: help === true };
}

export interface ConsoleIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Starts the console; resolves with the running server, or with an exit code when it could not start. */
export async function startConsole(argv: readonly string[], io: ConsoleIo): Promise<{ server: Server; address: string } | number> {
  let options: ConsoleOptions;
  try {
    options = parseConsoleOptions(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  let account;
  try {
    account = options.account === undefined ? sampleAccount() : readAccountFile(options.account);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 1;
  }
  const reason = buildReason(ROOT);
  try {
    if (reason !== null) {
      io.stderr(`Building the scripts (${reason})…\n`);
      buildScripts(ROOT);
    }
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 3;
  }
  io.stderr(`Loading ${options.account ?? 'the sample account'}…\n`);
  let host;
  try {
    host = openConsole(account);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 1;
  }
  try {
    const started = await startConsoleServer(host, options.port);
    io.stdout(`Routing console: ${started.address}?action=test  (Ctrl-C stops it)\n`);
    return started;
  } catch (error) {
    io.stderr(`Could not listen on 127.0.0.1:${options.port}: ${(error as Error).message}\n`);
    return 3;
  }
}
