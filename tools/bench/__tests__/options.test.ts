import { benchSettings, parseOptions, UsageError } from '../options';

describe('parseOptions', () => {
  it('reads --json and --quick in any order', () => {
    expect(parseOptions([])).toEqual({ json: false, quick: false });
    expect(parseOptions(['--quick', '--json'])).toEqual({ json: true, quick: true });
  });

  it('refuses an unknown argument, naming it', () => {
    expect(() => parseOptions(['--fast'])).toThrow(UsageError);
    expect(() => parseOptions(['--fast'])).toThrow('unknown argument "--fast"');
  });
});

describe('benchSettings', () => {
  it('routes 100,000 leads per indexed pass in a full run and several passes for a median', () => {
    const full = benchSettings(false);
    expect(full.leads).toBe(100_000);
    expect(full.repetitions).toBeGreaterThanOrEqual(3);
    expect(full.repetitions % 2).toBe(1);
  });

  it('shrinks every setting for a quick run', () => {
    const full = benchSettings(false);
    const quick = benchSettings(true);
    expect(quick.quick).toBe(true);
    expect(quick.leads).toBeLessThan(full.leads);
    expect(quick.referencePassMs).toBeLessThan(full.referencePassMs);
    expect(quick.warmUpMs).toBeLessThan(full.warmUpMs);
  });
});
