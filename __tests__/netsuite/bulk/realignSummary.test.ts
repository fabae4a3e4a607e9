// The realignment's summarize stage against Oracle's mocked N modules: the map errors NetSuite hands it are each
// logged and counted. (An emulated map stage cannot fail that way: the script catches its own errors per lead.)
import log from 'N/log';
import runtime from 'N/runtime';
import entry from '../../../src/scripts/tlr_mr_realign';


const iterate = (entries: unknown[][]) => ({ iterator: () => ({ each: (callback: (...args: unknown[]) => boolean) => entries.forEach((pair) => callback(...pair)) }) });

test('logs every map error NetSuite reports, with the counts', () => {
  // PREVIEW without a report folder: nothing to commit, no file to write.
  jest.mocked(runtime.getCurrentScript).mockReturnValue({ getParameter: () => null } as never);
  const errors = [['lead:901', JSON.stringify({ name: 'SSS_USAGE_LIMIT_EXCEEDED', message: 'Script Execution Usage Limit Exceeded' }), 1]];
  const output = [['tally', JSON.stringify({ kind: 'tally', tally: { inScope: 1, changes: 1, unchanged: 0, routingErrors: 0, addressLoads: 0 } })]];

  entry.summarize({ inputSummary: { error: '' }, mapSummary: { errors: iterate(errors) }, reduceSummary: { errors: iterate([]) }, output: iterate(output) } as never);

  expect(jest.mocked(log.error).mock.calls.map(([line]) => line)).toEqual([
    { title: 'Realignment map error (lead:901)', details: 'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded' },
  ]);
  const [finished] = jest.mocked(log.audit).mock.calls.at(-1)!;
  expect(JSON.parse((finished as { details: string }).details)).toMatchObject({ mapErrors: 1, inScope: 1, written: 0 });
});
