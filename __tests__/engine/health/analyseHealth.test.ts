import type { RepFacts } from '../../../src/engine/types';
import { compilePlan } from '../../../src/engine/definition/compilePlan';
import { analyseHealth } from '../../../src/engine/health';
import { memberRow, territoryRow } from '../../../tools/fixtures/rows';

const reps: RepFacts[] = [
  { id: '7', name: 'Ana', isInactive: false, isSalesRep: true },
  { id: '8', name: 'Bo', isInactive: false, isSalesRep: true },
  { id: '9', name: 'Cy', isInactive: true, isSalesRep: true },
  { id: '10', name: 'Di', isInactive: false, isSalesRep: true },
  { id: '11', name: 'Ed', isInactive: false, isSalesRep: false },
];

const territories = [
  territoryRow({ id: '1', name: 'United States', priority: 10, countries: 'US', fallbackRepId: '7' }),
  territoryRow({ id: '2', name: 'Bay Area', priority: 20, countries: 'US', states: 'CA', postalCodes: '94*' }),
  territoryRow({ id: '3', name: 'California', priority: 20, states: 'US-CA, OR' }),
  territoryRow({ id: '4', name: 'Britain', priority: 30, countries: 'GB', fallbackRepId: '9' }),
  territoryRow({ id: '5', name: 'London', priority: 40, countries: 'GB', postalCodes: 'N1*, E1-E9' }),
  territoryRow({ id: '6', name: 'Nowhere', priority: 50, countries: 'US', states: 'AU-WA' }),
  territoryRow({ id: '7', name: 'Bad', priority: -1 }),
];
const members = [
  memberRow({ id: '1', territoryId: '1', repId: '7' }),
  memberRow({ id: '2', territoryId: '4', repId: '9' }),
  memberRow({ id: '3', territoryId: '5', repId: '8', awayFrom: '2026-12-10', awayUntil: '2026-12-12' }),
  memberRow({ id: '4', territoryId: '3', repId: '7', capacity: 4 }),
];

const health = analyseHealth(compilePlan(territories, members), {
  now: '2026-12-07T12:00:00Z',
  timeZone: 'UTC',
  reps,
  openLeads: new Map([['7', 4]]),
  leadGroups: [
    { facts: { country: 'BR', state: 'SP', postalCode: '01000', leadSource: null, category: null, subsidiary: null }, leads: 3 },
    { facts: { country: 'br', state: 'sp', postalCode: '02000', leadSource: '4', category: null, subsidiary: null }, leads: 2 },
    { facts: { country: 'US', state: 'CA', postalCode: '94105', leadSource: null, category: null, subsidiary: null }, leads: 9 },
    { facts: { country: 'GB', state: '', postalCode: 'SW1A 1AA', leadSource: null, category: null, subsidiary: null }, leads: 1 },
  ],
});

describe('analyseHealth on a small account', () => {
  it('reports the pair of one priority that one lead can match, with a lead that matches both', () => {
    expect(health.overlaps).toEqual([
      { territories: ['2', '3'], example: { country: 'US', state: 'CA', postalCode: '94', leadSource: null, category: null, subsidiary: null } },
    ]);
  });

  it('reports the territories an earlier one with an active fallback rep always takes first', () => {
    expect(health.shadowed).toEqual([
      { territory: '2', by: ['1'], example: expect.objectContaining({ country: 'US', state: 'CA' }) },
    ]);
  });

  it('reports a territory reached only when an earlier one cannot take the lead (no fallback rep, or an inactive one)', () => {
    // California's bare OR also matches a British lead whose state is OR.
    expect(health.overflow).toEqual([{ territory: '5', by: ['3', '4'], example: expect.objectContaining({ country: 'GB' }) }]);
  });

  it('California overlaps the shadowed Bay Area but is reached for Oregon, so it is neither shadowed nor overflow', () => {
    expect([...health.shadowed, ...health.overflow].map((covered) => covered.territory)).not.toContain('3');
  });

  it('names the territory no lead can match and the invalid one', () => {
    expect(health.unmatchable).toEqual(['6']);
    expect(health.skipped.map((skipped) => skipped.territoryId)).toEqual(['7']);
  });

  it('counts the leads no territory matches by country and state, most first, with an example', () => {
    expect(health.gaps).toEqual([
      { country: 'BR', state: 'SP', leads: 5, example: expect.objectContaining({ postalCode: '01000' }) },
    ]);
  });

  it('finds territories without anyone to take a lead today or within 14 days, with the dates', () => {
    expect(health.staffing).toEqual([
      { territory: '2', problem: 'NONE_ELIGIBLE_TODAY', from: '2026-12-07', until: null },
      { territory: '3', problem: 'NONE_ELIGIBLE_TODAY', from: '2026-12-07', until: null },
      { territory: '4', problem: 'NONE_ELIGIBLE_TODAY', from: '2026-12-07', until: null },
      { territory: '5', problem: 'NONE_ELIGIBLE_SOON', from: '2026-12-10', until: '2026-12-12' },
      { territory: '6', problem: 'NONE_ELIGIBLE_TODAY', from: '2026-12-07', until: null },
    ]);
  });

  it('lists active sales reps in no territory and reps at capacity', () => {
    expect(health.repsWithoutTerritory).toEqual(['10']);
    expect(health.repsAtCapacity).toEqual([{ rep: '7', territory: '3', openLeads: 4, capacity: 4 }]);
  });
});
