// The command line: options parsed in-process; exit codes and messages from a real `tsx tools/simulator/main.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCliOptions, UsageError } from '../cliOptions';
import { ROOT, westAccount } from './helpers/accounts';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function simulateCli(...args: string[]) {
  const result = spawnSync(TSX, ['tools/simulator/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parseCliOptions', () => {
  test('reads --account, --out and --quiet, in either form', () => {
    expect(parseCliOptions(['--account', 'west.json', '--out=west.csv', '--quiet'])).toEqual({ account: 'west.json', out: 'west.csv', quiet: true, help: false });
    expect(parseCliOptions([])).toEqual({ quiet: false, help: false });
  });

  test.each([
    ['an unknown option', ['--acount', 'west.json'], /Unknown option '--acount'/],
    ['a bare file name', ['west.json'], /Unexpected argument 'west.json'/],
    ['--account without a file', ['--account'], /--account/],
    ['--out into a folder that does not exist', ['--out', 'no/such/folder/west.csv'], '--out no/such/folder/west.csv: the folder no/such/folder does not exist'],
  ])('%s is a usage error', (_, argv, message) => {
    expect(() => parseCliOptions(argv)).toThrow(UsageError);
    expect(() => parseCliOptions(argv)).toThrow(message);
  });
});

describe('npm run simulate', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'tlr-simulate-cli-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a bad account file: exit 1, the file, record and field on stderr, nothing on stdout, no CSV', () => {
    const account = westAccount();
    account.records!.customrecord_tlr_member![1]!.custrecord_tlr_mem_rep = '99';
    const file = path.join(folder, 'west.json');
    writeFileSync(file, JSON.stringify(account));

    const csv = path.join(folder, 'west.csv');

    const result = simulateCli('--account', file, '--out', csv);

    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `${file}: records.customrecord_tlr_member[1] (id 2): custrecord_tlr_mem_rep: employee 99 does not exist\n`,
    });
    expect(existsSync(csv)).toBe(false);
  });

  test('a bad command line: exit 2 with the usage', () => {
    const result = simulateCli('--acount', 'west.json');

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Unknown option '--acount'.*\n\nUsage: npm run simulate/s);
  });
});
