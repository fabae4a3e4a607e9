// End to end: `npm run bench -- --json --quick` in a child process, as a user or CI would run it. The emulator
// The quick bench is a smoke run of every figure, not a timing: its time limit only stops a hung run, and leaves room
// for a loaded machine.
// suites run the built scripts (FileCabinet/): `npm test` builds them first.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SIZES = [10, 100, 1000, 10000];
const ENGINE_FIGURES = ['indexedPerSec', 'referencePerSec', 'ratio', 'indexedMicrosPerLead', 'timeVs10', 'indexedLeads', 'referenceLeads'];

async function runBench(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(TSX, ['tools/bench/main.ts', ...args], { cwd: ROOT, timeout: 180_000 });
  return stdout;
}

describe('npm run bench -- --json --quick', () => {
  let stdout: string;
  let result: Record<string, unknown>;

  beforeAll(async () => {
    stdout = await runBench('--json', '--quick');
    result = JSON.parse(stdout) as Record<string, unknown>;
  }, 185_000);

  it('prints exactly one JSON object on stdout', () => {
    expect(stdout.trimStart().startsWith('{')).toBe(true);
    expect(typeof result).toBe('object');
    expect(Array.isArray(result)).toBe(false);
  });

  it('has one engine entry per size, each with positive figures', () => {
    const engine = result.engine as Array<Record<string, unknown>>;
    expect(engine.map((entry) => entry.territories)).toEqual(SIZES);
    for (const entry of engine) {
      for (const key of ENGINE_FIGURES) {
        expect(typeof entry[key]).toBe('number');
        expect(entry[key]).toBeGreaterThan(0);
      }
    }
  });

  it('has the plan compile time and the plan size', () => {
    expect(result.compileMs10k).toBeGreaterThan(0);
    expect(result.planBytes2k).toBeGreaterThan(0);
  });

  it('has the most units one lead create used, warm (owner matching off and on) and cold, and their medians', () => {
    for (const key of ['units', 'unitsMedian']) {
      const units = result[key] as Record<string, unknown>;
      expect(Object.keys(units).sort()).toEqual(['cold', 'warmOwnerOff', 'warmOwnerOn']);
      for (const value of Object.values(units)) expect(value).toBeGreaterThan(0);
    }
    const { warmOwnerOff, warmOwnerOn, cold } = result.units as { warmOwnerOff: number; warmOwnerOn: number; cold: number };
    // A cold create pays for loading the plan on top of what a warm one pays.
    expect(cold).toBeGreaterThan(Math.min(warmOwnerOff, warmOwnerOn));
  });

  it('has the scale figures per size: units, CPU, the first lead, the largest stored value under N/cache\'s limit', () => {
    const [figures] = result.scale as Array<Record<string, number>>;
    expect(figures!.warmCpuMs).toBeGreaterThan(0);
    expect(figures!.firstLeadUnits).toBeGreaterThan((figures!.warmUnits as unknown as { most: number }).most);
    // A member's first assignment reads its territory's other members after the save, on top of a warm create.
    const first = figures!.firstAssignmentUnits as unknown as { creates: number; median: number };
    expect(first.creates).toBeGreaterThan(0);
    expect(first.median).toBeGreaterThan((figures!.warmUnits as unknown as { median: number }).median);
    expect(Object.keys(figures!.warmUnitsBy as unknown as object)).toEqual(['planBefore', 'membersBefore', 'planAfter', 'memberLoad', 'memberSave', 'rivals']);
    expect(figures!.largestValueBytes).toBeLessThanOrEqual(300_000);
    expect(figures!.headroomPercent).toBeGreaterThanOrEqual(40);
  });

  it('reports the quick simulation under its own key, never as the 10k figure', () => {
    expect(result).not.toHaveProperty('simulateSeconds10k');
    const simulated = result.simulateQuick as Record<string, number>;
    expect(simulated.leads).toBeLessThan(10_000);
    expect(simulated.seconds).toBeGreaterThan(0);
    expect(simulated.overEngine).toBeGreaterThan(1);
    expect(result).not.toHaveProperty('simulateOverEngine');
  });

  it('reports the quick health analysis under its own key, never as the 2,000-territory figure', () => {
    expect(result).not.toHaveProperty('healthAnalysisSeconds2k');
    expect((result.healthAnalysisQuick as Record<string, number>).seconds).toBeGreaterThan(0);
  });

  it('reports the quick what-if under its own key, never as the 100k figure', () => {
    expect(result).not.toHaveProperty('compareSeconds100k');
    const compared = result.compareQuick as Record<string, number>;
    expect(compared.leads).toBeLessThan(100_000);
    expect(compared.seconds).toBeGreaterThan(0);
  });

  it('has the leads one sweep run wrote and the realignment input units per 1,000 leads', () => {
    expect(result.sweepLeadsPerRun).toBeGreaterThan(0);
    const sweep = result.sweepRun as Record<string, unknown>;
    expect(sweep.error).toBeNull();
    expect(sweep.unitsUsed).toBeLessThanOrEqual(sweep.usageLimit as number);
    expect(result.realignInputUnitsPer1000).toBeGreaterThan(0);
    const realign = result.realignRun as Record<string, unknown>;
    expect(realign.leadsInScope).toBeGreaterThan(0);
    expect(realign.planUnits).toBeGreaterThan(0);
    expect(realign.largestScopeByUnits).toBeGreaterThan(realign.leadsInScope as number);
  });

  it('has the console health view\'s units within one request\'s 1,000, with the leads it read', () => {
    const [health] = result.health as Array<Record<string, number>>;
    expect(health!.leads).toBeGreaterThan(0);
    expect(health!.units).toBeGreaterThan(0);
    expect(health!.units).toBeLessThanOrEqual(1_000);
  });

  it('reports the largest prefix deviation of the round robin, under one lead for every weight set', () => {
    const fairness = result.fairness as {
      fiveAndFiveOnes: number;
      hundredAndTenOnes: number;
      randomSets: { sets: number; seed: number; largest: number };
      sampleTerritories: { territories: number; largest: number };
    };
    expect(fairness.randomSets.sets).toBe(300);
    expect(fairness.sampleTerritories.territories).toBeGreaterThan(0);
    const largest = [fairness.fiveAndFiveOnes, fairness.hundredAndTenOnes, fairness.randomSets.largest, fairness.sampleTerritories.largest];
    for (const figure of largest) {
      expect(figure).toBeGreaterThan(0);
      expect(figure).toBeLessThan(1);
    }
  });

  it('says it was a quick run and lists every target with its verdict', () => {
    expect(result.mode).toBe('quick');
    const targets = result.targets as Array<Record<string, unknown>>;
    // The emulator suites judge their targets in a full run only (a quick account is much smaller).
    expect(targets).toHaveLength(5);
    for (const target of targets) {
      expect(typeof target.description).toBe('string');
      expect(typeof target.passed).toBe('boolean');
    }
  });
});
