import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';

describe('compilePlan', () => {
  it('compiles territories with their active members, defaults filled in', () => {
    const plan = compilePlan(
      [territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US' })],
      [
        memberRow({ id: '2', territoryId: '1', repId: '8', weight: 2, capacity: 30, awayFrom: '2026-12-20', awayUntil: '' }),
        memberRow({ id: '1', territoryId: '1', repId: '7' }),
      ],
    );
    expect(plan).toEqual({
      version: 2,
      territories: [
        {
          id: '1',
          name: 'West',
          priority: 10,
          countries: ['US'],
          states: [],
          postalPatterns: [],
          leadSources: [],
          categories: [],
          subsidiaries: [],
          method: 'round_robin',
          fallbackRepId: null,
          timeZone: null,
          beforeOwner: false,
          members: [
            { id: '1', repId: '7', weight: 1, capacity: null, awayFrom: null, awayUntil: null },
            { id: '2', repId: '8', weight: 2, capacity: 30, awayFrom: '2026-12-20', awayUntil: null },
          ],
        },
      ],
      index: { always: [], byCountry: { US: [0] }, byState: {}, postalExact: {}, postalPrefix: {}, postalOutward: {}, postalRanges: {} },
      skipped: [],
    });
  });

  it("takes a territory's time zone from its working hours, and skips a territory whose working hours do not read", () => {
    const plan = compilePlan(
      [
        territoryRow({ id: '1', workHours: 'Mon-Fri 09:00-17:00 America/New_York' }),
        territoryRow({ id: '2' }),
        territoryRow({ id: '3', workHours: 'Mon-Fri 09:00-17:00 Mars/Olympus' }),
      ],
      [],
    );
    expect(plan.territories.map((territory) => [territory.id, territory.timeZone])).toEqual([
      ['1', 'America/New_York'],
      ['2', null],
    ]);
    expect(plan.skipped).toEqual([
      { territoryId: '3', name: 'West', problems: [{ code: 'BAD_WORK_HOURS', field: 'workHours', entry: 'Mars/Olympus', reason: 'is not a time zone name such as America/New_York or Europe/Berlin' }] },
    ]);
  });

  it('orders territories by priority, then by numeric internal id', () => {
    const rows = [
      territoryRow({ id: '10', priority: 5 }),
      territoryRow({ id: '3', priority: 7 }),
      territoryRow({ id: '9', priority: 5 }),
      territoryRow({ id: '100', priority: 5 }),
      territoryRow({ id: '2', priority: 0 }),
    ];
    expect(compilePlan(rows, []).territories.map((territory) => territory.id)).toEqual(['2', '9', '10', '100', '3']);
  });

  it('puts the territories routed before existing-owner matching first, each part by priority, then internal id', () => {
    const rows = [
      territoryRow({ id: '1', priority: 0 }),
      territoryRow({ id: '4', priority: 90, beforeOwner: true }),
      territoryRow({ id: '2', priority: 5 }),
      territoryRow({ id: '3', priority: 50, beforeOwner: true }),
    ];
    expect(compilePlan(rows, []).territories.map((territory) => territory.id)).toEqual(['3', '4', '1', '2']);
  });

  it('orders members by numeric internal id', () => {
    const members = ['10', '9', '11'].map((id) => memberRow({ id, repId: `r${id}` }));
    expect(compilePlan([territoryRow()], members).territories[0]?.members.map((member) => member.id)).toEqual(['9', '10', '11']);
  });

  it('leaves inactive territories out', () => {
    const plan = compilePlan([territoryRow({ id: '1', isInactive: true }), territoryRow({ id: '2' })], []);
    expect(plan.territories.map((territory) => territory.id)).toEqual(['2']);
  });

  it('leaves inactive territories out even when their data is invalid', () => {
    const plan = compilePlan([territoryRow({ id: '1', isInactive: true, countries: 'XX' })], []);
    expect([plan.territories, plan.skipped]).toEqual([[], []]);
  });

  it('leaves inactive members out, without validating them', () => {
    const members = [memberRow({ id: '1', repId: '7' }), memberRow({ id: '2', repId: '7', weight: 0, isInactive: true })];
    const plan = compilePlan([territoryRow()], members);
    expect(plan.territories[0]?.members.map((member) => member.id)).toEqual(['1']);
  });

  it('ignores members of unknown and inactive territories', () => {
    const members = [memberRow({ id: '1', territoryId: '99' }), memberRow({ id: '2', territoryId: '2', weight: 0 })];
    const plan = compilePlan([territoryRow({ id: '1' }), territoryRow({ id: '2', isInactive: true })], members);
    expect([plan.territories[0]?.members, plan.skipped]).toEqual([[], []]);
  });

  it('skips an invalid territory whole, lists all its problems, and compiles the valid ones', () => {
    const plan = compilePlan(
      [
        territoryRow({ id: '1', name: 'Broken', countries: 'XX', postalCodes: '*' }),
        territoryRow({ id: '2', name: 'Fine', countries: 'US' }),
      ],
      [memberRow({ id: '5', territoryId: '1' }), memberRow({ id: '6', territoryId: '2' })],
    );
    expect(plan.territories.map((territory) => territory.id)).toEqual(['2']);
    expect(plan.index.byCountry).toEqual({ US: [0] });
    expect(plan.skipped).toEqual([
      {
        territoryId: '1',
        name: 'Broken',
        problems: [
          {
            code: 'UNKNOWN_COUNTRY',
            field: 'countries',
            entry: 'XX',
            reason: 'is not an ISO 3166-1 alpha-2 country code',
          },
          {
            code: 'BAD_POSTAL_PATTERN',
            field: 'postalCodes',
            entry: '*',
            reason: 'is a lone "*", which would match every code: leave the field empty to accept any code',
          },
        ],
      },
    ]);
  });

  it('an invalid active member skips its whole territory: none of its valid members stays in the plan (SPEC §3.6)', () => {
    const plan = compilePlan(
      [territoryRow({ id: '1', name: 'West' }), territoryRow({ id: '2', name: 'East' })],
      [
        memberRow({ id: '5', repId: '7' }),
        memberRow({ id: '6', repId: '8', capacity: -1 }),
        memberRow({ id: '7', repId: '7' }),
        memberRow({ id: '8', territoryId: '2', repId: '7' }),
        memberRow({ id: '9', territoryId: '2', repId: '8', weight: 0, isInactive: true }),
      ],
    );
    // East keeps its valid member: its invalid member is inactive, so it is not validated.
    expect(plan.territories.map((territory) => [territory.id, territory.members.map((member) => member.id)])).toEqual([['2', ['8']]]);
    expect(plan.skipped.map((skipped) => [skipped.territoryId, skipped.problems.map((problem) => problem.code)])).toEqual([
      ['1', ['BAD_CAPACITY', 'DUPLICATE_REP']],
    ]);
  });

  it('lists skipped territories by internal id', () => {
    const rows = ['10', '9'].map((id) => territoryRow({ id, countries: 'XX' }));
    expect(compilePlan(rows, []).skipped.map((skipped) => skipped.territoryId)).toEqual(['9', '10']);
  });

  it('produces a plan that survives JSON unchanged', () => {
    const plan = compilePlan(
      [territoryRow({ id: '1', postalCodes: '94000-94999, 90000-99999, sw1*, SW1A-1AA', states: 'US-CA' }), territoryRow({ id: '2' })],
      [memberRow({ territoryId: '1' })],
    );
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
