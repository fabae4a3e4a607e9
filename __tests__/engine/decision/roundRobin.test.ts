import type { Decision, MemberRow } from '../../../src/engine/types';
import type { World } from './fixtures';
import { context, decide, fakeAnswers, lead, memberRow, plan, rep, territoryRow, world } from './fixtures';

/** Routes `count` leads one after another, committing each member update as the scripts would. */
function routeInTurn(count: number, members: MemberRow[], account: World): Decision[] {
  const territories = plan([territoryRow()], members);
  const { answer } = fakeAnswers(account);
  return Array.from({ length: count }, () => {
    const decision = decide(territories, lead(), context(answer));
    const update = decision.memberUpdate;
    if (update !== null) account.states[update.memberId] = { turns: update.turns, assigned: update.assigned };
    return decision;
  });
}

const team = () => [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee')];

describe('round robin', () => {
  it('gives weights 2:1 the pattern A B A over nine leads: the weight-2 member waits while ahead of the mean', () => {
    const account = world({ reps: team() });

    const decisions = routeInTurn(9, [memberRow({ id: '11', repId: '7', weight: 2 }), memberRow({ id: '12', repId: '8', weight: 1 })], account);

    expect(decisions.map((decision) => decision.repId)).toEqual(['7', '8', '7', '7', '8', '7', '7', '8', '7']);
    expect(decisions.map((decision) => decision.memberUpdate?.turns)).toEqual([0.5, 1, 1, 1.5, 2, 2, 2.5, 3, 3]);
    expect(account.states).toEqual({ '11': { turns: 3, assigned: 6 }, '12': { turns: 3, assigned: 3 } });
    // Lead 2: Ana's 0.5 is above the weighted mean (2·0.5 + 1·0) / 3 = 1/3, so Bo's 0 + 1 wins over her 0.5 + 0.5.
    expect(decisions[1]?.trace.territories[0]?.members?.map((member) => [member.effectiveTurns, member.score])).toEqual([
      [0.5, 1],
      [0, 1],
    ]);
    expect(decisions[0]?.reason).toBe('Routed to Ana Ruiz by territory West (priority 10: country US), weighted round robin, among 2 eligible reps.');
  });

  it('rotates equal weights in member id order, comparing ids as numbers', () => {
    const account = world({ reps: team() });
    const members = [memberRow({ id: '11', repId: '9' }), memberRow({ id: '9', repId: '7' }), memberRow({ id: '10', repId: '8' })];

    const decisions = routeInTurn(6, members, account);

    expect(decisions.map((decision) => decision.memberUpdate?.memberId)).toEqual(['9', '10', '11', '9', '10', '11']);
    expect(decisions.map((decision) => decision.memberUpdate?.assigned)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('ranks a member passed over by leads routed at the same moment by its real turns: it catches up before lighter members wait', () => {
    // Leads in flight together all went to Ana (11): Bo (12, weight 1) and Cy (13, weight 3) are behind by more than
    // a turn, having been assigned before. Only a member that comes back counts as M − 1; these two are ranked by
    // what they have: Bo's 3 + 1 and 4 + 1 beat Cy's 5 + 1/3, then Cy's 5⅓ and 5⅔ beat Bo's 6. Floored, both would
    // count as 8 and Cy's weight would take every lead until Cy reached 8.
    const account = world({
      reps: team(),
      states: { '11': { turns: 9, assigned: 9 }, '12': { turns: 3, assigned: 3 }, '13': { turns: 5, assigned: 15 } },
    });
    const members = [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' }), memberRow({ id: '13', repId: '9', weight: 3 })];

    const decisions = routeInTurn(4, members, account);

    expect(decisions.map((decision) => decision.memberUpdate?.memberId)).toEqual(['12', '12', '13', '13']);
    expect(decisions[0]?.trace.territories[0]?.members?.map((member) => member.effectiveTurns)).toEqual([9, 3, 5]);
  });

  it('still counts a member whose time away has ended as M − 1', () => {
    const account = world({
      reps: team(),
      states: { '11': { turns: 9, assigned: 9 }, '12': { turns: 9, assigned: 9 }, '13': { turns: 2, assigned: 2 } },
    });
    const members = [
      memberRow({ id: '11', repId: '7' }),
      memberRow({ id: '12', repId: '8' }),
      memberRow({ id: '13', repId: '9', awayFrom: '2026-11-01', awayUntil: '2026-11-20' }),
    ];

    const [first] = routeInTurn(1, members, account);

    expect(first?.trace.territories[0]?.members?.map((member) => member.effectiveTurns)).toEqual([9, 9, 8]);
    expect(first?.memberUpdate).toMatchObject({ memberId: '13', turns: 9 });
  });

  it('gives a member back with few turns at most one extra lead before the rotation resumes', () => {
    const account = world({
      reps: team(),
      states: { '11': { turns: 7, assigned: 7 }, '12': { turns: 7, assigned: 7 }, '13': { turns: 0, assigned: 0 } },
    });
    const members = [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' }), memberRow({ id: '13', repId: '9' })];

    const decisions = routeInTurn(6, members, account);

    expect(decisions.map((decision) => decision.memberUpdate?.memberId)).toEqual(['13', '11', '12', '13', '11', '12']);
    // Its turns are lifted to M − 1 = 6 before the pick, so one lead brings it level with the others.
    expect(decisions[0]?.memberUpdate).toMatchObject({ memberId: '13', turns: 7, assigned: 1 });
    expect(decisions[0]?.trace.territories[0]?.members?.map((member) => member.effectiveTurns)).toEqual([7, 7, 6]);
  });

  it('treats three committed thirds as a tie with one whole turn, so the lower id still wins', () => {
    const account = world({ reps: team(), states: { '12': { turns: 0.6666666666, assigned: 2 } } });
    const members = [memberRow({ id: '11', repId: '8', weight: 1 }), memberRow({ id: '12', repId: '7', weight: 3 })];

    const [decision] = routeInTurn(1, members, account);

    // 0.6666666666 + 0.3333333333 = 0.9999999999 ties with member 11's 0 + 1/1.
    expect(decision?.memberUpdate).toMatchObject({ memberId: '11', turns: 1, assigned: 1 });
  });
});
