// The routing day (SPEC §3.4): away windows are read on the territory's calendar day — its working hours' time zone,
// else the company's — never the server's or the machine's. The engine gets the instant and decides the day itself.
import { analyseHealth } from '../../../src/engine/health';
import { routingDay } from '../../../src/engine/time/routingDay';
import type { Decision } from '../../../src/engine/types';
import { context, decide, fakeAnswers, lead, memberRow, plan, rep, territoryRow, world } from '../decision/fixtures';

const SYDNEY = 'Australia/Sydney';
/** 09:00 on Monday 21 December in Sydney; 17:00 on Sunday 20 December in New York; 14:00 on the 20th in California. */
const SYDNEY_MONDAY_9AM = '2026-12-20T22:00:00.000Z';
const NEW_YORK_HOURS = 'Mon-Fri 09:00-17:00 America/New_York';

const reps = [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Park'), rep('10', 'Di Shaw')];

/** Australia (no working hours: the company's zone) and New York (its own); the first member of each leaves on `awayFrom`. */
function account(awayFrom: string, newYorkHours = NEW_YORK_HOURS) {
  return plan(
    [
      territoryRow({ id: '1', name: 'Australia', priority: 10, countries: 'AU' }),
      territoryRow({ id: '2', name: 'New York', priority: 10, countries: 'US', workHours: newYorkHours }),
    ],
    [
      memberRow({ id: '11', territoryId: '1', repId: '7', awayFrom }),
      memberRow({ id: '12', territoryId: '1', repId: '8' }),
      memberRow({ id: '21', territoryId: '2', repId: '9', awayFrom }),
      memberRow({ id: '22', territoryId: '2', repId: '10' }),
    ],
  );
}

function routeAt(now: string, country: 'AU' | 'US', awayFrom: string, timeZone = SYDNEY, newYorkHours = NEW_YORK_HOURS): Decision {
  const { answer } = fakeAnswers(world({ reps }));
  return decide(account(awayFrom, newYorkHours), lead({ country, state: '', postalCode: '' }), context(answer, { now, timeZone }));
}

function awayTrace(decision: Decision) {
  return decision.trace.territories.at(-1)?.members?.map((member) => [member.repId, member.why ?? 'eligible']);
}

describe('routingDay', () => {
  it("is the company's calendar day for a territory without working hours, the territory's own otherwise", () => {
    const clock = { now: SYDNEY_MONDAY_9AM, timeZone: SYDNEY };
    expect(routingDay({ timeZone: null }, clock)).toBe('2026-12-21');
    expect(routingDay({ timeZone: 'America/New_York' }, clock)).toBe('2026-12-20');
    expect(routingDay({ timeZone: null }, { ...clock, timeZone: 'America/Los_Angeles' })).toBe('2026-12-20');
  });

  it('does not depend on the zone of the machine it runs on', () => {
    // Kiritimati (UTC+14) and Los Angeles disagree with Sydney about this instant's day; the answer may not move.
    expect(routingDay({ timeZone: null }, { now: '2026-12-20T13:00:00.000Z', timeZone: SYDNEY })).toBe('2026-12-21');
    expect(routingDay({ timeZone: null }, { now: '2026-12-20T12:59:59.999Z', timeZone: SYDNEY })).toBe('2026-12-20');
  });
});

describe('away windows on the routing day', () => {
  it("skips a Sydney account's rep at 09:00 local on their first day away (14:00 the day before in California)", () => {
    const decision = routeAt(SYDNEY_MONDAY_9AM, 'AU', '2026-12-21');
    expect(decision.repId).toBe('8');
    expect(awayTrace(decision)).toEqual([
      ['7', 'AWAY'],
      ['8', 'eligible'],
    ]);
  });

  it('keeps a New York territory\'s rep at the same instant in the same account: it is still the 20th in New York', () => {
    const decision = routeAt(SYDNEY_MONDAY_9AM, 'US', '2026-12-21');
    expect(decision.repId).toBe('9');
    expect(awayTrace(decision)).toEqual([
      ['9', 'eligible'],
      ['10', 'eligible'],
    ]);
  });

  it('turns at midnight local, not a moment before', () => {
    expect(routeAt('2026-12-20T12:59:59.999Z', 'AU', '2026-12-21').repId).toBe('7');
    expect(routeAt('2026-12-20T13:00:00.000Z', 'AU', '2026-12-21').repId).toBe('8');
  });

  it('follows the southern spring change: Sydney midnight moves from 14:00 to 13:00 UTC on 4 October 2026', () => {
    // Clocks go from 02:00 AEST to 03:00 AEDT on Sunday 4 October; midnight of the 5th is 13:00 UTC on the 4th.
    expect(routeAt('2026-10-04T12:59:59.999Z', 'AU', '2026-10-05').repId).toBe('7');
    expect(routeAt('2026-10-04T13:00:00.000Z', 'AU', '2026-10-05').repId).toBe('8');
    // The day before the change, midnight was still 14:00 UTC.
    expect(routeAt('2026-10-02T13:30:00.000Z', 'AU', '2026-10-03').repId).toBe('7');
    expect(routeAt('2026-10-02T14:00:00.000Z', 'AU', '2026-10-03').repId).toBe('8');
  });

  it('follows the northern autumn change: New York midnight moves from 04:00 to 05:00 UTC on 1 November 2026', () => {
    // Clocks go from 02:00 EDT back to 01:00 EST on Sunday 1 November; midnight of the 2nd is 05:00 UTC.
    expect(routeAt('2026-11-02T04:30:00.000Z', 'US', '2026-11-02').repId).toBe('9');
    expect(routeAt('2026-11-02T05:00:00.000Z', 'US', '2026-11-02').repId).toBe('10');
    // Before the change, midnight of 1 November was 04:00 UTC.
    expect(routeAt('2026-11-01T03:59:59.999Z', 'US', '2026-11-01').repId).toBe('9');
    expect(routeAt('2026-11-01T04:00:00.000Z', 'US', '2026-11-01').repId).toBe('10');
  });

  it("uses the company's zone for a territory whose working hours were left empty", () => {
    expect(routeAt(SYDNEY_MONDAY_9AM, 'US', '2026-12-21', SYDNEY, '').repId).toBe('10');
    expect(routeAt(SYDNEY_MONDAY_9AM, 'US', '2026-12-21', 'America/Los_Angeles', '').repId).toBe('9');
  });
});

describe('staffing on each territory\'s own days', () => {
  it('finds Australia unstaffed today and New York unstaffed from tomorrow, at the same instant', () => {
    const plan = account('2026-12-21');
    const onlyFirst = { ...plan, territories: plan.territories.map((territory) => ({ ...territory, members: territory.members.slice(0, 1) })) };
    const health = analyseHealth(onlyFirst, { now: SYDNEY_MONDAY_9AM, timeZone: SYDNEY, reps, openLeads: new Map(), leadGroups: [] });
    expect(health.staffing).toEqual([
      { territory: '1', problem: 'NONE_ELIGIBLE_TODAY', from: '2026-12-21', until: null },
      { territory: '2', problem: 'NONE_ELIGIBLE_SOON', from: '2026-12-21', until: null },
    ]);
  });
});
