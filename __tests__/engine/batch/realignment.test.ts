import fc from 'fast-check';
import { realignLeads, resolveRealignOwners, type BatchLead, type Realignment, type RoutingSnapshot } from '../../../src/engine/batch';
import type { OwnerCandidate } from '../../../src/engine/types';
import { deepFreeze, memberRow, owner, plan, rep, settings, territoryRow } from '../decision/fixtures';
import { CLOCK, batchLead, leadRange, snapshot } from './fixtures';

const team = () => [rep('5', 'Ex Rep', { isInactive: true }), rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee'), rep('10', 'Di Eng')];
const moves = (result: Realignment) => result.changes.map(({ lead, decision }) => [lead.facts.id, lead.facts.salesRepId, decision.repId]);
/** Each change as `id: STATUS rep` (and the owner record it followed), the way a report reads. */
const decided = (result: Realignment) =>
  Object.fromEntries(
    result.changes.map(({ lead, decision }) => {
      const winner = decision.trace.owner?.winner;
      return [lead.facts.id, `${decision.status} ${decision.repId}${winner === undefined ? '' : ` after #${winner.recordId}`}`];
    }),
  );
const countByRep = (result: Realignment) =>
  result.changes.reduce<Record<string, number>>((counts, { decision }) => ({ ...counts, [decision.repId!]: (counts[decision.repId!] ?? 0) + 1 }), {});

/** Open leads per rep: the active leads that have one. */
function openLeadsOf(leads: readonly BatchLead[]): Map<string, number> {
  const openLeads = new Map<string, number>();
  for (const { facts, isInactive } of leads) if (facts.salesRepId && !isInactive) openLeads.set(facts.salesRepId, (openLeads.get(facts.salesRepId) ?? 0) + 1);
  return openLeads;
}

/** The account after the changes were written and the member states committed. */
function afterApply(before: RoutingSnapshot, leads: BatchLead[], result: Realignment): { snapshot: RoutingSnapshot; leads: BatchLead[] } {
  const newRep = new Map(result.changes.map(({ lead, decision }) => [lead.facts.id, decision.repId]));
  const moved = leads.map((lead) => ({ ...lead, facts: { ...lead.facts, salesRepId: newRep.get(lead.facts.id) ?? lead.facts.salesRepId } }));
  const openLeads = openLeadsOf(moved);
  const memberStates = new Map(before.memberStates);
  for (const change of result.memberChanges) memberStates.set(change.memberId, change.after);
  const owners = moved.map((lead) =>
    owner({ id: lead.facts.id, stage: 'LEAD', salesRepId: lead.facts.salesRepId ?? '', email: lead.facts.email, companyName: lead.facts.companyName }),
  );
  return { snapshot: { ...before, memberStates, openLeads, owners }, leads: moved };
}

describe('realignLeads', () => {
  const territories = () => plan([territoryRow()], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);

  it('decides in ascending internal id whatever order the leads arrive in', () => {
    const leads = ['903', '900', '902', '901'].map((id) => batchLead(id, { salesRepId: '5' }));

    const result = realignLeads(territories(), snapshot({ reps: team() }), leads, { settings: settings() }, CLOCK);

    expect(moves(result)).toEqual([['900', '5', '7'], ['901', '5', '8'], ['902', '5', '7'], ['903', '5', '8']]);
    expect(result.memberChanges.map((change) => [change.memberId, change.after])).toEqual([
      ['11', { turns: 2, assigned: 2 }],
      ['12', { turns: 2, assigned: 2 }],
    ]);
  });

  it('least disruption: a current rep who is an active member stays, even away and at capacity; only moves are listed', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7', capacity: 0, awayUntil: '2026-12-31' }), memberRow({ id: '12', repId: '8' })]);
    const leads = [batchLead('900', { salesRepId: '7' }), batchLead('901', { salesRepId: '5' }), batchLead('902', { country: 'DE', salesRepId: '5' })];

    const result = realignLeads(territories, snapshot({ reps: team() }), leads, { settings: settings({ keepExisting: true }) }, CLOCK);

    // 900 kept (member), 901 moved (5 left), 902 matches nothing and keeps its rep: realign never clears one.
    expect(moves(result)).toEqual([['901', '5', '8']]);
    expect(result.unchanged).toBe(2);
  });

  it('is fair within one lead per member: equal weights share evenly, weights 2:1 share 2:1', () => {
    const even = plan([territoryRow()], ['7', '8', '9', '10'].map((repId, index) => memberRow({ id: String(11 + index), repId })));
    const weighted = plan([territoryRow()], [memberRow({ id: '11', repId: '7', weight: 2 }), memberRow({ id: '12', repId: '8' })]);
    const leads = leadRange(900, 30, { salesRepId: '5' });

    const evenCounts = countByRep(realignLeads(even, snapshot({ reps: team() }), leads, { settings: settings() }, CLOCK));
    const weightedCounts = countByRep(realignLeads(weighted, snapshot({ reps: team() }), leads, { settings: settings() }, CLOCK));

    for (const count of Object.values(evenCounts)) expect(Math.abs(count - 30 / 4)).toBeLessThanOrEqual(1);
    expect(Math.abs(weightedCounts['7']! - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(weightedCounts['8']! - 10)).toBeLessThanOrEqual(1);
  });

  it('changes nothing when run again on the realigned account', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'West', states: 'CA' }), territoryRow({ id: '2', name: 'Nation', priority: 20, method: 'load_balanced' })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '12', territoryId: '1', repId: '8', capacity: 4 }), memberRow({ id: '21', territoryId: '2', repId: '9' })],
    );
    const leads = Array.from({ length: 20 }, (_, index) =>
      batchLead(String(900 + index), { state: index % 4 === 0 ? 'NY' : 'CA', salesRepId: index % 3 === 0 ? '7' : '5', email: index % 5 === 0 ? `x${index}@acme.com` : '' }),
    );
    const first = snapshot({ reps: team(), owners: [owner({ id: '500', salesRepId: '9', email: 'ops@acme.com' })] });

    const once = realignLeads(territories, first, leads, { settings: settings() }, CLOCK);
    const applied = afterApply(first, leads, once);
    const twice = realignLeads(territories, { ...applied.snapshot, owners: [...first.owners, ...applied.snapshot.owners] }, applied.leads, { settings: settings() }, CLOCK);

    expect(once.changes.length).toBeGreaterThan(5);
    expect(moves(twice)).toEqual([]);
    expect(twice.memberChanges).toEqual([]);
  });

  it('does not change the snapshot or the leads it is given', () => {
    const reps = team();
    const leads = deepFreeze(leadRange(900, 3, { salesRepId: '5' }));
    const frozen = deepFreeze(snapshot({ reps, owners: [owner({ id: '500', salesRepId: '7', email: 'ops@acme.com' })] }));

    expect(() => realignLeads(territories(), frozen, leads, { settings: settings() }, CLOCK)).not.toThrow();
  });
});

/**
 * Owners in realign (SPEC §4). Every lead starts with rep 5, who has left, so every decision shows as a change.
 * West (US) has Ana (7) and Bo (8) by round robin; Germany (DE) has Cy (9).
 */
describe('realignLeads: owners in realign', () => {
  const territories = () =>
    plan(
      [territoryRow({ id: '1', name: 'West' }), territoryRow({ id: '2', name: 'Germany', countries: 'DE' })],
      [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '12', territoryId: '1', repId: '8' }), memberRow({ id: '21', territoryId: '2', repId: '9' })],
    );
  const left = (id: string, overrides: Parameters<typeof batchLead>[1] = {}) => batchLead(id, { salesRepId: '5', ...overrides });
  const realign = (leads: BatchLead[], owners: OwnerCandidate[] = [], matchOwner = true) =>
    realignLeads(territories(), snapshot({ reps: team(), owners }), leads, { settings: settings({ matchOwner }) }, CLOCK);
  /** C (900) heads the company: B (902) shares its domain, A (901, free mail) only B's name. The loop C ⇄ B breaks at C. */
  const chain = (c: Parameters<typeof batchLead>[1] = {}) => [
    left('900', { email: 'c@acme.com', companyName: 'Zeta', ...c }),
    left('901', { email: 'a@gmail.com', companyName: 'Acme' }),
    left('902', { email: 'b@acme.com', companyName: 'Acme' }),
  ];

  it('chain A → B → C: the head is routed, then each follower takes the rep its owner ends with, an owner that follows first', () => {
    const result = realign(chain());

    // 901 comes first in id order but follows 902, which is settled before it.
    expect(decided(result)).toEqual({ '900': 'ROUTED 7', '901': 'OWNER 7 after #902', '902': 'OWNER 7 after #900' });
    expect(result.changes.find((change) => change.lead.facts.id === '901')?.decision.reason).toBe(
      'Assigned to Ana Ruiz, who owns existing lead Acme (#902) with the same company name (acme).',
    );
    // One turn for the one lead a territory decided.
    expect(result.memberChanges.map((change) => [change.memberId, change.after])).toEqual([['11', { turns: 1, assigned: 1 }]]);
  });

  it('a two-lead loop is broken at its lower id: that lead is decided as if it had no owner, the other follows it', () => {
    const result = realign([left('900', { email: 'jo@acme.com' }), left('901', { email: 'al@acme.com', country: 'DE' })]);

    // Broken at 901 instead, Germany would decide it (9) and 900 would follow.
    expect(decided(result)).toEqual({ '900': 'ROUTED 7', '901': 'OWNER 7 after #900' });
    expect(result.changes[0]?.decision.trace.owner?.note).toBe('owners loop among leads in scope (#900 → #901 → #900); the loop is broken at its lowest id, this lead');
  });

  it('a chain ending at a customer: every lead of it takes the customer\'s rep, whatever rep the lead in between has now', () => {
    const customer = owner({ id: '500', stage: 'CUSTOMER', email: 'ops@acme.com', companyName: 'Acme Holdings', salesRepId: '10' });
    const leads = [left('900', { email: 'a@gmail.com', companyName: 'Acme' }), batchLead('901', { email: 'b@acme.com', companyName: 'Acme', salesRepId: '8' })];

    const result = realign(leads, [customer]);

    expect(decided(result)).toEqual({ '900': 'OWNER 10 after #901', '901': 'OWNER 10 after #500' });
    expect(result.memberChanges).toEqual([]);
  });

  it('a chain ending at a lead that ends without a rep: its follower is decided then as if it had no owner, and the chain follows that', () => {
    const result = realign(chain({ country: 'FR', salesRepId: null }));

    // 900 matches no territory and there is no default rep: it keeps having none (not a change).
    expect(decided(result)).toEqual({ '901': 'OWNER 7 after #902', '902': 'ROUTED 7' });
    expect(result.unchanged).toBe(1);
    expect(result.changes[1]?.decision.trace.owner?.note).toBe('its owner, lead Zeta (#900), ends this realignment without an active sales rep');
  });

  it('an owner that keeps a rep who has left counts as ending without a rep', () => {
    const result = realign(chain({ country: 'FR' }));

    expect(decided(result)).toEqual({ '901': 'OWNER 7 after #902', '902': 'ROUTED 7' });
  });

  it('owner matching off: every lead is decided by territory in ascending id', () => {
    const result = realign(chain(), [owner({ id: '500', email: 'ops@acme.com', salesRepId: '10' })], false);

    expect(decided(result)).toEqual({ '900': 'ROUTED 7', '901': 'ROUTED 8', '902': 'ROUTED 7' });
    expect(result.changes.map((change) => change.decision.trace.owner?.note)).toEqual(Array.from({ length: 3 }, () => 'owner matching is off'));
  });

  describe('a lead that a before-owner territory matches has no owner (and may still own others)', () => {
    const withPartners = (partnerAway: boolean) =>
      plan(
        [territoryRow({ id: '1', name: 'West' }), territoryRow({ id: '3', name: 'Partners', priority: 50, leadSources: ['6'], beforeOwner: true })],
        [memberRow({ id: '11', territoryId: '1', repId: '7' }), memberRow({ id: '31', territoryId: '3', repId: '9', awayUntil: partnerAway ? '2099-01-01' : null })],
      );
    const customer = owner({ id: '500', stage: 'CUSTOMER', email: 'ops@acme.com', salesRepId: '10' });
    // 900 is a partner lead with Acme's domain; 901 is not a partner lead, and shares only 900's company name (free mail).
    const leads = () => [left('900', { email: 'jo@acme.com', companyName: 'Acme', leadSource: '6' }), left('901', { email: 'al@gmail.com', companyName: 'Acme' })];
    const realignWith = (partnerAway: boolean) =>
      realignLeads(withPartners(partnerAway), snapshot({ reps: team(), owners: [customer] }), leads(), { settings: settings() }, CLOCK);

    it('the partner territory decides it', () => {
      expect(decided(realignWith(false))).toEqual({ '900': 'ROUTED 9', '901': 'OWNER 9 after #900' });
    });

    it('when the partner territory cannot take it, the other territories do, not the owner of its domain', () => {
      const result = realignWith(true);

      expect(decided(result)).toEqual({ '900': 'ROUTED 7', '901': 'OWNER 7 after #900' });
      expect(result.changes[0]?.decision.trace.owner?.note).toBe('territory Partners, routed before existing-owner matching, matches this lead, so it follows no owner');
    });
  });

  it("a follower's move counts toward its new rep's open leads before the next lead is decided", () => {
    const balanced = plan([territoryRow({ method: 'load_balanced' })], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);
    const leads = [
      left('900', { email: 'jo@one.com' }),
      left('901', { email: 'al@one.com' }),
      left('902', { email: 'cy@two.com', country: 'FR', salesRepId: null }),
      left('903', { email: 'di@two.com' }),
    ];

    const result = realignLeads(balanced, snapshot({ reps: team(), openLeads: new Map([['8', 2]]) }), leads, { settings: settings() }, CLOCK);

    // 900 → Ana (0 open leads against Bo's 2); 901 follows: Ana 2. 903's owner 902 has no rep, so 903 is balanced
    // then: 2 against 2, and Bo's fewer turns win. Had 901's move not counted, Ana (1) would have won.
    expect(decided(result)).toEqual({ '900': 'ROUTED 7', '901': 'OWNER 7 after #900', '903': 'ROUTED 8' });
  });
});

// ───────────────────────────── properties over random companies ─────────────────────────────

const DOMAINS = ['acme.com', 'initech.com', 'globex.com', 'gmail.com'];
const NAMES = ['Acme', 'Initech Inc', 'Globex', 'Umbrella', ''];
const CURRENT_REPS = [null, '5', '7', '8', '9', '10'];

const leadsArb = fc.uniqueArray(fc.integer({ min: 900, max: 960 }), { minLength: 1, maxLength: 25 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc
        .record({
          domain: fc.constantFrom(...DOMAINS),
          companyName: fc.constantFrom(...NAMES),
          country: fc.constantFrom('US', 'US', 'DE', 'FR'),
          salesRepId: fc.constantFrom(...CURRENT_REPS),
          isInactive: fc.constantFrom(false, false, false, true),
        })
        .map(({ domain, isInactive, ...facts }) => batchLead(String(id), { ...facts, email: `p${id}@${domain}` }, isInactive)),
    ),
  ),
);
const outsideArb = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 100, max: 120 }).map(String),
    stage: fc.constantFrom('LEAD' as const, 'PROSPECT' as const, 'CUSTOMER' as const),
    salesRepId: fc.constantFrom('5', '7', '10', ''),
    email: fc.constantFrom(...DOMAINS).map((domain) => `x@${domain}`),
    companyName: fc.constantFrom(...NAMES),
    isInactive: fc.boolean(),
  }),
  { maxLength: 4, selector: (record) => record.id },
);

describe('realignLeads over random companies', () => {
  const territories = () =>
    plan(
      [territoryRow({ id: '1', name: 'West' }), territoryRow({ id: '2', name: 'Germany', countries: 'DE', method: 'load_balanced' })],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7' }),
        memberRow({ id: '12', territoryId: '1', repId: '8', capacity: 6 }),
        memberRow({ id: '21', territoryId: '2', repId: '9' }),
        memberRow({ id: '22', territoryId: '2', repId: '7' }),
      ],
    );

  const options = (matchOwner: boolean) => ({ settings: settings({ matchOwner, defaultRepId: matchOwner ? null : '10' }) });
  const realignOnce = (leads: BatchLead[], outside: OwnerCandidate[], matchOwner: boolean) => {
    const first = snapshot({ reps: team(), owners: outside, openLeads: openLeadsOf(leads) });
    return { first, result: realignLeads(territories(), first, leads, options(matchOwner), CLOCK) };
  };

  it('a second realignment of what the first left changes nothing', () => {
    fc.assert(
      fc.property(leadsArb, outsideArb, fc.boolean(), (leads, outside, matchOwner) => {
        const { first, result } = realignOnce(leads, outside, matchOwner);
        const applied = afterApply(first, leads, result);

        const twice = realignLeads(territories(), { ...applied.snapshot, owners: [...outside, ...applied.snapshot.owners] }, applied.leads, options(matchOwner), CLOCK);

        expect(moves(twice)).toEqual([]);
        expect(twice.memberChanges).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every follower ends with the rep its owner ends with, when that is an active sales rep', () => {
    const reps = new Map(team().map((known) => [known.id, known]));
    fc.assert(
      fc.property(leadsArb, outsideArb, (leads, outside) => {
        const { first, result } = realignOnce(leads, outside, true);
        const endsWith = new Map(afterApply(first, leads, result).leads.map((lead) => [lead.facts.id, lead.facts.salesRepId]));

        for (const [id, { owner: link }] of resolveRealignOwners(leads, outside, reps, true)) {
          const ownerRep = link === null ? null : link.inScope ? endsWith.get(link.record.id) : link.record.salesRepId;
          if (ownerRep != null && reps.get(ownerRep)?.isInactive === false) expect({ id, rep: endsWith.get(id) }).toEqual({ id, rep: ownerRep });
        }
      }),
      { numRuns: 300 },
    );
  });
});
