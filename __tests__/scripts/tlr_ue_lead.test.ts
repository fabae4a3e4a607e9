// customscript_tlr_ue_lead through Oracle's N-module stubs given per-test data: the values written to the lead,
// the member's turn committed after the save (retried on a conflict), and the ERROR path for each fault. The queries' text, the searches'
// filters and the units are NetSuite's business: the emulator runs them (e2e/governance, openLeads, ownerSearch,
// faults, scenarios).
import { compilePlan, type MemberRow, type TerritoryRow } from '../../src/engine';
import { storePlan } from '../../src/netsuite/planStore';
import { MAX_COMMIT_ATTEMPTS } from '../../src/netsuite/memberWrite';
import entry from '../../src/scripts/tlr_ue_lead';
import { memberRow, territoryRow } from '../../tools/fixtures/rows';
import { formRecord, givenNetSuite, type Given } from './givenNetSuite';


const METHOD_IDS = { '1': 'val_tlr_round_robin', '2': 'val_tlr_load_balanced' };
const STATUS_IDS = {
  '11': 'val_tlr_routed', '12': 'val_tlr_fallback', '13': 'val_tlr_owner', '14': 'val_tlr_kept',
  '15': 'val_tlr_default', '16': 'val_tlr_unassigned', '17': 'val_tlr_error',
};
const PLAN_KEY = 'tlr_routing/plan';
const USER_EVENT_TYPES = { CREATE: 'create', EDIT: 'edit', XEDIT: 'xedit', DELETE: 'delete' };

function territory(overrides: Partial<TerritoryRow> = {}): TerritoryRow {
  return territoryRow({ priority: 10, countries: 'US', states: 'CA', ...overrides });
}

function member(id: string, repId: string, overrides: Partial<MemberRow> = {}): MemberRow {
  return memberRow({ id, repId, weight: 1, ...overrides });
}

function cachedPlan(territories: TerritoryRow[], members: MemberRow[]): Record<string, string> {
  return { [PLAN_KEY]: storePlan({ method: METHOD_IDS, status: STATUS_IDS }, 'America/Los_Angeles', compilePlan(territories, members), 'b1') };
}

/** A member query row as asMappedResults gives it: ids as numbers, checkboxes 'T'/'F', the rep joined in. */
function memberQueryRow(id: number, repId: number, repName: string, turns: number, assigned: number, openLeads?: number): Record<string, unknown> {
  return {
    id,
    custrecord_tlr_mem_turns: turns,
    custrecord_tlr_mem_assigned: assigned,
    custrecord_tlr_mem_rep: repId,
    rep_entityid: repName,
    rep_isinactive: 'F',
    rep_issalesrep: 'T',
    ...(openLeads === undefined ? {} : { openleads: openLeads }),
  };
}

const WEST_MEMBERS = [member('31', '7'), member('32', '8')];
const MEMBER_ROWS = [memberQueryRow(31, 7, 'Ana Ruiz', 1, 4), memberQueryRow(32, 8, 'Bo Li', 0, 3)];
/** The same two members as record.load finds them. */
const MEMBER_RECORDS = {
  'customrecord_tlr_member:31': { custrecord_tlr_mem_turns: 1, custrecord_tlr_mem_assigned: 4 },
  'customrecord_tlr_member:32': { custrecord_tlr_mem_turns: 0, custrecord_tlr_mem_assigned: 3 },
};
const OWNER_OFF = { custscript_tlr_keep_existing: true, custscript_tlr_match_owner: false, custscript_tlr_default_rep: '' };

function newLead(values: Record<string, unknown> = {}) {
  return formRecord(
    { companyname: 'Acme', email: 'jo@acme.com', salesrep: '', leadsource: '', category: '', subsidiary: '', ...values },
    [{ defaultbilling: true, country: 'US', state: 'CA', zip: '94105' }],
  );
}

function create(record: ReturnType<typeof newLead>) {
  return { type: 'create', newRecord: record, UserEventType: USER_EVENT_TYPES } as never;
}

function warm(overrides: Given = {}) {
  return givenNetSuite({
    cached: cachedPlan([territory()], WEST_MEMBERS),
    memberQueryRows: MEMBER_ROWS,
    loadable: MEMBER_RECORDS,
    parameters: OWNER_OFF,
    ...overrides,
  });
}

describe('lead user event: routing a new lead', () => {
  it('routes by round robin and writes the outcome on the lead, nothing on the member before the save (warm cache, owner off)', () => {
    const netsuite = warm();
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written).toMatchObject({
      salesrep: '8',
      custentity_tlr_status: '11',
      custentity_tlr_territory: '1',
    });
    expect(lead.written.custentity_tlr_reason).toMatch(/^Routed to Bo Li by territory West/);
    expect(lead.written.custentity_tlr_routed_at).toBeInstanceOf(Date);
    expect(netsuite.saved).toEqual([]);
    expect([...netsuite.cached.keys()]).toEqual([PLAN_KEY]);
  });

  it('commits the winner\'s turn, assigned count and time after the save, found from the saved lead', () => {
    const netsuite = warm();
    const lead = newLead();
    entry.beforeSubmit(create(lead));

    entry.afterSubmit(create(lead));

    expect(netsuite.saved).toHaveLength(1);
    expect(netsuite.saved[0]).toMatchObject({
      type: 'customrecord_tlr_member',
      id: '32',
      values: { custrecord_tlr_mem_turns: 1, custrecord_tlr_mem_assigned: 4 },
    });
    expect(netsuite.saved[0]!.values.custrecord_tlr_mem_last_assigned).toBeInstanceOf(Date);
  });

  it('counts two identical leads decided from one reading twice: each commit adds its turn to what it loads', () => {
    const netsuite = warm();
    const [first, second] = [newLead(), newLead()];
    entry.beforeSubmit(create(first));
    entry.beforeSubmit(create(second));

    entry.afterSubmit(create(second));
    entry.afterSubmit(create(first));

    expect([first.written.salesrep, second.written.salesrep]).toEqual(['8', '8']);
    expect(netsuite.saved.map((write) => [write.id, write.values.custrecord_tlr_mem_turns, write.values.custrecord_tlr_mem_assigned])).toEqual([
      ['32', 1, 4],
      ['32', 2, 5],
    ]);
  });

  it('loads the member again and re-applies the turn when another lead saved it in between (RCRD_HAS_BEEN_CHANGED)', () => {
    const netsuite = warm({ conflicts: 2 });
    const lead = newLead();
    entry.beforeSubmit(create(lead));

    entry.afterSubmit(create(lead));

    expect(netsuite.saved.map((write) => [write.id, write.values.custrecord_tlr_mem_turns, write.values.custrecord_tlr_mem_assigned])).toEqual([['32', 1, 4]]);
    expect(netsuite.logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it(`gives the commit up after ${MAX_COMMIT_ATTEMPTS} conflicts in a row, logging the lead and the member; the lead stays routed`, () => {
    const netsuite = warm({ conflicts: MAX_COMMIT_ATTEMPTS });
    const lead = newLead();
    entry.beforeSubmit(create(lead));

    expect(() => entry.afterSubmit(create(lead))).not.toThrow();

    expect(netsuite.saved).toEqual([]);
    expect(lead.written).toMatchObject({ salesrep: '8', custentity_tlr_status: '11' });
    const logged = netsuite.logs.find((entry) => entry.title === 'Member turns not committed');
    expect(logged?.details).toContain(`member 32 of territory 1`);
    expect(logged?.details).toContain(`${MAX_COMMIT_ATTEMPTS} times in a row`);
  });

  it('commits nothing for a fallback decision: the saved lead\'s status says no member took a turn', () => {
    const netsuite = warm({
      cached: cachedPlan([territory({ fallbackRepId: '7' })], [member('31', '7', { awayUntil: '2099-01-01' }), member('32', '8', { awayUntil: '2099-01-01' })]),
      lookups: { 'employee:7': { entityid: 'Ana Ruiz', isinactive: false, issalesrep: true } },
    });
    const lead = newLead();

    entry.beforeSubmit(create(lead));
    entry.afterSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '7', custentity_tlr_status: '12', custentity_tlr_territory: '1' });
    expect(netsuite.saved).toEqual([]);
  });

  it('commits nothing after a save that no territory decided', () => {
    const netsuite = warm({ lookups: { 'employee:9': { entityid: 'Cy Dee', isinactive: false, issalesrep: true } } });
    const lead = newLead({ salesrep: '9' });
    entry.beforeSubmit(create(lead));

    entry.afterSubmit(create(lead));

    expect(netsuite.saved).toEqual([]);
  });

  it('keeps the rep a lead was created with', () => {
    const netsuite = warm({ lookups: { 'employee:9': { entityid: 'Cy Dee', isinactive: false, issalesrep: true } } });
    const lead = newLead({ salesrep: '9' });

    entry.beforeSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '9', custentity_tlr_status: '14', custentity_tlr_territory: '' });
    expect(lead.written.custentity_tlr_reason).toBe('Kept the sales rep entered on the lead, Cy Dee.');
    expect([...netsuite.cached.keys()]).toEqual([PLAN_KEY]);
  });

  it('routes to the owner of an existing account (owner matching on)', () => {
    const owner = {
      id: '500',
      values: {
        stage: 'CUSTOMER', salesrep: '7', email: 'ops@acme.com', companyname: 'Acme Inc', isinactive: false,
        'salesrep.entityid': 'Ana Ruiz', 'salesrep.isinactive': false, 'salesrep.issalesrep': true,
      },
    };
    warm({ parameters: { ...OWNER_OFF, custscript_tlr_match_owner: true }, searchRows: { customer: [owner] } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '7', custentity_tlr_status: '13', custentity_tlr_territory: '' });
    expect(lead.written.custentity_tlr_reason).toBe(
      'Assigned to Ana Ruiz, who owns existing customer Acme Inc (#500) with the same email domain acme.com.',
    );
  });

  it('routes by territory when owner matching finds no owner', () => {
    const netsuite = warm({ parameters: { ...OWNER_OFF, custscript_tlr_match_owner: true }, searchRows: { customer: [] } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));
    entry.afterSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '8', custentity_tlr_status: '11' });
    expect(netsuite.saved.map((write) => write.id)).toEqual(['32']);
  });

  it('skips a member at capacity by the open leads the member query counted', () => {
    const netsuite = warm({
      cached: cachedPlan([territory()], [member('31', '7', { capacity: 5 }), member('32', '8')]),
      memberQueryRows: [memberQueryRow(31, 7, 'Ana Ruiz', 0, 4, 5), memberQueryRow(32, 8, 'Bo Li', 1, 3, 2)],
    });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written.salesrep).toBe('8');
    expect(lead.written.custentity_tlr_reason).toContain('Ana Ruiz');
  });

  it('falls through to the next matching territory when the first has no eligible member', () => {
    warm({
      cached: cachedPlan(
        [territory(), territoryRow({ id: '2', name: 'Nation', priority: 20, countries: 'US' })],
        [member('31', '7', { awayUntil: '2099-01-01' }), memberRow({ id: '41', territoryId: '2', repId: '9', weight: 1 })],
      ),
      memberQueryRows: [memberQueryRow(31, 7, 'Ana Ruiz', 0, 4), memberQueryRow(41, 9, 'Cy Dee', 0, 2)],
    });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '9', custentity_tlr_status: '11', custentity_tlr_territory: '2' });
  });

  it('counts open leads apart for a rep the member query did not count, and balances by them', () => {
    // Member 32's row is gone (its rep known from the employee lookup), so rep 8 was not counted with the members.
    warm({
      cached: cachedPlan([territory({ method: 'load_balanced' })], WEST_MEMBERS),
      memberQueryRows: [memberQueryRow(31, 7, 'Ana Ruiz', 0, 4, 4)],
      otherQueryRows: [{ rep: 8, openleads: 1 }],
      lookups: { 'employee:8': { entityid: 'Bo Li', isinactive: false, issalesrep: true } },
    });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written).toMatchObject({ salesrep: '8', custentity_tlr_status: '11' });
    expect(lead.written.custentity_tlr_reason).toContain('load balanced');
  });

  it('compiles the plan on a cold cache (lists by paged search, territories and member blocks by SuiteQL) and caches it', () => {
    const rows = {
      customlist_tlr_method: [{ id: '1', values: { scriptid: 'VAL_TLR_ROUND_ROBIN' } }, { id: '2', values: { scriptid: 'VAL_TLR_LOAD_BALANCED' } }],
      customlist_tlr_status: Object.entries(STATUS_IDS).map(([id, scriptid]) => ({ id, values: { scriptid: scriptid.toUpperCase() } })),
    };
    const territoryRows = [{ id: 1, name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA', custrecord_tlr_method: 1, custrecord_tlr_lead_sources: null }];
    // Members 31 and 32 share the block of ids 30-39: slots 1 and 2.
    const memberBlock = {
      last_id: 32,
      ...{ s1_id: 31, s1_territory: 1, s1_rep: 7, s1_weight: 1, s1_away_from: '12/1/2026' },
      ...{ s2_id: 32, s2_territory: 1, s2_rep: 8, s2_weight: 1, s2_away_from: null },
    };
    const netsuite = givenNetSuite({
      searchRows: rows,
      queryRows: [
        { match: /FROM customrecord_tlr_territory/i, rows: territoryRows },
        { match: /GROUP BY/i, rows: [memberBlock] },
      ],
      memberQueryRows: MEMBER_ROWS,
      parameters: OWNER_OFF,
    });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    // Ana (31) is away from 2026-12-01 on — not yet today (the clock is real), so both are eligible; Bo has fewer turns.
    expect(lead.written).toMatchObject({ salesrep: '8', custentity_tlr_status: '11', custentity_tlr_territory: '1' });
    expect(netsuite.cached.get(PLAN_KEY)).toContain('val_tlr_round_robin');
  });

  it('does nothing on edit', () => {
    const netsuite = warm();
    const lead = newLead();

    entry.beforeSubmit({ type: 'edit', newRecord: lead, UserEventType: USER_EVENT_TYPES } as never);

    expect(lead.written).toEqual({});
    expect(netsuite.cached.size).toBe(1);
  });
});

describe('lead user event: routing never stops the save', () => {
  function expectError(lead: ReturnType<typeof newLead>, code: string, enteredRep = '') {
    expect(lead.written.salesrep).toBe(enteredRep);
    expect(lead.written.custentity_tlr_status).toBe('17');
    expect(lead.written.custentity_tlr_reason).toMatch(new RegExp(`^Routing failed \\(${code}\\).*the lead was saved as entered\\.$`));
    expect(lead.written.custentity_tlr_territory).toBe('');
  }

  it('records a failing member query as ERROR and leaves the rep as entered', () => {
    const netsuite = warm({ fail: { query: Object.assign(new Error('Search error occurred'), { name: 'SSS_SEARCH_ERROR_OCCURRED' }) } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expectError(lead, 'UNEXPECTED_ERROR');
    expect(lead.written.custentity_tlr_reason).toContain('SSS_SEARCH_ERROR_OCCURRED: Search error occurred');
    expect(netsuite.logs.some((entry) => entry.level === 'error' && entry.title.includes('saved as entered'))).toBe(true);
  });

  it('records a failing owner search as ERROR and leaves the rep as entered', () => {
    const netsuite = warm({ parameters: { ...OWNER_OFF, custscript_tlr_match_owner: true }, fail: { search: new Error('search is down') } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expectError(lead, 'UNEXPECTED_ERROR');
    expect(lead.written.custentity_tlr_reason).toContain('search is down');
    expect(netsuite.cached.size).toBe(1);
  });

  it('records a failing cache as ERROR by the status label, writing nothing else', () => {
    const netsuite = warm({ fail: { cacheGet: Object.assign(new Error('cache unavailable'), { name: 'SSS_CACHE_ERROR' }) } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expect(lead.written.custentity_tlr_status).toEqual({ text: 'Error' });
    expect(lead.written.salesrep).toBe('');
    expect(lead.written.custentity_tlr_reason).toBe(
      'Routing failed (UNEXPECTED_ERROR): SSS_CACHE_ERROR: cache unavailable — the lead was saved as entered.',
    );
    expect(netsuite.saved).toEqual([]);
  });

  it('records a failing employee lookup as ERROR and keeps the entered rep', () => {
    warm({ fail: { lookup: new Error('lookup failed') } });
    const lead = newLead({ salesrep: '9' });

    entry.beforeSubmit(create(lead));

    expectError(lead, 'UNEXPECTED_ERROR', '9');
  });

  it('records a malformed cached plan as ERROR (MALFORMED_PLAN) and drops it so the next lead recompiles', () => {
    const current = storePlan({ method: METHOD_IDS, status: STATUS_IDS }, 'America/Los_Angeles', compilePlan([], []), 'b1');
    const netsuite = warm({ cached: { [PLAN_KEY]: current.replace(/\{"territories"[^\n]*/, '[1, "not a plan"]') } });
    const lead = newLead();

    entry.beforeSubmit(create(lead));

    expectError(lead, 'MALFORMED_PLAN');
    expect(netsuite.cached.has(PLAN_KEY)).toBe(false);
  });

  it('records low governance as ERROR (GOVERNANCE_LOW), so afterSubmit commits no turn', () => {
    const netsuite = warm({ remainingUnits: 25 });
    const lead = newLead();

    entry.beforeSubmit(create(lead));
    entry.afterSubmit(create(lead));

    expectError(lead, 'GOVERNANCE_LOW');
    expect(netsuite.saved).toEqual([]);
  });

  it('logs and swallows a failing member commit after the save', () => {
    const netsuite = warm({ fail: { save: new Error('record locked') } });
    const lead = newLead();
    entry.beforeSubmit(create(lead));

    expect(() => entry.afterSubmit(create(lead))).not.toThrow();
    expect(netsuite.logs.find((entry) => entry.title === 'Member turns not committed')?.details).toContain('record locked');
  });
});
