/**
 * The console's health and distribution views (SPEC §6) as deployed: the BUILT Suitelet in the emulator on an
 * account with faults on purpose. Health names each fault with an example, reads the leads aggregated (12,000
 * leads come back as a handful of groups, in windows of 5,000 ids) and only the last 90 days'; distribution counts
 * the period's leads per status and day and sets each member's routed leads against the weighted fair share. Every
 * page escapes the markup in a territory name, a lead's state and its company; bad input gets one line.
 */
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { HOSTILE_COMPANY, HOSTILE_STATE, REP, distributionAccount, healthAccount } from './healthAccount';

function json(host: ConsoleHost, params: Record<string, string>) {
  const answer = host.request('GET', { ...params, format: 'json' });
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  return { body: JSON.parse(answer.body) as Record<string, any>, units: answer.invocation.unitsUsed, charges: answer.invocation.charges };
}

function page(host: ConsoleHost, params: Record<string, string>): string {
  const answer = host.request('GET', params);
  expect(answer.status).toBe(200);
  expect(answer.invocation.error ?? null).toBeNull();
  return answer.body;
}

/** No markup from the data: every `<script` on the page is escaped text. */
function expectEscaped(body: string): void {
  expect(body).not.toMatch(/<script/i);
  expect(body).not.toContain('<b>');
}

const CA = { country: 'US', state: 'CA', zip: '', leadsource: '', category: '', subsidiary: '' };

describe('health view', () => {
  let host: ConsoleHost;
  beforeAll(() => {
    host = openConsole(healthAccount());
  });

  it('names the overlap, the shadowed territories, the gaps and the staffing problem, each with its example', () => {
    const { body, units } = json(host, { action: 'health' });
    expect(body.overlaps).toEqual([{ territories: ['1', '2'], example: CA }]);
    expect(body.shadowed).toEqual([
      { territory: '2', by: ['1'], example: CA },
      { territory: '3', by: ['1'], example: { ...CA, zip: '94' } },
    ]);
    expect(body.gaps).toEqual([
      { country: 'BR', state: 'SP', leads: 2, example: { ...CA, country: 'BR', state: 'SP', zip: '01000-000' } },
      { country: 'BR', state: HOSTILE_STATE.toUpperCase(), leads: 1, example: { ...CA, country: 'BR', state: HOSTILE_STATE.toUpperCase(), zip: '20000-000' } },
    ]);
    expect(body.staffing).toEqual([{ territory: '4', problem: 'NONE_ELIGIBLE_SOON', from: '2026-11-30', until: '2026-12-04' }]);
    expect(body.repsWithoutTerritory).toEqual([REP.sam, REP.kit]);
    expect(body.skipped).toEqual([]);
    expect({ leadsRead: body.leadsRead, units: body.units }).toEqual({ leadsRead: 10, units });
  });

  it('the page shows every finding by name, escaped, with a link that tests the example lead', () => {
    const body = page(host, { action: 'health' });
    expectEscaped(body);
    expect(body).toContain('West &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; <span class="muted">(1)</span>');
    expect(body).toContain('&lt;B&gt;&quot;SP&quot;&lt;/B&gt;');
    expect(body).toMatch(/<h2>Overlaps \(1\)<\/h2>/);
    expect(body).toMatch(/<h2>Shadowed \(2\)<\/h2>/);
    expect(body).toMatch(/<h2>Gaps \(2\)<\/h2>/);
    expect(body).toContain('<td>No one can take a lead soon</td><td>2026-11-30</td><td>2026-12-04</td>');
    expect(body).toContain('action=test&amp;country=BR&amp;state=SP&amp;zip=01000-000');
  });

  it('reads the leads grouped: 12,000 more leads of the last 90 days come back as two more groups; older leads are left out', () => {
    // Created before the leads the file creates, in id order as NetSuite assigns ids: one lead from July, 12,000 from last week.
    const address = (state: string) => [{ defaultbilling: true, addressbookaddress: { country: 'AR', state, zip: '1000' } }];
    const earlier = (id: number, day: string, state: string) => ({ id: String(id), companyname: `Bulk ${id}`, stage: 'LEAD', datecreated: `${day}T10:00:00`, addressbook: address(state) });
    const account = healthAccount();
    account.records!.customer = [earlier(100, '2026-07-01', 'D'), ...Array.from({ length: 12_000 }, (_, at) => earlier(101 + at, '2026-11-20', at % 2 === 0 ? 'B' : 'C'))];
    const big = openConsole(account);
    const { body, charges } = json(big, { action: 'health' });
    expect(body.gaps.filter((gap: any) => gap.country === 'AR')).toEqual([
      { country: 'AR', state: 'B', leads: 6_000, example: { ...CA, country: 'AR', state: 'B', zip: '1000' } },
      { country: 'AR', state: 'C', leads: 6_000, example: { ...CA, country: 'AR', state: 'C', zip: '1000' } },
    ]);
    expect({ leadsRead: body.leadsRead, leadGroups: body.leadGroups }).toEqual({ leadsRead: 12_010, leadGroups: 7 });
    // The count, then the ids from the first record of the 90 days to the last in windows of 5,000, besides the reps and open leads.
    expect(charges.filter((charge) => charge.api === 'query.runSuiteQL').length).toBeLessThanOrEqual(2 + 1 + Math.ceil(12_010 / 5_000));
    expect(body.units).toBeLessThan(120);
  });
});

describe('distribution view', () => {
  let host: ConsoleHost;
  beforeAll(() => {
    host = openConsole(distributionAccount());
  });

  it('counts the last 30 days by status and day, and each member against the weighted fair share', () => {
    const { body } = json(host, { action: 'distribution' });
    expect({ from: body.from, until: body.until, total: body.total }).toEqual({ from: '2026-10-28', until: '2026-11-26', total: 15 });
    // The leads the file creates are routed now (2026-11-26); the seeded ones carry their own routing fields.
    expect(body.byStatus).toEqual([
      { status: 'ROUTED', leads: 11 },
      { status: 'DEFAULT', leads: 3 },
      { status: 'FALLBACK', leads: 1 },
    ]);
    expect(body.byDay.filter((day: any) => Object.keys(day).length > 1)).toEqual([
      { day: '2026-11-20', ROUTED: 2 },
      { day: '2026-11-21', ROUTED: 1, FALLBACK: 1 },
      { day: '2026-11-22', ROUTED: 1 },
      { day: '2026-11-26', ROUTED: 7, DEFAULT: 3 },
    ]);
    expect(body.byDay).toHaveLength(30);
    // West routed 10 (6 today, 4 seeded): Ana (weight 2) 6, Bo 3, Cy 1 though no member; one to the fallback rep.
    const west = body.territories.find((one: any) => one.territory === '1');
    expect(west).toEqual({
      territory: '1',
      routed: 10,
      fallback: 1,
      reps: [
        { rep: REP.ana, routed: 6, fairShare: expect.closeTo(20 / 3, 9) },
        { rep: REP.bo, routed: 3, fairShare: expect.closeTo(10 / 3, 9) },
        { rep: REP.cy, routed: 1, fairShare: null },
      ],
    });
    expect(body.reps.map((rep: any) => [rep.rep, rep.routed])).toEqual([[REP.ana, 6], [REP.bo, 4], [REP.cy, 1]]);
  });

  it('a period narrows the count; a bad day is refused with one line', () => {
    expect(json(host, { action: 'distribution', from: '2026-11-21', until: '2026-11-21' }).body.byStatus).toEqual([
      { status: 'FALLBACK', leads: 1 },
      { status: 'ROUTED', leads: 1 },
    ]);
    expect(json(host, { action: 'distribution', from: '2026-09-01', until: '2026-10-15' }).body.total).toBe(1);
    expect(json(host, { action: 'distribution', from: HOSTILE_COMPANY }).body).toEqual({ error: `from: ${JSON.stringify(HOSTILE_COMPANY.slice(0, 20))} is not a day (YYYY-MM-DD)` });
    expect(json(host, { action: 'distribution', from: '2026-11-22', until: '2026-11-21' }).body).toEqual({ error: 'from: 2026-11-22 is after until: 2026-11-21' });
    const refused = page(host, { action: 'distribution', from: HOSTILE_COMPANY });
    expectEscaped(refused);
    expect(refused).toContain('<div class="message error" role="alert">from: &quot;&lt;script&gt;alert(&#39;lead&#39;&quot; is not a day (YYYY-MM-DD)</div>');
  });

  it('the page draws both charts and the table, names escaped', () => {
    const body = page(host, { action: 'distribution' });
    expectEscaped(body);
    expect(body).toMatch(/<svg id="chart-reps"[^>]*>.*<title>Ana Ruiz: 6 leads, fair share 6\.7<\/title>/s);
    expect(body).toMatch(/<svg id="chart-days"[^>]*>.*<title>2026-11-21: 1 Fallback<\/title>/s);
    expect(body).toContain('West &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(body).toMatch(/<td>Cy Moss <span class="muted">\(9\)<\/span><\/td><td class="number">1<\/td><td class="number">—<\/td>/);
  });
});
