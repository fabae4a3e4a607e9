// The pure unit formulas the sweep, the realignment and the benchmark share.
import { canLoadAddresses } from '../../../src/netsuite/bulk/realignBudget';
import { afterCommitUnits, canRouteLead, canStartBatch, sweepFinishUnits } from '../../../src/netsuite/bulk/sweepBudget';
import { realignInputUnits, realignLargestScope, sweepLeadsPerRun } from './runUnits';
import { idQueryUnits, memberCommitUnits, pagedReadUnits, queryReadUnits, snapshotUnits } from '../../../src/netsuite/unitCosts';

describe('unit costs', () => {
  it('count a paged read as 5 plus 5 per page of 1,000, and a member commit as a load and a save (6) a member', () => {
    expect([pagedReadUnits(0), pagedReadUnits(1), pagedReadUnits(1000), pagedReadUnits(1001)]).toEqual([5, 10, 10, 15]);
    expect([memberCommitUnits(0), memberCommitUnits(3)]).toEqual([0, 18]);
  });

  it('count a keyset SuiteQL read as 10 per full page of 5,000 plus the short page that ends it', () => {
    expect([queryReadUnits(0), queryReadUnits(4999), queryReadUnits(5000), queryReadUnits(12_000)]).toEqual([10, 10, 20, 30]);
  });

  it('count a SuiteQL read by ids as 10 per 5,000 ids, and nothing for none', () => {
    expect([idQueryUnits(0), idQueryUnits(1), idQueryUnits(5000), idQueryUnits(5001)]).toEqual([0, 10, 10, 20]);
  });

  it('count the snapshot as its member read plus a query for outside reps and one for open leads when needed', () => {
    expect(snapshotUnits({ members: 40, repsRead: 0, openLeadReps: 0 })).toBe(10);
    expect(snapshotUnits({ members: 8000, repsRead: 2, openLeadReps: 12 })).toBe(40);
  });
});

describe('sweep budget', () => {
  it('keeps enough to commit members, release the lock and queue the continuation', () => {
    expect(sweepFinishUnits(3)).toBe(18 + 2 + 20 + 20);
    expect(sweepFinishUnits(3, 40)).toBe(sweepFinishUnits(3) + 40);
    expect(afterCommitUnits(40)).toBe(40 + 2 + 20);
    expect(canRouteLead(10 + sweepFinishUnits(4), 3)).toBe(true);
    expect(canRouteLead(9 + sweepFinishUnits(4), 3)).toBe(false);
    expect(canStartBatch(2 + 10 + 30 + 10 + sweepFinishUnits(1), 0)).toBe(true);
    expect(canStartBatch(1 + 10 + 30 + 10 + sweepFinishUnits(1), 0)).toBe(false);
  });

  it('routes 1,848 leads per 10,000-unit run with owner matching on and 40 members; a little more without owner searches', () => {
    expect(sweepLeadsPerRun(10_000, { snapshot: { members: 40, repsRead: 2, openLeadReps: 12 }, ownerSearchRows: 1000, members: 40 })).toBe(1848);
    expect(sweepLeadsPerRun(10_000, { snapshot: { members: 3, repsRead: 0, openLeadReps: 0 }, ownerSearchRows: null, members: 3 })).toBe(1932);
  });
});

describe('realignment input budget', () => {
  const snapshot = { members: 40, repsRead: 0, openLeadReps: 0 };
  const shape = { leads: 5000, customerRows: 10_000, addressLoads: 0, savedSearch: false, snapshot };

  it('counts the default scope and its owner pool as one customer read: 10 units per 5,000 rows', () => {
    expect(realignInputUnits(shape)).toBe(15 + 10 + 1 + 10 + 30); // settings, Mode list, plan, snapshot, customers
    expect(realignInputUnits(shape) - realignInputUnits({ ...shape, leads: 4000, customerRows: 9999 })).toBe(10);
  });

  it('adds 5 per address load, and the saved search with its paged read when one narrows the scope', () => {
    expect(realignInputUnits({ ...shape, addressLoads: 3 }) - realignInputUnits(shape)).toBe(15);
    expect(realignInputUnits({ ...shape, savedSearch: true, customerRows: 5000 }) - realignInputUnits(shape)).toBe(5 + 30 - 10);
    expect(realignInputUnits({ ...shape, savedSearch: true, customerRows: null }) - realignInputUnits(shape)).toBe(5 + 30 - 30);
  });

  it('reads about 1.66 million leads within 10,000 units when the owner pool is twice the scope', () => {
    expect(realignLargestScope(10_000, { ownerRecordsPerLead: 2, snapshot: { members: 2000, repsRead: 12, openLeadReps: 0 } })).toBe(1_658_333);
  });

  it('checks address loads against the remaining units before loading any', () => {
    expect(canLoadAddresses(5 * 100 + 20, 100)).toBe(true);
    expect(canLoadAddresses(5 * 100 + 19, 100)).toBe(false);
  });
});
