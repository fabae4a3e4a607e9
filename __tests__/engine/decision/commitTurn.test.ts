import { comesBack, stateAfterTurn, type RivalAtCommit, type WinnerAtCommit } from '../../../src/engine/decision/commitTurn';
import { TODAY, memberRow, plan, rep, territoryRow } from './fixtures';

/** Territory 1 with members 11 (weight 2), 12 and 13; 11 may be given an away window. */
function west(away: { awayFrom?: string; awayUntil?: string } = {}) {
  const compiled = plan(
    [territoryRow({ id: '1' })],
    [
      memberRow({ id: '11', territoryId: '1', repId: '7', weight: 2, ...away }),
      memberRow({ id: '12', territoryId: '1', repId: '8' }),
      memberRow({ id: '13', territoryId: '1', repId: '9' }),
    ],
  );
  const territory = compiled.territories[0]!;
  return { territory, winner: territory.members.find((member) => member.id === '11')! };
}

const rivals = (turns12: number, turns13: number, rep13 = rep('9', 'Cy')): Map<string, RivalAtCommit> =>
  new Map([
    ['12', { turns: turns12, rep: rep('8', 'Bo') }],
    ['13', { turns: turns13, rep: rep13 }],
  ]);

const routedBefore = (turns: number, assigned: number, lastAssignedDay = '2026-11-25'): WinnerAtCommit => ({ turns, assigned, lastAssignedDay });

describe('stateAfterTurn: the lead’s turn added to the state found at commit time (SPEC §3.4, §7)', () => {
  test('adds 1/w and one assignment to what was loaded, whatever the others hold', () => {
    const { territory, winner } = west();
    expect(stateAfterTurn(territory, winner, routedBefore(3, 9), null, TODAY)).toEqual({ turns: 3.5, assigned: 10 });
  });

  test('two commits of leads decided from one reading each add their turn', () => {
    const { territory, winner } = west();
    const first = stateAfterTurn(territory, winner, routedBefore(3, 9), null, TODAY);
    const second = stateAfterTurn(territory, winner, { ...first, lastAssignedDay: TODAY }, null, TODAY);
    expect(second).toEqual({ turns: 4, assigned: 11 });
  });

  test('a member passed over by leads in flight is not lifted: it catches up', () => {
    const { territory, winner } = west();
    expect(comesBack(winner, routedBefore(3, 9), TODAY)).toBe(false);
    expect(stateAfterTurn(territory, winner, routedBefore(3, 9), rivals(9, 9), TODAY)).toEqual({ turns: 3.5, assigned: 10 });
  });

  test('a member back from time away since its last assignment is lifted to M − 1, then takes its turn', () => {
    const { territory, winner } = west({ awayFrom: '2026-11-10', awayUntil: '2026-11-24' });
    const back = routedBefore(2, 4, '2026-11-09');
    expect(comesBack(winner, back, TODAY)).toBe(true);
    expect(stateAfterTurn(territory, winner, back, rivals(10, 10), TODAY)).toEqual({ turns: 9.5, assigned: 5 });
  });

  test('the lift never goes above the least turns of the other available members', () => {
    const { territory, winner } = west({ awayUntil: '2026-11-24' });
    expect(stateAfterTurn(territory, winner, routedBefore(2, 4, '2026-11-01'), rivals(10, 6), TODAY)).toEqual({ turns: 6.5, assigned: 5 });
  });

  test('an unavailable rival (rep not an active sales rep) does not count for M', () => {
    const { territory, winner } = west({ awayUntil: '2026-11-24' });
    const inactive = rep('9', 'Cy', { isInactive: true });
    expect(stateAfterTurn(territory, winner, routedBefore(2, 4, '2026-11-01'), rivals(5, 40, inactive), TODAY)).toEqual({ turns: 4.5, assigned: 5 });
  });

  test('an away window that ended before the last assignment, or still runs, is no return', () => {
    expect(comesBack(west({ awayUntil: '2026-11-20' }).winner, routedBefore(2, 4, '2026-11-21'), TODAY)).toBe(false);
    expect(comesBack(west({ awayFrom: '2026-12-01' }).winner, routedBefore(2, 4), TODAY)).toBe(false);
  });

  test('a new member (never assigned, no turns) comes back; a member with turns but no stamp does not', () => {
    const { territory, winner } = west();
    const fresh: WinnerAtCommit = { turns: 0, assigned: 0, lastAssignedDay: null };
    expect(comesBack(winner, fresh, TODAY)).toBe(true);
    expect(stateAfterTurn(territory, winner, fresh, rivals(4, 5), TODAY)).toEqual({ turns: 4.5, assigned: 1 });
    expect(comesBack(winner, { turns: 1, assigned: 1, lastAssignedDay: null }, TODAY)).toBe(false);
  });
});
