// `npm run simulate -- --health`: the sample's deliberate faults are named, and an account file's gaps, staffing and
// reps come out of its records.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleAccount } from '../../../sample/account';
import { runSimulator } from '../cli';
import { parseCliOptions, UsageError } from '../cliOptions';
import { accountHealth } from '../accountHealth';
import { usLead, westAccount } from './helpers/accounts';

function simulate(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runSimulator(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTerminal: false });
  return { status, stdout, stderr };
}

describe('the sample account', () => {
  const health = accountHealth(sampleAccount());

  it('has its deliberate faults found: Silicon Valley overlaps Bay Area and is shadowed by it, Ireland is invalid, South Africa is a gap', () => {
    expect(health.overlaps.map((overlap) => overlap.territories)).toEqual([['203', '238']]);
    expect(health.shadowed).toEqual([{ territory: '238', by: ['201', '202', '203'], example: expect.objectContaining({ country: 'US', state: 'CA' }) }]);
    expect(health.skipped.map((skipped) => skipped.territoryId)).toEqual(['221']);
    // Rest of world lists its countries, so leads without an address are a gap too.
    expect(health.gaps.map((gap) => [gap.country, gap.state])).toEqual([['ZA', ''], ['', '']]);
  });

  it('prints them by name', () => {
    const { status, stdout } = simulate(['--health']);
    expect(status).toBe(0);
    expect(stdout).toContain('Bay Area (203) and Silicon Valley (238): e.g. country US, state CA, postal code 95000');
    expect(stdout).toContain('Silicon Valley (238): taken by Partner referrals (201), US public sector (202), Bay Area (203)');
    expect(stdout).toContain('Ireland (221): Countries: "UK" is not an ISO 3166-1 alpha-2 country code');
    expect(stdout).toMatch(/^ {2}ZA \(no state\): \d+ leads, e\.g\. country ZA, /m);
  });
});

describe('an account file', () => {
  it('reports gaps by country and state from its leads and lead-stage records, staffing with dates, reps', () => {
    const account = westAccount();
    const records = account.records!;
    records.employee!.push({ id: '9', entityid: 'Cy Dee', issalesrep: true });
    records.customrecord_tlr_member![1]!.custrecord_tlr_mem_away_from = '2026-11-30';
    records.customrecord_tlr_member![1]!.custrecord_tlr_mem_away_until = '2026-12-02';
    records.customrecord_tlr_member![0]!.custrecord_tlr_mem_away_from = '2026-11-29';
    records.customrecord_tlr_member![0]!.custrecord_tlr_mem_away_until = '2026-12-01';
    const brazil = { addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'BR', state: 'SP', zip: '01000-000' } }] };
    records.customer!.push({ id: '501', companyname: 'Old lead', stage: 'LEAD', ...brazil }, { id: '502', companyname: 'Gone', stage: 'LEAD', isinactive: true, ...brazil });
    account.leads!.push(usLead('L4', brazil));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'health-')), 'west.json');
    fs.writeFileSync(file, JSON.stringify(account));
    const { status, stdout } = simulate(['--health', '--account', file]);
    expect(status).toBe(0);
    expect(stdout).toContain('Gaps: lead-stage records no territory matches (1)\n  BR SP: 2 leads, e.g. country BR, state SP, postal code 01000-000\n');
    expect(stdout).toContain('West (1): from 2026-11-30 until 2026-12-01');
    expect(stdout).toContain('Sales reps in no territory (1)\n  Cy Dee (9)\n');
  });

  it('--health runs nothing else', () => {
    expect(() => parseCliOptions(['--health', '--out', 'x.csv'])).toThrow(new UsageError('--health prints a report and runs nothing: it takes only --account, not --out'));
  });
});
