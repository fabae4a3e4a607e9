/**
 * SPEC §3.6 under failure, through the emulator's fault hooks: a search that throws, a cache that fails, a
 * governance limit hit mid-route, malformed territory data saved behind the validator's back, and a member whose
 * employee was deactivated. Every lead is saved; status and reason say what happened; the member counters move only
 * for leads a member really took; the user event stays within its usage limit and never fails the save.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { Emulator } from '../../tools/emulator/host';
import { suiteScriptError } from '../../tools/emulator/errors';
import type { Simulation } from '../../tools/simulator/simulate';
import { LEAD_UE, TODAY, addLead, containingAll, invocationsOf, leadIn, loadedPlan, run, statusValueId, storedOutcome, westAndEverywhere, withBrokenTerritories } from './harness';

const SEARCH_FAILURE = 'INJECTED_SEARCH_FAILURE';
const CACHE_FAILURE = 'INJECTED_CACHE_FAILURE';
const PLAN_CACHE = 'tlr_routing';
const WRITE_FAILURE = 'INJECTED_WRITE_FAILURE';

/** Keep-existing is off so that the lead entered with Bo would be re-routed: on an error it must keep Bo, as entered. */
function account(): AccountFile {
  return { ...westAndEverywhere(), parameters: { custscript_tlr_keep_existing: false } };
}

/** The rep each lead was entered with. */
const ENTERED: Readonly<Record<string, string>> = { L1: '', L2: '8', L3: '' };

/** turns / assigned of every member. */
function counters(emulator: Emulator): Record<string, string> {
  return Object.fromEntries(
    ['11', '12', '13'].map((id) => {
      const member = emulator.read('customrecord_tlr_member', id);
      return [id, `${String(member?.custrecord_tlr_mem_turns ?? 0)}/${String(member?.custrecord_tlr_mem_assigned ?? 0)}`];
    }),
  );
}

const UNTOUCHED = { '11': '0/0', '12': '0/0', '13': '0/0' };

/** The lead was saved as entered with status ERROR, a reason holding `fragments`, a routing time, and no territory. */
function expectSavedWithError(simulation: Simulation, leads: readonly string[], fragments: readonly string[]): void {
  const { emulator } = simulation;
  for (const externalid of leads) {
    expect(storedOutcome(emulator, externalid)).toEqual({
      lead: externalid,
      salesrep: ENTERED[externalid],
      territory: '',
      status: statusValueId(emulator, 'ERROR'),
      reason: containingAll(['Routing failed (', ...fragments, '— the lead was saved as entered.']),
      routedAt: expect.stringMatching(/^2026-11-26T/),
    });
  }
}

/** Never a failed save, never past the usage limit (at most 1,000 for a user event), and every failure logged. */
function expectWithinLimits(emulator: Emulator, failedLeads: number): void {
  const runs = invocationsOf(emulator, LEAD_UE);
  for (const invocation of runs) {
    expect(invocation.error).toBeUndefined();
    expect(invocation.usageLimit).toBeLessThanOrEqual(1000);
    expect(invocation.unitsUsed).toBeLessThanOrEqual(invocation.usageLimit);
  }
  const logged = runs.flatMap((invocation) => invocation.logs).filter((entry) => entry.level === 'ERROR' && entry.title === 'Lead routing failed; the lead is saved as entered');
  expect(logged).toHaveLength(failedLeads);
}

describe('a search that throws', () => {
  test('the owner search fails for every lead: all saved as entered with ERROR, no turn taken', () => {
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.onSearch = (type) => {
          if (type === 'customer') throw suiteScriptError(SEARCH_FAILURE, 'the customer search timed out');
        };
      },
    });

    expect(simulation.rows.map((row) => row.status)).toEqual(['ERROR', 'ERROR', 'ERROR']);
    expectSavedWithError(simulation, ['L1', 'L2', 'L3'], ['UNEXPECTED_ERROR', `${SEARCH_FAILURE}: the customer search timed out`]);
    expect(counters(simulation.emulator)).toEqual(UNTOUCHED);
    expectWithinLimits(simulation.emulator, 3);
  });

  test('the member query fails mid-route on a warm cache: later leads ERROR, the first keeps its routing', () => {
    let armed = false;
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.onSearch = (type) => {
          if (armed && type === 'customrecord_tlr_member') throw suiteScriptError(SEARCH_FAILURE, 'member query failed');
        };
      },
      onLead: (done) => {
        armed = done >= 1;
      },
    });

    expect(simulation.rows.map((row) => [row.lead, row.status, row.salesrep])).toEqual([
      ['L1', 'ROUTED', '7'],
      ['L2', 'ERROR', '8'],
      ['L3', 'ERROR', ''],
    ]);
    expectSavedWithError(simulation, ['L2', 'L3'], [`${SEARCH_FAILURE}: member query failed`]);
    // Only L1's turn was committed.
    expect(counters(simulation.emulator)).toEqual({ ...UNTOUCHED, '11': '1/1' });
    expectWithinLimits(simulation.emulator, 2);
  });

  test('the territory search fails while the plan loads: ERROR is still recorded (the status list is read apart)', () => {
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.onSearch = (type) => {
          if (type === 'customrecord_tlr_territory') throw suiteScriptError(SEARCH_FAILURE, 'territory search failed');
        };
      },
    });

    expectSavedWithError(simulation, ['L1', 'L2', 'L3'], [`${SEARCH_FAILURE}: territory search failed`]);
    expect(counters(simulation.emulator)).toEqual(UNTOUCHED);
    expectWithinLimits(simulation.emulator, 3);
  });
});

describe('a cache that fails', () => {
  test('reading the routing plan fails: every lead ERROR, saved as entered', () => {
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.onCache = (_operation, name) => {
          if (name === PLAN_CACHE) throw suiteScriptError(CACHE_FAILURE, 'N/cache is unavailable');
        };
      },
    });

    expectSavedWithError(simulation, ['L1', 'L2', 'L3'], [`${CACHE_FAILURE}: N/cache is unavailable`]);
    expect(counters(simulation.emulator)).toEqual(UNTOUCHED);
    expectWithinLimits(simulation.emulator, 3);
  });
});

describe('a member save that fails after the lead is saved', () => {
  test('every lead keeps its routing, the failure is logged, no counter moves', () => {
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.onWrite = (type) => {
          if (type === 'customrecord_tlr_member') throw suiteScriptError(WRITE_FAILURE, 'member save refused');
        };
      },
    });

    expect(simulation.rows.map((row) => row.status)).toEqual(['ROUTED', 'ROUTED', 'ROUTED']);
    expect(counters(simulation.emulator)).toEqual(UNTOUCHED);
    const logged = invocationsOf(simulation.emulator, LEAD_UE, 'afterSubmit').flatMap((invocation) => invocation.logs.filter((entry) => entry.level === 'ERROR'));
    expect(logged.map((entry) => [entry.title, entry.details])).toEqual(Array(3).fill(['Member turns not committed', `${WRITE_FAILURE}: member save refused`]));
    expectWithinLimits(simulation.emulator, 0);
  });
});

describe('a governance limit hit mid-route', () => {
  test('with 35 units the plan (1) and the owner search (5) fit, the member query does not: ERROR GOVERNANCE_LOW', () => {
    let limit: number | undefined;
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.usageLimit = (scriptId, entryPoint) => (scriptId === LEAD_UE && entryPoint === 'beforeSubmit' ? limit : undefined);
      },
      // L1 warms the plan cache under the normal limit; L2 and L3 run with 35 units.
      onLead: (done) => {
        if (done === 1) limit = 35;
      },
    });
    const { emulator, rows } = simulation;

    expect(rows.map((row) => [row.lead, row.status])).toEqual([
      ['L1', 'ROUTED'],
      ['L2', 'ERROR'],
      ['L3', 'ERROR'],
    ]);
    // 35 − 1 − 5 = 29 left; the member query needs 10 plus the reserve of 20.
    expectSavedWithError(simulation, ['L2', 'L3'], ['GOVERNANCE_LOW', 'only 29 governance units left; 30 needed']);
    const limited = invocationsOf(emulator, LEAD_UE, 'beforeSubmit').slice(1);
    for (const invocation of limited) {
      expect(invocation.usageLimit).toBe(35);
      // Mid-route: the plan came from the cache and the owner search ran before routing ran out.
      expect(invocation.charges.map((charge) => charge.api)).toEqual(['Cache.get.hit', 'Search.runPaged']);
      expect(invocation.unitsUsed).toBe(6);
    }
    expect(counters(emulator)).toEqual({ ...UNTOUCHED, '11': '1/1' });
    expectWithinLimits(emulator, 2);
  });

  // Units run low before the plan is loaded (cold cache): the error path records ERROR by the status label, at no cost.
  test('running out while a cold plan loads still records status ERROR', () => {
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.usageLimit = (scriptId, entryPoint) => (scriptId === LEAD_UE && entryPoint === 'beforeSubmit' ? 35 : undefined);
      },
    });

    expectSavedWithError(simulation, ['L1', 'L2', 'L3'], ['GOVERNANCE_LOW', 'only 23 governance units left; 25 needed']);
  });

  // The same through the hard limit: the first metered call (the plan's cache get) throws SSS_USAGE_LIMIT_EXCEEDED.
  test('a call that passes the hard limit (SSS_USAGE_LIMIT_EXCEEDED) still records status ERROR', () => {
    let limit: number | undefined;
    const simulation = run(account(), {
      prepare: (emulator) => {
        emulator.faults.usageLimit = (scriptId, entryPoint) => (scriptId === LEAD_UE && entryPoint === 'beforeSubmit' ? limit : undefined);
      },
      onLead: (done) => {
        if (done === 1) limit = 0;
      },
    });

    expectSavedWithError(simulation, ['L2', 'L3'], ['SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded']);
  });
});

describe('malformed territory data saved behind the validator', () => {
  test('an invalid territory is skipped whole and logged; the next valid territory routes', () => {
    const { rows, emulator } = run(withBrokenTerritories(account()));

    // Neither Cy (member of both broken territories) nor Bo via member 16 gets a US lead: nothing half-applied.
    expect(rows.map((row) => [row.lead, row.status, row.territory, row.salesrep])).toEqual([
      ['L1', 'ROUTED', '1', '7'],
      ['L2', 'ROUTED', '1', '8'],
      ['L3', 'ROUTED', '2', '9'],
    ]);
    const logs = invocationsOf(emulator, LEAD_UE).flatMap((invocation) => invocation.logs);
    expect(logs.filter((entry) => entry.level === 'ERROR')).toEqual([
      {
        level: 'ERROR',
        title: 'Territory 3 skipped: invalid data',
        details: containingAll(['Countries: "XX" is not an ISO 3166-1 alpha-2 country code']),
      },
      { level: 'ERROR', title: 'Territory 4 skipped: invalid data', details: containingAll(['Weight: "0"', 'member 16']) },
    ]);
    expect(counters(emulator)).toEqual({ '11': '1/1', '12': '1/1', '13': '1/1' });
    expectWithinLimits(emulator, 0);
  });

  test('a cached plan that cannot be read although its format line is current gives ERROR MALFORMED_PLAN, the lead saved as entered', () => {
    const simulation = run({ ...account(), leads: [leadIn('L1', { country: 'US' })] });
    const { emulator } = simulation;
    const [key, entry] = [...emulator.caches.entries()].find(([cacheKey]) => cacheKey.includes(PLAN_CACHE)) ?? [];
    expect(entry).toBeDefined();
    // Keep the format, build, list-id, time zone and offsets lines, replace the directory (after its length) with something that is not one.
    const notADirectory = '[0,[],[],0]';
    emulator.caches.set(key as string, { ...entry, value: `${entry?.value.split('\n').slice(0, 5).join('\n') ?? ''}\n${notADirectory.length}\n${notADirectory}\n` });

    const { lead } = addLead(emulator, leadIn('L2', { country: 'US' }, { salesrep: '8' }));

    expect({ salesrep: lead.salesrep, status: lead.custentity_tlr_status, reason: lead.custentity_tlr_reason }).toEqual({
      salesrep: '8',
      status: statusValueId(emulator, 'ERROR'),
      reason: containingAll(['Routing failed (MALFORMED_PLAN)', 'malformed at directory', 'the lead was saved as entered']),
    });
    expectWithinLimits(emulator, 1);
  });
});

describe('a member whose employee was deactivated', () => {
  test('the member is skipped with the reason "inactive", without reloading the plan; then the walk moves on', () => {
    const { rows, emulator } = run({ ...account(), leads: [leadIn('L1', { country: 'US' })] });
    expect(rows[0]).toMatchObject({ status: 'ROUTED', salesrep: '7' });
    const { record } = emulator.modules();

    // Employees have no routing user event: the cached plan still lists Ana as a member.
    record.submitFields({ type: 'employee', id: '7', values: { isinactive: true } });
    const second = addLead(emulator, leadIn('L2', { country: 'US' }));
    const third = addLead(emulator, leadIn('L3', { country: 'US' }));

    for (const { lead, invocations } of [second, third]) {
      expect(loadedPlan(invocations)).toBe(false);
      expect({ salesrep: lead.salesrep, status: lead.custentity_tlr_status, reason: lead.custentity_tlr_reason }).toEqual({
        salesrep: '8',
        status: statusValueId(emulator, 'ROUTED'),
        reason: containingAll(['Routed to Bo Li by territory West', 'the only eligible rep', 'skipped Ana Ruiz inactive']),
      });
    }

    record.submitFields({ type: 'employee', id: '8', values: { isinactive: true } });
    const fourth = addLead(emulator, leadIn('L4', { country: 'US' }));
    expect({ salesrep: fourth.lead.salesrep, territory: fourth.lead.custentity_tlr_territory, reason: fourth.lead.custentity_tlr_reason }).toEqual({
      salesrep: '9',
      territory: '2',
      reason: containingAll(['Routed to Cy Dee by territory Everywhere', 'after territory West had no eligible or fallback rep']),
    });
    expect(counters(emulator)).toEqual({ '11': '1/1', '12': '2/2', '13': '1/1' });
    expectWithinLimits(emulator, 0);
  });
});
