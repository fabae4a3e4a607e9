// The command line: options parsed in-process; exit codes and messages from a real `tsx tools/simulator/main.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  test('reads the bulk path (--sweep, --realign preview|apply in any case) and --save', () => {
    expect(parseCliOptions(['--account', 'west.json', '--sweep', '--save', 'after.json'])).toEqual({
      account: 'west.json',
      save: 'after.json',
      bulk: { kind: 'sweep' },
      quiet: false,
      help: false,
    });
    expect(parseCliOptions(['--realign', 'preview']).bulk).toEqual({ kind: 'realign', mode: 'PREVIEW' });
    expect(parseCliOptions(['--realign=APPLY']).bulk).toEqual({ kind: 'realign', mode: 'APPLY' });
  });

  test('reads the response-time check (--sla, --at) and --emails', () => {
    expect(parseCliOptions(['--sla', '--at', '2026-11-27T15:00', '--emails', 'sent.json'])).toEqual({
      emails: 'sent.json',
      bulk: { kind: 'sla', at: '2026-11-27T15:00' },
      quiet: false,
      help: false,
    });
    expect(parseCliOptions(['--sla']).bulk).toEqual({ kind: 'sla' });
  });

  test('reads the concurrent creators (--threads, --seed: default 1)', () => {
    expect(parseCliOptions(['--threads', '10', '--seed', '42']).concurrency).toEqual({ threads: 10, seed: 42 });
    expect(parseCliOptions(['--threads', '4']).concurrency).toEqual({ threads: 4, seed: 1 });
    expect(parseCliOptions([]).concurrency).toBeUndefined();
  });

  test.each([
    ['--at without --sla', ['--at', '2026-11-27T15:00'], '--at is the moment of the response-time check: give it with --sla'],
    ['--at that is no date-time', ['--sla', '--at', 'friday'], '--at "friday": give an ISO date-time such as 2026-11-27T15:00 or 2026-11-27T10:00-05:00'],
    ['--sla with --sweep', ['--sweep', '--sla'], '--sla and --sweep: one bulk path per run; chain runs with --save and --account'],
    ['an unknown option', ['--acount', 'west.json'], /Unknown option '--acount'/],
    ['a bare file name', ['west.json'], /Unexpected argument 'west.json'/],
    ['--account without a file', ['--account'], /--account/],
    ['--sweep with --realign', ['--sweep', '--realign', 'apply'], '--sweep and --realign: one bulk path per run; chain runs with --save and --account'],
    ['--realign without a mode', ['--realign'], /--realign/],
    ['--realign with another mode', ['--realign', 'yes'], '--realign "yes": give preview or apply'],
    ['--sweep with a value', ['--sweep=now'], /--sweep/],
    ['--account twice', ['--account', 'a.json', '--account', 'b.json'], '--account is given twice (a.json and b.json): give each option once'],
    ['--out twice, in either form', ['--out=a.csv', '--out', 'a.csv'], '--out is given twice (a.csv and a.csv): give each option once'],
    ['--quiet twice', ['--quiet', '--quiet'], '--quiet is given twice: give each option once'],
    ['--threads 0', ['--threads', '0'], '--threads "0": give a whole number from 1 to 100'],
    ['--threads that is no number', ['--threads', 'many'], '--threads "many": give a whole number from 1 to 100'],
    ['--seed without --threads', ['--seed', '3'], '--seed chooses the interleaving of --threads: give it with --threads'],
    ['--seed that is no whole number', ['--threads', '2', '--seed', '1.5'], '--seed "1.5": give a whole number from 0 to 4294967295'],
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

  test('--out naming the account file: exit 2, one line, the account file untouched', () => {
    const file = path.join(folder, 'keep.json');
    writeFileSync(file, JSON.stringify(westAccount()));
    const before = readFileSync(file);

    const result = simulateCli('--account', file, '--out', file);

    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `--out ${file}: it is the account file the run reads (--account ${file}); give another file, or it would be overwritten\n`,
    });
    expect(readFileSync(file)).toEqual(before);
  });

  test('a bad flag combination: exit 2 with the usage, nothing run', () => {
    const result = simulateCli('--sweep', '--realign', 'preview');

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--sweep and --realign: one bulk path per run.*\n\nUsage: npm run simulate/s);
  });

  test('runs chain: --sweep --save, then --realign preview --out, then apply --save, then apply again: no changes', () => {
    const account = westAccount();
    account.parameters = { custscript_tlr_match_owner: false };
    account.records!.customer!.push(
      { id: '601', externalid: 'W1', stage: 'LEAD', companyname: 'Waiting', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US' } }] },
      { id: '602', externalid: 'OLD', stage: 'LEAD', companyname: 'Old', datecreated: '2026-01-05', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US' } }] },
    );
    const file = (name: string) => path.join(folder, name);
    writeFileSync(file('chain.json'), JSON.stringify(account));

    const sweep = simulateCli('--account', file('chain.json'), '--sweep', '--out', file('sweep.csv'), '--save', file('swept.json'));
    const preview = simulateCli('--account', file('swept.json'), '--realign', 'preview', '--out', file('preview.csv'));
    const apply = simulateCli('--account', file('swept.json'), '--realign', 'apply', '--save', file('applied.json'));
    const again = simulateCli('--account', file('applied.json'), '--realign', 'apply');

    expect([sweep.status, preview.status, apply.status, again.status]).toEqual([0, 0, 0, 0]);
    expect(sweep.stdout).toMatch(/\nSweep \(customscript_tlr_ss_sweep\): 1 run, \d+ units .*, 1 lead written, 0 not written/);
    expect(readFileSync(file('sweep.csv'), 'utf8')).toMatch(/^lead,salesrep,territory,status,reason,units\nW1,7,1,ROUTED,"Routed to Ana Ruiz by territory West/);
    expect(JSON.parse(readFileSync(file('swept.json'), 'utf8'))).toMatchObject({ today: '2026-11-26', leads: [] });
    expect(preview.stdout).toMatch(/^No leads to create on 2026-11-26\.\n\nRealignment PREVIEW .*: 5 leads in scope, 4 unchanged, 1 change previewed, nothing written;/);
    expect(readFileSync(file('preview.csv'), 'utf8')).toMatch(/^lead,lead_name,current_rep,current_rep_name,new_rep,new_rep_name,territory,territory_name,status,reason,result\n602,Old,,,\d+,[A-Z][a-z]+ [A-Z][a-z]+,1,West,ROUTED,.*,preview\n$/);
    expect(apply.stdout).toMatch(/Realignment APPLY .*: 5 leads in scope, 4 unchanged, 1 change: 1 written, 0 failed;/);
    expect(again.stdout).toMatch(/Realignment APPLY .*: 5 leads in scope, 5 unchanged, 0 changes: 0 written, 0 failed;/);
  });

  test('--sla --at runs the response-time check at that moment; --emails writes every email the scripts sent', () => {
    const account = westAccount();
    account.parameters = { custscript_tlr_notify_author: '7' };
    account.records!.customrecord_tlr_territory![0]!.custrecord_tlr_sla_hours = 2;
    account.leads = [{ externalid: 'N1', companyname: 'Nimbus', datecreated: '2026-11-26T09:00', addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US' } }] }];
    const file = (name: string) => path.join(folder, name);
    writeFileSync(file('sla.json'), JSON.stringify(account));

    const result = simulateCli('--account', file('sla.json'), '--sla', '--at', '2026-11-26T12:00', '--out', file('sla.csv'), '--emails', file('sent.json'));

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nResponse-time check \(customscript_tlr_ss_sla\): 1 run, \d+ units .*, 1 lead written, 0 not written/);
    expect(readFileSync(file('sla.csv'), 'utf8')).toMatch(/^lead,salesrep,territory,status,reason,units\nN1,\d+,1,REASSIGNED,"Reassigned from /);
    const sent = JSON.parse(readFileSync(file('sent.json'), 'utf8')) as { sentBy: string; subject: string }[];
    expect(sent.map((email) => [email.sentBy, email.subject])).toEqual([
      ['customscript_tlr_ue_lead', 'New lead for you: Nimbus'],
      ['customscript_tlr_ss_sla', '1 lead for you from the response-time check'],
    ]);
  });
});
