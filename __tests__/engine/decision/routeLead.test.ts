import type { AnswerFacts } from '../../../src/engine/decision/decideLead';
import { learn, NO_FACTS } from '../../../src/engine/decision/facts';
import { routeLead } from '../../../src/engine/decision/routeLead';
import type { KnownFacts, LeadFacts, Plan, RoutingContext } from '../../../src/engine/types';
import { NOW, context, decide, fakeAnswers, requestsOf, lead, memberRow, owner, plan, rep, settings, territoryRow, world } from './fixtures';

const ana = () => rep('7', 'Ana Ruiz');
const bo = () => rep('8', 'Bo Li');
const cy = () => rep('9', 'Cy Dee');
const di = () => rep('10', 'Di Eng');
const ed = () => rep('12', 'Ed Fox');

describe('routeLead: territories', () => {
  it('tries matching territories by priority, then lower territory id', () => {
    const territories = plan(
      [
        territoryRow({ id: '1', name: 'Late', priority: 20 }),
        territoryRow({ id: '10', name: 'Ten', priority: 5 }),
        territoryRow({ id: '9', name: 'Nine', priority: 5 }),
      ],
      [
        memberRow({ id: '11', territoryId: '1', repId: '8' }),
        memberRow({ id: '101', territoryId: '10', repId: '8' }),
        memberRow({ id: '91', territoryId: '9', repId: '7' }),
      ],
    );
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({
      status: 'ROUTED',
      repId: '7',
      territoryId: '9',
      memberUpdate: { memberId: '91', territoryId: '9', repId: '7', turns: 1, assigned: 1, lastAssigned: NOW },
      decidedAt: NOW,
    });
    expect(decision.trace.territories.map((territory) => [territory.territoryId, territory.outcome])).toEqual([['9', 'ROUTED']]);
    expect(decision.trace.notReached).toBe(2);
    expect(decision.reason).toBe('Routed to Ana Ruiz by territory Nine (priority 5: country US), round robin, the only eligible rep.');
  });

  it('hands the lead to the fallback rep when every member is away', () => {
    const territories = plan(
      [territoryRow({ fallbackRepId: '10' })],
      [
        memberRow({ id: '11', repId: '8', awayUntil: '2026-12-01' }),
        memberRow({ id: '12', repId: '9', awayFrom: '2026-11-20', awayUntil: '2026-11-26' }),
      ],
    );
    const { answer } = fakeAnswers(world({ reps: [bo(), cy(), di()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'FALLBACK', repId: '10', territoryId: '1', memberUpdate: null });
    const [west] = decision.trace.territories;
    expect(west?.outcome).toBe('FALLBACK');
    expect(west?.fallbackRep).toEqual({ repId: '10', repName: 'Di Eng', usable: true });
    expect(west?.members?.map((member) => [member.repName, member.eligible, member.why, member.detail])).toEqual([
      ['Bo Li', false, 'AWAY', 'away until 2026-12-01'],
      ['Cy Dee', false, 'AWAY', 'away 2026-11-20 to 2026-11-26'],
    ]);
    expect(decision.reason).toBe(
      'Territory West (priority 10: country US) had no eligible rep (Bo Li away until 2026-12-01 and ' +
        'Cy Dee away 2026-11-20 to 2026-11-26), so its fallback rep Di Eng took the lead.',
    );
  });

  it('moves on to the next territory when the fallback rep is not an active sales rep', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'West', priority: 10, fallbackRepId: '10' }), territoryRow({ id: '2', name: 'Nation', priority: 20 })],
      [memberRow({ id: '11', territoryId: '1', repId: '8', awayUntil: '2026-12-01' }), memberRow({ id: '21', territoryId: '2', repId: '12' })],
    );
    const { answer } = fakeAnswers(world({ reps: [bo(), rep('10', 'Di Eng', { isInactive: true }), ed()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '12', territoryId: '2', memberUpdate: { memberId: '21', turns: 1, assigned: 1 } });
    const [west, nation] = decision.trace.territories;
    expect(west?.outcome).toBe('NO_ELIGIBLE_MEMBER');
    expect(west?.fallbackRep).toEqual({ repId: '10', repName: 'Di Eng', usable: false, why: 'REP_INACTIVE' });
    expect(nation?.outcome).toBe('ROUTED');
    expect(decision.reason).toBe(
      'Routed to Ed Fox by territory Nation (priority 20: country US), round robin, the only eligible rep, ' +
        'after territory West had no eligible or fallback rep.',
    );
  });

  it('skips a member whose rep holds as many open leads as its capacity', () => {
    const territories = plan(
      [territoryRow()],
      [memberRow({ id: '11', repId: '7', capacity: 20 }), memberRow({ id: '12', repId: '8', capacity: 20 })],
    );
    const { answer, requests } = fakeAnswers(world({ reps: [ana(), bo()], openLeads: { '7': 20, '8': 19 } }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1', memberUpdate: { memberId: '12' } });
    expect(decision.trace.territories[0]?.members?.[0]).toMatchObject({ eligible: false, why: 'AT_CAPACITY', openLeads: 20 });
    expect(requestsOf(requests, 'openLeads')).toEqual([{ kind: 'openLeads', repIds: ['7', '8'] }]);
    expect(decision.reason).toBe(
      'Routed to Bo Li by territory West (priority 10: country US), round robin, the only eligible rep; ' +
        'skipped Ana Ruiz at capacity 20 of 20.',
    );
  });

  it('load balanced: a tie on open leads per weight goes to the smaller next turns, even with a higher id', () => {
    const territories = plan(
      [territoryRow({ method: 'load_balanced' })],
      [memberRow({ id: '11', repId: '7', weight: 2 }), memberRow({ id: '12', repId: '8', weight: 1 })],
    );
    const { answer } = fakeAnswers(
      world({ reps: [ana(), bo()], openLeads: { '7': 4, '8': 2 }, states: { '11': { turns: 1, assigned: 8 }, '12': { turns: 0, assigned: 2 } } }),
    );

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', memberUpdate: { memberId: '12', turns: 1, assigned: 3 } });
    expect(decision.trace.territories[0]?.members?.map((member) => [member.memberId, member.score, member.effectiveTurns])).toEqual([
      ['11', 2, 1],
      ['12', 2, 0],
    ]);
    expect(decision.reason).toBe(
      'Routed to Bo Li by territory West (priority 10: country US), load balanced (fewest open leads per weight) ' +
        'with 2 open leads, among 2 eligible reps.',
    );
  });

  it('load balanced: a full tie goes to the lower member id, compared as numbers', () => {
    const territories = plan(
      [territoryRow({ method: 'load_balanced' })],
      [memberRow({ id: '10', repId: '7' }), memberRow({ id: '9', repId: '8' })],
    );
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()], openLeads: { '7': 3, '8': 3 } }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', memberUpdate: { memberId: '9', turns: 1, assigned: 1 } });
  });

  it('leaves out a territory whose own data is invalid and routes by the next one', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'Broken', priority: 5, countries: 'US, XX' }), territoryRow({ id: '2', name: 'Nation', priority: 10 })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '21', territoryId: '2', repId: '8' })],
    );
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(territories.skipped.map((skipped) => skipped.territoryId)).toEqual(['1']);
    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '2' });
    expect(decision.trace.territories.map((territory) => territory.territoryId)).toEqual(['2']);
  });

  it('records the criteria that failed for a territory the lead does not match', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'Oregon', priority: 5, states: 'US-OR' }), territoryRow({ id: '2', name: 'Nation', priority: 10 })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '21', territoryId: '2', repId: '8' })],
    );
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(territories, lead(), context(answer), 'reference');

    expect(decision.trace.territories[0]).toMatchObject({
      territoryId: '1',
      matched: false,
      outcome: 'NO_MATCH',
      checks: [
        { criterion: 'country', observed: 'US', passed: true },
        { criterion: 'state', observed: 'US-CA', expected: ['US-OR'], passed: false },
      ],
    });
    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '2' });
  });
});

describe('routeLead: before and after territories', () => {
  const west = () => plan([territoryRow()], [memberRow({ id: '11', repId: '8' })]);

  it('keeps the rep entered on a new lead', () => {
    const { answer, requests } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(west(), lead({ salesRepId: '7' }), context(answer));

    expect(decision).toMatchObject({ status: 'KEPT', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.trace.keepExisting).toEqual({ applied: true, repId: '7', repName: 'Ana Ruiz' });
    expect(decision.reason).toBe('Kept the sales rep entered on the lead, Ana Ruiz.');
    expect(requests).toEqual([{ kind: 'reps', repIds: ['7'] }]);
  });

  it('routes a lead entered with a rep when keep-existing is off', () => {
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(west(), lead({ salesRepId: '7' }), context(answer, { settings: settings({ keepExisting: false }) }));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1', memberUpdate: { memberId: '11' } });
    expect(decision.trace.keepExisting).toEqual({ applied: false, repId: '7' });
  });

  it('never clears the rep a new lead was entered with when nothing routes it (keep-existing off)', () => {
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(
      west(),
      lead({ salesRepId: '7', country: 'DE' }),
      context(answer, { settings: settings({ keepExisting: false }) }),
    );

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.reason).toBe('Kept its current sales rep: no territory matched (1 checked) and no default rep is set.');
  });

  it('gives the lead to the default rep when no territory matches', () => {
    const { answer } = fakeAnswers(world({ reps: [bo(), ed()] }));

    const decision = decide(west(), lead({ country: 'DE' }), context(answer, { settings: settings({ defaultRepId: '12' }) }));

    expect(decision).toMatchObject({ status: 'DEFAULT', repId: '12', territoryId: null, memberUpdate: null });
    expect(decision.trace).toMatchObject({ territories: [], ruledOutByIndex: 1, defaultRep: { repId: '12', repName: 'Ed Fox', usable: true } });
    expect(decision.reason).toBe('No territory matched (1 checked), so the default rep Ed Fox took the lead.');
  });

  it('leaves the lead unassigned when the default rep is inactive', () => {
    const { answer } = fakeAnswers(world({ reps: [bo(), rep('12', 'Ed Fox', { isInactive: true })] }));

    const decision = decide(west(), lead({ country: 'DE' }), context(answer, { settings: settings({ defaultRepId: '12' }) }));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null, territoryId: null, memberUpdate: null });
    expect(decision.trace.defaultRep).toEqual({ repId: '12', repName: 'Ed Fox', usable: false, why: 'REP_INACTIVE' });
    expect(decision.reason).toBe('Left unassigned: no territory matched (1 checked) and the default rep Ed Fox is inactive.');
  });

  it('leaves the lead unassigned when nothing applies and no default rep is set', () => {
    const { answer } = fakeAnswers(world({ reps: [bo()] }));

    const decision = decide(west(), lead({ country: 'DE' }), context(answer));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null, territoryId: null, memberUpdate: null, decidedAt: NOW });
    expect(decision.trace.defaultRep).toEqual({ repId: null, usable: false });
    expect(decision.reason).toBe('Left unassigned: no territory matched (1 checked) and no default rep is set.');
  });

  it('says which matching territories could not take the lead', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '8', awayUntil: '2026-12-31' })]);
    const { answer } = fakeAnswers(world({ reps: [bo()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null });
    expect(decision.reason).toBe('Left unassigned: no matching territory had an eligible or fallback rep (West) and no default rep is set.');
  });

  it('lets an error of an answer propagate for the caller to record', () => {
    const { answer } = fakeAnswers(world());
    const failing: AnswerFacts = (request) => {
      if (request.kind === 'memberStates') throw new Error('search failed');
      return answer(request);
    };

    expect(() => decide(west(), lead(), context(failing))).toThrow('search failed');
  });
});

describe('routeLead: territories routed before existing-owner matching (SPEC §3.5)', () => {
  // A partner channel (lead source 6) marked before owner, and a region; the lead's domain belongs to Ana's customer.
  const partner = (overrides: Parameters<typeof territoryRow>[0] = {}) =>
    territoryRow({ id: '5', name: 'Partners', priority: 50, countries: '', leadSources: ['6'], beforeOwner: true, ...overrides });
  const region = () => territoryRow({ id: '1', name: 'West', priority: 10 });
  const acme = () => owner({ id: '500', salesRepId: '7', email: 'ops@acme.com', companyName: 'Acme' });
  const partnerLead = () => lead({ leadSource: '6', email: 'jo@acme.com' });

  it('routes a partner lead by its territory, not to the owner of its account, and asks for no owner', () => {
    const territories = plan([region(), partner()], [memberRow({ id: '11', territoryId: '1', repId: '12' }), memberRow({ id: '51', territoryId: '5', repId: '8' })]);
    const { answer, requests } = fakeAnswers(world({ reps: [ana(), bo(), ed()], owners: [acme()] }));

    const decision = decide(territories, partnerLead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '5', memberUpdate: { memberId: '51' } });
    expect(decision.trace.owner).toBeUndefined();
    expect(decision.trace.territories.map((territory) => [territory.territoryId, territory.outcome])).toEqual([['5', 'ROUTED']]);
    expect(requestsOf(requests, 'ownerCandidates')).toEqual([]);
  });

  it('a fallback rep of a before-owner territory also decides', () => {
    const territories = plan([partner({ fallbackRepId: '9' })], [memberRow({ id: '51', territoryId: '5', repId: '8', awayUntil: '2026-12-31' })]);
    const { answer } = fakeAnswers(world({ reps: [ana(), bo(), cy()], owners: [acme()] }));

    expect(decide(territories, partnerLead(), context(answer))).toMatchObject({ status: 'FALLBACK', repId: '9', territoryId: '5' });
  });

  it('goes on to owners when the before-owner territory has no eligible member and no fallback rep', () => {
    const territories = plan([region(), partner()], [memberRow({ id: '11', territoryId: '1', repId: '12' }), memberRow({ id: '51', territoryId: '5', repId: '8', awayUntil: '2026-12-31' })]);
    const { answer } = fakeAnswers(world({ reps: [ana(), bo(), ed()], owners: [acme()] }));

    const decision = decide(territories, partnerLead(), context(answer));

    expect(decision).toMatchObject({ status: 'OWNER', repId: '7', territoryId: null });
    expect(decision.trace.territories.map((territory) => [territory.territoryId, territory.outcome])).toEqual([['5', 'NO_ELIGIBLE_MEMBER']]);
  });

  it('goes on to the other territories, by priority, without trying the before-owner one again', () => {
    const territories = plan([region(), partner()], [memberRow({ id: '11', territoryId: '1', repId: '12' }), memberRow({ id: '51', territoryId: '5', repId: '8', awayUntil: '2026-12-31' })]);
    const { answer } = fakeAnswers(world({ reps: [bo(), ed()] }));

    const decision = decide(territories, lead({ leadSource: '6' }), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '12', territoryId: '1' });
    expect(decision.trace.territories.map((territory) => [territory.territoryId, territory.outcome])).toEqual([
      ['5', 'NO_ELIGIBLE_MEMBER'],
      ['1', 'ROUTED'],
    ]);
    expect(decision.trace.ruledOutByIndex).toBe(0);
  });

  it('still keeps the rep entered on a new lead first', () => {
    const territories = plan([partner()], [memberRow({ id: '51', territoryId: '5', repId: '8' })]);
    const { answer } = fakeAnswers(world({ reps: [ana(), bo()] }));

    expect(decide(territories, lead({ leadSource: '6', salesRepId: '7' }), context(answer))).toMatchObject({ status: 'KEPT', repId: '7' });
  });

  it('the reference and the indexed matcher walk alike', () => {
    const territories = plan([region(), partner({ countries: 'US' })], [memberRow({ id: '11', territoryId: '1', repId: '12' }), memberRow({ id: '51', territoryId: '5', repId: '8' })]);
    const decisions = (['indexed', 'reference'] as const).map((matcher) => decide(territories, partnerLead(), context(fakeAnswers(world({ reps: [ana(), bo(), ed()], owners: [acme()] })).answer), matcher));

    expect(decisions.map((decision) => [decision.status, decision.territoryId])).toEqual([
      ['ROUTED', '5'],
      ['ROUTED', '5'],
    ]);
  });

  it("asks the plan's index once a lead, however many passes and walks it takes", () => {
    const territories = plan([region(), partner({ countries: 'US' })], [memberRow({ id: '11', territoryId: '1', repId: '12' }), memberRow({ id: '51', territoryId: '5', repId: '8' })]);
    let indexReads = 0;
    const counted: Plan = { ...territories };
    Object.defineProperty(counted, 'index', { get: () => ((indexReads += 1), territories.index) });
    const answers = fakeAnswers(world({ reps: [ana(), bo(), ed()], owners: [acme()] })).answer;
    let requests = 0;
    const decision = decide(counted, partnerLead(), context((request) => ((requests += 1), answers(request))));

    expect([decision.status, decision.territoryId]).toEqual(['ROUTED', '5']);
    expect(requests).toBeGreaterThan(1);
    expect(indexReads).toBe(1);
  });
});

describe('routeLead: asks for the facts the rules need, then decides', () => {
  const create = context(() => ({}));
  const route = (territories: Plan, facts: LeadFacts, known: KnownFacts = NO_FACTS, overrides: Partial<RoutingContext> = {}) => {
    const { answer: _unused, ...routing } = { ...create, ...overrides };
    return routeLead(territories, facts, known, routing);
  };

  function threeTerritories(firstMember: Parameters<typeof memberRow>[0] = {}) {
    return plan(
      [
        territoryRow({ id: '1', priority: 5 }),
        territoryRow({ id: '2', priority: 10 }),
        territoryRow({ id: '3', priority: 20 }),
        territoryRow({ id: '4', countries: 'DE' }),
      ],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7', ...firstMember }),
        memberRow({ id: '21', territoryId: '2', repId: '8' }),
        memberRow({ id: '31', territoryId: '3', repId: '9' }),
        memberRow({ id: '41', territoryId: '4', repId: '10' }),
      ],
    );
  }

  it('asks at the first matching territory for the members of every matching territory, and no open leads without capacity', () => {
    expect(route(threeTerritories(), lead())).toEqual({ request: { kind: 'memberStates', memberIds: ['11', '21', '31'], countOpenLeadsOf: [] } });
  });

  it('then asks for the reps of the territory at hand only, and decides with them', () => {
    const states = learn(NO_FACTS, { kind: 'memberStates', memberIds: ['11', '21', '31'], countOpenLeadsOf: [] }, {});

    expect(route(threeTerritories(), lead(), states)).toEqual({ request: { kind: 'reps', repIds: ['7'] } });
    const withRep = learn(states, { kind: 'reps', repIds: ['7'] }, { reps: [ana()] });
    expect(route(threeTerritories(), lead(), withRep).decision).toMatchObject({ status: 'ROUTED', territoryId: '1' });
  });

  it('asks for the next territory\'s reps, and no member states again, when the first matching one passes', () => {
    const territories = threeTerritories({ awayUntil: '2026-12-31' });
    let facts = learn(NO_FACTS, { kind: 'memberStates', memberIds: ['11', '21', '31'], countOpenLeadsOf: [] }, {});
    facts = learn(facts, { kind: 'reps', repIds: ['7'] }, { reps: [ana()] });

    expect(route(territories, lead(), facts)).toEqual({ request: { kind: 'reps', repIds: ['8'] } });
    facts = learn(facts, { kind: 'reps', repIds: ['8'] }, { reps: [bo()] });
    expect(route(territories, lead(), facts).decision).toMatchObject({ status: 'ROUTED', territoryId: '2' });
  });

  it('asks for nothing that an earlier answer brought along (reps and open leads joined to the member states)', () => {
    const territories = plan([territoryRow({ method: 'load_balanced' })], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);
    const request = route(territories, lead()).request;
    expect(request).toEqual({ kind: 'memberStates', memberIds: ['11', '12'], countOpenLeadsOf: ['7', '8'] });

    const facts = learn(NO_FACTS, request!, {
      memberStates: new Map([['11', { turns: 1, assigned: 1 }]]),
      reps: [ana(), bo()],
      openLeads: new Map([['7', 4], ['8', 2]]),
    });

    expect(route(territories, lead(), facts).decision).toMatchObject({ status: 'ROUTED', repId: '8' });
  });

  it('names, with the member states, the reps of every matching territory that caps a member or balances load', () => {
    const territories = plan(
      [territoryRow({ id: '1', priority: 5 }), territoryRow({ id: '2', priority: 10, method: 'load_balanced' }), territoryRow({ id: '3', priority: 20 })],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7', capacity: 3 }),
        memberRow({ id: '12', territoryId: '1', repId: '8' }),
        memberRow({ id: '21', territoryId: '2', repId: '9' }),
        memberRow({ id: '31', territoryId: '3', repId: '10' }),
      ],
    );

    expect(route(territories, lead()).request).toEqual({ kind: 'memberStates', memberIds: ['11', '12', '21', '31'], countOpenLeadsOf: ['7', '8', '9'] });
  });

  it('counts open leads only for members who are otherwise available', () => {
    const territories = plan(
      [territoryRow()],
      [memberRow({ id: '11', repId: '7', capacity: 5 }), memberRow({ id: '12', repId: '8', awayUntil: '2026-12-01' })],
    );
    const { answer, requests } = fakeAnswers(world({ reps: [ana(), bo()] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '7' });
    expect(requestsOf(requests, 'openLeads')).toEqual([{ kind: 'openLeads', repIds: ['7'] }]);
  });

  it('asks for a fallback rep only when the territory needs it', () => {
    const territories = (away: string | null) => plan([territoryRow({ fallbackRepId: '10' })], [memberRow({ id: '11', repId: '8', awayUntil: away })]);
    let facts = learn(NO_FACTS, { kind: 'memberStates', memberIds: ['11'], countOpenLeadsOf: [] }, {});
    facts = learn(facts, { kind: 'reps', repIds: ['8'] }, { reps: [bo()] });

    expect(route(territories(null), lead(), facts).decision).toMatchObject({ status: 'ROUTED', repId: '8' });
    expect(route(territories('2026-12-01'), lead(), facts)).toEqual({ request: { kind: 'reps', repIds: ['10'] } });
    const withFallback = learn(facts, { kind: 'reps', repIds: ['10'] }, { reps: [di()] });
    expect(route(territories('2026-12-01'), lead(), withFallback).decision).toMatchObject({ status: 'FALLBACK', repId: '10' });
  });

  it('does not search for owners when the lead has only a free-mail address and no company name', () => {
    const { answer, requests } = fakeAnswers(world({ reps: [bo()] }));

    const decision = decide(plan([territoryRow()], [memberRow({ repId: '8' })]), lead({ email: 'jo@gmail.com' }), context(answer));

    expect(requestsOf(requests, 'ownerCandidates')).toEqual([]);
    expect(decision.trace.owner).toMatchObject({ considered: false, emailDomain: null, companyKey: null, candidates: 0 });
    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8' });
  });

  it('searches for owners before reading any territory, and not when owner matching is off', () => {
    const territories = plan([territoryRow()], [memberRow({ repId: '8' })]);
    const acme = lead({ email: 'jo@acme.com', companyName: 'Acme' });

    expect(route(territories, acme).request).toEqual({ kind: 'ownerCandidates', emailDomain: 'acme.com', companyKey: 'acme' });
    const off = route(territories, acme, NO_FACTS, { settings: settings({ matchOwner: false }) });
    expect(off.request).toEqual({ kind: 'memberStates', memberIds: ['11'], countOpenLeadsOf: [] });
  });

  it('never changes the facts it is given', () => {
    const facts = learn(NO_FACTS, { kind: 'reps', repIds: ['7'] }, { reps: [ana()] });
    const before = JSON.stringify([...facts.reps, ...facts.memberStates]);

    route(threeTerritories(), lead(), facts);

    expect(JSON.stringify([...facts.reps, ...facts.memberStates])).toBe(before);
    expect(learn(facts, { kind: 'reps', repIds: ['8'] }, {}).reps.get('8')).toBeNull();
    expect(facts.reps.has('8')).toBe(false);
  });
});
