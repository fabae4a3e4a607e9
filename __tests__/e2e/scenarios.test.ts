/**
 * SPEC §3 end to end: each account file in scenarios/ runs through the simulator, which creates its leads one after
 * another through the deployed (built) lead user event; the output rows must be the ones in `X.expected.json`, and
 * every lead must be stored with its routing fields. What each file covers is in its `description`.
 */
import { LEAD_UE, expectedRow, invocationsOf, loadScenario, run, scenarioNames, statusValueId, storedOutcome } from './harness';

const names = scenarioNames();

test('the scenario folder holds the files this suite expects', () => {
  expect(names).toEqual([
    'capacity-and-load',
    'default-rep-inactive',
    'geography',
    'lead-attributes',
    'owners',
    'parameters-default',
    'parameters-off',
    'round-robin',
    'territory-order',
  ]);
});

test('every expected row states what its reason must say (a row without it would accept any reason)', () => {
  const rows = names.flatMap((name) => loadScenario(name).expected.map((row) => ({ name, lead: row.lead, reasonIncludes: row.reasonIncludes })));
  const silent = rows.filter((row) => !Array.isArray(row.reasonIncludes) || row.reasonIncludes.length === 0 || row.reasonIncludes.some((fragment) => fragment.trim() === ''));
  expect(silent).toEqual([]);
});

describe.each(names)('scenario %s', (name) => {
  test('routes every lead as expected and stores the outcome on it', () => {
    const { account, expected } = loadScenario(name);
    const leads = account.leads ?? [];
    expect(expected.map((row) => row.lead)).toEqual(leads.map((lead) => lead.externalid));

    const { rows, emulator } = run(account);

    expect(rows).toEqual(expected.map(expectedRow));

    for (const row of rows) {
      expect(storedOutcome(emulator, row.lead)).toEqual({
        lead: row.lead,
        salesrep: row.salesrep,
        territory: row.territory,
        status: statusValueId(emulator, row.status),
        reason: row.reason,
        // Stamped with the account clock (the simulator's day), whatever the time of day.
        routedAt: expect.stringMatching(new RegExp(`^${account.today ?? ''}T\\d{2}:\\d{2}`)),
      });
    }

    // The user event never fails a save and stays inside its 1,000 units.
    for (const invocation of invocationsOf(emulator, LEAD_UE)) {
      expect(invocation.error).toBeUndefined();
      expect(invocation.unitsUsed).toBeLessThanOrEqual(1000);
    }
  });
});
