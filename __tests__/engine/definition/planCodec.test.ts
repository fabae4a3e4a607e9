import { PlanFormatError, RoutingError } from '../../../src/engine/errors';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { decodePlan, encodePlan } from '../../../src/engine/definition/planCodec';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';

function samplePlan() {
  return compilePlan(
    [
      territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US', postalCodes: '94000-94999, 940-949, sw1*, n1 *, SW1A-1AA, 1-2-3', beforeOwner: true }),
      territoryRow({
        id: 'T-2',
        name: 'Nördlich "quoted"',
        states: 'US-WA, wa',
        leadSources: ['3', 'web'],
        categories: ['2'],
        subsidiaries: ['012'],
        method: 'load_balanced',
        fallbackRepId: '12',
        workHours: 'Mon-Fri 08:30-17:30 Australia/Sydney',
      }),
      territoryRow({ id: '3', countries: 'XX' }),
      territoryRow({ id: '4', isInactive: true }),
    ],
    [
      memberRow({ id: '1', territoryId: '1', repId: '7', weight: 3, capacity: 0, awayFrom: '2026-12-20', awayUntil: '2026-12-31' }),
      memberRow({ id: '2', territoryId: '1', repId: '8', awayUntil: '2026-12-01' }),
      memberRow({ id: 'm3', territoryId: 'T-2', repId: 'rep-9' }),
    ],
  );
}

describe('encodePlan', () => {
  it('writes positional arrays with defaults left out and no index', () => {
    const plan = compilePlan([territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US' })], [memberRow({ territoryId: '1' })]);
    expect(encodePlan(plan)).toBe('[2,[[1,"West",10,[[1,7]],"US"]],[]]');
  });
});

describe('decodePlan', () => {
  it('gives back a plan deep-equal to the one encoded, index included', () => {
    const plan = samplePlan();
    expect(decodePlan(encodePlan(plan))).toEqual(plan);
  });

  it("keeps a territory's time zone, and none for a territory without working hours", () => {
    const decoded = decodePlan(encodePlan(samplePlan()));
    expect(decoded.territories.map((territory) => [territory.id, territory.timeZone])).toEqual([
      ['1', null],
      ['T-2', 'Australia/Sydney'],
    ]);
  });

  it('keeps ids that are not plain numbers as text', () => {
    const plan = samplePlan();
    expect(decodePlan(encodePlan(plan)).territories.find((territory) => territory.id === 'T-2')?.subsidiaries).toEqual(['012']);
  });

  it.each([
    ['text that is not JSON', '[1,', 'plan: expected JSON text'],
    ['another shape', '{}', 'plan: expected an array'],
    ['another version', '[3,[],[]]', 'plan[0]: expected format version 2'],
    ['a territory missing its priority', '[2,[[1,"West"]],[]]', 'plan.territories[0]: expected 3 to 14 elements'],
    ['a negative priority', '[2,[[1,"West",-1]],[]]', 'plan.territories[0].priority: expected a whole number ≥ 0'],
    ['an unknown method', '[2,[[1,"West",1,[],"","","",2]],[]]', 'plan.territories[0].method: expected 0 or 1'],
    ['a malformed country', '[2,[[1,"West",1,[],"us"]],[]]', 'plan.territories[0].countries: expected valid entries, found "us"'],
    ['a malformed postal pattern', '[2,[[1,"West",1,[],"","","9*9"]],[]]', 'plan.territories[0].postalPatterns: expected valid entries, found "9*9"'],
    ['a member weight of 0', '[2,[[1,"West",1,[[1,7,0]]]],[]]', 'plan.territories[0].members[0].weight: expected a whole number ≥ 1'],
    ['an unknown time zone', '[2,[[1,"West",1,[],"","","",0,null,[],[],[],"Mars/Olympus"]],[]]', 'plan.territories[0].timeZone: expected a time zone name, found "Mars/Olympus"'],
    ['a fractional id', '[2,[[1.5,"West",1]],[]]', 'plan.territories[0].id: expected a whole number ≥ 0'],
    ['an unknown problem code', '[2,[],[["1","X",[["OOPS","f","e","m"]]]]]', 'plan.skipped[0].problems[0].code: expected a problem code'],
    ['a plan of the earlier format', '[1,[],[],0]', 'plan[0]: expected format version 2'],
    ['a plan with an element too many', '[2,[],[],0]', 'plan: expected 3 to 3 elements'],
    ['an unknown problem field', '[2,[],[["1","X",[["BAD_WEIGHT","custrecord_tlr_mem_weight","0","m"]]]]]', 'plan.skipped[0].problems[0].field: expected a territory or member field'],
  ])('refuses %s', (_name, text, where) => {
    expect(() => decodePlan(text)).toThrow(new PlanFormatError(`The cached routing plan is malformed at ${where}.`));
  });

  it('throws an error that carries the MALFORMED_PLAN code', () => {
    const error = (() => {
      try {
        decodePlan('null');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect([error instanceof PlanFormatError, error instanceof RoutingError, (error as RoutingError).code]).toEqual([true, true, 'MALFORMED_PLAN']);
  });
});
