/**
 * Governance units of the console's requests, measured by the emulator on the built Suitelet, against the table in
 * docs/admin-guide.md ("Routing console", units). Each figure is asserted with the calls it is made of, so a
 * wrong total shows which call it came from.
 */
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { REP, consoleAccount } from './consoleAccount';

const FACTS = { action: 'test', country: 'US', state: 'CA', companyname: 'Globex', email: 'jo@globex.example' };

function charges(host: ConsoleHost, params: Record<string, string>, method: 'GET' | 'POST' = 'GET'): { units: number; calls: string[] } {
  const { invocation } = host.request(method, params);
  expect(invocation.error).toBeUndefined();
  return { units: invocation.unitsUsed, calls: invocation.charges.map((charge) => `${charge.api} ${charge.units}`) };
}

/**
 * The calls of a warm test routed by a territory: the lead event's settings (deployment search and load), the
 * cached plan, the owner search (paged: 5 for the count, 5 more for a page when it finds rows), the member query.
 */
const SETTINGS = ['ResultSet.getRange 10', 'record.load 5'];
const WARM_TEST = [...SETTINGS, 'Cache.get.hit 1', 'Search.runPaged 5', 'query.runSuiteQL 10'];
const FORM_CHOICES_HIT = ['Cache.get.hit 1'];

let host: ConsoleHost;
beforeAll(() => {
  host = openConsole(consoleAccount());
  charges(host, FACTS);
});

test('a warm test: 31 units as JSON, 32 as a page (its lists from the cache)', () => {
  expect(charges(host, { ...FACTS, format: 'json' })).toEqual({ units: 31, calls: WARM_TEST });
  expect(charges(host, FACTS)).toEqual({ units: 32, calls: [...WARM_TEST, ...FORM_CHOICES_HIT] });
});

test('asking "why not?" about a rep the trace does not name adds one lookup (1 unit)', () => {
  expect(charges(host, { ...FACTS, rep: REP.sam }).units).toBe(33);
});

test('an existing lead adds its load (5 units); one created with a rep keeps it, as on creation: 22 units', () => {
  const lead = [...host.emulator.store.all('customer')].find((record) => record.values['externalid'] === 'R1')!;
  expect(charges(host, { action: 'test', lead: lead.id, format: 'json' })).toEqual({
    units: 22,
    calls: ['record.load 5', ...SETTINGS, 'Cache.get.hit 1', 'search.lookupFields 1'],
  });
});

test('a refused input costs nothing as JSON and the cached lists as a page', () => {
  expect(charges(host, { action: 'test', country: 'ZZ', format: 'json' })).toEqual({ units: 0, calls: [] });
  expect(charges(host, { action: 'test', country: 'ZZ' })).toEqual({ units: 1, calls: FORM_CHOICES_HIT });
});

test('health: 66 units as JSON (settings, plan, reps, open leads, the first lead of 90 days, the count and one grouped query), 67 as a page', () => {
  const reads = [...SETTINGS, 'Cache.get.hit 1', 'query.runSuiteQL 10', 'query.runSuiteQL 10', 'ResultSet.getRange 10', 'query.runSuiteQL 10', 'query.runSuiteQL 10'];
  expect(charges(host, { action: 'health', format: 'json' })).toEqual({ units: 66, calls: reads });
  expect(charges(host, { action: 'health' })).toEqual({ units: 67, calls: [...reads, ...FORM_CHOICES_HIT] });
});

test('distribution: 66 units as JSON and as a page (settings, plan, the period\'s first and next ids, the count, one grouped query, the reps)', () => {
  const reads = [...SETTINGS, 'Cache.get.hit 1', 'ResultSet.getRange 10', 'ResultSet.getRange 10', 'query.runSuiteQL 10', 'query.runSuiteQL 10', 'query.runSuiteQL 10'];
  expect(charges(host, { action: 'distribution', format: 'json' })).toEqual({ units: 66, calls: reads });
  expect(charges(host, { action: 'distribution' })).toEqual({ units: 66, calls: reads });
  // A refused period: the settings and plan are read first, for the company's today.
  expect(charges(host, { action: 'distribution', from: 'x', format: 'json' })).toEqual({ units: 16, calls: [...SETTINGS, 'Cache.get.hit 1'] });
});

test('a cold test compiles the plan (52 units instead of 1) and reads the lists (27 instead of 1): 109 units', () => {
  host.emulator.caches.clear();
  const cold = charges(host, FACTS);
  const pagedList = ['Search.runPaged 5', 'PagedData.fetch 5'];
  // The plan: two custom lists (a page each), the company time zone, territories and member blocks (one query each);
  // the form: lead sources, categories, no subsidiaries.
  const plan = ['Cache.get.miss 2', ...pagedList, ...pagedList, 'config.load 10', 'query.runSuiteQL 10', 'query.runSuiteQL 10'];
  const choices = ['Cache.get.miss 2', ...pagedList, ...pagedList, 'Search.runPaged 5'];
  expect(cold).toEqual({ units: 109, calls: [...SETTINGS, ...plan, ...WARM_TEST.slice(3), ...choices] });
  expect(charges(host, FACTS).units).toBe(32);
});

test('the realign view: 35 units to read; 65 to start a preview (the Mode list 10, the submit 20)', () => {
  expect(charges(host, { action: 'realign' }).calls).toEqual(['ResultSet.getRange 10', 'record.load 5', 'query.runSuiteQL 10']);
  charges(host, { action: 'realign', mode: 'PREVIEW' }, 'POST');
  host.runPendingJobs();
  expect(charges(host, { action: 'realign' })).toEqual({ units: 35, calls: ['ResultSet.getRange 10', 'record.load 5', 'query.runSuiteQL 10', 'file.load 10'] });
  expect(charges(host, { action: 'realign', mode: 'PREVIEW' }, 'POST')).toEqual({ units: 65, calls: expect.arrayContaining(['Search.runPaged 5', 'PagedData.fetch 5', 'MapReduceScriptTask.submit 20']) });
});
