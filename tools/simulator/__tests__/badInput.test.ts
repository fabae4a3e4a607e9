/**
 * Bad input never costs data: a corpus of account files and command lines made here, run through the simulator's
 * command line (in-process: the same code `npm run simulate` runs, with its output captured). Unusual but valid files
 * run and keep every value exactly; malformed files are refused before anything runs, in messages that name where
 * and quote at most a short excerpt; bad command lines are refused before any work. In every case the account
 * file is left byte for byte as it was, no stack trace is printed, and a refused run writes no file.
 */
import { createHash } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_FIELD_LIMITS } from '../../emulator/schema/fieldLimits';
import type { AccountFile } from '../accountFile';
import { runSimulator } from '../cli';
import { westAccount } from './helpers/accounts';

interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

function simulateCli(...argv: string[]): CliResult {
  const result = { stdout: '', stderr: '' };
  const status = runSimulator(argv, { stdout: (text) => (result.stdout += text), stderr: (text) => (result.stderr += text), stderrIsTerminal: false });
  return { status, ...result };
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'tlr-bad-input-'));
});
afterEach(() => {
  chmodSync(folder, 0o755);
  rmSync(folder, { recursive: true, force: true });
});

const inFolder = (name: string): string => path.join(folder, name);
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const filesInFolder = (): string[] => readdirSync(folder).sort();

/** Writes the account file and returns its path. */
function accountFile(content: string | Buffer, name = 'account.json'): string {
  writeFileSync(inFolder(name), content);
  return inFolder(name);
}

/** The west account after `edit`, as JSON text; `raw` replaces quoted placeholders with JSON text JSON.stringify cannot write. */
function accountJson(edit: (account: Required<AccountFile>) => void, raw: Record<string, string> = {}): string {
  const account = westAccount() as Required<AccountFile>;
  edit(account);
  let text = JSON.stringify(account, null, 2);
  for (const [placeholder, json] of Object.entries(raw)) text = text.replaceAll(JSON.stringify(placeholder), json);
  return text;
}

const records = (account: Required<AccountFile>, type: string): Record<string, unknown>[] => account.records[type]!;
const address = (lead: Record<string, unknown>) => (lead.addressbook as { addressbookaddress: Record<string, unknown> }[])[0]!.addressbookaddress;

/** What every case shares: nothing printed looks like a stack trace, and the account file is unchanged. */
function expectNoTrace(result: CliResult): void {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  expect(result.stderr).not.toMatch(/Error:|RangeError|TypeError/);
}

// ---------------------------------------------------------------------------------------------------------------
// Valid but unusual: each runs (exit 0), the CSV names every lead, and the saved account keeps the values exactly.

interface ValidCase {
  name: string;
  content: () => string | Buffer;
  /** The CSV's lead column, in order. */
  leads: string[];
  /** Checks on the account the run saved. */
  saved?: (saved: Required<AccountFile>, savedText: string) => void;
}

const savedLead = (saved: Required<AccountFile>, externalid: string) => saved.records.customer!.find((row) => row.externalid === externalid)!;
const longest = (length: number, character = '𝔄'): string => character.repeat(length);

const VALID: ValidCase[] = [
  {
    name: 'a UTF-8 file with a byte-order mark',
    content: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accountJson((a) => (a.leads[0]!.companyname = 'Café Noir')))]),
    leads: ['L1', 'L2', 'L3'],
    saved: (saved) => expect(savedLead(saved, 'L1').companyname).toBe('Café Noir'),
  },
  {
    name: 'text in other scripts, emoji and invisible characters, kept exactly',
    content: () =>
      accountJson((a) => {
        a.leads[0]!.companyname = '株式会社テスト 🚀';
        a.leads[1]!.companyname = 'שלום\u200f Ltd';
        a.leads[2]!.companyname = 'Zero\u200bWidth\u00a0Co';
      }),
    leads: ['L1', 'L2', 'L3'],
    saved: (saved) => {
      expect(savedLead(saved, 'L1').companyname).toBe('株式会社テスト 🚀');
      expect(savedLead(saved, 'L2').companyname).toBe('שלום\u200f Ltd');
      expect(savedLead(saved, 'L3').companyname).toBe('Zero\u200bWidth\u00a0Co');
    },
  },
  {
    name: 'external ids given as numbers: the CSV names the leads by them',
    content: () =>
      accountJson((a) => {
        a.leads[0]!.externalid = 42;
        a.leads[1]!.externalid = 9007199254740991;
        a.leads[2]!.externalid = '042';
      }),
    leads: ['42', '9007199254740991', '042'],
    saved: (saved) => expect(saved.records.customer!.map((row) => row.externalid)).toEqual(expect.arrayContaining(['42', '9007199254740991', '042'])),
  },
  {
    name: 'fifteen-digit internal ids, as text and as a number: created records are numbered above them',
    content: () =>
      accountJson((a) => {
        records(a, 'employee')[1]!.id = '999999999999990';
        records(a, 'customrecord_tlr_member')[1]!.custrecord_tlr_mem_rep = 999999999999990;
      }),
    leads: ['L1', 'L2', 'L3'],
    saved: (saved) => {
      expect(saved.records.employee!.map((row) => row.id)).toContain('999999999999990');
      expect(saved.records.customer!.filter((row) => row.stage === 'LEAD').map((row) => row.id)).toEqual(['999999999999991', '999999999999992', '999999999999993']);
    },
  },
  {
    name: 'every text field at its NetSuite limit, in four-byte characters',
    content: () =>
      accountJson((a) => {
        a.leads[0]!.companyname = longest(STANDARD_FIELD_LIMITS.companyName);
        a.leads[0]!.email = `${'e'.repeat(STANDARD_FIELD_LIMITS.email - 12)}@example.com`;
        a.leads[0]!.firstname = longest(STANDARD_FIELD_LIMITS.personName);
        a.leads[0]!.phone = '1'.repeat(STANDARD_FIELD_LIMITS.phone);
        Object.assign(address(a.leads[0]!), { addr1: longest(STANDARD_FIELD_LIMITS.addressLine), state: 'CA' });
        records(a, 'employee')[0]!.entityid = longest(STANDARD_FIELD_LIMITS.entityId);
        records(a, 'customrecord_tlr_territory')[0]!.custrecord_tlr_postal_codes = `${'9'.repeat(3998)}*`.slice(0, 4000);
      }),
    leads: ['L1', 'L2', 'L3'],
    saved: (saved) => expect(savedLead(saved, 'L1').companyname).toBe(longest(STANDARD_FIELD_LIMITS.companyName)),
  },
  {
    name: 'creation dates on the edge of the calendar, with offsets and fractions',
    content: () =>
      accountJson((a) =>
        records(a, 'customer').push(
          { id: '501', stage: 'LEAD', companyname: 'Leap', datecreated: '2024-02-29' },
          { id: '502', stage: 'LEAD', companyname: 'Late', datecreated: '2026-02-28T23:59:59.999Z' },
          { id: '503', stage: 'LEAD', companyname: 'East', datecreated: '2026-11-26T00:30:00+05:30' },
        ),
      ),
    leads: ['L1', 'L2', 'L3'],
    saved: (saved) => expect(saved.records.customer!.find((row) => row.id === '502')!.datecreated).toBe('2026-02-28T23:59:59.999Z'),
  },
  {
    name: 'Windows line ends and tabs',
    content: () => accountJson(() => undefined).replaceAll('\n', '\r\n').replaceAll('  ', '\t'),
    leads: ['L1', 'L2', 'L3'],
  },
  {
    name: 'minified on one line',
    content: () => JSON.stringify(JSON.parse(accountJson(() => undefined))),
    leads: ['L1', 'L2', 'L3'],
  },
  {
    name: 'no leads and no records',
    content: () => '{"today": "2026-11-26"}',
    leads: [],
  },
  {
    name: 'leads without external ids: the CSV numbers them from 1',
    content: () =>
      accountJson((a) => {
        for (const lead of a.leads) delete lead.externalid;
      }),
    leads: ['1', '2', '3'],
  },
];

describe('valid but unusual account files run, and the file is left as it was', () => {
  test.each(VALID.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    const file = accountFile(entry.content());
    const before = sha256(file);

    const result = simulateCli('--account', file, '--out', inFolder('routing.csv'), '--save', inFolder('saved.json'), '--quiet');

    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(sha256(file)).toBe(before);
    const csvLeads = readFileSync(inFolder('routing.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(csvLeads).toEqual(entry.leads);
    const savedText = readFileSync(inFolder('saved.json'), 'utf8');
    entry.saved?.(JSON.parse(savedText) as Required<AccountFile>, savedText);
    // The saved account is itself a valid account file: the next run reads it.
    expect(simulateCli('--account', inFolder('saved.json'), '--quiet')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Malformed: refused with exit 1 before anything runs; one line naming where; no file written.

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** `prefix` + raw bytes + `suffix`: an account file whose company name holds bytes that are not UTF-8. */
function withBytes(bytes: number[]): Buffer {
  const [before, after] = accountJson((a) => (a.leads[0]!.companyname = '@@')).split('@@');
  return Buffer.concat([utf8(before!), Buffer.from(bytes), utf8(after!)]);
}

/** The byte offset, line and column where `withBytes` puts its bytes. */
function bytesAt(): string {
  const [before] = accountJson((a) => (a.leads[0]!.companyname = '@@')).split('@@');
  const offset = utf8(before!).length;
  const lines = before!.split('\n');
  return `offset ${offset} (line ${lines.length}, column ${utf8(lines.at(-1)!).length + 1})`;
}

const SAVE_AS_UTF8 = '; save the file as UTF-8 (a Latin-1 or Windows-1252 export must be converted)';
const ID_RULE = 'a whole number from 1 to 999,999,999,999,999';

const MALFORMED: [string, () => string | Buffer, string | RegExp][] = [
  // Encoding
  ['a Latin-1 file (Café)', () => latin1(accountJson((a) => (a.leads[0]!.companyname = 'Café'))), /^not UTF-8: byte 0xE9 at offset \d+ \(line \d+, column \d+\) is not part of a UTF-8 character; save the file as UTF-8/],
  ['a stray continuation byte', () => withBytes([0x80]), `not UTF-8: byte 0x80 at ${bytesAt()} is not part of a UTF-8 character${SAVE_AS_UTF8}`],
  ['an overlong encoding of "/"', () => withBytes([0xc0, 0xaf]), `not UTF-8: byte 0xC0 at ${bytesAt()} is not part of a UTF-8 character${SAVE_AS_UTF8}`],
  ['an encoded surrogate', () => withBytes([0xed, 0xa0, 0x80]), `not UTF-8: byte 0xED at ${bytesAt()} is not part of a UTF-8 character${SAVE_AS_UTF8}`],
  ['a byte above U+10FFFF', () => withBytes([0xf5, 0x80, 0x80, 0x80]), `not UTF-8: byte 0xF5 at ${bytesAt()} is not part of a UTF-8 character${SAVE_AS_UTF8}`],
  ['a character cut short at the end of the file', () => Buffer.concat([utf8('{"today": "2026-11-26"}'), Buffer.from([0xe2, 0x82])]), `not UTF-8: byte 0xE2 at offset 23 (line 1, column 24) is not part of a UTF-8 character${SAVE_AS_UTF8}`],
  ['a UTF-16 file', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"today": "2026-11-26"}', 'utf16le')]), 'not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'],
  // JSON
  ['a byte-order mark in the middle', () => `{"today": "2026-11-26",\ufeff"leads": []}`, 'not readable as JSON: line 1, column 24: something that is not JSON, at "\\ufeff\\"leads\\": []}"'],
  ['a trailing comma', () => '{"today": "2026-11-26",}', 'not readable as JSON: line 1, column 24: a field name in double quotes expected, at "}"'],
  ['a file cut short inside a text', () => accountJson(() => undefined).slice(0, 200), 'not readable as JSON: line 11, column 9: a text not closed on its line (a line break inside a text is written \\n), at "\\"issalesrep"'],
  ['a file cut short after a value', () => '{"today": "2026-11-26"', 'not readable as JSON: line 1, column 23: a closing } expected (the file ends there)'],
  ['an empty file', () => '', 'not readable as JSON: line 1, column 1: a value expected (the file ends there)'],
  // Nesting
  ['5,000 levels inside a field', () => accountJson((a) => (a.leads[0]!.companyname = '@@'), { '@@': `${'['.repeat(5000)}${']'.repeat(5000)}` }), /^leads\[0\]\.companyname: nested more than 16 levels deep \(line \d+, column \d+\); an account file needs 7 at most$/],
  ['100,000 levels under today', () => `{"today": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'today: nested more than 16 levels deep (line 1, column 26); an account file needs 7 at most'],
  ['100,000 levels of objects, never closed', () => '{"a":'.repeat(100_000), /^a(\.a){15}: nested more than 16 levels deep/],
  ['ten levels inside a field: the message quotes an excerpt', () => accountJson((a) => (a.leads[0]!.companyname = '@@'), { '@@': `${'['.repeat(10)}"${'x'.repeat(8000)}"${']'.repeat(10)}` }), 'leads[0] (L1): companyname: [[[[[[[[[["xxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not text'],
  // Dates
  ['today on 30 February', () => '{"today": "2026-02-30"}', 'today: "2026-02-30" is not a date (YYYY-MM-DD)'],
  ['a creation day that does not exist', () => accountJson((a) => (records(a, 'customer')[0]!.datecreated = '2026-02-30')), 'records.customer[0] (id 500): datecreated: "2026-02-30" is not a date and time (ISO 8601)'],
  ['a creation date-time on a day that does not exist', () => accountJson((a) => (records(a, 'customer')[0]!.datecreated = '2026-02-30T10:00:00Z')), 'records.customer[0] (id 500): datecreated: "2026-02-30T10:00:00Z" is not a date and time (ISO 8601)'],
  ['a creation time at 25 o\'clock', () => accountJson((a) => (records(a, 'customer')[0]!.datecreated = '2026-11-26T25:00')), 'records.customer[0] (id 500): datecreated: "2026-11-26T25:00" is not a date and time (ISO 8601)'],
  ['a date-time in another format', () => accountJson((a) => (records(a, 'customer')[0]!.datecreated = 'November 26, 2026')), 'records.customer[0] (id 500): datecreated: "November 26, 2026" is not a date and time (ISO 8601)'],
  ['an away day in month 13', () => accountJson((a) => (records(a, 'customrecord_tlr_member')[0]!.custrecord_tlr_mem_away_from = '2026-13-01')), 'records.customrecord_tlr_member[0] (id 1): custrecord_tlr_mem_away_from: "2026-13-01" is not a date (YYYY-MM-DD)'],
  // Ids and external ids, compared as text
  ['external ids 1 and "1"', () => accountJson((a) => ((a.leads[0]!.externalid = 1), (a.leads[2]!.externalid = '1'))), 'leads[2] (1): externalid: "1" is also the external id of leads[0] (1)'],
  ['external ids 7 and "7" on existing records and a lead', () => accountJson((a) => ((records(a, 'customer')[0]!.externalid = 7), (a.leads[1]!.externalid = '7'))), 'leads[1] (7): externalid: "7" is also the external id of records.customer[0] (id 500)'],
  ['an external id with a fraction', () => accountJson((a) => (a.leads[1]!.externalid = 1.5)), 'leads[1]: externalid: 1.5 is a number JSON cannot carry exactly (a fraction, or above 9007199254740991); write it as text, in quotes'],
  ['an external id above 2^53', () => accountJson((a) => (a.leads[1]!.externalid = '@@'), { '@@': '9007199254740993' }), 'leads[1]: externalid: 9007199254740992 is a number JSON cannot carry exactly (a fraction, or above 9007199254740991); write it as text, in quotes'],
  ['an external id that is a checkbox value', () => accountJson((a) => (a.leads[1]!.externalid = true)), 'leads[1]: externalid: true is not text'],
  ['ids above 2^53 that JSON reads as one', () => accountJson((a) => records(a, 'employee').push({ id: '@@', entityid: 'Twin' }), { '@@': '9007199254740993' }), `records.employee[2] (id 9007199254740992): id: 9007199254740992 is not an internal id (${ID_RULE})`],
  ['an id above 2^53 as text', () => accountJson((a) => records(a, 'employee').push({ id: '9007199254740993', entityid: 'Twin' })), `records.employee[2] (id "9007199254740993"): id: "9007199254740993" is not an internal id (${ID_RULE})`],
  ['an id with a leading zero', () => accountJson((a) => records(a, 'employee').push({ id: '07', entityid: 'Ana Again' })), `records.employee[2] (id "07"): id: "07" is not an internal id (${ID_RULE})`],
  ['a reference above 2^53', () => accountJson((a) => (a.leads[0]!.salesrep = '@@'), { '@@': '9007199254740999' }), `leads[0] (L1): salesrep: 9007199254741000 is not an internal id (${ID_RULE})`],
  ['a zip code as a number JSON rounds', () => accountJson((a) => (address(a.leads[0]!).zip = '@@'), { '@@': '1e21' }), 'leads[0] (L1): addressbook[0].addressbookaddress.zip: 1e+21 is a number JSON cannot carry exactly (a fraction, or above 9007199254740991); write it as text, in quotes'],
  // Lengths
  ['a company name one character too long', () => accountJson((a) => (a.leads[0]!.companyname = longest(STANDARD_FIELD_LIMITS.companyName + 1, 'é'))), `leads[0] (L1): companyname: "${'é'.repeat(40)}…" is 84 characters long; NetSuite's Company Name field holds at most 83`],
  ['a 5,000-character company name', () => accountJson((a) => (a.leads[0]!.companyname = 'A'.repeat(5000))), `leads[0] (L1): companyname: "${'A'.repeat(40)}…" is 5,000 characters long; NetSuite's Company Name field holds at most 83`],
  ['an email of 255 characters', () => accountJson((a) => (a.leads[1]!.email = `${'e'.repeat(243)}@example.com`)), /^leads\[1\] \(L2\): email: "e{40}…" is 255 characters long; NetSuite's Email field holds at most 254$/],
  ['an employee name of 84 characters', () => accountJson((a) => (records(a, 'employee')[0]!.entityid = 'N'.repeat(84))), /^records\.employee\[0\] \(id 7\): entityid: "N{40}…" is 84 characters long; NetSuite's Name field holds at most 83$/],
  ['a state of 31 characters', () => accountJson((a) => (address(a.leads[2]!).state = 'S'.repeat(31))), 'leads[2] (L3): addressbook[0].addressbookaddress.state: "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS" is 31 characters long; NetSuite\'s State/Province field holds at most 30'],
  ['a territory\'s postal codes over 4,000 characters (TEXTAREA)', () => accountJson((a) => (records(a, 'customrecord_tlr_territory')[0]!.custrecord_tlr_postal_codes = '9'.repeat(4001))), /^records\.customrecord_tlr_territory\[0\] \(id 1\): custrecord_tlr_postal_codes: "9{40}…" is 4,001 characters long; NetSuite's .+ field holds at most 4,000$/],
  // Short excerpts and visible characters
  ['50,000 characters where an id belongs', () => accountJson((a) => (a.leads[0]!.salesrep = 'x'.repeat(50_000))), `leads[0] (L1): salesrep: "${'x'.repeat(40)}…" (50,000 characters) is not an internal id (${ID_RULE})`],
  ['a field name with a zero-width space', () => accountJson((a) => (a.leads[1]!['email\u200b'] = 'x@y.example')), 'leads[1] (L2): "email\\u200b": unknown field of lead'],
  ['a 10,000-character external id used twice', () => accountJson((a) => ((a.leads[0]!.externalid = 'E'.repeat(10_000)), (a.leads[1]!.externalid = 'E'.repeat(10_000)))), `leads[1] ("${'E'.repeat(40)}…" (10,000 characters)): externalid: "${'E'.repeat(40)}…" (10,000 characters) is also the external id of leads[0] ("${'E'.repeat(40)}…" (10,000 characters))`],
];

describe('malformed account files are refused before anything runs, and the file is left as it was', () => {
  test.each(MALFORMED)('%s', (_, content, message) => {
    const file = accountFile(content());
    const before = sha256(file);
    const files = filesInFolder();

    const result = simulateCli('--account', file, '--out', inFolder('routing.csv'), '--save', inFolder('saved.json'));

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const line = result.stderr.slice(0, -1);
    expect(line).not.toContain('\n');
    if (typeof message === 'string') expect(line).toBe(`${file}: ${message}`);
    else expect(line.slice(`${file}: `.length)).toMatch(message);
    expect(line.length).toBeLessThan(400);
    expectNoTrace(result);
    expect(sha256(file)).toBe(before);
    expect(filesInFolder()).toEqual(files);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Command lines: refused with exit 2 before any work; one line; no file written, none changed.

/** A folder nothing can be created in: /sys for root (permissions do not stop root), else a folder without write permission. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/sys';
  const locked = inFolder('locked');
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  return locked;
}

/** The expected stderr: exact (a function of the account file's path), or a pattern. */
type Expected = RegExp | ((account: string) => string);

const COMMAND_LINES: [string, (account: string) => string[], Expected][] = [
  ['--out is the account file', (account) => ['--account', account, '--out', account], (account) => `--out ${account}: it is the account file the run reads (--account ${account}); give another file, or it would be overwritten`],
  ['--save is the account file', (account) => ['--account', account, '--save', account], (account) => `--save ${account}: it is the account file the run reads (--account ${account}); give another file, or it would be overwritten`],
  ['--out is the account file spelled another way', (account) => ['--account', account, '--out', path.join(path.dirname(account), '.', 'x', '..', path.basename(account))], /: it is the account file the run reads/],
  ['--out is a link to the account file', (account) => (symlinkSync(account, inFolder('link.csv')), ['--account', account, '--out', inFolder('link.csv')]), /^--out .*link\.csv: it is the account file the run reads/],
  ['--save is a hard link to the account file', (account) => (linkSync(account, inFolder('hard.json')), ['--account', account, '--save', inFolder('hard.json')]), /^--save .*hard\.json: it is the account file the run reads/],
  ['--out is a folder', (account) => ['--account', account, '--out', folder], () => `--out ${folder}: it is a folder; give a file name (e.g. ${path.join(folder, 'routing.csv')})`],
  ['--save is a folder', (account) => ['--account', account, '--save', folder], () => `--save ${folder}: it is a folder; give a file name (e.g. ${path.join(folder, 'account.json')})`],
  ['--out under a regular file', (account) => ['--account', account, '--out', path.join(account, 'routing.csv')], (account) => `--out ${path.join(account, 'routing.csv')}: ${account} is a file, not a folder`],
  ['--save two levels under a regular file', (account) => ['--account', account, '--save', path.join(account, 'a', 'b.json')], (account) => `--save ${path.join(account, 'a', 'b.json')}: ${account} is a file, not a folder`],
  ['--out in a folder that does not exist', (account) => ['--account', account, '--out', inFolder('no/such/routing.csv')], () => `--out ${inFolder('no/such/routing.csv')}: the folder ${inFolder('no/such')} does not exist`],
  ['--out where nothing can be written', (account) => ['--account', account, '--out', path.join(unwritableFolder(), 'routing.csv')], /^--out .*routing\.csv: cannot be written \((permission denied|the file system is read-only)\)\n$/],
  ['--out and --save on one file', (account) => ['--account', account, '--out', inFolder('x.json'), '--save', inFolder('x.json')], () => `--out ${inFolder('x.json')}: --save names the same file; give each its own`],
  ['--account twice: the last would have won', (account) => ['--account', account, '--account', inFolder('other.json')], /^--account is given twice \(.*account\.json and .*other\.json\): give each option once\n\nUsage: /],
  ['--save twice', (account) => ['--account', account, '--save', inFolder('a.json'), '--save', inFolder('b.json')], /^--save is given twice .*: give each option once\n\nUsage: /],
  ['--realign twice', (account) => ['--account', account, '--realign', 'preview', '--realign', 'apply'], /^--realign is given twice \(preview and apply\): give each option once\n\nUsage: /],
  ['--sweep twice', (account) => ['--account', account, '--sweep', '--sweep'], /^--sweep is given twice: give each option once\n\nUsage: /],
  ['an option with a line break in its name', (account) => ['--account', account, '--qu\niet'], /^Unknown option '--qu\\u000aiet'.*\n\nUsage: /],
];

describe('bad command lines are refused before any work, and nothing is written or changed', () => {
  test.each(COMMAND_LINES)('%s', (_, argv, message) => {
    const account = accountFile(accountJson(() => undefined));
    const args = argv(account);
    const before = sha256(account);
    const files = filesInFolder();

    const result = simulateCli(...args);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    if (message instanceof RegExp) expect(result.stderr).toMatch(message);
    else expect(result.stderr).toBe(`${message(account)}\n`);
    expectNoTrace(result);
    expect(sha256(account)).toBe(before);
    expect(filesInFolder()).toEqual(files);
  });

  test('--out naming an existing file (not the account) replaces it whole; the account is unchanged', () => {
    const account = accountFile(accountJson(() => undefined));
    writeFileSync(inFolder('routing.csv'), 'an old report that is longer than the new one will be'.repeat(100));
    const before = sha256(account);

    const result = simulateCli('--account', account, '--out', inFolder('routing.csv'), '--quiet');

    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(inFolder('routing.csv'), 'utf8')).toMatch(/^lead,salesrep,territory,status,reason,units\nL1,/);
    expect(sha256(account)).toBe(before);
    expect(filesInFolder()).toEqual(['account.json', 'routing.csv']);
  });
});
