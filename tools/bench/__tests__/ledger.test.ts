import { SCRIPT } from '../../../src/netsuite/ids';
import type { Faults, Invocation } from '../../emulator/account';
import type { Emulator } from '../../emulator/host';
import type { AccountFile } from '../../simulator/accountFile';
import { simulate } from '../../simulator/simulate';
import { describeCharges, LedgerTagger, loaderMemberQueries, planShare, searchReads, unitsOf, type ChargeLabel } from '../ledger';

const PLAN = 'tlr_routing/plan';
const paged = (type: string, pages: number): ChargeLabel[] => [
  { api: 'Search.runPaged', units: 5, type },
  ...Array.from({ length: pages }, () => ({ api: 'PagedData.fetch', units: 5, type })),
];

describe('planShare', () => {
  it('is the cache get when the plan was cached', () => {
    const labels: ChargeLabel[] = [{ api: 'Cache.get.hit', units: 1, cache: 'tlr_sweep/lock' }, { api: 'Cache.get.hit', units: 1, cache: PLAN }, ...paged('customrecord_tlr_member', 2)];
    expect(planShare(labels, 2)).toEqual({ units: 1, loaderRan: false, loaderMemberUnits: 0 });
  });

  it('on a miss adds the loader: lists, company time zone, territories, its member queries, not the run’s own member read after them; and the shards', () => {
    const memberQuery: ChargeLabel = { api: 'query.runSuiteQL', units: 10, type: 'customrecord_tlr_member' };
    const labels: ChargeLabel[] = [
      { api: 'ResultSet.getRange', units: 10, type: 'scriptdeployment' },
      { api: 'Cache.get.miss', units: 2, cache: PLAN },
      ...paged('customlist_tlr_method', 1),
      ...paged('customlist_tlr_status', 1),
      { api: 'config.load', units: 10 },
      { api: 'query.runSuiteQL', units: 10, type: 'customrecord_tlr_territory' },
      memberQuery,
      memberQuery,
      { api: 'Cache.put', units: 1, cache: `${PLAN}.k1.1` },
      { api: 'Cache.get.hit', units: 1, cache: `${PLAN}.k1.1` },
      memberQuery,
      memberQuery,
    ];
    expect(planShare(labels, 2)).toEqual({ units: 2 + 10 + 10 + 10 + 10 + 20 + 2, loaderRan: true, loaderMemberUnits: 20 });
  });

  it('is nothing when the plan was not read', () => {
    expect(planShare([{ api: 'Cache.get.hit', units: 1, cache: 'tlr_sweep/lock' }], 1)).toEqual({ units: 0, loaderRan: false, loaderMemberUnits: 0 });
  });
});

describe('loaderMemberQueries', () => {
  const withMembers = (ids: number[], inactive: number[] = []) =>
    ({ store: { all: () => [...ids.map((id) => ({ id: String(id), values: {} })), ...inactive.map((id) => ({ id: String(id), values: { isinactive: true } }))] } }) as unknown as Emulator;

  it('counts the blocks of ten ids holding an active member, 5,000 a query, and the short last query', () => {
    // 20,000 consecutive ids fill 2,001 blocks: one query. The same count one per block: 20,000 blocks, five queries.
    expect(loaderMemberQueries(withMembers(Array.from({ length: 20_000 }, (_, index) => index + 1)))).toBe(1);
    expect(loaderMemberQueries(withMembers(Array.from({ length: 20_000 }, (_, index) => (index + 1) * 10)))).toBe(5);
    // Inactive members are not read: their blocks do not count.
    expect(loaderMemberQueries(withMembers(Array.from({ length: 4_999 }, (_, index) => (index + 1) * 10), [50_010, 50_020]))).toBe(1);
  });
});

describe('searchReads', () => {
  it('keeps a paged read with its pages, and a getRange or a SuiteQL query on its own, in call order', () => {
    const labels: ChargeLabel[] = [
      ...paged('customer', 3),
      { api: 'record.submitFields', units: 5 },
      { api: 'ResultSet.getRange', units: 10, type: 'lead' },
      { api: 'query.runSuiteQL', units: 10, type: 'customer' },
      ...paged('customer', 0),
      { api: 'query.runSuiteQL', units: 10, type: 'customer' },
    ];
    expect(searchReads(labels)).toEqual([
      { type: 'customer', kind: 'search', units: 20, pages: 3 },
      { type: 'lead', kind: 'search', units: 10, pages: 0 },
      { type: 'customer', kind: 'query', units: 10, pages: 0 },
      { type: 'customer', kind: 'search', units: 5, pages: 0 },
      { type: 'customer', kind: 'query', units: 10, pages: 0 },
    ]);
  });
});

describe('unitsOf and describeCharges', () => {
  it('adds the matching charges and names each charge with what it searched', () => {
    const labels: ChargeLabel[] = [{ api: 'Cache.get.hit', units: 1, cache: PLAN }, { api: 'ResultSet.getRange', units: 10, type: 'lead' }];
    expect(unitsOf(labels, (label) => label.type !== undefined)).toBe(10);
    expect(describeCharges(labels)).toBe('Cache.get.hit 1, ResultSet.getRange [lead] 10');
  });
});

describe('LedgerTagger', () => {
  it('tags a query once, by its FROM table, and never passes its other tables to an earlier untagged charge', () => {
    // An earlier invocation ends with a page the hook never saw (served from rows its search had read).
    const earlier = { charges: [{ api: 'Search.runPaged', units: 5 }, { api: 'PagedData.fetch', units: 5 }] } as Invocation;
    const running = { charges: [{ api: 'Cache.get.hit', units: 1 }] } as Invocation;
    const ledger = { faults: {} as Faults, invocations: [earlier, running] };
    const tagger = new LedgerTagger(ledger as unknown as Emulator);

    running.charges.push({ api: 'query.runSuiteQL', units: 10 });
    for (const table of ['customrecord_tlr_member', 'employee', 'customer']) ledger.faults.onSearch!(table);
    running.charges.push({ api: 'query.runSuiteQL', units: 10 });
    ledger.faults.onSearch!('employee');

    expect(describeCharges(tagger.labels(running))).toBe('Cache.get.hit 1, query.runSuiteQL [customrecord_tlr_member] 10, query.runSuiteQL [employee] 10');
    expect(describeCharges(tagger.labels(earlier))).toBe('Search.runPaged 5, PagedData.fetch 5');
  });
});

describe('LedgerTagger on the built lead user event', () => {
  // Load balancing makes the member query read three tables (members, employees, and customers for the open leads).
  const account: AccountFile = {
    today: '2026-11-26',
    parameters: { custscript_tlr_match_owner: true },
    records: {
      employee: [{ id: '7', entityid: 'Ana Ruiz', issalesrep: true }],
      customrecord_tlr_territory: [{ id: '1', name: 'West', custrecord_tlr_countries: 'US', custrecord_tlr_method: 'val_tlr_load_balanced' }],
      customrecord_tlr_member: [{ id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7' }],
    },
    leads: ['Zeta', 'Yotta'].map((name) => ({
      externalid: name,
      companyname: name,
      email: `jo@${name.toLowerCase()}.example`,
      addressbook: [{ defaultbilling: true, addressbookaddress: { country: 'US' } }],
    })),
  };

  it('names a query by its FROM table once and every search by its record type', () => {
    let tagger: LedgerTagger | undefined;
    const { emulator } = simulate(account, { prepare: (prepared) => (tagger = new LedgerTagger(prepared)) });

    const [, warm] = emulator.invocations.filter((invocation) => invocation.scriptId === SCRIPT.ueLead && invocation.entryPoint === 'beforeSubmit');
    expect(describeCharges(tagger!.labels(warm!))).toBe(
      'Cache.get.hit 1, Search.runPaged [customer] 5, query.runSuiteQL [customrecord_tlr_member] 10',
    );
  });
});
