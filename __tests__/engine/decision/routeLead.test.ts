import { routeLead } from '../../../src/engine/decision/routeLead';
import { NOW, context, fakePorts, lead, memberRow, plan, rep, settings, territoryRow, world } from './fixtures';

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
    const { ports } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(territories, lead(), context(ports));

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
    const { ports } = fakePorts(world({ reps: [bo(), cy(), di()] }));

    const decision = routeLead(territories, lead(), context(ports));

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
    const { ports } = fakePorts(world({ reps: [bo(), rep('10', 'Di Eng', { isInactive: true }), ed()] }));

    const decision = routeLead(territories, lead(), context(ports));

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
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo()], openLeads: { '7': 20, '8': 19 } }));

    const decision = routeLead(territories, lead(), context(ports));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1', memberUpdate: { memberId: '12' } });
    expect(decision.trace.territories[0]?.members?.[0]).toMatchObject({ eligible: false, why: 'AT_CAPACITY', openLeads: 20 });
    expect(calls.openLeads).toEqual([['7', '8']]);
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
    const { ports } = fakePorts(
      world({ reps: [ana(), bo()], openLeads: { '7': 4, '8': 2 }, states: { '11': { turns: 1, assigned: 8 }, '12': { turns: 0, assigned: 2 } } }),
    );

    const decision = routeLead(territories, lead(), context(ports));

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
    const { ports } = fakePorts(world({ reps: [ana(), bo()], openLeads: { '7': 3, '8': 3 } }));

    const decision = routeLead(territories, lead(), context(ports));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', memberUpdate: { memberId: '9', turns: 1, assigned: 1 } });
  });

  it('leaves out a territory whose own data is invalid and routes by the next one', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'Broken', priority: 5, countries: 'US, XX' }), territoryRow({ id: '2', name: 'Nation', priority: 10 })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '21', territoryId: '2', repId: '8' })],
    );
    const { ports } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(territories, lead(), context(ports));

    expect(territories.skipped.map((skipped) => skipped.territoryId)).toEqual(['1']);
    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '2' });
    expect(decision.trace.territories.map((territory) => territory.territoryId)).toEqual(['2']);
  });

  it('records the criteria that failed for a territory the lead does not match', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'Oregon', priority: 5, states: 'US-OR' }), territoryRow({ id: '2', name: 'Nation', priority: 10 })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '21', territoryId: '2', repId: '8' })],
    );
    const { ports } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(territories, lead(), context(ports), 'reference');

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
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(west(), lead({ salesRepId: '7' }), context(ports));

    expect(decision).toMatchObject({ status: 'KEPT', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.trace.keepExisting).toEqual({ applied: true, repId: '7', repName: 'Ana Ruiz' });
    expect(decision.reason).toBe('Kept the sales rep entered on the lead, Ana Ruiz.');
    expect(calls).toEqual({ reps: [['7']], memberStates: [], openLeadHints: [], offered: [], openLeads: [], ownerCandidates: [] });
  });

  it('routes a lead entered with a rep when keep-existing is off', () => {
    const { ports } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(west(), lead({ salesRepId: '7' }), context(ports, { settings: settings({ keepExisting: false }) }));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1', memberUpdate: { memberId: '11' } });
    expect(decision.trace.keepExisting).toEqual({ applied: false, repId: '7' });
  });

  it('never clears the rep a new lead was entered with when nothing routes it (keep-existing off)', () => {
    const { ports } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(
      west(),
      lead({ salesRepId: '7', country: 'DE' }),
      context(ports, { settings: settings({ keepExisting: false }) }),
    );

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.reason).toBe('Kept its current sales rep: no territory matched (1 checked) and no default rep is set.');
  });

  it('gives the lead to the default rep when no territory matches', () => {
    const { ports } = fakePorts(world({ reps: [bo(), ed()] }));

    const decision = routeLead(west(), lead({ country: 'DE' }), context(ports, { settings: settings({ defaultRepId: '12' }) }));

    expect(decision).toMatchObject({ status: 'DEFAULT', repId: '12', territoryId: null, memberUpdate: null });
    expect(decision.trace).toMatchObject({ territories: [], ruledOutByIndex: 1, defaultRep: { repId: '12', repName: 'Ed Fox', usable: true } });
    expect(decision.reason).toBe('No territory matched (1 checked), so the default rep Ed Fox took the lead.');
  });

  it('leaves the lead unassigned when the default rep is inactive', () => {
    const { ports } = fakePorts(world({ reps: [bo(), rep('12', 'Ed Fox', { isInactive: true })] }));

    const decision = routeLead(west(), lead({ country: 'DE' }), context(ports, { settings: settings({ defaultRepId: '12' }) }));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null, territoryId: null, memberUpdate: null });
    expect(decision.trace.defaultRep).toEqual({ repId: '12', repName: 'Ed Fox', usable: false, why: 'REP_INACTIVE' });
    expect(decision.reason).toBe('Left unassigned: no territory matched (1 checked) and the default rep Ed Fox is inactive.');
  });

  it('leaves the lead unassigned when nothing applies and no default rep is set', () => {
    const { ports } = fakePorts(world({ reps: [bo()] }));

    const decision = routeLead(west(), lead({ country: 'DE' }), context(ports));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null, territoryId: null, memberUpdate: null, decidedAt: NOW });
    expect(decision.trace.defaultRep).toEqual({ repId: null, usable: false });
    expect(decision.reason).toBe('Left unassigned: no territory matched (1 checked) and no default rep is set.');
  });

  it('says which matching territories could not take the lead', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '8', awayUntil: '2026-12-31' })]);
    const { ports } = fakePorts(world({ reps: [bo()] }));

    const decision = routeLead(territories, lead(), context(ports));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null });
    expect(decision.reason).toBe('Left unassigned: no matching territory had an eligible or fallback rep (West) and no default rep is set.');
  });

  it('lets port errors propagate for the caller to record', () => {
    const { ports } = fakePorts(world());
    const failing = {
      ...ports,
      memberStates: () => {
        throw new Error('search failed');
      },
    };

    expect(() => routeLead(west(), lead(), context(failing))).toThrow('search failed');
  });
});

describe('routeLead: asks the ports only what the rules need', () => {
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

  it('reads the first matching territory\'s members when it decides, offering the further matching ones, and no open leads without capacity', () => {
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo(), cy(), di()] }));

    const decision = routeLead(threeTerritories(), lead(), context(ports));

    expect(decision).toMatchObject({ status: 'ROUTED', territoryId: '1' });
    expect(calls).toEqual({
      reps: [['7']],
      memberStates: [['11']],
      openLeadHints: [[]],
      offered: [{ memberIds: ['21', '31'], countOpenLeadsOf: [] }],
      openLeads: [],
      ownerCandidates: [],
    });
  });

  it('reads all further matching territories\' members in one more batch when the first one passes', () => {
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo(), cy(), di()] }));

    const decision = routeLead(threeTerritories({ awayUntil: '2026-12-31' }), lead(), context(ports));

    expect(decision).toMatchObject({ status: 'ROUTED', territoryId: '2' });
    expect(calls).toEqual({
      reps: [['7'], ['8', '9']],
      memberStates: [['11'], ['21', '31']],
      openLeadHints: [[], []],
      offered: [{ memberIds: ['21', '31'], countOpenLeadsOf: [] }, null],
      openLeads: [],
      ownerCandidates: [],
    });
  });

  it('names, with the member states, the reps of a territory that caps a member or balances load, offered ones too', () => {
    const territories = plan(
      [territoryRow({ id: '1', priority: 5 }), territoryRow({ id: '2', priority: 10, method: 'load_balanced' }), territoryRow({ id: '3', priority: 20 })],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7', capacity: 3 }),
        memberRow({ id: '12', territoryId: '1', repId: '8' }),
        memberRow({ id: '21', territoryId: '2', repId: '9' }),
        memberRow({ id: '31', territoryId: '3', repId: '10' }),
      ],
    );
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo(), cy(), di()] }));

    routeLead(territories, lead(), context(ports));

    expect(calls.memberStates).toEqual([['11', '12']]);
    expect(calls.openLeadHints).toEqual([['7', '8']]);
    expect(calls.offered).toEqual([{ memberIds: ['21', '31'], countOpenLeadsOf: ['9'] }]);
  });

  it('counts open leads only for members who are otherwise available', () => {
    const territories = plan(
      [territoryRow()],
      [memberRow({ id: '11', repId: '7', capacity: 5 }), memberRow({ id: '12', repId: '8', awayUntil: '2026-12-01' })],
    );
    const { ports, calls } = fakePorts(world({ reps: [ana(), bo()] }));

    const decision = routeLead(territories, lead(), context(ports));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '7' });
    expect(calls.openLeads).toEqual([['7']]);
  });

  it('looks up a fallback rep only when the territory needs it', () => {
    const territories = plan([territoryRow({ fallbackRepId: '10' })], [memberRow({ id: '11', repId: '8', awayUntil: '2026-12-01' })]);
    const { ports, calls } = fakePorts(world({ reps: [bo(), di()] }));

    routeLead(territories, lead(), context(ports));

    expect(calls.reps).toEqual([['8'], ['10']]);
  });

  it('does not search for owners when the lead has only a free-mail address and no company name', () => {
    const { ports, calls } = fakePorts(world({ reps: [bo()] }));

    const decision = routeLead(plan([territoryRow()], [memberRow({ repId: '8' })]), lead({ email: 'jo@gmail.com' }), context(ports));

    expect(calls.ownerCandidates).toEqual([]);
    expect(decision.trace.owner).toMatchObject({ considered: false, emailDomain: null, companyKey: null, candidates: 0 });
    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8' });
  });

  it('does not search for owners when owner matching is off', () => {
    const { ports, calls } = fakePorts(world({ reps: [bo()] }));

    const decision = routeLead(
      plan([territoryRow()], [memberRow({ repId: '8' })]),
      lead({ email: 'jo@acme.com', companyName: 'Acme' }),
      context(ports, { settings: settings({ matchOwner: false }) }),
    );

    expect(calls.ownerCandidates).toEqual([]);
    expect(decision.trace.owner).toMatchObject({ considered: false, note: 'owner matching is off' });
  });
});
