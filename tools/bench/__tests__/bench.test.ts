// End to end: `npm run bench -- --json --quick` in a child process, as a user or CI would run it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SIZES = [10, 100, 1000, 10000];
const ENGINE_FIGURES = ['indexedPerSec', 'referencePerSec', 'ratio', 'indexedMicrosPerLead', 'timeVs10', 'indexedLeads', 'referenceLeads'];

async function runBench(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(TSX, ['tools/bench/main.ts', ...args], { cwd: ROOT, timeout: 25_000 });
  return stdout;
}

describe('npm run bench -- --json --quick', () => {
  let stdout: string;
  let result: Record<string, unknown>;

  beforeAll(async () => {
    stdout = await runBench('--json', '--quick');
    result = JSON.parse(stdout) as Record<string, unknown>;
  }, 30_000);

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

  it('says it was a quick run and lists every target with its verdict', () => {
    expect(result.mode).toBe('quick');
    const targets = result.targets as Array<Record<string, unknown>>;
    expect(targets).toHaveLength(4);
    for (const target of targets) {
      expect(typeof target.description).toBe('string');
      expect(typeof target.passed).toBe('boolean');
    }
  });
});
