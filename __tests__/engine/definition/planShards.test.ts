// The sharded plan: what a lead decodes holds every territory it can match, and nothing is lost in the cutting.
import fc from 'fast-check';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { matchingPositions } from '../../../src/engine/definition/match';
import { leadBuckets, territoryBuckets } from '../../../src/engine/definition/planBuckets';
import { packPlan, planForLead, shardCount, leadTerritory, utf8Bytes, wholePlan, type PackedPlan } from '../../../src/engine/definition/planShards';
import { planFormatError, type Plan } from '../../../src/engine';
import { generateLeads, generateTerritoryMix } from '../../../tools/fixtures/territoryMix';
import { lead, memberRow, planTerritory, territoryRow } from '../../../tools/fixtures/rows';
import type { LeadFacts } from '../../../src/engine/types';
import { context, decide, fakeAnswers, rep, settings, world } from '../decision/fixtures';
import { leads, territoryRows } from '../arbitraries';

const readerOf = (packed: PackedPlan) => (shard: number) => packed.shards[shard]!;
const matchingIds = (plan: Plan, one: ReturnType<typeof lead>) => matchingPositions(plan, one, 'indexed').map((position) => plan.territories[position]!.id);

describe('buckets', () => {
  it('a territory sits under each country it names and each prefix its postal codes pin down', () => {
    const territory = planTerritory({ countries: ['US', 'CA'], postalPatterns: [{ kind: 'range', lo: '10000', hi: '29999' }, { kind: 'prefix', prefix: 'K1' }] });
    expect(territoryBuckets(territory).sort()).toEqual(['CA:1', 'CA:2', 'CA:K1', 'US:1', 'US:2', 'US:K1']);
  });

  it('a territory without postal codes is placed by its states, under their countries when all name one; no location is read by every lead', () => {
    expect(territoryBuckets(planTerritory({ states: [{ country: 'US', state: 'CA' }, { country: 'MX', state: 'BC' }] }))).toEqual(['US:#CA', 'US:#BC', 'MX:#CA', 'MX:#BC']);
    expect(territoryBuckets(planTerritory({ states: [{ country: null, state: 'CA' }] }))).toEqual(['*:#CA']);
    expect(territoryBuckets(planTerritory({ countries: ['US'], states: [{ country: null, state: 'WA' }], postalPatterns: [{ kind: 'prefix', prefix: '98' }] }))).toEqual(['US:98']);
    expect(territoryBuckets(planTerritory({}))).toEqual(['*:*']);
  });

  it('a lead reads the buckets of its state, and none of any state without one', () => {
    expect(leadBuckets(lead({ country: 'US', state: ' wa', postalCode: '' }))).toEqual(['US:*', 'US:#WA', '*:*', '*:#WA']);
    expect(leadBuckets(lead({ country: '', state: '', postalCode: '' }))).toEqual(['*:*']);
  });

  it('an exact code is filed without its hyphens, as it is compared', () => {
    expect(territoryBuckets(planTerritory({ postalPatterns: [{ kind: 'exact', code: '-1234' }] }))).toEqual(['*:123']);
  });

  it('a range is filed under the prefix its bounds share, or under each next character when they are few', () => {
    const buckets = (lo: string, hi: string) => territoryBuckets(planTerritory({ countries: ['US'], postalPatterns: [{ kind: 'range', lo, hi }] }));
    expect(buckets('94100', '94199')).toEqual(['US:941']);
    expect(buckets('94000', '94999')).toEqual(['US:940', 'US:941', 'US:942', 'US:943', 'US:944', 'US:945', 'US:946', 'US:947', 'US:948', 'US:949']);
    expect(buckets('A0000', 'Z9999')).toEqual(['US:*']);
  });

  it("an outward code is filed under its outward part, which a lead's code begins with, spaced or not", () => {
    expect(territoryBuckets(planTerritory({ countries: ['GB'], postalPatterns: [{ kind: 'outward', outward: 'N1' }] }))).toEqual(['GB:N1']);
    for (const postalCode of ['N17AB', 'N1 7AB']) expect(leadBuckets(lead({ country: 'GB', postalCode }))).toContain('GB:N1');
  });

  it('a lead reads its country and the country-less buckets, by its code with and without hyphens', () => {
    expect(leadBuckets(lead({ country: " us", postalCode: "-94" }))).toEqual(["US:-", "US:-9", "US:-94", "US:9", "US:94", "US:*", "*:-", "*:-9", "*:-94", "*:9", "*:94", "*:*"]);
  });
});

describe('packPlan', () => {
  const mix = generateTerritoryMix({ territories: 600, seed: 5 });
  const plan = compilePlan(mix.territories, mix.members);

  it("keeps every shard, the directory's value included, within the size it is given", () => {
    const packed = packPlan(plan, 20_000, 300);
    expect(packed.shards.length).toBeGreaterThan(3);
    expect(shardCount(packed.directory)).toBe(packed.shards.length - 1);
    expect(utf8Bytes(packed.directory) + 300 + utf8Bytes(packed.shards[0]!)).toBeLessThanOrEqual(20_000);
    for (const shard of packed.shards) expect(utf8Bytes(shard)).toBeLessThanOrEqual(20_000);
  });

  it('keeps a plan that fits in one value in that value', () => {
    const packed = packPlan(plan, 10_000_000, 300);
    expect(shardCount(packed.directory)).toBe(0);
    expect(packed.shards).toHaveLength(1);
  });

  it('gives back the compiled plan whole, skipped territories included', () => {
    const withSkipped = compilePlan([...mix.territories, territoryRow({ id: '9001', name: 'Bad', countries: 'XX' })], mix.members);
    const packed = packPlan(withSkipped, 20_000, 300);
    expect(withSkipped.skipped).toHaveLength(1);
    expect(wholePlan(packed.directory, readerOf(packed))).toEqual(withSkipped);
  });

  it('refuses a territory larger than a stored value', () => {
    expect(() => packPlan(plan, 50, 0)).toThrow(/more than one stored value may hold/);
  });

  it('a lead decodes only its part, yet matches what the whole plan matches, in order', () => {
    const packed = packPlan(plan, 20_000, 300);
    for (const one of generateLeads(mix.territories, 300, 9)) {
      const part = planForLead(packed.directory, readerOf(packed), one);
      expect(matchingIds(part, one)).toEqual(matchingIds(plan, one));
      expect(part.territories.length + part.notLoaded!).toBe(plan.territories.length);
      expect(part.territories.length).toBeLessThan(plan.territories.length / 4);
    }
  });

  it('through a split plan, N17AB and N1 7AB reach the outward code N1 * (N107AB does not), after the before-owner territory', () => {
    const extra = [
      territoryRow({ id: '9001', name: 'Islington', countries: 'GB', postalCodes: 'N1 *', priority: 50 }),
      territoryRow({ id: '9002', name: 'Partners', countries: 'GB', leadSources: ['1'], beforeOwner: true, priority: 90 }),
    ];
    const members = [memberRow({ id: '90011', territoryId: '9001', repId: '7' }), memberRow({ id: '90021', territoryId: '9002', repId: '8' })];
    const withOutward = compilePlan([...mix.territories, ...extra], [...mix.members, ...members]);
    const packed = packPlan(withOutward, 20_000, 300);
    expect(shardCount(packed.directory)).toBeGreaterThan(3);
    const testContext = context(fakeAnswers(world({ reps: [rep('7', 'Ivy'), rep('8', 'Pat')] })).answer, { settings: settings({ matchOwner: false }) });
    const routed = (one: LeadFacts) => {
      const part = planForLead(packed.directory, readerOf(packed), one);
      const decision = decide(part, one, testContext);
      expect(decision).toEqual(decide(withOutward, one, testContext));
      return [decision.territoryId, part.territories[0]?.id];
    };

    for (const postalCode of ['N17AB', 'N1 7AB', 'n1 7ab']) {
      expect(routed(lead({ country: 'GB', postalCode, leadSource: null }))).toEqual(['9001', '9002']);
      expect(routed(lead({ country: 'GB', postalCode, leadSource: '1' }))).toEqual(['9002', '9002']);
    }
    expect(routed(lead({ country: 'GB', postalCode: 'N107AB', leadSource: null }))[0]).not.toBe('9001');
  });

  it("on random territories and leads, a lead's part matches what the whole plan matches", () => {
    fc.assert(
      fc.property(territoryRows, leads, fc.integer({ min: 400, max: 5_000 }), (territories, facts, maxBytes) => {
        const whole = compilePlan(territories, []);
        const packed = packPlan(whole, maxBytes, 0);
        for (const one of facts) {
          const matching = matchingIds(whole, one);
          expect(matchingIds(planForLead(packed.directory, readerOf(packed), one), one)).toEqual(matching);
          for (const id of matching) expect(leadTerritory(packed.directory, readerOf(packed), one, id)).toEqual(whole.territories.find((territory) => territory.id === id));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('leadTerritory', () => {
  it('finds a territory by id among those the lead can match, telling 1 from 12 and from "T-1", decoding that one alone', () => {
    const rows = ['1', '12', 'T-1', '2'].map((id, i) => territoryRow({ id, name: `Zone ${id}`, countries: 'US', postalCodes: i === 3 ? '10000-10999' : '94*', priority: 10 + i }));
    const plan = compilePlan(rows, [memberRow({ id: '51', territoryId: '12', repId: '7' })]);
    const packed = packPlan(plan, 1_000, 0);
    const bayArea = lead({ country: 'US', postalCode: '94105' });
    const found = (id: string, one = bayArea) => leadTerritory(packed.directory, readerOf(packed), one, id);

    for (const id of ['1', '12', 'T-1']) expect(found(id)).toEqual(plan.territories.find((territory) => territory.id === id));
    expect(found('12')?.members.map((member) => member.repId)).toEqual(['7']);
    expect(found('2')).toBeNull();
    expect(found('2', lead({ country: 'US', postalCode: '10001' }))?.name).toBe('Zone 2');
    expect(found('T')).toBeNull();
  });
});

describe('reading a stored plan', () => {
  const packed = packPlan(compilePlan([territoryRow({ id: '1', countries: 'US', postalCodes: '94000-94999' })], []), 1_000, 0);
  const one = lead({ country: 'US', postalCode: '94105' });

  it('names the part that is wrong', () => {
    expect(() => planForLead('[]', readerOf(packed), one)).toThrow(planFormatError('The cached routing plan is malformed at directory: expected an object.'));
    const badLine = packed.directory.replace('US:941\t0', 'US:941\t5');
    expect(() => planForLead(badLine, readerOf(packed), one)).toThrow(planFormatError('The cached routing plan is malformed at directory bucket US:941: expected item numbers of the plan.'));
    expect(() => planForLead(packed.directory, () => 'no offsets', one)).toThrow(planFormatError('The cached routing plan is malformed at shard 0: expected offsets of items 0 to 0.'));
  });

  it("reads a bucket's runs and a region's bounds in place, and names a run or bound it cannot read", () => {
    const two = packPlan(compilePlan([territoryRow({ id: '1', countries: 'US', postalCodes: '94000-94999' }), territoryRow({ id: '2', countries: 'US', postalCodes: '94100-94299' })], []), 1_000, 0);
    const ids = (directory: string) => planForLead(directory, readerOf(two), one).territories.map((territory) => territory.id);
    expect(two.directory).toContain(';US:9=0-94;');
    expect(two.directory).toContain('\nUS:941\t0-1\n');
    expect(ids(two.directory)).toEqual(['1', '2']);
    expect(ids(two.directory.replace('US:941\t0-1', 'US:941\t1,0'))).toEqual(['1', '2']);
    expect(ids(two.directory.replace('US:941\t0-1', 'US:941\t1'))).toEqual(['2']);
    const badRun = (run: string) => () => planForLead(two.directory.replace('US:941\t0-1', `US:941\t${run}`), readerOf(two), one);
    for (const run of ['1-0', '0-', '-1', '0-2', '0,', 'A', '0-1-1', '0;1']) {
      expect(badRun(run)).toThrow(planFormatError('The cached routing plan is malformed at directory bucket US:941: expected item numbers of the plan.'));
    }
    const offsets = two.shards[0]!.slice(0, two.shards[0]!.indexOf('\n'));
    expect(offsets).toMatch(/^[0-9a-z]{8}$/);
    for (const corrupt of [`${offsets.slice(0, 7)}!`, `${offsets.slice(0, 3)}Z${offsets.slice(4)}`]) {
      expect(() => planForLead(two.directory, () => two.shards[0]!.replace(offsets, corrupt), one)).toThrow(
        planFormatError('The cached routing plan is malformed at shard 0: expected offsets of items 0 to 1.'),
      );
    }
    for (const bounds of ['0+94', '-94', '0-', '0-9x', '0-94-1']) {
      expect(() => planForLead(two.directory.replace('US:9=0-94', `US:9=${bounds}`), readerOf(two), one)).toThrow(
        planFormatError('The cached routing plan is malformed at directory region US:9: expected its bounds.'),
      );
    }
  });
});
