import fc from 'fast-check';
import { pickMember } from '../../../src/engine/decision/pickMember';
import type { LeadFacts, MemberRow, TerritoryRow } from '../../../src/engine/types';
import type { TestContext, World } from './fixtures';
import { NOW, TIME_ZONE, TODAY, deepFreeze, decide, fakeAnswers, lead, memberRow, owner, plan, realignMode, rep, territoryRow, world } from './fixtures';

// ───────────────────────────── (a) routing never changes its inputs ─────────────────────────────

const REP_IDS = ['1', '2', '3', '4', '5', '6'];
const DATES = ['2026-11-01', '2026-11-26', '2026-12-31'];

/** Criteria are mostly left empty, so that a fair share of leads match. */
const sparse = (values: string[]): fc.Arbitrary<string[]> =>
  fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 2 }, { arbitrary: fc.subarray(values, { minLength: 1 }), weight: 1 });
const mostly = <T>(usual: T, rare: T): fc.Arbitrary<T> => fc.constantFrom(usual, usual, usual, rare);

const territoryArb = (id: string): fc.Arbitrary<TerritoryRow> =>
  fc.record({
    priority: fc.integer({ min: 0, max: 30 }),
    countries: sparse(['US', 'CA', 'DE']),
    states: sparse(['CA', 'US-CA', 'ON', 'BY']),
    postalCodes: sparse(['94000-94999', '941*', '10115', 'K1A*']),
    leadSources: sparse(['3', '4']),
    method: fc.constantFrom(null, 'round_robin' as const, 'load_balanced' as const),
    fallbackRepId: fc.option(fc.constantFrom(...REP_IDS)),
  }).map((fields) => territoryRow({
    id,
    name: `T${id}`,
    ...fields,
    countries: fields.countries.join(', '),
    states: fields.states.join('; '),
    postalCodes: fields.postalCodes.join('\n'),
  }));

const memberArb = (id: string, territoryId: string): fc.Arbitrary<MemberRow> =>
  fc.record({
    repId: fc.constantFrom(...REP_IDS),
    weight: fc.integer({ min: 1, max: 5 }),
    capacity: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }),
    awayFrom: fc.option(fc.constantFrom(...DATES), { freq: 2 }),
    awayUntil: fc.option(fc.constantFrom(...DATES), { freq: 2 }),
  }).map((fields) => memberRow({ id, territoryId, ...fields }));

const rowsArb = fc.integer({ min: 0, max: 6 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, index) => String(index + 1));
  return fc.tuple(
    fc.tuple(...ids.map(territoryArb)),
    fc.tuple(...ids.map((territoryId) => fc.array(fc.constant(territoryId), { maxLength: 4 }))).chain((groups) => {
      const owners = groups.flat();
      return fc.tuple(...owners.map((territoryId, index) => memberArb(String(100 + index), territoryId)));
    }),
  );
});

const leadArb: fc.Arbitrary<LeadFacts> = fc
  .record({
    id: fc.option(fc.constantFrom('900', '901')),
    country: fc.constantFrom('US', 'CA', 'DE', ''),
    state: fc.constantFrom('CA', 'ON', 'BY', ''),
    postalCode: fc.constantFrom('94105', '94105-1234', '10115', 'K1A 0B1', ''),
    leadSource: fc.option(fc.constantFrom('3', '4')),
    email: fc.constantFrom('jo@acme.com', 'jo@gmail.com', ''),
    companyName: fc.constantFrom('Acme Inc.', 'Zeta', ''),
    salesRepId: fc.option(fc.constantFrom(...REP_IDS)),
  })
  .map((fields) => lead(fields));

const worldArb: fc.Arbitrary<World> = fc
  .record({
    flags: fc.tuple(...REP_IDS.map(() => fc.record({ isInactive: mostly(false, true), isSalesRep: mostly(true, false) }))),
    turns: fc.array(fc.tuple(fc.integer({ min: 100, max: 130 }), fc.integer({ min: 0, max: 40 }).map((t) => t / 4)), { maxLength: 20 }),
    openLeads: fc.tuple(...REP_IDS.map(() => fc.integer({ min: 0, max: 5 }))),
    owners: fc.array(
      fc.record({
        id: fc.constantFrom('500', '501', '900'),
        stage: fc.constantFrom('LEAD' as const, 'PROSPECT' as const, 'CUSTOMER' as const),
        salesRepId: fc.constantFrom(...REP_IDS),
        email: fc.constantFrom('ops@acme.com', 'x@gmail.com', ''),
        companyName: fc.constantFrom('ACME', 'Zeta Ltd', ''),
        isInactive: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ flags, turns, openLeads, owners }) =>
    world({
      reps: REP_IDS.map((id, index) => rep(id, `Rep ${id}`, flags[index])),
      states: Object.fromEntries(turns.map(([memberId, memberTurns]) => [String(memberId), { turns: memberTurns, assigned: 3 }])),
      openLeads: Object.fromEntries(REP_IDS.map((id, index) => [id, openLeads[index] ?? 0])),
      owners: owners.map((fields) => owner(fields)),
    }),
  );

const settingsArb = fc.record({
  keepExisting: fc.boolean(),
  matchOwner: fc.boolean(),
  defaultRepId: fc.option(fc.constantFrom(...REP_IDS)),
});

describe('routing properties', () => {
  it('never changes the plan, the lead or the account that answers it, and both matchers decide alike', () => {
    fc.assert(
      fc.property(rowsArb, leadArb, worldArb, settingsArb, fc.boolean(), ([territories, members], facts, account, settings, realign) => {
        const compiled = deepFreeze(plan(territories, members));
        const frozenLead = deepFreeze(facts);
        deepFreeze(account);
        const before = JSON.stringify([compiled, frozenLead, account]);
        const route = (matcher: 'indexed' | 'reference') => {
          const context: TestContext = {
            now: NOW,
            timeZone: TIME_ZONE,
            settings,
            mode: realign ? realignMode() : { kind: 'create' },
            answer: fakeAnswers(account).answer,
          };
          const { status, repId, territoryId, memberUpdate, reason } = decide(compiled, frozenLead, context, matcher);
          return { status, repId, territoryId, memberUpdate, reason };
        };

        const indexed = route('indexed');

        expect(route('reference')).toEqual(indexed);
        expect(JSON.stringify([compiled, frozenLead, account])).toBe(before);
        expect(indexed.reason.length).toBeLessThanOrEqual(1000);
        if (realign && facts.salesRepId !== null) expect(indexed.repId).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
