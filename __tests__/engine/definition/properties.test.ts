// Property-based checks over random territory data: small alphabets, so random leads really match.
import fc from 'fast-check';
import type { MemberRow, Plan } from '../../../src/engine/types';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { checkTerritory, matchingPositions, territoryMatches } from '../../../src/engine/definition/match';
import { packPlan, wholePlan } from '../../../src/engine/definition/planShards';
import { generateLeads, generateTerritoryMix } from '../../../tools/fixtures/territoryMix';
import { memberRow } from '../../../tools/fixtures/rows';
import { leads, territoryRows } from '../arbitraries';

const memberRows = (territoryCount: number): fc.Arbitrary<MemberRow[]> =>
  fc
    .array(
      fc.record({
        territoryId: fc.integer({ min: 1, max: Math.max(1, territoryCount + 1) }).map(String),
        repId: fc.constantFrom('7', '8', '9', ''),
        isInactive: fc.boolean(),
        weight: fc.constantFrom(null, 1, 2, 0),
        capacity: fc.constantFrom(null, 0, 5, -1),
        awayFrom: fc.constantFrom(null, '2026-12-01', '2026-02-30'),
        awayUntil: fc.constantFrom(null, '2026-12-24', '2026-11-30'),
      }),
      { maxLength: 30 },
    )
    .map((rows) => rows.map((row, i) => memberRow({ ...row, id: String(i + 1) })));

const rowsAndMembers = territoryRows.chain((territories) => fc.tuple(fc.constant(territories), memberRows(territories.length)));

describe('the indexed matcher finds exactly what the linear scan finds', () => {
  it('on random territories and leads', () => {
    fc.assert(
      fc.property(territoryRows, leads, (territories, facts) => {
        const plan = compilePlan(territories, []);
        for (const one of facts) expect(matchingPositions(plan, one, 'indexed')).toEqual(matchingPositions(plan, one, 'reference'));
      }),
      { numRuns: 300 },
    );
  });

  it('on the realistic fixture mix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer(), (count, seed) => {
        const mix = generateTerritoryMix({ territories: count, seed });
        const plan = compilePlan(mix.territories, mix.members);
        for (const one of generateLeads(mix.territories, 50, seed + 1)) {
          expect(matchingPositions(plan, one, 'indexed')).toEqual(matchingPositions(plan, one, 'reference'));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the quick match agrees with the traced check', () => {
  it('territoryMatches is checkTerritory(...).matched on random territories and leads', () => {
    fc.assert(
      fc.property(territoryRows, leads, (territories, facts) => {
        const plan = compilePlan(territories, []);
        for (const territory of plan.territories) {
          for (const one of facts) expect(territoryMatches(territory, one)).toBe(checkTerritory(territory, one).matched);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A plan stored in shards of at most `maxBytes` and read back whole. */
function storedAndRead(plan: Plan, maxBytes: number): Plan {
  const { directory, shards } = packPlan(plan, maxBytes, 0);
  return wholePlan(directory, (shard) => shards[shard]!);
}

describe('the stored plan', () => {
  it('reads back what was stored, on random rows, in shards of any size', () => {
    fc.assert(
      fc.property(rowsAndMembers, fc.integer({ min: 1_500, max: 20_000 }), ([territories, members], maxBytes) => {
        const plan = compilePlan(territories, members);
        expect(storedAndRead(plan, maxBytes)).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what was stored, on the realistic fixture mix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (count, seed) => {
        const mix = generateTerritoryMix({ territories: count, seed });
        const plan = compilePlan(mix.territories, mix.members);
        expect(storedAndRead(plan, 20_000)).toEqual(plan);
      }),
      { numRuns: 30 },
    );
  });
});

describe('compilePlan', () => {
  it('never mutates its input rows', () => {
    fc.assert(
      fc.property(rowsAndMembers, ([territories, members]) => {
        const before = structuredClone([territories, members]);
        compilePlan(territories, members);
        expect([territories, members]).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a plan that is plain JSON data', () => {
    fc.assert(
      fc.property(rowsAndMembers, ([territories, members]) => {
        const plan = compilePlan(territories, members);
        expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
      }),
      { numRuns: 100 },
    );
  });

  it('puts each active territory either in the plan or in skipped', () => {
    fc.assert(
      fc.property(rowsAndMembers, ([territories, members]) => {
        const plan = compilePlan(territories, members);
        const placed = [...plan.territories.map((territory) => territory.id), ...plan.skipped.map((skipped) => skipped.territoryId)];
        const active = territories.filter((territory) => !territory.isInactive).map((territory) => territory.id);
        expect(placed.sort()).toEqual(active.sort());
      }),
      { numRuns: 100 },
    );
  });
});
