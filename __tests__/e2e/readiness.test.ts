/**
 * What an administrator relies on around a real account, over the BUILT scripts in the emulator: Pause Routing stops
 * every path without uninstalling; a cached plan written by another release is rebuilt, never misread; a territory
 * skipped for invalid data reaches the administrator by one email per load of the territories; the version shows in
 * the execution log.
 */
import { PRODUCT } from '../../src/netsuite/version';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { LEAD_UE, addLead, containingAll, invocationsOf, leadIn, run, statusValueId, storedLead, westAndEverywhere, withBrokenTerritories } from './harness';

const PLAN_CACHE = 'tlr_routing';

/** West (US) routes to Ana and Bo in turn, Everywhere to Cy; Dee (10) is the administrator. */
function account(parameters: Record<string, unknown> = {}): AccountFile {
  const base = westAndEverywhere();
  const records = base.records ?? {};
  records.employee = [...(records.employee ?? []), { id: '10', entityid: 'Dee Admin', email: 'dee@example.com', issalesrep: false }];
  return { ...base, parameters, records, leads: [leadIn('L1', { country: 'US' }), leadIn('L2', { country: 'US' }), leadIn('L3', { country: 'DE' })] };
}

function assignedCounts(simulation: ReturnType<typeof run>): string[] {
  return ['11', '12', '13'].map((id) => String(simulation.emulator.read('customrecord_tlr_member', id)?.custrecord_tlr_mem_assigned ?? 0));
}

describe('Pause Routing', () => {
  test('new leads save exactly as entered: no rep chosen, no routing field written, no turn taken', () => {
    const simulation = run({ ...account({ custscript_tlr_paused: true }), leads: [leadIn('L1', { country: 'US' }), leadIn('L2', { country: 'US' }, { salesrep: '9' })] });

    expect(simulation.rows.map((row) => [row.lead, row.salesrep, row.status, row.reason])).toEqual([
      ['L1', '', '', ''],
      ['L2', '9', '', ''],
    ]);
    const stored = storedLead(simulation.emulator, 'L2');
    expect([stored.custentity_tlr_status, stored.custentity_tlr_reason, stored.custentity_tlr_routed_at]).toEqual([null, null, null]);
    expect(assignedCounts(simulation)).toEqual(['0', '0', '0']);
    const logs = invocationsOf(simulation.emulator, LEAD_UE, 'beforeSubmit').flatMap((invocation) => invocation.logs);
    expect(logs.map((entry) => entry.title)).toEqual(['Routing is paused', 'Routing is paused']);
  });

  test('unchecked, the same leads route (the switch is what stopped them)', () => {
    const simulation = run({ ...account({ custscript_tlr_paused: false }), leads: [leadIn('L1', { country: 'US' })] });
    expect(simulation.rows.map((row) => [row.lead, row.salesrep, row.status])).toEqual([['L1', '7', 'ROUTED']]);
  });

  test('the sweep reads it from the lead routing deployment and touches no lead', () => {
    const paused = account({ custscript_tlr_paused: true });
    const simulation = run(paused, { bulk: { kind: 'sweep' } });

    expect(simulation.rows.every((row) => row.salesrep === '')).toBe(true);
    const outcome = simulation.bulk;
    expect(outcome?.kind === 'sweep' && outcome.runs.map((sweep) => sweep.leadIds)).toEqual([[]]);
    const sweepLogs = invocationsOf(simulation.emulator, 'customscript_tlr_ss_sweep').flatMap((invocation) => invocation.logs);
    expect(sweepLogs).toContainEqual(expect.objectContaining({ level: 'AUDIT', title: 'Sweep skipped', details: containingAll(['Routing is paused']) }));
  });

  test('the realignment refuses to start, saying why, and changes nothing', () => {
    const simulation = run(account({ custscript_tlr_paused: true }), { bulk: { kind: 'realign', mode: 'APPLY' } });

    const outcome = simulation.bulk;
    expect(outcome?.kind === 'realign' && outcome.failure).toEqual(containingAll(['TLR_ROUTING_PAUSED', 'Routing is paused', 'No lead was read or changed']));
    expect(simulation.rows.map((row) => storedLead(simulation.emulator, row.lead).salesrep ?? '')).toEqual(['', '', '']);
  });
});

describe('the cached plan after an upgrade or a rollback', () => {
  function cachedEntry(simulation: ReturnType<typeof run>): [string, { value: string }] {
    const found = [...simulation.emulator.caches.entries()].find(([key]) => key === JSON.stringify(['PUBLIC', '', PLAN_CACHE, 'plan']));
    if (!found) throw new Error('no cached plan');
    return found as [string, { value: string }];
  }

  test.each([
    ['written by 0.1.0 (no format line)', (value: string) => value.split('\n').slice(1).join('\n')],
    ['written by another release (another format line)', (value: string) => value.replace(/^[^\n]*/, 'tlr-routing-entry 1')],
    ['of a release that kept its plan another way', (value: string) => value.replace(/^[^\n]*\n[^\n]*/, '{"lists":{}}')],
  ])('an entry %s is rebuilt by itself: the next lead routes, no ERROR', (_case, olderEntry) => {
    const simulation = run({ ...account(), leads: [leadIn('L1', { country: 'US' })] });
    const [key, entry] = cachedEntry(simulation);
    simulation.emulator.caches.set(key, { ...entry, value: olderEntry(entry.value) });

    const { lead, invocations } = addLead(simulation.emulator, leadIn('L2', { country: 'US' }));

    expect([lead.salesrep, lead.custentity_tlr_status]).toEqual(['8', statusValueId(simulation.emulator, 'ROUTED')]);
    expect(cachedEntry(simulation)[1].value.split('\n')[0]).toBe('tlr-routing-entry 7');
    const titles = invocations.flatMap((invocation) => invocation.logs).map((log) => log.title);
    expect(titles).toEqual(expect.arrayContaining(['Cached routing plan of another release rebuilt', `Territories loaded (${PRODUCT})`]));
  });

  test('a current entry is read as it is: one cache hit, nothing rebuilt', () => {
    const simulation = run({ ...account(), leads: [leadIn('L1', { country: 'US' })] });
    const { invocations } = addLead(simulation.emulator, leadIn('L2', { country: 'US' }));
    expect(invocations.flatMap((invocation) => invocation.charges).filter((charge) => charge.api.startsWith('Cache.get.') && charge.api !== 'Cache.get.hit')).toEqual([]);
    expect(invocations.flatMap((invocation) => invocation.logs).map((log) => log.title)).not.toContain('Cached routing plan of another release rebuilt');
  });
});

describe('a territory skipped for invalid data reaches the administrator', () => {
  test('one email per load of the territories, to Send Territory Problems To, naming each territory and its problems', () => {
    const simulation = run(withBrokenTerritories(account({ custscript_tlr_alert_to: '10' })));

    expect(simulation.rows.map((row) => [row.lead, row.status, row.territory])).toEqual([
      ['L1', 'ROUTED', '1'],
      ['L2', 'ROUTED', '1'],
      ['L3', 'ROUTED', '2'],
    ]);
    expect(simulation.emulator.emails).toEqual([
      {
        author: '10',
        recipients: ['10'],
        subject: 'Lead routing: 2 territories skipped for invalid data',
        body: containingAll([
          PRODUCT,
          'Territory "Broken countries" (internal ID 3):\n- Countries: "XX" is not an ISO 3166-1 alpha-2 country code',
          'Territory "Broken member" (internal ID 4):\n- Weight: "0"',
          'correct the fields named above and save',
        ]),
        sentBy: LEAD_UE,
      },
    ]);
  });

  test('a change to any territory loads them again on the next lead, and that load emails again', () => {
    const simulation = run(withBrokenTerritories(account({ custscript_tlr_alert_to: '10' })));
    // Saved in the UI: the territory user event drops the cached plan.
    const territory = simulation.emulator.modules().record.load({ type: 'customrecord_tlr_territory', id: '2' });
    territory.setValue({ fieldId: 'custrecord_tlr_priority', value: 800 });
    territory.save();

    addLead(simulation.emulator, leadIn('L4', { country: 'DE' }));

    expect(simulation.emulator.emails.map((sent) => sent.subject)).toEqual([
      'Lead routing: 2 territories skipped for invalid data',
      'Lead routing: 2 territories skipped for invalid data',
    ]);
  });

  test('without a recipient the problems go to the log only; with valid territories nobody is emailed', () => {
    expect(run(withBrokenTerritories(account())).emulator.emails).toEqual([]);
    expect(run(account({ custscript_tlr_alert_to: '10' })).emulator.emails).toEqual([]);
  });

  test('an email NetSuite refuses (the recipient is no employee) is logged; routing goes on', () => {
    const simulation = run({ ...withBrokenTerritories(account()), leads: [] });
    // Set in the account afterwards: an account file may not name an employee that does not exist.
    simulation.emulator.setParameter(LEAD_UE, 'custscript_tlr_alert_to', '404');

    const { lead, invocations } = addLead(simulation.emulator, leadIn('L1', { country: 'US' }));

    expect([lead.salesrep, lead.custentity_tlr_status]).toEqual(['7', statusValueId(simulation.emulator, 'ROUTED')]);
    expect(simulation.emulator.emails).toEqual([]);
    const logs = invocations.flatMap((invocation) => invocation.logs);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'ERROR', title: 'Email about skipped territories not sent' }));
  });
});
