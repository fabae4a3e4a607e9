import type { MemberFacts } from '../accountFacts';
import type { OutputRow } from '../leadOutcome';
import { largestDeviation, lostAssignments, memberLines } from '../memberCounts';

const member = (id: string, repId: string, territoryId = '1', weight = 1): MemberFacts => ({
  id, territoryId, repId, weight, capacity: null, isInactive: false, awayFrom: null, awayUntil: null,
});
const row = (salesrep: string, territory: string, status: OutputRow['status'] = 'ROUTED'): OutputRow => ({ lead: 'L', salesrep, territory, status, reason: '', units: 0 });

describe('memberLines: routing’s count against the members’ assigned', () => {
  const members = [member('11', '7'), member('12', '8', '1', 2), member('21', '7', '2')];
  const rows = [row('7', '1'), row('8', '1'), row('8', '1'), row('7', '2', 'FALLBACK'), row('9', '')];

  test('routed per member by territory and rep (ROUTED only), counted as the growth of assigned', () => {
    const lines = memberLines(rows, members, new Map([['11', 5], ['12', 1]]), new Map([['11', 6], ['12', 2], ['21', 0]]), new Map([['11', 1], ['12', 2]]));
    expect(lines).toEqual([
      { id: '11', territoryId: '1', repId: '7', weight: 1, routed: 1, counted: 1, fairShare: 1 },
      { id: '12', territoryId: '1', repId: '8', weight: 2, routed: 2, counted: 1, fairShare: 2 },
    ]);
    expect(lostAssignments(lines)).toBe(1);
    expect(largestDeviation(lines)).toBe(0);
  });

  test('a member of a territory that routed nothing shows only when its count moved; extra counts are not losses', () => {
    const lines = memberLines([], members, new Map(), new Map([['21', 2]]), new Map());
    expect(lines.map((line) => [line.id, line.routed, line.counted])).toEqual([['21', 0, 2]]);
    expect(lostAssignments(lines)).toBe(0);
  });
});
