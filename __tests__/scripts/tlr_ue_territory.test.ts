// customscript_tlr_ue_territory through Oracle's N-module stubs given per-test data: invalid saves are refused with
// one message naming every field and entry; accepted changes drop the cached plan; the routing counters pass
// untouched. The duplicate search's filters and the units are exercised on the emulator (e2e/territoryEdits,
// e2e/governance).
import search from 'N/search';
import entry from '../../src/scripts/tlr_ue_territory';
import { formRecord, givenNetSuite, type Given } from './givenNetSuite';


const USER_EVENT_TYPES = { CREATE: 'create', EDIT: 'edit', XEDIT: 'xedit', DELETE: 'delete' };
const PLAN_KEY = 'tlr_routing/plan';
const ANA = { 'employee:7': { entityid: 'Ana Ruiz', isinactive: false, issalesrep: true } };

function territory(values: Record<string, unknown> = {}, id = '1') {
  return formRecord(
    { name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US', custrecord_tlr_states: 'CA', custrecord_tlr_postal_codes: '94000-94999', ...values },
    [],
    { type: 'customrecord_tlr_territory', id },
  );
}

function member(values: Record<string, unknown> = {}, id = '31') {
  return formRecord(
    { custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_weight: 1, isinactive: false, ...values },
    [],
    { type: 'customrecord_tlr_member', id },
  );
}

function event(type: string, newRecord: unknown, oldRecord?: unknown) {
  return { type, newRecord, oldRecord, UserEventType: USER_EVENT_TYPES } as never;
}

function install(given: Given = {}) {
  return givenNetSuite({ cached: { [PLAN_KEY]: 'a compiled plan' }, lookups: ANA, ...given });
}

function refusal(run: () => void): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('the save was not refused');
}

describe('territory user event: territories', () => {
  it('accepts a valid territory and drops the cached plan after the save', () => {
    const netsuite = install();
    const record = territory();

    entry.beforeSubmit(event('create', record));
    entry.afterSubmit(event('create', record));

    expect(netsuite.cached.has(PLAN_KEY)).toBe(false);
  });

  it('refuses a territory with one error naming every bad field and entry', () => {
    install();
    const record = territory({ custrecord_tlr_countries: 'US, XX', custrecord_tlr_postal_codes: '9*4, 95000-94000', custrecord_tlr_priority: -1 });

    const error = refusal(() => entry.beforeSubmit(event('create', record)));

    expect(error.name).toBe('TLR_INVALID_TERRITORY_DATA');
    expect(error.message).toContain('Countries: "XX"');
    expect(error.message).toContain('Postal Codes: "9*4"');
    expect(error.message).toContain('Postal Codes: "95000-94000"');
    expect(error.message).toContain('Priority: "-1"');
  });

  it('validates an inline edit with the unchanged fields taken from the old record', () => {
    install();
    const old = territory({ custrecord_tlr_countries: 'XX' });
    const edited = formRecord({ custrecord_tlr_priority: 5 }, [], { type: 'customrecord_tlr_territory', id: '1' });

    const error = refusal(() => entry.beforeSubmit(event('xedit', edited, old)));

    expect(error.message).toContain('Countries: "XX"');
  });

  it('drops the cached plan when a territory is deleted, without validating it', () => {
    const netsuite = install();
    const record = territory({ custrecord_tlr_countries: 'XX' });

    expect(() => entry.beforeSubmit(event('delete', record))).not.toThrow();
    entry.afterSubmit(event('delete', record));

    expect(netsuite.cached.has(PLAN_KEY)).toBe(false);
  });
});

describe('territory user event: members', () => {
  it('accepts a valid member whose rep is an active sales rep in no other member of the territory', () => {
    install();

    expect(() => entry.beforeSubmit(event('create', member({}, '')))).not.toThrow();
  });

  it('refuses the same rep twice in one territory', () => {
    install({ searchRows: { customrecord_tlr_member: [{ id: '30', values: { custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' } }] } });

    const error = refusal(() => entry.beforeSubmit(event('edit', member())));

    expect(error.message).toContain('Sales Rep: "7"');
  });

  it('refuses a rep who is not an active sales rep, and one who does not exist', () => {
    install({ lookups: { 'employee:8': { entityid: 'Bo Li', isinactive: true, issalesrep: true } } });

    const inactive = refusal(() => entry.beforeSubmit(event('create', member({ custrecord_tlr_mem_rep: '8' }))));
    const unknown = refusal(() => entry.beforeSubmit(event('create', member({ custrecord_tlr_mem_rep: '99' }))));

    expect(inactive.message).toContain('Sales Rep: "8"');
    expect(unknown.message).toContain('Sales Rep: "99"');
  });

  it('refuses bad weight, capacity and away window together', () => {
    install();
    const record = member({
      custrecord_tlr_mem_weight: 0,
      custrecord_tlr_mem_capacity: -2,
      custrecord_tlr_mem_away_from: new Date(2026, 11, 10),
      custrecord_tlr_mem_away_until: new Date(2026, 11, 1),
    });

    const error = refusal(() => entry.beforeSubmit(event('create', record)));

    expect(error.message).toContain('Weight: "0"');
    expect(error.message).toContain('Capacity (Open Leads): "-2"');
    expect(error.message).toContain('Away Until: "2026-12-01"');
  });

  it('lets the routing counters through untouched: no validation, no cache drop', () => {
    const netsuite = install();
    const counters = formRecord(
      { custrecord_tlr_mem_turns: 3, custrecord_tlr_mem_assigned: 9, custrecord_tlr_mem_last_assigned: new Date() },
      [],
      { type: 'customrecord_tlr_member', id: '31' },
    );
    const old = member({ custrecord_tlr_mem_weight: 0 });

    entry.beforeSubmit(event('xedit', counters, old));
    entry.afterSubmit(event('xedit', counters, old));

    expect(netsuite.cached.get(PLAN_KEY)).toBe('a compiled plan');
    expect(search.lookupFields).not.toHaveBeenCalled();
  });

  it('treats a counters write that also deactivates the member as a real edit: validated, plan dropped', () => {
    const netsuite = install();
    const edit = formRecord({ custrecord_tlr_mem_turns: 3, isinactive: true }, [], { type: 'customrecord_tlr_member', id: '31' });
    const old = member();

    entry.beforeSubmit(event('xedit', edit, old));
    entry.afterSubmit(event('xedit', edit, old));

    expect(netsuite.cached.has(PLAN_KEY)).toBe(false);
  });
});
