/**
 * A 25,000-territory account (about 100,000 members), generated from the fixtures' seeded territory mix, routed end to
 * end by the BUILT scripts in the emulator: leads created through the lead user event, then a sweep of unrouted leads.
 * No lead is ERROR; the plan is stored in several N/cache values, none larger than the product's limit for one; the
 * first lead builds the plan within 300 units and the others read only their part; the commit after the save reads
 * the one stored part that holds the routed territory.
 */
import { emulatedAccount, firstAssignments } from '../../tools/bench/emulatedAccount';
import { simulate } from '../../tools/simulator/simulate';
import { MAX_VALUE_BYTES } from '../../src/netsuite/storeLimits';
import type { Invocation } from '../../tools/emulator/account';
import { LEAD_UE } from './harness';

const TERRITORIES = 25_000;
/** The first lead after a territory change (it compiles the plan) at this size: issue 16's bound, well within the user event's 1,000. */
const FIRST_LEAD_UNITS = 300;

test('routes every lead of a 25,000-territory account, in the lead user event and the sweep, with no ERROR', () => {
  const built = emulatedAccount({ territories: TERRITORIES, customers: 0, matchOwner: false, newLeads: 25, existingLeads: { count: 150, routed: false }, memberHistory: true });
  expect(built.members).toBeGreaterThan(95_000);

  const { rows, emulator, bulk } = simulate(built.account, { bulk: { kind: 'sweep' } });

  expect(rows.filter((row) => row.status === 'ERROR')).toEqual([]);
  expect(rows.filter((row) => row.status === 'ROUTED').length).toBeGreaterThan(rows.length / 2);
  expect(rows[0]!.units).toBeLessThanOrEqual(FIRST_LEAD_UNITS);
  // Warm, routing a lead (plan and its parts, member query) stays within 25 units. The commit after the save reads
  // the plan's entry and at most the one shard that holds the routed territory, loads and saves the member (2 + 4),
  // and reads the territory's other members (10) only for a member's first assignment or return from away.
  const creates = emulator.invocations.filter((run) => run.scriptId === LEAD_UE && run.eventType === 'create').slice(2);
  const planReads = (run: Invocation) => run.charges.filter((charge) => charge.api.startsWith('Cache.get')).length;
  const rivalsRead = (run: Invocation) => run.charges.some((charge) => charge.api === 'query.runSuiteQL');
  const routing = creates.filter((run) => run.entryPoint === 'beforeSubmit');
  const commits = creates.filter((run) => run.entryPoint === 'afterSubmit');
  expect(routing).toHaveLength(rows.length - 1);
  expect(Math.max(...routing.map((run) => run.unitsUsed))).toBeLessThanOrEqual(25);
  const first = firstAssignments(rows, built).slice(1);
  let readByIndex = 0;
  rows.slice(1).forEach((row, index) => {
    const commit = commits[index]!;
    if (row.status !== 'ROUTED') return expect(commit.unitsUsed).toBeLessThanOrEqual(1);
    expect(planReads(commit)).toBeLessThanOrEqual(2);
    if (planReads(routing[index]!) > 2) readByIndex++;
    if (first[index]) expect(rivalsRead(commit)).toBe(true);
    expect(commit.unitsUsed).toBe(planReads(commit) + 6 + (rivalsRead(commit) ? 10 : 0));
  });
  expect(readByIndex).toBeGreaterThan(0);

  const stored = [...emulator.caches.entries()].filter(([key]) => key.includes('"tlr_routing"')).map(([, entry]) => Buffer.byteLength(entry.value));
  expect(stored.length).toBeGreaterThan(5);
  expect(Math.max(...stored)).toBeLessThanOrEqual(MAX_VALUE_BYTES);

  const swept = bulk!.kind === 'sweep' ? bulk!.rows : [];
  expect(swept.length).toBe(150);
  expect(swept.filter((row) => row.status === 'ERROR')).toEqual([]);
});
