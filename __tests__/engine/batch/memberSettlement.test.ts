import { settleMemberChange, withdrawnByMember, type MemberChange } from '../../../src/engine/batch';

const change = (overrides: Partial<MemberChange> = {}): MemberChange => ({
  memberId: '11',
  territoryId: '1',
  repId: '7',
  before: { turns: 3, assigned: 9 },
  after: { turns: 5.5, assigned: 12 },
  lastAssigned: '2026-11-26T09:00:00.000Z',
  ...overrides,
});

describe('settleMemberChange', () => {
  it("commits the run's own final state when nothing else touched the member", () => {
    expect(settleMemberChange(change(), { turns: 3, assigned: 9 })).toEqual({
      memberId: '11', territoryId: '1', repId: '7', turns: 5.5, assigned: 12, lastAssigned: '2026-11-26T09:00:00.000Z',
    });
  });

  it('keeps the picks the lead user event committed during the run', () => {
    expect(settleMemberChange(change(), { turns: 4, assigned: 10 })).toMatchObject({ turns: 6.5, assigned: 13 });
  });

  it('keeps the later last assignment: a lead the user event committed after the run picked, else the run', () => {
    const later = '2026-11-26T09:00:05.000Z';
    expect(settleMemberChange(change(), { turns: 4, assigned: 10, lastAssigned: later }).lastAssigned).toBe(later);
    expect(settleMemberChange(change(), { turns: 4, assigned: 10, lastAssigned: '2026-11-26T08:59:59.000Z' }).lastAssigned).toBe('2026-11-26T09:00:00.000Z');
    expect(settleMemberChange(change(), { turns: 4, assigned: 10, lastAssigned: null }).lastAssigned).toBe('2026-11-26T09:00:00.000Z');
  });

  it('gives back what failed writes took, without binary noise and never below zero', () => {
    expect(settleMemberChange(change({ before: { turns: 0.1, assigned: 0 }, after: { turns: 0.3, assigned: 2 } }), { turns: 0.1, assigned: 0 }, { turns: 0.1, assigned: 1 }))
      .toMatchObject({ turns: 0.2, assigned: 1 });
    expect(settleMemberChange(change(), { turns: 0, assigned: 0 }, { turns: 9, assigned: 9 })).toMatchObject({ turns: 0, assigned: 0 });
  });
});

describe('withdrawnByMember', () => {
  it('adds up the shares per member', () => {
    expect(withdrawnByMember([
      { memberId: '11', turns: 1, assigned: 1 },
      { memberId: '12', turns: 0.5, assigned: 1 },
      { memberId: '11', turns: 0.5, assigned: 1 },
    ])).toEqual(new Map([['11', { turns: 1.5, assigned: 2 }], ['12', { turns: 0.5, assigned: 1 }]]));
  });
});
