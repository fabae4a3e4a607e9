import { pickMember } from '../../../src/engine/decision/pickMember';
import { compareScores, roundTurns } from '../../../src/engine/decision/turns';

describe('pickMember', () => {
  it('has nobody to pick from an empty list', () => {
    expect(pickMember('round_robin', [])).toBeNull();
  });

  it('scores every contender and commits the winner turns rounded to 10 decimals', () => {
    const pick = pickMember('round_robin', [
      { memberId: '1', weight: 3, turns: 2 },
      { memberId: '2', weight: 1, turns: 2.5 },
    ]);

    expect(pick?.winner.contender.memberId).toBe('1');
    expect(pick?.scores.map(({ contender, effectiveTurns, nextTurns, score }) => [contender.memberId, effectiveTurns, nextTurns, score])).toEqual([
      ['1', 2, 2.3333333333, 2.3333333333],
      ['2', 2.5, 3.5, 3.5],
    ]);
  });

  it('lifts a member far behind to M − 1 so it cannot take a burst', () => {
    const pick = pickMember('round_robin', [
      { memberId: '1', weight: 1, turns: 10 },
      { memberId: '2', weight: 1, turns: 0 },
    ]);

    expect(pick?.winner).toMatchObject({ contender: { memberId: '2' }, effectiveTurns: 9, nextTurns: 10 });
  });

  it('applies the floor M − 1 only to contenders that come back', () => {
    const contenders = [
      { memberId: '1', weight: 3, turns: 7 },
      { memberId: '2', weight: 1, turns: 4 },
      { memberId: '3', weight: 1, turns: 10 },
    ];

    // Everyone floored: 1 and 2 both count as 9, and 9 + 1/3 beats 9 + 1.
    expect(pickMember('round_robin', contenders)?.winner).toMatchObject({ contender: { memberId: '1' }, effectiveTurns: 9 });
    // Nobody comes back: real turns rank them, 4 + 1 beats 7 + 1/3.
    expect(pickMember('round_robin', contenders, () => false)?.winner).toMatchObject({ contender: { memberId: '2' }, effectiveTurns: 4, nextTurns: 5 });
  });

  it('lets only members at or below the weighted mean of effective turns win, even against a smaller e + 1/w', () => {
    // Mean (5·1 + 1·0.5 + 1·0.5) / 7 = 6/7: member 1 is ahead of it, so its 1.2 loses to member 2's 1.5.
    const pick = pickMember('round_robin', [
      { memberId: '1', weight: 5, turns: 1 },
      { memberId: '2', weight: 1, turns: 0.5 },
      { memberId: '3', weight: 1, turns: 0.5 },
    ]);

    expect(pick?.scores.map(({ nextTurns, aheadOfMean }) => [nextTurns, aheadOfMean])).toEqual([
      [1.2, true],
      [1.5, false],
      [1.5, false],
    ]);
    expect(pick?.winner).toMatchObject({ contender: { memberId: '2' }, nextTurns: 1.5 });
  });

  it('compares effective turns with the mean within the scores\' tolerance, so equal on paper is not ahead', () => {
    // 2/94 and 1/47 are equal on paper; committed to 10 decimals they differ in the last one.
    const pick = pickMember('round_robin', [
      { memberId: '1', weight: 94, turns: 0.0212765958 },
      { memberId: '2', weight: 47, turns: 0.0212765957 },
    ]);

    expect(pick?.scores.map((score) => score.aheadOfMean)).toEqual([false, false]);
    expect(pick?.winner.contender.memberId).toBe('1');
  });

  it('breaks a round-robin tie by the lower member id, compared as numbers', () => {
    const pick = pickMember('round_robin', [
      { memberId: '10', weight: 1, turns: 4 },
      { memberId: '9', weight: 1, turns: 4 },
    ]);

    expect(pick?.winner.contender.memberId).toBe('9');
  });

  it('load balances by open leads per weight, counting missing open leads as 0', () => {
    const pick = pickMember('load_balanced', [
      { memberId: '1', weight: 2, turns: 0, openLeads: 3 },
      { memberId: '2', weight: 1, turns: 5 },
    ]);

    expect(pick?.scores.map((score) => score.score)).toEqual([1.5, 0]);
    expect(pick?.winner).toMatchObject({ contender: { memberId: '2' }, nextTurns: 6 });
  });

  it('holds no member back by the mean when balancing load', () => {
    // Member 2's turns are far above the mean, yet its fewer open leads per weight win.
    const pick = pickMember('load_balanced', [
      { memberId: '1', weight: 1, turns: 0, openLeads: 4 },
      { memberId: '2', weight: 1, turns: 9, openLeads: 1 },
    ]);

    expect(pick?.scores.map((score) => score.aheadOfMean)).toEqual([false, false]);
    expect(pick?.winner).toMatchObject({ contender: { memberId: '2' }, effectiveTurns: 9, nextTurns: 10 });
  });
});

describe('turn arithmetic', () => {
  it('rounds committed turns to 10 decimals', () => {
    expect(roundTurns(0.1 + 0.2)).toBe(0.3);
    expect(roundTurns(1 / 3)).toBe(0.3333333333);
  });

  it('compares scores within a relative tolerance', () => {
    expect(compareScores(0.3333333333 * 3, 1)).toBe(0);
    expect(compareScores(1000 * 0.3333333333 * 3, 1000)).toBe(0);
    expect(compareScores(0.5, 1)).toBe(-1);
    expect(compareScores(1, 1 - 1e-6)).toBe(1);
  });
});
