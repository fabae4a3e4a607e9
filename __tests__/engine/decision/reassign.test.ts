import { reassignLead, type ReassignInputs } from '../../../src/engine/decision/reassign';
import { NOW, TIME_ZONE, TODAY, lead, memberRow, plan, rep, territoryRow } from './fixtures';

const ana = rep('7', 'Ana Ruiz');
const bo = rep('8', 'Bo Li');
const cy = rep('9', 'Cy Diaz');

function inputs(overrides: Partial<ReassignInputs> = {}, method: 'round_robin' | 'load_balanced' = 'round_robin'): ReassignInputs {
  const compiled = plan(
    [territoryRow({ id: '1', name: 'West', method })],
    [
      memberRow({ id: '11', territoryId: '1', repId: '7' }),
      memberRow({ id: '12', territoryId: '1', repId: '8' }),
      memberRow({ id: '13', territoryId: '1', repId: '9' }),
    ],
  );
  return {
    territory: compiled.territories[0]!,
    lead: lead({ id: '900', salesRepId: '7' }),
    reps: new Map([ana, bo, cy].map((entry) => [entry.id, entry])),
    memberStates: new Map([
      ['11', { turns: 1, assigned: 1 }],
      ['12', { turns: 1, assigned: 4 }],
      ['13', { turns: 0, assigned: 2 }],
    ]),
    openLeads: new Map(),
    now: NOW,
    timeZone: TIME_ZONE,
    limit: { slaHours: 4, workHours: 'Mon-Fri 09:00-17:00 America/New_York', reassignedBefore: 0 },
    ...overrides,
  };
}

describe('reassignLead', () => {
  test('picks the next member other than the current rep by round robin, taking a turn and counting the assignment', () => {
    const { decision } = reassignLead(inputs());
    expect(decision).toMatchObject({
      status: 'REASSIGNED',
      repId: '9',
      territoryId: '1',
      decidedAt: NOW,
      memberUpdate: { memberId: '13', territoryId: '1', repId: '9', turns: 1, assigned: 3, lastAssigned: NOW },
    });
    expect(decision?.reason).toBe(
      'Reassigned from Ana Ruiz to Cy Diaz by territory West: not worked within the 4-hour response time (Mon-Fri 09:00-17:00 America/New_York), reassignment 1; round robin, among 2 eligible reps.',
    );
  });

  test('the current rep is passed over even when it is next in turn', () => {
    const { decision } = reassignLead(inputs({ lead: lead({ id: '900', salesRepId: '9' }) }));
    expect(decision?.repId).toBe('7');
    expect(decision?.reason).toContain('Reassigned from Cy Diaz to Ana Ruiz');
  });

  test('load balanced: fewest open leads among the others', () => {
    const { decision } = reassignLead(inputs({ openLeads: new Map([['7', 0], ['8', 2], ['9', 5]]) }, 'load_balanced'));
    expect(decision?.repId).toBe('8');
  });

  test('counts the reassignment in the reason and says the working hours only when set', () => {
    const { decision } = reassignLead(inputs({ limit: { slaHours: 1.5, workHours: '', reassignedBefore: 1 } }));
    expect(decision?.reason).toContain(': not worked within the 1.5-hour response time, reassignment 2;');
  });

  test('stays with the current rep, saying why, when nobody else is eligible', () => {
    const reps = new Map([ana, rep('8', 'Bo Li', { isInactive: true }), rep('9', 'Cy Diaz', { isSalesRep: false })].map((entry) => [entry.id, entry]));
    expect(reassignLead(inputs({ reps }))).toEqual({
      stays: {
        reason:
          'Stays with Ana Ruiz: not worked within the 4-hour response time (Mon-Fri 09:00-17:00 America/New_York), but nobody else in territory West is eligible (Bo Li inactive and Cy Diaz not a sales rep).',
      },
    });
  });

  test('does not change what it is given', () => {
    const given = inputs();
    const before = JSON.stringify([...given.memberStates]);
    reassignLead(given);
    expect(JSON.stringify([...given.memberStates])).toBe(before);
  });
});
