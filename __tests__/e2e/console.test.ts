/**
 * The routing console (SPEC §6) as deployed: the BUILT Suitelet answering requests in the emulator, on an account
 * loaded by the simulator. The test view decides without writing anything, shows every step of the trace, answers
 * "why not this rep?", escapes untrusted text, and refuses bad input with one line; the realign view starts a
 * PREVIEW, shows its counts, and APPLYs only by POST with the confirmation for the latest preview.
 */
import { REPORT_HEADER } from '../../src/netsuite/bulk/realignReport';
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { HOSTILE_COMPANY, HOSTILE_TERRITORY, REP, consoleAccount } from './consoleAccount';

const CA_LEAD = { action: 'test', country: 'US', state: 'CA', zip: '94105', companyname: 'Globex', email: 'jo@globex.example' };

function json(host: ConsoleHost, params: Record<string, string>) {
  const answer = host.request('GET', { ...params, format: 'json' });
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(answer.body) as Record<string, any>;
}

/** Everything a dry run must leave alone: the records (members' turns and counters, leads), tasks, emails, files. */
function accountState(host: ConsoleHost): string {
  const { emulator } = host;
  const families = ['customer', 'customrecord_tlr_member', 'customrecord_tlr_territory', 'file'];
  return JSON.stringify({
    records: families.map((family) => [...emulator.store.all(family)].map((record) => [record.id, record.values])),
    tasks: emulator.tasks.length,
    emails: emulator.emails.length,
  });
}

function leadId(host: ConsoleHost, externalId: string): string {
  const found = [...host.emulator.store.all('customer')].find((record) => record.values['externalid'] === externalId);
  if (!found) throw new Error(`no lead ${externalId}`);
  return found.id;
}

describe('test view', () => {
  let host: ConsoleHost;
  beforeAll(() => {
    host = openConsole(consoleAccount());
  });

  it('decides a lead from its facts: JSON with ids as strings, the reason and the whole trace', () => {
    const answer = json(host, CA_LEAD);
    expect({ status: answer.status, salesrep: answer.salesrep, territory: answer.territory }).toEqual({ status: 'ROUTED', salesrep: REP.ana, territory: '1' });
    expect(answer.reason).toMatch(/^Routed to Ana Ruiz by territory West/);
    const [west] = answer.trace.territories;
    expect(west.checks.map((check: any) => [check.criterion, check.observed, check.expected, check.passed])).toEqual([
      ['country', 'US', ['US'], true],
      ['state', 'US-CA', ['CA', 'OR'], true],
    ]);
    expect(west.members.map((member: any) => [member.repName, member.eligible, member.why ?? ''])).toEqual([
      ['Ana Ruiz', true, ''],
      ['Bo Li', false, 'AWAY'],
      ['Cy Moss', false, 'AT_CAPACITY'],
    ]);
    expect(answer.units).toBeGreaterThan(0);
  });

  it('writes nothing and takes no turn: the same test twice gives the same decision and leaves the account as it was', () => {
    const before = accountState(host);
    const first = json(host, CA_LEAD);
    const second = json(host, CA_LEAD);
    expect(accountState(host)).toBe(before);
    expect([second.salesrep, second.reason]).toEqual([first.salesrep, first.reason]);
  });

  it('lists territories that do not match with the criterion that failed, observed and expected', () => {
    const answer = json(host, { action: 'test', country: 'US', state: 'NY' });
    expect(answer.territory).toBe('2');
    expect(answer.trace.territories[0]).toMatchObject({ territoryId: '1', outcome: 'NO_MATCH', checks: [{ criterion: 'country', passed: true }, { criterion: 'state', observed: 'US-NY', passed: false }] });
  });

  it('shows the owner candidates of the owner step', () => {
    const answer = json(host, { action: 'test', country: 'US', state: 'CA', email: 'new@acme.com', companyname: 'Acme' });
    expect([answer.status, answer.salesrep]).toEqual(['OWNER', REP.kit]);
    expect(answer.trace.ownerCandidates).toEqual([expect.objectContaining({ recordId: '500', matchedBy: 'domain', standing: 'owner', repName: 'Kit Vale' })]);
  });

  it.each([
    [REP.bo, /^Bo Li is a member of territory .* but is not eligible: away 2026-11-20/],
    [REP.cy, /^Cy Moss is a member of territory .* but is not eligible: .*capacity/],
    [REP.kit, /^Kit Vale's first territory East \(id 2, priority 20\) comes after territory West .* \(id 1, priority 10\), which decided\.$/],
    [REP.sam, /^Sam Lee is not an active member or fallback rep of any active, valid territory\.$/],
    [REP.ana, /^Ana Ruiz is the rep this lead goes to: Routed to Ana Ruiz/],
    ['99', /^No employee has internal id 99/],
  ])('answers "why not rep %s?" in one sentence', (rep, sentence) => {
    const answer = json(host, { ...CA_LEAD, rep });
    expect(answer.whyNot).toMatch(sentence);
    expect(answer.whyNot.split(/\.\s+[A-Z]/)).toHaveLength(1);
  });

  it("tests an existing lead with its own facts (as if created now: the rep entered on it is kept)", () => {
    const answer = json(host, { action: 'test', lead: leadId(host, 'K1') });
    expect([answer.status, answer.salesrep]).toEqual(['KEPT', REP.sam]);
    const page = host.request('GET', { action: 'test', lead: leadId(host, 'K1') }).body;
    expect(page).toContain('value="Company K1"');
  });

  it.each([
    [{ country: 'ZZ' }, 'country: "ZZ" is not an ISO 3166-1 alpha-2 country code'],
    [{ lead: '999999' }, 'lead: no lead has internal id 999999'],
    [{ lead: '500' }, 'lead: no lead has internal id 500'],
    [{ leadsource: 'web' }, 'leadsource: "web" is not an internal id'],
    [{ rep: '<script>' }, 'rep: "<script>" is not an internal id'],
  ])('refuses %j with one line naming the field, and changes nothing', (params, text) => {
    const before = accountState(host);
    expect(json(host, { action: 'test', ...params })).toEqual({ error: expect.stringContaining(text) });
    const page = host.request('GET', { action: 'test', ...params });
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<div class="message error" role="alert">[^<\n]+<\/div>/);
    expect(page.body).not.toMatch(/\bat \w+ \(|\.js:\d+/);
    expect(accountState(host)).toBe(before);
  });

  it('escapes untrusted text everywhere it shows: lead facts, territory names, list names', () => {
    const page = host.request('GET', { ...CA_LEAD, companyname: HOSTILE_COMPANY, email: `"x"@<b>.example`, rep: REP.bo }).body;
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('West &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(page).toContain('value="&lt;script&gt;alert(&#39;lead&#39;)&lt;/script&gt; &quot;Quote&quot; &amp; Co"');
    expect(page).toContain('Trade show &lt;b&gt;&quot;2026&quot;&lt;/b&gt;');
    expect(HOSTILE_TERRITORY).toContain('<script>');
  });

  it('uses at most 40 governance units for a test once the caches are warm', () => {
    json(host, CA_LEAD);
    const answer = host.request('GET', { ...CA_LEAD, rep: REP.kit });
    const shown = Number(/This test used (\d+) governance units/.exec(answer.body)?.[1]);
    expect(answer.invocation.unitsUsed).toBeLessThanOrEqual(40);
    expect(shown).toBe(answer.invocation.unitsUsed);
    expect(json(host, CA_LEAD).units).toBeLessThanOrEqual(40);
  });
});

test('a list the console cannot read (a failing search) becomes a text field for its id; the test still runs', () => {
  const host = openConsole(consoleAccount());
  host.emulator.caches.clear();
  host.emulator.faults.onSearch = (type) => {
    if (type === 'campaign') throw new Error('SSS_SEARCH_ERROR_OCCURRED');
  };
  const page = host.request('GET', { ...CA_LEAD, leadsource: '3' });
  expect(page.body).toContain('<input type="text" id="f-leadsource" name="leadsource" value="3">');
  expect(page.body).toContain('<select id="f-category" name="category">');
  expect(page.body).toContain('id="decision-status" data-status="ROUTED">Routed<');
  expect(page.invocation.logs.map((entry) => entry.title)).toContain('Routing console: the campaign list could not be read; the form takes its ids as text');
});

test('with Pause Routing on, the test says a lead created now would be saved as entered, and still shows the decision', () => {
  const host = openConsole(consoleAccount());
  host.emulator.setParameter('customscript_tlr_ue_lead', 'custscript_tlr_paused', true);
  expect(json(host, CA_LEAD)).toMatchObject({ status: 'ROUTED', salesrep: REP.ana, paused: true });
  expect(host.request('GET', CA_LEAD).body).toContain('Routing is paused (Pause Routing on the lead routing deployment): a lead created now would be saved as entered.');
});

describe('realign view', () => {
  let host: ConsoleHost;
  beforeEach(() => {
    host = openConsole(consoleAccount());
  });

  const salesReps = () => ['K1', 'K2'].map((key) => host.emulator.read('lead', leadId(host, key))?.['salesrep']);

  it('offers APPLY only after a preview, whose change counts it shows; APPLY needs POST, the confirmation and the latest preview', () => {
    const first = host.request('GET', { action: 'realign' }).body;
    expect(first).toContain('id="no-preview"');
    expect(first).not.toContain('id="run-apply"');
    expect(JSON.parse(host.request('POST', { action: 'realign', mode: 'APPLY', confirm: 'T', format: 'json' }).body).error).toMatch(/^APPLY needs a preview first/);

    const started = host.request('POST', { action: 'realign', mode: 'PREVIEW' });
    expect(started.status).toBe(302);
    const taskId = new URLSearchParams(started.headers['location']!.split('?')[1]).get('task')!;
    expect(json(host, { action: 'realign', task: taskId }).job).toEqual({ taskId, status: 'PENDING', stage: '' });
    host.runPendingJobs();

    const view = json(host, { action: 'realign', task: taskId });
    expect(view.job.status).toBe('COMPLETE');
    expect(view.preview).toMatchObject({ changes: 2, byStatus: { ROUTED: 2 }, failed: 0 });
    expect(view.reports).toEqual([expect.objectContaining({ file: view.preview.file, mode: 'PREVIEW' })]);
    expect(host.request('GET', { action: 'realign' }).body).toMatch(/id="preview-counts">tlr_realign_preview_\w+\.csv \([^)]*\): 2 leads would change \(Routed 2\)/);
    expect(salesReps()).toEqual([REP.sam, REP.sam]);

    const tasks = host.emulator.tasks.length;
    expect(host.request('GET', { action: 'realign', mode: 'APPLY', preview: view.preview.file, confirm: 'T' }).body).toContain('needs the form on this page (a POST); nothing was started');
    expect(JSON.parse(host.request('POST', { action: 'realign', mode: 'APPLY', preview: view.preview.file, format: 'json' }).body).error).toMatch(/confirmation box/);
    expect(JSON.parse(host.request('POST', { action: 'realign', mode: 'APPLY', preview: '1', confirm: 'T', format: 'json' }).body).error).toMatch(/not the latest/);
    expect(host.emulator.tasks.length).toBe(tasks);

    expect(host.request('POST', { action: 'realign', mode: 'APPLY', preview: view.preview.file, confirm: 'T' }).status).toBe(302);
    // Mode is a list: the job carries the account's internal id of its Apply value.
    expect(host.emulator.tasks.at(-1)?.params).toEqual({ custscript_tlr_mode: host.emulator.schema.listValueId('customlist_tlr_mode', 'val_tlr_apply') });
    host.runPendingJobs();
    expect(salesReps()).toEqual([REP.ana, REP.ana]);
    expect(json(host, { action: 'realign' }).reports.map((report: any) => report.mode)).toEqual(['APPLY', 'PREVIEW']);
  });

  it('serves a listed report as CSV and nothing else from the File Cabinet', () => {
    host.request('POST', { action: 'realign', mode: 'PREVIEW' });
    host.runPendingJobs();
    const [report] = json(host, { action: 'realign' }).reports;
    const csv = host.request('GET', { action: 'report', file: report.file });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n')[0]).toBe(REPORT_HEADER.join(','));
    expect(host.request('GET', { action: 'report', file: '1' }).body).toContain('file: &quot;1&quot; is not a realignment report');
  });

  it('a second start while a job is unfinished shows NetSuite\'s refusal and queues nothing', () => {
    host.request('POST', { action: 'realign', mode: 'PREVIEW' });
    const again = JSON.parse(host.request('POST', { action: 'realign', mode: 'PREVIEW', format: 'json' }).body);
    expect(again.error).toMatch(/^NetSuite did not start the realignment \(MAP_REDUCE_ALREADY_RUNNING\)/);
    expect(host.emulator.tasks).toHaveLength(1);
  });
});
