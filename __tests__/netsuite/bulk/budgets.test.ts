// The pure unit formulas the sweep, the realignment and the benchmark share.
import { RESERVE_UNITS } from '../../../src/netsuite/governance';
import { canLoadAddresses, realignInputUnits, realignLargestScope } from '../../../src/netsuite/bulk/realignBudget';
import { canRouteLead, canStartBatch, sweepFinishUnits, sweepLeadsPerRun } from '../../../src/netsuite/bulk/sweepBudget';
import { ENSURE_RESERVE, memberCommitUnits, pagedReadUnits } from '../../../src/netsuite/bulk/unitCosts';


describe('unit costs', () => {
  it('keep back what ensureUnits keeps back', () => {
    expect(ENSURE_RESERVE).toBe(RESERVE_UNITS);
  });

  it('count a paged read as 5 plus 5 per page of 1,000, and a member commit as that read plus 2 a member', () => {
    expect([pagedReadUnits(0), pagedReadUnits(1), pagedReadUnits(1000), pagedReadUnits(1001)]).toEqual([5, 10, 10, 15]);
    expect([memberCommitUnits(0), memberCommitUnits(3)]).toEqual([0, 16]);
  });
});

describe('sweep budget', () => {
  it('keeps enough to commit members, release the lock and queue the continuation', () => {
    expect(sweepFinishUnits(3)).toBe(16 + 2 + 20 + 20);
    expect(canRouteLead(10 + sweepFinishUnits(4), 3)).toBe(true);
    expect(canRouteLead(9 + sweepFinishUnits(4), 3)).toBe(false);
    expect(canStartBatch(2 + 10 + 30 + 10 + sweepFinishUnits(1), 0)).toBe(true);
    expect(canStartBatch(1 + 10 + 30 + 10 + sweepFinishUnits(1), 0)).toBe(false);
  });

  it('routes 1,878 leads per 10,000-unit run with owner matching on and 40 members; a little more without owner searches', () => {
    expect(sweepLeadsPerRun(10_000, { snapshotSearchRows: [40, 12, 40], ownerSearchRows: 1000, members: 40 })).toBe(1878);
    expect(sweepLeadsPerRun(10_000, { snapshotSearchRows: [3], ownerSearchRows: null, members: 3 })).toBe(1933);
  });
});

describe('realignment input budget', () => {
  it('counts 10 units per 1,000 leads with an owner pool as large, plus 5 per address load and per saved search', () => {
    const shape = { leads: 5000, ownerRecords: 5000, addressLoads: 0, savedSearch: false, snapshotSearchRows: [40] };
    expect(realignInputUnits(shape) - realignInputUnits({ ...shape, leads: 4000, ownerRecords: 4000 })).toBe(10);
    expect(realignInputUnits({ ...shape, addressLoads: 3, savedSearch: true }) - realignInputUnits(shape)).toBe(20);
    expect(realignInputUnits({ ...shape, ownerRecords: null }) - realignInputUnits(shape)).toBe(-30);
  });

  it('reads about 994,000 leads within 10,000 units when the owner pool is as large as the scope', () => {
    expect(realignLargestScope(10_000, { ownerRecordsPerLead: 1, snapshotSearchRows: [40, 12, 40] })).toBe(994_000);
  });

  it('checks address loads against the remaining units before loading any', () => {
    expect(canLoadAddresses(5 * 100 + 20, 100)).toBe(true);
    expect(canLoadAddresses(5 * 100 + 19, 100)).toBe(false);
  });
});
