/**
 * The account export (SPEC §6 `export`) as deployed: the BUILT Suitelet reads an account in the emulator, and the
 * file it answers runs in the simulator and decides every lead as the account it came from does — the console's
 * decision for each exported lead, the realignment preview, and new leads created after the export; pseudonymised,
 * the decisions are the same and nothing identifying is left in the file.
 */
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { simulate } from '../../tools/simulator/simulate';
import { PERSON, PHONE, STREET, exportAccount, exportedFile } from './exportAccount';

let host: ConsoleHost;
beforeAll(() => {
  host = openConsole(exportAccount());
});

function leadIds(account: { records: Record<string, Record<string, any>[]> }): string[] {
  return account.records['customer']!.filter((row) => row['stage'] === 'LEAD').map((row) => String(row['id']));
}

/** The console's decision for an existing lead, as if it were created now. */
function decisionOf(on: ConsoleHost, leadId: string, withReason: boolean) {
  const answer = JSON.parse(on.request('GET', { action: 'test', lead: leadId, format: 'json' }).body);
  return { lead: leadId, status: answer.status, salesrep: answer.salesrep, territory: answer.territory, ...(withReason ? { reason: answer.reason } : {}) };
}

function previewRows(account: AccountFile, withReason: boolean) {
  const { bulk } = simulate(account, { bulk: { kind: 'realign', mode: 'PREVIEW' } });
  if (bulk?.kind !== 'realign' || !bulk.report) throw new Error('no realignment report');
  return bulk.report.rows.map((row) => ({ lead: row.lead, current: row.current_rep, rep: row.new_rep, territory: row.territory, status: row.status, ...(withReason ? { reason: row.reason } : {}) }));
}

describe('export round trip', () => {
  it('the exported file runs in the simulator and every lead is decided as in the account it came from', () => {
    const file = exportedFile(host);
    const reopened = openConsole(file);
    const ids = leadIds(file);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.map((id) => decisionOf(reopened, id, true))).toEqual(ids.map((id) => decisionOf(host, id, true)));
    const statuses = new Set(ids.map((id) => decisionOf(host, id, false).status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['DEFAULT', 'OWNER', 'ROUTED']));
  });

  it('the realignment preview of the exported file is the preview of the account (all of it in the window)', () => {
    const file = exportedFile(host, { days: '3650' });
    const original = exportAccount();
    expect(previewRows(file, true)).toEqual(previewRows({ ...original }, true));
  });

  it('leads created after the export are routed as the account routes them (turns, owners, capacity carried over)', () => {
    const probes = exportAccount().leads!.map((lead) => ({ ...lead, externalid: `P-${String(lead['externalid'])}` }));
    const file = exportedFile(host);
    const fromAccount = simulate({ ...exportAccount(), leads: [...exportAccount().leads!, ...probes] }).rows.slice(probes.length);
    const fromExport = simulate({ ...file, leads: probes }).rows;
    expect(fromExport.map(({ units: _units, ...row }) => row)).toEqual(fromAccount.map(({ units: _units, ...row }) => row));
  });

  it('pseudonymised: the same decisions, stand-ins kept consistent, nothing identifying in the file', () => {
    const plain = exportedFile(host);
    const pseudonymised = exportedFile(host, { anonymize: 'T' });
    const reopened = openConsole(pseudonymised);
    const ids = leadIds(pseudonymised);
    expect(ids).toEqual(leadIds(plain));
    expect(ids.map((id) => decisionOf(reopened, id, false))).toEqual(ids.map((id) => decisionOf(host, id, false)));
    expect(previewRows(pseudonymised, false)).toEqual(previewRows(plain, false));

    const text = JSON.stringify(pseudonymised);
    for (const secret of ['acme', 'Acme', 'globex', 'Globex', 'initech', 'Ana Ruiz', 'Kit Vale', 'someone@', STREET, PHONE, PERSON.firstname, PERSON.lastname, 'Routed to']) {
      expect(text).not.toContain(secret);
    }
    const byId = new Map(pseudonymised.records['customer']!.map((row) => [String(row['id']), row]));
    const plainById = new Map(plain.records['customer']!.map((row) => [String(row['id']), row]));
    const domainOf = (row: Record<string, any> | undefined) => String(row?.['email'] ?? '').split('@')[1];
    // ops@Acme.com (customer 500) and new@acme.com (lead L1) share one stand-in domain; yahoo.com stays free mail.
    const l1 = [...plainById.values()].find((row) => row['email'] === 'new@acme.com')!;
    expect(domainOf(byId.get(String(l1['id'])))).toBe(domainOf(byId.get('500')));
    expect(domainOf(byId.get('500'))).toMatch(/^company-\d+\.example$/);
    const l2 = [...plainById.values()].find((row) => row['email'] === 'someone@yahoo.com')!;
    expect(byId.get(String(l2['id']))?.['email']).toBe(`contact-${String(l2['id'])}@yahoo.com`);
    // 'Globex Corporation' and 'Globex Corp' have one company key, so one stand-in.
    expect(byId.get(String(l2['id']))?.['companyname']).toBe(byId.get('501')?.['companyname']);
  });

  it('plain exports never carry phones, street addresses or person names either', () => {
    const text = JSON.stringify(exportedFile(host));
    for (const secret of [STREET, PHONE, PERSON.firstname, PERSON.lastname, 'Cupertino']) expect(text).not.toContain(secret);
  });
});

describe('what the export holds', () => {
  it('records of the last N days, and older ones only when they can own a lead or count as an open lead', () => {
    const ids = (params: Record<string, string>) => exportedFile(host, params).records['customer']!.map((row) => String(row['id']));
    expect(ids({})).toContain('402');
    expect(ids({})).not.toContain('403');
    expect(ids({ days: '3650' })).toContain('403');
  });

  it('the lists territories and records use, every employee referred to, parameters and turns', () => {
    const file = exportedFile(host);
    expect(file.records['campaign']!.map((row) => row['id'])).toEqual(['4']);
    expect(file.records['employee']!.map((row) => row['id'])).toEqual(['7', '8', '9', '12', '13', '14', '15', '16']);
    expect(file.parameters).toMatchObject({ custscript_tlr_match_owner: true, custscript_tlr_default_rep: '12', custscript_tlr_keep_existing: false, custscript_tlr_notify_author: '16' });
    // Notification and response time (SPEC §8) travel too; an unchecked Email the Rep is written out (its default is checked).
    expect(file.records['customrecord_tlr_territory']!.find((row) => row['id'] === '1')).toMatchObject({ custrecord_tlr_notify: true });
    expect(file.records['customrecord_tlr_territory']!.find((row) => row['id'] === '2')).toMatchObject({
      custrecord_tlr_notify: false,
      custrecord_tlr_sla_hours: 4,
      custrecord_tlr_work_hours: 'Mon-Fri 09:00-17:00 America/New_York',
    });
    const west = file.records['customrecord_tlr_member']!.find((row) => row['id'] === '21')!;
    expect(west['custrecord_tlr_mem_turns']).toBeGreaterThan(0);
    expect(file.records['customrecord_tlr_territory']!.find((row) => row['id'] === '3')).toMatchObject({ custrecord_tlr_lead_sources: ['4'], custrecord_tlr_fallback_rep: '14' });
    expect(file.records['customrecord_tlr_territory']!.find((row) => row['id'] === '4')).toMatchObject({ isinactive: true });
  });
});
