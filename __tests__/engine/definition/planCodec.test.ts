import { isPlanFormatError, isRoutingError, planFormatError, type RoutingError } from '../../../src/engine/errors';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { decodeSkipped, decodeTerritory, encodeTerritory } from '../../../src/engine/definition/planCodec';
import { packPlan, wholePlan } from '../../../src/engine/definition/planShards';
import type { Plan } from '../../../src/engine/types';
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

const packed = (plan: Plan) => packPlan(plan, 2_000, 0);
const storedAndRead = (plan: Plan) => {
  const { directory, shards } = packed(plan);
  return wholePlan(directory, (shard) => shards[shard]!);
};

describe('encodeTerritory', () => {
  it('writes positional arrays with defaults left out and no index', () => {
    const plan = compilePlan([territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US' })], [memberRow({ territoryId: '1' })]);
    expect(JSON.stringify(encodeTerritory(plan.territories[0]!))).toBe('[1,"West",10,[[1,7]],"US"]');
  });
});

describe('a plan stored in shards and read back whole', () => {
  it('is deep-equal to the one stored, index and skipped territories included', () => {
    const plan = samplePlan();
    expect(plan.skipped).toHaveLength(1);
    expect(storedAndRead(plan)).toEqual(plan);
  });

  it("keeps a territory's time zone, and none for a territory without working hours", () => {
    expect(storedAndRead(samplePlan()).territories.map((territory) => [territory.id, territory.timeZone])).toEqual([
      ['1', null],
      ['T-2', 'Australia/Sydney'],
    ]);
  });

  it('keeps ids that are not plain numbers as text', () => {
    expect(storedAndRead(samplePlan()).territories.find((territory) => territory.id === 'T-2')?.subsidiaries).toEqual(['012']);
  });

  it('refuses a shard that is not JSON', () => {
    const { directory, shards } = packed(samplePlan());
    expect(() => wholePlan(directory, (shard) => (shard === 0 ? shards[0]!.replace('[', '{') : shards[shard]!))).toThrow(
      planFormatError('The cached routing plan is malformed at plan: expected JSON text.'),
    );
  });
});

describe('decoding an item', () => {
  it.each([
    ['another shape', '{}', 'item 0: expected an array'],
    ['a territory missing its priority', '[1,"West"]', 'item 0: expected 3 to 14 elements'],
    ['a negative priority', '[1,"West",-1]', 'item 0.priority: expected a whole number ≥ 0'],
    ['an unknown method', '[1,"West",1,[],"","","",2]', 'item 0.method: expected 0 or 1'],
    ['a malformed country', '[1,"West",1,[],"us"]', 'item 0.countries: expected valid entries, found "us"'],
    ['a malformed postal pattern', '[1,"West",1,[],"","","9*9"]', 'item 0.postalPatterns: expected valid entries, found "9*9"'],
    ['a member weight of 0', '[1,"West",1,[[1,7,0]]]', 'item 0.members[0].weight: expected a whole number ≥ 1'],
    ['a member without its rep', '[1,"West",1,[[1]]]', 'item 0.members[0]: expected 2 to 6 elements'],
    ['a later member wrong', '[1,"West",1,[[1,7],[2,8],[3,9,1,-1]]]', 'item 0.members[2].capacity: expected a whole number ≥ 0'],
    ['a later category that is not an id', '[1,"West",1,[],"","","",0,null,[],[4,5,null]]', 'item 0.categories[2]: expected a string'],
    ['a lead source that is not an id', '[1,"West",1,[],"","","",0,null,[true]]', 'item 0.leadSources[0]: expected a string'],
    ['an unknown time zone', '[1,"West",1,[],"","","",0,null,[],[],[],"Mars/Olympus"]', 'item 0.timeZone: expected a time zone name, found "Mars/Olympus"'],
    ['a fractional id', '[1.5,"West",1]', 'item 0.id: expected a whole number ≥ 0'],
    ['a before-owner mark that is not true or false', '[1,"West",1,[],"","","",0,null,[],[],[],null,1]', 'item 0.beforeOwner: expected true or false'],
  ])('refuses %s', (_name, text, where) => {
    expect(() => decodeTerritory(JSON.parse(text), 'item 0')).toThrow(planFormatError(`The cached routing plan is malformed at ${where}.`));
  });

  it.each([
    ['an unknown problem code', '["1","X",[["OOPS","f","e","m"]]]', 'item 3.problems[0].code: expected a problem code'],
    ['an unknown problem field', '["1","X",[["BAD_WEIGHT","custrecord_tlr_mem_weight","0","m"]]]', 'item 3.problems[0].field: expected a territory or member field'],
  ])('refuses a skipped territory with %s', (_name, text, where) => {
    expect(() => decodeSkipped(JSON.parse(text), 'item 3')).toThrow(planFormatError(`The cached routing plan is malformed at ${where}.`));
  });

  it('throws an error that carries the MALFORMED_PLAN code', () => {
    const error = (() => {
      try {
        decodeTerritory(null, 'item 0');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect([isPlanFormatError(error), isRoutingError(error), (error as RoutingError).code, (error as Error).name]).toEqual([true, true, 'MALFORMED_PLAN', 'PlanFormatError']);
  });
});
