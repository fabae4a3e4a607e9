// Which shard holds a territory: the commit after a lead's save reads that one shard, not the lead's whole part.
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { matchingPositions } from '../../../src/engine/definition/match';
import { leadTerritory, packPlan, shardCount, type PackedPlan } from '../../../src/engine/definition/planShards';
import { indexedShard, shardIndexLine } from '../../../src/engine/definition/shardIndex';
import { generateLeads, generateTerritoryMix } from '../../../tools/fixtures/territoryMix';

describe('shard index line', () => {
  it('writes the shard of each id from the first, with gaps for ids the plan does not have', () => {
    const line = shardIndexLine(['7', '5', '8', '12'], (item) => [0, 0, 1, 2][item]!, 3);
    expect(line).toBe('5:1:0.01...2');
    expect(['5', '6', '7', '8', '12', '4', '13', 'x'].map((id) => indexedShard(line, id))).toEqual([0, null, 0, 1, 2, null, null, null]);
  });

  it('takes two digits a shard when there are more than 36 shards', () => {
    const line = shardIndexLine(['1', '2'], (item) => item * 40, 41);
    expect(line).toBe('1:2:0014');
    expect(indexedShard(line, '2')).toBe(40);
  });

  it('is left out when the ids are not whole numbers or too sparse, and then says nothing', () => {
    expect(shardIndexLine(['1', 'T-2'], () => 0, 1)).toBe('-');
    expect(shardIndexLine(['1', '0002'], () => 0, 1)).toBe('-');
    expect(shardIndexLine(['1', '5000'], () => 0, 1)).toBe('-');
    expect(shardIndexLine([], () => 0, 1)).toBe('-');
    expect(indexedShard('-', '1')).toBeNull();
  });
});

describe('leadTerritory', () => {
  const mix = generateTerritoryMix({ territories: 600, seed: 5 });
  const plan = compilePlan(mix.territories, mix.members);
  const packed = packPlan(plan, 20_000, 300);
  const leads = generateLeads(mix.territories, 200, 9);

  /** Reads through `directory`, counting the shards beyond shard 0 it opens. */
  const lookUp = (directory: string, from: PackedPlan, one: (typeof leads)[number], id: string) => {
    const opened = new Set<number>();
    const territory = leadTerritory(directory, (shard) => (shard > 0 && opened.add(shard), from.shards[shard]!), one, id);
    return { territory, opened: opened.size };
  };

  it("finds any territory a lead matches, as compiled, reading at most the one shard the index names", () => {
    expect(shardCount(packed.directory)).toBeGreaterThan(3);
    let found = 0;
    for (const one of leads) {
      for (const position of matchingPositions(plan, one, 'indexed')) {
        const expected = plan.territories[position]!;
        const { territory, opened } = lookUp(packed.directory, packed, one, expected.id);
        expect(territory).toEqual(expected);
        expect(opened).toBeLessThanOrEqual(1);
        found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('without an index, still finds it by looking through the shards of the lead', () => {
    const [header, regions, index] = packed.directory.split('\n');
    expect(index).toMatch(/^\d+:1:[0-9a-z.]+$/);
    const unindexed = packed.directory.replace(`${header}\n${regions}\n${index}\n`, `${header}\n${regions}\n-\n`);
    let moreThanOne = 0;
    for (const one of leads) {
      for (const position of matchingPositions(plan, one, 'indexed')) {
        const { territory, opened } = lookUp(unindexed, packed, one, plan.territories[position]!.id);
        expect(territory).toEqual(plan.territories[position]);
        if (opened > 1) moreThanOne++;
      }
    }
    expect(moreThanOne).toBeGreaterThan(0);
  });

  it("is null for a territory outside the lead's buckets or not in the plan", () => {
    const one = leads.find((candidate) => candidate.country === 'US')!;
    const elsewhere = plan.territories.find((territory) => territory.countries.length > 0 && !territory.countries.includes('US'))!;
    expect(lookUp(packed.directory, packed, one, elsewhere.id).territory).toBeNull();
    expect(lookUp(packed.directory, packed, one, '999999').territory).toBeNull();
  });
});
