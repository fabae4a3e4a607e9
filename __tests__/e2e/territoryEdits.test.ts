/**
 * Territory and member edits through the emulator (SPEC §3.7, admin guide §2): the deployed territory user event
 * refuses invalid saves with TLR_INVALID_TERRITORY_DATA naming the field and the entry, leaving the stored record
 * as it was and the cached plan in place; an accepted change drops the cached plan so that the very next lead is
 * routed with it; writes of the script-maintained counters alone keep the cache.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import { dayToDate } from '../../tools/emulator/dates';
import type { Emulator } from '../../tools/emulator/host';
import {
  INVALID_DATA_ERROR,
  TERRITORY_UE,
  TODAY,
  addLead,
  containingAll,
  invocationsOf,
  leadIn,
  loadedPlan,
  run,
  thrownBy,
} from './harness';

const TERRITORY = 'customrecord_tlr_territory';
const MEMBER = 'customrecord_tlr_member';

/**
 * Bay Area (US 94000-94999, priority 10): Ana (member 21) and Bo (member 22). United States (priority 100): Cy
 * (member 23). Dan is an inactive sales rep, Eve is not a sales rep. Two leads have warmed the plan cache.
 */
function account(): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: false },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Cy Dee', issalesrep: true },
        { id: '10', entityid: 'Dan Gone', issalesrep: true, isinactive: true },
        { id: '11', entityid: 'Eve Office', issalesrep: false },
        { id: '12', entityid: 'Flo New', issalesrep: true },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'Bay Area', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_postal_codes: '94000-94999' },
        { id: '2', name: 'United States', custrecord_tlr_priority: 100, custrecord_tlr_countries: 'US' },
      ],
      customrecord_tlr_member: [
        { id: '21', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' },
        { id: '22', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' },
        { id: '23', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '9' },
      ],
    },
    leads: [leadIn('L1', { country: 'US', zip: '94105' }), leadIn('L2', { country: 'US', zip: '95112' })],
  };
}

function warmAccount(): Emulator {
  const { rows, emulator } = run(account());
  expect(rows.map((row) => [row.lead, row.territory, row.salesrep])).toEqual([
    ['L1', '1', '7'],
    ['L2', '2', '9'],
  ]);
  return emulator;
}

function planCached(emulator: Emulator): boolean {
  return [...emulator.caches.keys()].some((key) => key.includes('"tlr_routing"'));
}

/** One more US lead (a unique company per call, so owner matching could never interfere). */
function nextLead(emulator: Emulator, zip: string) {
  return addLead(emulator, leadIn(`next-${emulator.invocations.length}`, { country: 'US', zip }));
}

type Edit = (emulator: Emulator) => unknown;

function loadAndSave(type: string, id: string, values: Record<string, unknown>): Edit {
  return (emulator) => {
    const record = emulator.modules().record.load({ type, id });
    for (const [fieldId, value] of Object.entries(values)) record.setValue({ fieldId, value });
    return record.save();
  };
}

function inlineEdit(type: string, id: string, values: Record<string, unknown>): Edit {
  return (emulator) => emulator.modules().record.submitFields({ type, id, values });
}

function createMember(values: Record<string, unknown>): Edit {
  return (emulator) => {
    const record = emulator.modules().record.create({ type: MEMBER });
    for (const [fieldId, value] of Object.entries(values)) record.setValue({ fieldId, value });
    return record.save();
  };
}

describe('a refused save', () => {
  const refused: [string, { type: string; id: string | null; edit: Edit; message: string[] }][] = [
    [
      'postal pattern with "*" inside',
      { type: TERRITORY, id: '1', edit: loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: '94000-94999, 9*4' }), message: ['Postal Codes: "9*4"', '"*" may only end a prefix'] },
    ],
    [
      'backwards postal range',
      { type: TERRITORY, id: '1', edit: loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: '95000-94000' }), message: ['Postal Codes: "95000-94000"', 'runs backwards'] },
    ],
    [
      'outward code with "*" inside',
      { type: TERRITORY, id: '1', edit: loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: 'N1 *, N1 *7' }), message: ['Postal Codes: "N1 *7"', '"*" may only end'] },
    ],
    ['lone "*"', { type: TERRITORY, id: '1', edit: loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: '*' }), message: ['Postal Codes: "*"'] }],
    [
      'postal pattern with other characters',
      { type: TERRITORY, id: '1', edit: loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: '94_105' }), message: ['Postal Codes: "94_105"'] },
    ],
    [
      'unknown country code',
      { type: TERRITORY, id: '2', edit: loadAndSave(TERRITORY, '2', { custrecord_tlr_countries: 'US, XX' }), message: ['Countries: "XX" is not an ISO 3166-1 alpha-2 country code'] },
    ],
    ['malformed state', { type: TERRITORY, id: '2', edit: loadAndSave(TERRITORY, '2', { custrecord_tlr_states: 'US-CA, CALIF' }), message: ['States / Provinces: "CALIF"'] }],
    ['negative priority', { type: TERRITORY, id: '2', edit: loadAndSave(TERRITORY, '2', { custrecord_tlr_priority: -1 }), message: ['Priority: "-1"'] }],
    ['negative capacity', { type: MEMBER, id: '21', edit: loadAndSave(MEMBER, '21', { custrecord_tlr_mem_capacity: -1 }), message: ['Capacity (Open Leads): "-1"', '(member 21)'] }],
    ['weight below 1', { type: MEMBER, id: '21', edit: loadAndSave(MEMBER, '21', { custrecord_tlr_mem_weight: 0 }), message: ['Weight: "0"', '(member 21)'] }],
    [
      'away until before away from',
      {
        type: MEMBER,
        id: '22',
        edit: loadAndSave(MEMBER, '22', { custrecord_tlr_mem_away_from: dayToDate('2026-12-10'), custrecord_tlr_mem_away_until: dayToDate('2026-12-01') }),
        message: ['Away Until: "2026-12-01"', '(member 22)'],
      },
    ],
    [
      'inactive rep',
      { type: MEMBER, id: '21', edit: loadAndSave(MEMBER, '21', { custrecord_tlr_mem_rep: '10' }), message: ['Sales Rep: "10" (Dan Gone) is not an active sales rep: the employee is inactive'] },
    ],
    [
      'rep who is not a sales rep',
      { type: MEMBER, id: '21', edit: loadAndSave(MEMBER, '21', { custrecord_tlr_mem_rep: '11' }), message: ['Sales Rep: "11" (Eve Office) is not an active sales rep'] },
    ],
    [
      'the same rep twice in a territory (new member)',
      { type: MEMBER, id: null, edit: createMember({ custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' }), message: ['Sales Rep: "7"'] },
    ],
    [
      'the same rep twice in a territory (existing member given the rep)',
      { type: MEMBER, id: '22', edit: loadAndSave(MEMBER, '22', { custrecord_tlr_mem_rep: '7' }), message: ['Sales Rep: "7"'] },
    ],
    [
      'the same rep twice in a territory (member moved to a territory that has the rep)',
      { type: MEMBER, id: '23', edit: loadAndSave(MEMBER, '23', { custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8' }), message: ['Sales Rep: "8"'] },
    ],
  ];

  test.each(refused)('%s: throws naming the field and entry; record, cache and routing unchanged', (_name, { type, id, edit, message }) => {
    const emulator = warmAccount();
    const before = id === null ? null : emulator.read(type, id);
    const membersBefore = emulator.store.count('customrecord_tlr_member');

    const error = thrownBy(() => edit(emulator));

    expect({ name: error.name, message: error.message }).toEqual({ name: INVALID_DATA_ERROR, message: containingAll(['This record has', ...message]) });
    if (id !== null) expect(emulator.read(type, id)).toEqual(before);
    expect(emulator.store.count('customrecord_tlr_member')).toBe(membersBefore);
    expect(planCached(emulator)).toBe(true);

    // The next lead routes on the unchanged, still cached plan: Bay Area's round robin moves on to Bo.
    const next = nextLead(emulator, '94110');
    expect(loadedPlan(next.invocations)).toBe(false);
    expect([next.lead.custentity_tlr_territory, next.lead.salesrep]).toEqual(['1', '8']);
  });
});

describe('a CSV import of territory changes', () => {
  test('marks the plan: leads keep routing by it while rows arrive, and the first lead a quiet minute later rebuilds it once', () => {
    const emulator = warmAccount();
    const importRow = (id: string, values: Record<string, unknown>) => emulator.modules({ executionContext: 'CSVIMPORT' }).record.submitFields({ type: TERRITORY, id, values });

    importRow('1', { custrecord_tlr_postal_codes: '94000-94999\n95000-95199' });
    const rowUnits = invocationsOf(emulator, TERRITORY_UE).at(-1)!;
    expect([rowUnits.entryPoint, rowUnits.unitsUsed]).toEqual(['afterSubmit', 2]);
    expect(planCached(emulator)).toBe(true);
    const during = nextLead(emulator, '95112');
    expect([loadedPlan(during.invocations), during.lead.custentity_tlr_territory]).toEqual([false, '2']);

    emulator.clock.advance(50_000);
    importRow('2', { name: 'United States of America' });
    emulator.clock.advance(59_000);
    expect(loadedPlan(nextLead(emulator, '95113').invocations)).toBe(false);

    emulator.clock.advance(2_000);
    const after = nextLead(emulator, '95114');
    expect([loadedPlan(after.invocations), after.lead.custentity_tlr_territory]).toEqual([true, '1']);
    expect(loadedPlan(nextLead(emulator, '95115').invocations)).toBe(false);
  });
});

describe('an accepted edit is used by the very next lead', () => {
  test('a widened postal range takes a ZIP the territory did not cover before', () => {
    const emulator = warmAccount();
    expect([nextLead(emulator, '95112').lead.custentity_tlr_territory]).toEqual(['2']);

    loadAndSave(TERRITORY, '1', { custrecord_tlr_postal_codes: '94000-94999\n95000-95199' })(emulator);
    expect(planCached(emulator)).toBe(false);

    const next = nextLead(emulator, '95112');
    expect(loadedPlan(next.invocations)).toBe(true);
    expect({ territory: next.lead.custentity_tlr_territory, salesrep: next.lead.salesrep, reason: next.lead.custentity_tlr_reason }).toEqual({
      territory: '1',
      salesrep: '8',
      reason: containingAll(['by territory Bay Area', 'postal code 95112 in 95000-95199']),
    });
  });

  test('a member now away is skipped by the next lead', () => {
    const emulator = warmAccount();
    loadAndSave(MEMBER, '22', { custrecord_tlr_mem_away_from: dayToDate(TODAY) })(emulator);
    expect(planCached(emulator)).toBe(false);

    // Without the edit Bo would be next in Bay Area's rotation.
    const next = nextLead(emulator, '94110');
    expect(loadedPlan(next.invocations)).toBe(true);
    expect({ salesrep: next.lead.salesrep, reason: next.lead.custentity_tlr_reason }).toEqual({
      salesrep: '7',
      reason: containingAll(['Routed to Ana Ruiz by territory Bay Area', 'skipped Bo Li away since 2026-11-26']),
    });
  });

  test('a new member joins the rotation; a deleted member leaves it', () => {
    const emulator = warmAccount();
    const newMember = String(createMember({ custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '12' })(emulator));
    expect(planCached(emulator)).toBe(false);
    // Ana has 1 turn; Bo and Flo 0: Bo (lower member id), then Flo.
    expect([nextLead(emulator, '94110').lead.salesrep, nextLead(emulator, '94110').lead.salesrep]).toEqual(['8', '12']);

    emulator.modules().record.delete({ type: MEMBER, id: newMember });
    expect(planCached(emulator)).toBe(false);
    expect([nextLead(emulator, '94110').lead.salesrep, nextLead(emulator, '94110').lead.salesrep]).toEqual(['7', '8']);
  });

  test('a deactivated territory no longer matches', () => {
    const emulator = warmAccount();
    loadAndSave(TERRITORY, '1', { isinactive: true })(emulator);

    const next = nextLead(emulator, '94110');
    expect([next.lead.custentity_tlr_territory, next.lead.salesrep]).toEqual(['2', '9']);
  });

  test('an accepted territory save keeps the entries as typed and drops the plan once (Cache.remove)', () => {
    const emulator = warmAccount();
    loadAndSave(TERRITORY, '2', { custrecord_tlr_states: 'us-ca; OR\nWA' })(emulator);
    const afterSubmits = invocationsOf(emulator, TERRITORY_UE, 'afterSubmit');
    expect(afterSubmits.map((invocation) => invocation.charges.map((charge) => charge.api))).toEqual([['Cache.remove']]);
    expect(invocationsOf(emulator, TERRITORY_UE).every((invocation) => invocation.error === undefined)).toBe(true);
    expect(emulator.read(TERRITORY, '2')?.custrecord_tlr_states).toBe('us-ca; OR\nWA');
  });
});

/**
 * Inline edits (submitFields, the `xedit` user event): in NetSuite an xedit newRecord "only returns the fields
 * edited" (Help, UserEventType.XEDIT); the territory user event reads the edited fields from
 * `newRecord.getFields()` and the rest from oldRecord.
 */
describe('inline edits (xedit)', () => {
  test('an accepted inline edit (member away from today) drops the plan and is used by the next lead', () => {
    const emulator = warmAccount();
    inlineEdit(MEMBER, '22', { custrecord_tlr_mem_away_from: dayToDate(TODAY) })(emulator);
    expect(planCached(emulator)).toBe(false);

    const next = nextLead(emulator, '94110');
    expect([next.lead.salesrep, loadedPlan(next.invocations)]).toEqual(['7', true]);
  });

  const refusedInline: [string, { type: string; id: string; values: Record<string, unknown>; message: string }][] = [
    ['a bad postal pattern', { type: TERRITORY, id: '1', values: { custrecord_tlr_postal_codes: '9*4' }, message: 'Postal Codes: "9*4"' }],
    ['a negative capacity', { type: MEMBER, id: '21', values: { custrecord_tlr_mem_capacity: -1 }, message: 'Capacity (Open Leads): "-1"' }],
    // The territory comes from the stored record: only the rep is edited.
    ['the rep of another member of the territory', { type: MEMBER, id: '22', values: { custrecord_tlr_mem_rep: '7' }, message: 'Sales Rep: "7"' }],
  ];

  test.each(refusedInline)('refuses %s with exactly that one problem; the record stays as it was', (_name, { type, id, values, message }) => {
    const emulator = warmAccount();
    const before = emulator.read(type, id);

    const error = thrownBy(() => inlineEdit(type, id, values)(emulator));

    expect({ name: error.name, message: error.message }).toEqual({ name: INVALID_DATA_ERROR, message: containingAll(['This record has 1 problem:', message]) });
    expect(emulator.read(type, id)).toEqual(before);
    expect(planCached(emulator)).toBe(true);
  });

  // Passes despite the emulator bug: with the rep itself edited, nothing the guard reads is missing.
  test('an inline edit giving the member a rep who is not a sales rep is refused; the record stays as it was', () => {
    const emulator = warmAccount();
    const before = emulator.read(MEMBER, '21');

    const error = thrownBy(() => inlineEdit(MEMBER, '21', { custrecord_tlr_mem_rep: '11' })(emulator));

    expect({ name: error.name, message: error.message }).toEqual({
      name: INVALID_DATA_ERROR,
      message: 'This record has 1 problem:\n- Sales Rep: "11" (Eve Office) is not an active sales rep: the Sales Rep box is not checked on the employee (member 21)',
    });
    expect(emulator.read(MEMBER, '21')).toEqual(before);
  });

  test('away until before the stored away from (only away until edited) is refused', () => {
    const emulator = warmAccount();
    loadAndSave(MEMBER, '22', { custrecord_tlr_mem_away_from: dayToDate('2026-12-10') })(emulator);
    const before = emulator.read(MEMBER, '22');

    const error = thrownBy(() => inlineEdit(MEMBER, '22', { custrecord_tlr_mem_away_until: dayToDate('2026-12-01') })(emulator));

    expect(error.message).toEqual(containingAll(['This record has 1 problem:', 'Away Until: "2026-12-01"']));
    expect(emulator.read(MEMBER, '22')).toEqual(before);
  });

  test('writing only turns, assigned and last assigned keeps the cached plan; the next lead reads the new turns', () => {
    const emulator = warmAccount();
    // Bo would be next; give him many turns.
    inlineEdit(MEMBER, '22', { custrecord_tlr_mem_turns: 50, custrecord_tlr_mem_assigned: 50, custrecord_tlr_mem_last_assigned: new Date() })(emulator);
    expect(planCached(emulator)).toBe(true);
    expect(invocationsOf(emulator, TERRITORY_UE).flatMap((invocation) => invocation.charges)).toEqual([]);

    const next = nextLead(emulator, '94110');
    expect(loadedPlan(next.invocations)).toBe(false);
    // Ana has 1 turn, Bo 50: Ana's effective turns are max(1, 50 − 1) = 49, so she wins.
    expect(next.lead.salesrep).toBe('7');
  });

  // ALSO A BUG in src/netsuite/territoryGuard.ts isCounterUpdate, hidden behind the emulator bug above: an inline
  // edit counts as "counters only" when every edited *custrecord_* field is a counter; standard fields (isinactive,
  // name) are not looked at. Writing the turns and deactivating the member in one submitFields skips validation and
  // keeps the cached plan, so the inactive member keeps getting leads (SPEC §2: inactive members get no leads).
  test('a counters write that also deactivates the member drops the plan: the inactive member gets no lead', () => {
    const emulator = warmAccount();
    inlineEdit(MEMBER, '22', { custrecord_tlr_mem_turns: 0, isinactive: true })(emulator);
    expect(planCached(emulator)).toBe(false);

    const next = nextLead(emulator, '94110');
    expect(next.lead.salesrep).toBe('7');
  });
});

/** What the counters-only rule protects, reachable without an inline edit: the lead user event's own commit. */
describe('counters written by routing', () => {
  test("the lead user event's turn commit does not drop the plan (user events do not chain)", () => {
    const emulator = warmAccount();
    const next = nextLead(emulator, '94110');

    expect(loadedPlan(next.invocations)).toBe(false);
    expect(planCached(emulator)).toBe(true);
    expect(invocationsOf(emulator, TERRITORY_UE)).toEqual([]);
    expect(emulator.read(MEMBER, '22')).toMatchObject({ custrecord_tlr_mem_turns: 1, custrecord_tlr_mem_assigned: 1, custrecord_tlr_mem_last_assigned: emulator.clock.now().toISOString() });
  });

  // afterSubmit looks for a parked update under territory|rep|email|company; a FALLBACK parks "none" under that key,
  // so an earlier identical lead's update (a repeated web-form submission, say) is never committed twice.
  test('a FALLBACK lead never writes member counters, even when its fallback rep is a member', () => {
    const { rows, emulator } = run({
      today: TODAY,
      parameters: { custscript_tlr_match_owner: false },
      records: {
        employee: [
          { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
          { id: '8', entityid: 'Bo Li', issalesrep: true },
        ],
        customrecord_tlr_territory: [{ id: '1', name: 'Team', custrecord_tlr_countries: 'US', custrecord_tlr_fallback_rep: '7' }],
        customrecord_tlr_member: [
          { id: '21', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_capacity: 2 },
          { id: '22', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_capacity: 1 },
        ],
      },
      leads: [
        leadIn('first', { country: 'US' }, { companyname: 'Acme', email: 'jo@acme.example' }),
        leadIn('second', { country: 'US' }),
        leadIn('third', { country: 'US' }),
        leadIn('repeat-of-first', { country: 'US' }, { companyname: 'Acme', email: 'jo@acme.example' }),
      ],
    });
    expect(rows.map((row) => [row.lead, row.status, row.salesrep])).toEqual([
      ['first', 'ROUTED', '7'],
      ['second', 'ROUTED', '8'],
      ['third', 'ROUTED', '7'],
      ['repeat-of-first', 'FALLBACK', '7'],
    ]);
    const ana = emulator.read(MEMBER, '21');
    expect([ana?.custrecord_tlr_mem_turns, ana?.custrecord_tlr_mem_assigned]).toEqual([2, 2]);
  });
});
