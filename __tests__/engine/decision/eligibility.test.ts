import { describeAway, isAway } from '../../../src/engine/decision/away';
import { assessMember } from '../../../src/engine/decision/eligibility';
import type { PlanMember } from '../../../src/engine/types';
import { TODAY, rep } from './fixtures';

function member(overrides: Partial<PlanMember> = {}): PlanMember {
  return { id: '11', repId: '7', weight: 1, capacity: null, awayFrom: null, awayUntil: null, ...overrides };
}

describe('isAway', () => {
  it.each([
    [null, null, false],
    ['2026-11-26', null, true],
    ['2026-11-27', null, false],
    [null, '2026-11-26', true],
    [null, '2026-11-25', false],
    ['2026-11-20', '2026-11-26', true],
    ['2026-11-26', '2026-11-26', true],
    ['2026-11-27', '2026-12-01', false],
    ['2026-11-01', '2026-11-25', false],
  ])('from %s until %s on 2026-11-26 → %s', (awayFrom, awayUntil, away) => {
    expect(isAway({ awayFrom, awayUntil }, TODAY)).toBe(away);
  });

  it('describes each kind of window', () => {
    expect(describeAway({ awayFrom: '2026-11-20', awayUntil: null })).toBe('away since 2026-11-20');
    expect(describeAway({ awayFrom: null, awayUntil: '2026-12-01' })).toBe('away until 2026-12-01');
    expect(describeAway({ awayFrom: '2026-11-20', awayUntil: '2026-12-01' })).toBe('away 2026-11-20 to 2026-12-01');
  });
});

describe('assessMember', () => {
  const state = () => ({ turns: 3, assigned: 9 });

  it('finds an active, present sales rep under capacity eligible', () => {
    expect(assessMember({ member: member({ capacity: 5 }), rep: rep('7', 'Ana Ruiz'), state: state(), openLeads: 4 }, TODAY)).toEqual({
      memberId: '11',
      repId: '7',
      repName: 'Ana Ruiz',
      weight: 1,
      turns: 3,
      openLeads: 4,
      eligible: true,
    });
  });

  it.each([
    ['an unknown rep', undefined, 'REP_UNKNOWN', 'not a known employee'],
    ['an inactive rep', rep('7', 'Ana Ruiz', { isInactive: true }), 'REP_INACTIVE', 'inactive'],
    ['an employee who is not a sales rep', rep('7', 'Ana Ruiz', { isSalesRep: false }), 'NOT_SALES_REP', 'not a sales rep'],
  ])('refuses %s', (_case, known, why, detail) => {
    expect(assessMember({ member: member(), rep: known, state: state(), openLeads: undefined }, TODAY)).toMatchObject({ eligible: false, why, detail });
  });

  it('refuses a member who is away, before looking at capacity', () => {
    const trace = assessMember({ member: member({ awayUntil: '2026-12-01', capacity: 0 }), rep: rep('7', 'Ana Ruiz'), state: state(), openLeads: undefined }, TODAY);

    expect(trace).toMatchObject({ eligible: false, why: 'AWAY', detail: 'away until 2026-12-01' });
  });

  it('refuses a rep at capacity, including capacity 0', () => {
    const atCapacity = assessMember({ member: member({ capacity: 5 }), rep: rep('7', 'Ana Ruiz'), state: state(), openLeads: 5 }, TODAY);
    const none = assessMember({ member: member({ capacity: 0 }), rep: rep('7', 'Ana Ruiz'), state: state(), openLeads: 0 }, TODAY);

    expect(atCapacity).toMatchObject({ eligible: false, why: 'AT_CAPACITY', detail: 'at capacity 5 of 5' });
    expect(none).toMatchObject({ eligible: false, why: 'AT_CAPACITY', detail: 'at capacity 0 of 0' });
  });

  it('names an unknown rep by its id', () => {
    expect(assessMember({ member: member({ repId: '44' }), rep: undefined, state: state(), openLeads: undefined }, TODAY).repName).toBe('employee #44');
  });
});
