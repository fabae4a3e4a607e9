// `npm run simulate -- --compare draft.json`: the same leads through two territory sets, run in-process on the
// built lead user event; a bad draft is one line naming it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccountFile } from '../accountFile';
import { runSimulator } from '../cli';
import { parseCliOptions, UsageError } from '../cliOptions';
import { readCsv } from '../csv';
import { usLead, westAccount } from './helpers/accounts';

function simulate(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runSimulator(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTerminal: false });
  return { status, stdout, stderr };
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-'));

function written(name: string, content: unknown): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** West with Ana (2) and Bo (1) round robin; six US leads. */
function current(): AccountFile {
  const account = westAccount();
  account.leads = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'].map((key) => usLead(key));
  return account;
}

/** West keeps Bo only; a new territory "Web" (priority 5, lead source 3) gives Ana the web-form leads. */
function draft(): AccountFile {
  const account = westAccount();
  const records = account.records!;
  records.customrecord_tlr_territory!.push({ id: '2', name: 'Web', custrecord_tlr_priority: 5, custrecord_tlr_lead_sources: ['3'], custrecord_tlr_method: 'val_tlr_round_robin' });
  records.customrecord_tlr_member = [
    { id: '2', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_weight: 1 },
    { id: '3', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 1 },
  ];
  // Only the territory set is read from a draft: these would change the run if they were.
  records.employee!.push({ id: '9', entityid: 'Cy Dee', issalesrep: true });
  account.leads = [];
  return account;
}

describe('--compare', () => {
  // L1 and L2 come from the web form (lead source 3).
  const currentFile = written('current.json', { ...current(), leads: current().leads!.map((lead, index) => (index < 2 ? { ...lead, leadsource: '3' } : lead)) });

  it('prints per territory and rep the leads and share before and after, the outcomes, and the leads that move', () => {
    const out = path.join(folder, 'moves.csv');
    const { status, stdout, stderr } = simulate(['--account', currentFile, '--compare', written('draft.json', draft()), '--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // Before: West's weighted round robin (2:1) gives Ana L1 L3 L4 L6, Bo L2 L5. After: Web gives Ana L1 L2 (web
    // form), West gives Bo the rest.
    expect(stdout).toMatch(/Compared 6 leads: before = .*current\.json, after = its leads and records with the territories and members of .*draft\.json/);
    expect(stdout).toContain('   1  West            6      4      -2        100.0%        66.7%   -33.3\n   2  Web             0      2      +2          0.0%        33.3%   +33.3\n');
    expect(stdout).toContain('   7  Ana Ruiz       4      2      -2         66.7%        33.3%   -33.3\n   8  Bo Li          2      4      +2         33.3%        66.7%   +33.3\n');
    expect(stdout).toContain('  ROUTED           6      6       0\n');
    expect(stdout).toContain('Leads that would move to another rep or territory: 5 of 6\n');
    expect(stdout).toContain('  L1: Ana Ruiz (7) → Ana Ruiz (7); territory West (1) → Web (2); ROUTED → ROUTED\n');
    expect(stdout).toContain('  L2: Bo Li (8) → Ana Ruiz (7); territory West (1) → Web (2); ROUTED → ROUTED\n');
    expect(stdout).toContain('  L4: Ana Ruiz (7) → Bo Li (8); territory West (1) → West (1); ROUTED → ROUTED\n');
    expect(stdout).not.toContain('Cy Dee');
    const rows = readCsv(fs.readFileSync(out, 'utf8'));
    expect(rows.map((row) => [row.lead, row.salesrep_before, row.salesrep_after, row.territory_before, row.territory_after])).toEqual([
      ['L1', '7', '7', '1', '2'],
      ['L2', '8', '7', '1', '2'],
      ['L3', '7', '8', '1', '1'],
      ['L4', '7', '8', '1', '1'],
      ['L6', '7', '8', '1', '1'],
    ]);
    expect(rows[2]!.reason_after).toContain('Bo Li');
  });

  it('counts fallback, default and unassigned leads before and after', () => {
    const nowhere = draft();
    nowhere.records!.customrecord_tlr_territory = [{ id: '1', name: 'West', custrecord_tlr_countries: 'DE', custrecord_tlr_method: 'val_tlr_round_robin' }];
    nowhere.records!.customrecord_tlr_member = [];
    const { status, stdout } = simulate(['--account', currentFile, '--compare', written('nowhere.json', nowhere), '--quiet']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const loud = simulate(['--account', currentFile, '--compare', written('nowhere.json', nowhere)]);
    expect(loud.stdout).toContain('  ROUTED           6      0      -6\n');
    expect(loud.stdout).toContain('  UNASSIGNED       0      6      +6\n');
    expect(loud.stdout).toContain('Leads that would move to another rep or territory: 6 of 6\n');
  });

  it('refuses a malformed draft in one line naming it, before anything runs', () => {
    const cases: [string, string | object, RegExp][] = [
      ['syntax.json', '{"records": {', /^.*syntax\.json: .*line 1/],
      ['shape.json', { records: { customrecord_tlr_territory: {} } }, /^.*shape\.json: records\.customrecord_tlr_territory: must be an array of records$/],
      ['empty.json', { records: {} }, /^.*empty\.json: records\.customrecord_tlr_territory: missing: the draft gives the territory set to compare \(territories and members\)$/],
      [
        'dangling.json',
        { records: { customrecord_tlr_territory: [{ id: '1', name: 'West' }], customrecord_tlr_member: [{ id: '1', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '99' }] } },
        /^.*dangling\.json: records\.customrecord_tlr_member\[0\] \(id 1\): custrecord_tlr_mem_rep: employee 99 does not exist$/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const { status, stdout, stderr } = simulate(['--account', currentFile, '--compare', written(name, content)]);
      expect({ name, status, stdout, lines: stderr.trimEnd().split('\n').length }).toEqual({ name, status: 1, stdout: '', lines: 1 });
      expect(stderr.trimEnd()).toMatch(message);
    }
  });

  it('writes no output over the draft, and runs no bulk path or save beside it', () => {
    const draftFile = written('kept.json', draft());
    const { status, stderr } = simulate(['--account', currentFile, '--compare', draftFile, '--out', draftFile]);
    expect(status).toBe(2);
    expect(stderr).toContain('it is the draft file the run reads (--compare');
    expect(() => parseCliOptions(['--compare', 'd.json', '--save', 'a.json', '--sweep'])).toThrow(
      new UsageError('--compare creates the leads with each territory set and compares them: it takes --account, --out, --quiet and --debug, not --save, --sweep'),
    );
    expect(() => parseCliOptions(['--compare', ''])).toThrow(new UsageError('--compare needs a file name'));
  });
});
