/**
 * The what-if on an export (`--compare draft.json --replay`): the file the BUILT console's export answers, its
 * leads replayed through the built lead user event with the account's territory set and with a draft's. A draft
 * that moves California to another rep moves exactly the Californian leads a territory decided (and a later lead
 * owner matching sends after one of them); the same set on both sides
 * moves nothing; --replay without --compare, or on a file without leads, is refused in one line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openConsole } from '../../tools/console/consoleHost';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { runSimulator } from '../../tools/simulator/cli';
import { readCsv } from '../../tools/simulator/csv';
import { exportAccount, exportedFile } from './exportAccount';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replay-'));

function written(name: string, content: unknown): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

function simulator(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runSimulator(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTerminal: false });
  return { status, stdout, stderr };
}

const exported = exportedFile(openConsole(exportAccount()));
const currentFile = written('current.json', exported);
const customers = exported.records['customer']!;
const leadIds = customers.filter((row) => row['stage'] === 'LEAD').map((row) => String(row['id']));
const fieldOf = (id: string, field: string) => customers.find((row) => String(row['id']) === id)?.[field];
const stateOf = (id: string) => (fieldOf(id, 'addressbook') as { addressbookaddress?: { state?: string } }[] | undefined)?.[0]?.addressbookaddress?.state;

/** The export with California moved from West (Ana, Bo, Cy) to East (Kit Vale, 13). */
function californiaToEast(): AccountFile {
  const draft = structuredClone(exported);
  const states: Record<string, string> = { '1': 'OR', '2': 'NY, CA' };
  draft.records['customrecord_tlr_territory'] = draft.records['customrecord_tlr_territory']!.map((row) => (states[String(row['id'])] === undefined ? row : { ...row, custrecord_tlr_states: states[String(row['id'])] }));
  return draft;
}

function movesOf(draft: AccountFile, name: string) {
  const out = path.join(folder, `${name}.csv`);
  const run = simulator(['--account', currentFile, '--compare', written(`${name}.json`, draft), '--replay', '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { stdout: run.stdout, rows: readCsv(fs.readFileSync(out, 'utf8')) };
}

describe('--compare --replay on an exported account', () => {
  it('a draft moving California to another rep moves exactly the California leads a territory decided', () => {
    // As the account decided them: West routed these California leads; the others were owner matches.
    const californian = leadIds.filter((id) => stateOf(id) === 'CA' && fieldOf(id, 'custentity_tlr_territory') === '1');
    expect(californian.length).toBeGreaterThanOrEqual(4);
    // Soylent Co. (New York, free mail) went to the owner of the earlier lead Soylent, a Californian: replayed in
    // id order, it follows that lead to its new rep — owner matching sees the leads created before it, as then.
    const follower = leadIds.find((id) => fieldOf(id, 'companyname') === 'Soylent Co.')!;
    const { stdout, rows } = movesOf(californiaToEast(), 'california');
    expect(stdout).toContain(`Compared ${leadIds.length} leads`);
    expect(rows.map((row) => row['lead'])).toEqual([...californian, follower].sort((a, b) => Number(a) - Number(b)));
    for (const row of rows.filter((row) => row['lead'] !== follower)) {
      expect(row).toMatchObject({ territory_before: '1', territory_after: '2', status_before: 'ROUTED', status_after: 'ROUTED', salesrep_after: '13' });
    }
    const soylent = rows.find((row) => row['lead'] === leadIds.find((id) => fieldOf(id, 'companyname') === 'Soylent'))!;
    expect(rows.find((row) => row['lead'] === follower)).toMatchObject({ salesrep_before: soylent['salesrep_before'], salesrep_after: '13', status_before: 'OWNER', status_after: 'OWNER' });
  });

  it('the same territory set on both sides moves nothing', () => {
    const { stdout, rows } = movesOf(exported, 'same');
    expect(stdout).toContain(`Compared ${leadIds.length} leads`);
    expect(stdout).toContain('Leads that would move to another rep or territory: 0 of');
    expect(rows).toEqual([]);
  });

  it('is refused in one line without --compare, or on a file with no lead-stage records', () => {
    const alone = simulator(['--account', currentFile, '--replay']);
    expect(alone.status).toBe(2);
    expect(alone.stderr.split('\n')[0]).toBe("--replay replays the account's leads in the what-if: give it with --compare DRAFT.json");
    const withoutLeads = written('no-leads.json', { ...exported, records: { ...exported.records, customer: customers.filter((row) => row['stage'] !== 'LEAD') } });
    const empty = simulator(['--account', withoutLeads, '--compare', currentFile, '--replay']);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/^.*no-leads\.json: records\.customer: no lead-stage records \(stage LEAD\) to replay: --replay replays the leads an export wrote\n$/);
  });
});
