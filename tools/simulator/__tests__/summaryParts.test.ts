import type { EmployeeFacts, MemberFacts } from '../accountFacts';
import { fairShares } from '../fairShare';
import { formatTable } from '../table';
import { unitStats } from '../unitStats';

const member = (id: string, overrides: Partial<MemberFacts>): MemberFacts => ({
  id,
  territoryId: '1',
  repId: '7',
  weight: 1,
  capacity: null,
  isInactive: false,
  awayFrom: null,
  awayUntil: null,
  ...overrides,
});

const employee = (id: string, overrides: Partial<EmployeeFacts> = {}): [string, EmployeeFacts] => [
  id,
  { id, name: `Rep ${id}`, isActiveRep: true, isInactive: false, ...overrides },
];

describe('fairShares', () => {
  const employees = new Map([employee('7'), employee('8'), employee('9'), employee('10', { isActiveRep: false, isInactive: true })]);

  test('splits each territory by weight over its available members and adds up over territories', () => {
    const members = [
      member('11', { repId: '7', weight: 2 }),
      member('12', { repId: '8' }),
      member('13', { territoryId: '2', repId: '7' }),
      member('14', { territoryId: '2', repId: '9' }),
    ];

    expect(fairShares(new Map([['1', 30], ['2', 10]]), members, employees, '2026-11-26')).toEqual(new Map([['7', 25], ['8', 10], ['9', 5]]));
  });

  test('members away today, inactive members and reps who left share nothing', () => {
    const members = [
      member('11', { repId: '7' }),
      member('12', { repId: '8', awayFrom: '2026-11-20', awayUntil: '2026-11-26' }),
      member('13', { repId: '9', isInactive: true }),
      member('14', { repId: '10' }),
    ];

    expect(fairShares(new Map([['1', 12]]), members, employees, '2026-11-26')).toEqual(new Map([['7', 12]]));
  });
});

describe('unitStats', () => {
  test('minimum, median (the mean of the middle two for an even count) and maximum', () => {
    expect(unitStats([25, 15, 16, 52])).toEqual({ leads: 4, min: 15, median: 20.5, max: 52 });
    expect(unitStats([25, 2, 11])).toEqual({ leads: 3, min: 2, median: 11, max: 25 });
  });

  test('no leads, no figures', () => {
    expect(unitStats([])).toBeNull();
  });
});

describe('formatTable', () => {
  test('pads columns to their widest cell and right-aligns numbers', () => {
    expect(formatTable(['rep', 'leads', 'note'], [['Ana Ruiz', 12, ''], ['Bo Li', 3, 'away']], '')).toEqual([
      'rep       leads  note',
      'Ana Ruiz     12',
      'Bo Li         3  away',
    ]);
  });
});
