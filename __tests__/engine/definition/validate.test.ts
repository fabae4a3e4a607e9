import type { Problem, RepFacts } from '../../../src/engine/types';
import {
  validateMemberReps,
  validateMemberRow,
  validateMemberRows,
  validateTerritoryRow,
} from '../../../src/engine/definition/validate';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';

function rep(overrides: Partial<RepFacts> = {}): RepFacts {
  return { id: '7', name: 'Ana Ruiz', isInactive: false, isSalesRep: true, ...overrides };
}

describe('validateTerritoryRow: valid data', () => {
  it('compiles normalised criteria, the default method and no fallback', () => {
    const row = territoryRow({
      id: '4',
      name: 'Pacific',
      priority: 0,
      countries: 'us; ca',
      states: 'us-wa\nBC',
      postalCodes: '94000 - 94999, sw1*, SW1A-1AA',
      leadSources: ['3'],
      fallbackRepId: '',
    });
    expect(validateTerritoryRow(row)).toEqual({
      territory: {
        id: '4',
        name: 'Pacific',
        priority: 0,
        countries: ['US', 'CA'],
        states: [
          { country: 'US', state: 'WA' },
          { country: null, state: 'BC' },
        ],
        postalPatterns: [
          { kind: 'range', lo: '94000', hi: '94999' },
          { kind: 'prefix', prefix: 'SW1' },
          { kind: 'exact', code: 'SW1A-1AA' },
        ],
        leadSources: ['3'],
        categories: [],
        subsidiaries: [],
        method: 'round_robin',
        fallbackRepId: null,
        timeZone: null,
        beforeOwner: false,
      },
      problems: [],
    });
  });

  it('keeps the method and fallback rep that are set', () => {
    const { territory } = validateTerritoryRow(territoryRow({ method: 'load_balanced', fallbackRepId: '12' }));
    expect([territory?.method, territory?.fallbackRepId]).toEqual(['load_balanced', '12']);
  });
});

describe('validateTerritoryRow: each problem of SPEC §3.7', () => {
  it.each<[string, Parameters<typeof territoryRow>[0], Omit<Problem, 'reason'>, string]>([
    [
      'an unknown country code',
      { countries: 'US, XX' },
      { code: 'UNKNOWN_COUNTRY', field: 'countries', entry: 'XX' },
      'is not an ISO 3166-1 alpha-2 country code',
    ],
    [
      'an unknown country in a state entry',
      { states: 'ZZ-CA' },
      { code: 'UNKNOWN_COUNTRY', field: 'states', entry: 'ZZ-CA' },
      'names "ZZ", which is not an ISO 3166-1 alpha-2 country code',
    ],
    [
      'a malformed state entry',
      { states: 'California' },
      { code: 'BAD_STATE', field: 'states', entry: 'California' },
      'is not a state entry: write a state code of 1 to 3 letters or digits (CA), or qualify it with a country (US-CA)',
    ],
    [
      'a star before the end of a postal pattern',
      { postalCodes: '9*105' },
      { code: 'BAD_POSTAL_PATTERN', field: 'postalCodes', entry: '9*105' },
      'has a "*" before its end: "*" may only end a prefix, as in SW1*',
    ],
    [
      'a lone star',
      { postalCodes: '*' },
      { code: 'BAD_POSTAL_PATTERN', field: 'postalCodes', entry: '*' },
      'is a lone "*", which would match every code: leave the field empty to accept any code',
    ],
    [
      'a range that runs backwards',
      { postalCodes: '94999 - 94000' },
      { code: 'BAD_POSTAL_PATTERN', field: 'postalCodes', entry: '94999 - 94000' },
      'is a range that runs backwards: "94999" comes after "94000"',
    ],
    [
      'characters other than letters, digits, space, hyphen and star',
      { postalCodes: '94105/6' },
      { code: 'BAD_POSTAL_PATTERN', field: 'postalCodes', entry: '94105/6' },
      'may contain only letters, digits, spaces, "-" and "*"',
    ],
    [
      'a negative priority',
      { priority: -1 },
      { code: 'BAD_PRIORITY', field: 'priority', entry: '-1' },
      'must be a whole number of 0 or more',
    ],
    [
      'a fractional priority',
      { priority: 2.5 },
      { code: 'BAD_PRIORITY', field: 'priority', entry: '2.5' },
      'must be a whole number of 0 or more',
    ],
    [
      'a priority that is not a number',
      { priority: Number.NaN },
      { code: 'BAD_PRIORITY', field: 'priority', entry: 'NaN' },
      'must be a whole number of 0 or more',
    ],
    [
      'a missing priority',
      { priority: null },
      { code: 'BAD_PRIORITY', field: 'priority', entry: '' },
      'is missing: enter a whole number of 0 or more',
    ],
  ])('reports %s', (_name, overrides, expected, reason) => {
    expect(validateTerritoryRow(territoryRow(overrides))).toEqual({ territory: null, problems: [{ ...expected, reason }] });
  });

  it('reports every problem, not only the first', () => {
    const row = territoryRow({ countries: 'XX; YY', states: 'US-CA, Cali', postalCodes: '*, 2-1, 94000-94999', priority: -5 });
    expect(validateTerritoryRow(row).problems.map(({ code, entry }) => [code, entry])).toEqual([
      ['UNKNOWN_COUNTRY', 'XX'],
      ['UNKNOWN_COUNTRY', 'YY'],
      ['BAD_STATE', 'Cali'],
      ['BAD_POSTAL_PATTERN', '*'],
      ['BAD_POSTAL_PATTERN', '2-1'],
      ['BAD_PRIORITY', '-5'],
    ]);
  });
});

describe('validateMemberRow', () => {
  it('accepts a member with defaults, a capacity of 0 and a one-day away window', () => {
    expect(validateMemberRow(memberRow({ weight: null, capacity: 0, awayFrom: '2026-12-24', awayUntil: '2026-12-24' }))).toEqual([]);
  });

  it('accepts empty dates written as empty text', () => {
    expect(validateMemberRow(memberRow({ awayFrom: '', awayUntil: '' }))).toEqual([]);
  });

  it.each<[string, Parameters<typeof memberRow>[0], Omit<Problem, 'reason'>, string]>([
    [
      'a weight below 1',
      { id: '15', weight: 0 },
      { code: 'BAD_WEIGHT', field: 'weight', entry: '0' },
      'must be a whole number of at least 1 (member 15)',
    ],
    [
      'a fractional weight',
      { id: '15', weight: 1.5 },
      { code: 'BAD_WEIGHT', field: 'weight', entry: '1.5' },
      'must be a whole number of at least 1 (member 15)',
    ],
    [
      'a negative capacity',
      { id: '15', capacity: -1 },
      { code: 'BAD_CAPACITY', field: 'capacity', entry: '-1' },
      'must be a whole number of 0 or more; leave it empty for no limit (member 15)',
    ],
    [
      'an impossible away-from date',
      { id: '15', awayFrom: '2026-02-30' },
      { code: 'BAD_DATE', field: 'awayFrom', entry: '2026-02-30' },
      'is not a valid date (YYYY-MM-DD) (member 15)',
    ],
    [
      'an away-until date in another format',
      { id: '15', awayUntil: '12/24/2026' },
      { code: 'BAD_DATE', field: 'awayUntil', entry: '12/24/2026' },
      'is not a valid date (YYYY-MM-DD) (member 15)',
    ],
    [
      'away until before away from',
      { id: '15', awayFrom: '2026-12-20', awayUntil: '2026-12-19' },
      { code: 'AWAY_RANGE', field: 'awayUntil', entry: '2026-12-19' },
      'is before Away From "2026-12-20" (member 15)',
    ],
    [
      'a missing rep',
      { id: '15', repId: '' },
      { code: 'MISSING_REP', field: 'repId', entry: '' },
      'is missing: every member needs a sales rep (member 15)',
    ],
    [
      'a problem on a member not yet saved, without a member id',
      { id: '', weight: 0 },
      { code: 'BAD_WEIGHT', field: 'weight', entry: '0' },
      'must be a whole number of at least 1',
    ],
  ])('reports %s', (_name, overrides, expected, reason) => {
    expect(validateMemberRow(memberRow(overrides))).toEqual([{ ...expected, reason }]);
  });

  it('reports every problem of a member', () => {
    const row = memberRow({ repId: ' ', weight: -2, capacity: 1.5, awayFrom: '2026-13-01', awayUntil: '2026-00-10' });
    expect(validateMemberRow(row).map(({ code, field }) => [code, field])).toEqual([
      ['MISSING_REP', 'repId'],
      ['BAD_WEIGHT', 'weight'],
      ['BAD_CAPACITY', 'capacity'],
      ['BAD_DATE', 'awayFrom'],
      ['BAD_DATE', 'awayUntil'],
    ]);
  });
});

describe('validateMemberRows', () => {
  it('reports the same rep twice in one territory, once, naming the members', () => {
    const rows = [memberRow({ id: '1', repId: '7' }), memberRow({ id: '2', repId: '8' }), memberRow({ id: '3', repId: '7' })];
    expect(validateMemberRows(rows)).toEqual([
      {
        code: 'DUPLICATE_REP',
        field: 'repId',
        entry: '7',
        reason: 'is on this territory 2 times: list each rep once (members 1, 3)',
      },
    ]);
  });

  it('allows the same rep in different territories, and next to an inactive membership of the same rep', () => {
    const rows = [
      memberRow({ id: '1', territoryId: '1', repId: '7' }),
      memberRow({ id: '2', territoryId: '2', repId: '7' }),
      memberRow({ id: '3', territoryId: '1', repId: '7', isInactive: true }),
    ];
    expect(validateMemberRows(rows)).toEqual([]);
  });

  it('reports each row problem and the duplicates together', () => {
    const rows = [memberRow({ id: '1', weight: 0 }), memberRow({ id: '2', capacity: -3 })];
    expect(validateMemberRows(rows).map(({ code, entry }) => [code, entry])).toEqual([
      ['BAD_WEIGHT', '0'],
      ['BAD_CAPACITY', '-3'],
      ['DUPLICATE_REP', '7'],
    ]);
  });
});

describe('validateMemberReps', () => {
  it('accepts active sales reps', () => {
    expect(validateMemberReps([memberRow({ repId: '7' })], new Map([['7', rep()]]))).toEqual([]);
  });

  it.each<[string, Map<string, RepFacts>, string]>([
    ['an unknown employee', new Map(), 'is not an active sales rep: no such employee (member 3)'],
    [
      'an inactive employee',
      new Map([['7', rep({ isInactive: true })]]),
      '(Ana Ruiz) is not an active sales rep: the employee is inactive (member 3)',
    ],
    [
      'an employee who is not a sales rep',
      new Map([['7', rep({ isSalesRep: false })]]),
      '(Ana Ruiz) is not an active sales rep: the Sales Rep box is not checked on the employee (member 3)',
    ],
  ])('refuses %s', (_name, reps, reason) => {
    expect(validateMemberReps([memberRow({ id: '3', repId: '7' })], reps)).toEqual([
      { code: 'REP_NOT_ACTIVE_SALES_REP', field: 'repId', entry: '7', reason },
    ]);
  });

  it('lets an inactive membership keep a departed rep, so it can be switched off', () => {
    expect(validateMemberReps([memberRow({ repId: '7', isInactive: true })], new Map())).toEqual([]);
  });
});
