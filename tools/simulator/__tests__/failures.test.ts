// A failure of the simulator is one readable line on stderr; --debug adds the stack traces (SPEC §5).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCliOptions } from '../cliOptions';
import { failureReport, oneLine } from '../failureReport';
import { ROOT, westAccount } from './helpers/accounts';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const STACK_FRAME = /^\s+at /m;

function simulateCli(...args: string[]) {
  const result = spawnSync(TSX, ['tools/simulator/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('failureReport', () => {
  const failure = new Error('leads[0] (L1): the lead could not be saved:\n  Line 0 does not exist', { cause: new TypeError('inner') });

  test('one line without --debug: the message with its line breaks folded, no stack frame', () => {
    const report = failureReport('The simulation could not run: ', failure, false);

    expect(report).toBe('The simulation could not run: leads[0] (L1): the lead could not be saved: Line 0 does not exist\n');
  });

  test('with --debug: the same line, then the stack of the error and of each cause', () => {
    const report = failureReport('The simulation could not run: ', failure, true);
    const [first, ...rest] = report.trimEnd().split('\n');

    expect(first).toBe('The simulation could not run: leads[0] (L1): the lead could not be saved: Line 0 does not exist');
    expect(rest.join('\n')).toMatch(STACK_FRAME);
    expect(rest.join('\n')).toContain('Caused by: TypeError: inner');
  });

  test('oneLine folds any line break and the white space around it', () => {
    expect(oneLine('a\n  b \r\n c\n')).toBe('a b c');
  });

  test('--debug is an option of the command line', () => {
    expect(parseCliOptions(['--debug'])).toEqual({ quiet: false, help: false, debug: true });
    expect(parseCliOptions([]).debug).toBeUndefined();
  });
});

describe('npm run simulate, when the run fails', () => {
  let folder: string;
  let account: string;
  // An output that passes every check before the run and fails when written: /dev/full takes no bytes (ENOSPC).
  const full = '/dev/full';
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'tlr-simulate-failure-'));
    account = path.join(folder, 'west.json');
    writeFileSync(account, JSON.stringify(westAccount()));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('exit 3 and one line on stderr, no stack trace', () => {
    const result = simulateCli('--account', account, '--out', full, '--quiet');

    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`--out ${full}: could not be written (the disk is full); it is as it was before the run\n`);
  });

  test('with --debug the same line comes first, then the stack trace', () => {
    const result = simulateCli('--account', account, '--out', full, '--quiet', '--debug');

    expect(result.status).toBe(3);
    expect(result.stderr.split('\n')[0]).toBe(`--out ${full}: could not be written (the disk is full); it is as it was before the run`);
    expect(result.stderr).toMatch(STACK_FRAME);
  });
});
