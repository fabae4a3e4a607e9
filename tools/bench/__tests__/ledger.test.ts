import { describeCharges, planShare, searchReads, unitsOf, type ChargeLabel } from '../ledger';

const PLAN = 'tlr_routing/plan';
const paged = (type: string, pages: number): ChargeLabel[] => [
  { api: 'Search.runPaged', units: 5, type },
  ...Array.from({ length: pages }, () => ({ api: 'PagedData.fetch', units: 5, type })),
];

describe('planShare', () => {
  it('is the cache get when the plan was cached', () => {
    const labels: ChargeLabel[] = [{ api: 'Cache.get.hit', units: 1, cache: 'tlr_sweep/lock' }, { api: 'Cache.get.hit', units: 1, cache: PLAN }, ...paged('customrecord_tlr_member', 2)];
    expect(planShare(labels)).toEqual({ units: 1, loaderRan: false, loaderMemberUnits: 0 });
  });

  it('on a miss adds the loader: lists, territories, then one member read, not the run’s own member read after it', () => {
    const labels: ChargeLabel[] = [
      { api: 'ResultSet.getRange', units: 10, type: 'scriptdeployment' },
      { api: 'Cache.get.miss', units: 2, cache: PLAN },
      ...paged('customlist_tlr_method', 1),
      ...paged('customlist_tlr_status', 1),
      ...paged('customrecord_tlr_territory', 2),
      ...paged('customrecord_tlr_member', 8),
      ...paged('customrecord_tlr_member', 8),
    ];
    expect(planShare(labels)).toEqual({ units: 2 + 10 + 10 + 15 + 45, loaderRan: true, loaderMemberUnits: 45 });
  });

  it('is nothing when the plan was not read', () => {
    expect(planShare([{ api: 'Cache.get.hit', units: 1, cache: 'tlr_sweep/lock' }])).toEqual({ units: 0, loaderRan: false, loaderMemberUnits: 0 });
  });
});

describe('searchReads', () => {
  it('keeps a paged read with its pages and a getRange on its own, in call order', () => {
    const labels: ChargeLabel[] = [
      ...paged('customer', 3),
      { api: 'record.submitFields', units: 5 },
      { api: 'ResultSet.getRange', units: 10, type: 'lead' },
      ...paged('customer', 0),
    ];
    expect(searchReads(labels)).toEqual([
      { type: 'customer', units: 20, pages: 3 },
      { type: 'lead', units: 10, pages: 0 },
      { type: 'customer', units: 5, pages: 0 },
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
