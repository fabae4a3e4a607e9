import { benchSettings } from '../options';
import type { Progress } from '../progress';
import { renderReport } from '../report';
import { runSuites, totalSteps } from '../runSuites';
import type { Suite, SuiteResult } from '../suite';

const silentProgress: Progress = { begin() {}, finish() {} };

function suite(name: string, result: Partial<SuiteResult>, steps = 1): Suite {
  return { name, steps: () => steps, run: () => ({ json: {}, report: [], targets: [], ...result }) };
}

describe('runSuites', () => {
  it('merges every suite’s keys into one object beside the mode and all targets', async () => {
    const first = suite('first', { json: { a: 1 }, targets: [{ description: 'a ≥ 1', measured: '1', passed: true }] });
    const second: Suite = { ...suite('second', {}), run: async () => ({ json: { b: 2 }, report: ['b is 2'], targets: [] }) };
    const result = await runSuites([first, second], benchSettings(true), silentProgress);
    expect(result.json).toEqual({ mode: 'quick', a: 1, b: 2, targets: [{ description: 'a ≥ 1', measured: '1', passed: true }] });
    expect(result.sections).toEqual([[], ['b is 2']]);
  });

  it('refuses a key two suites report, or one the runner writes', async () => {
    const settings = benchSettings(true);
    await expect(runSuites([suite('one', { json: { a: 1 } }), suite('two', { json: { a: 2 } })], settings, silentProgress)).rejects.toThrow(
      'suite "two" reports key "a", which is already taken',
    );
    await expect(runSuites([suite('one', { json: { targets: [] } })], settings, silentProgress)).rejects.toThrow('key "targets"');
  });

  it('adds up the steps of all suites for the progress bar', () => {
    expect(totalSteps([suite('one', {}, 2), suite('two', {}, 3)], benchSettings(true))).toBe(5);
  });
});

describe('renderReport', () => {
  it('prints each section, then one PASS or FAIL line per target', async () => {
    const targets = [
      { description: 'fast', measured: '1 ms', passed: true },
      { description: 'small', measured: '9 bytes', passed: false },
    ];
    const result = await runSuites([suite('one', { report: ['line'], targets })], benchSettings(false), silentProgress);
    expect(renderReport(result, false)).toEqual(['Territory Lead Routing benchmark', '', 'line', '', 'Targets', 'PASS  fast: 1 ms', 'FAIL  small: 9 bytes']);
  });
});
