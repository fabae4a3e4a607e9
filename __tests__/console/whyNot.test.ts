import { compilePlan, type Decision, type MemberTrace, type TerritoryTrace } from '../../src/engine';
import { whyNotRep } from '../../src/console/whyNot';
import { memberRow, territoryRow } from '../../tools/fixtures/rows';

const ANA = { id: '7', name: 'Ana Ruiz' };
const BO = { id: '8', name: 'Bo Li' };

const plan = compilePlan(
  [territoryRow({ id: '1', name: 'West', priority: 10, countries: 'US', states: 'CA', fallbackRepId: '9' }), territoryRow({ id: '2', name: 'East', priority: 20, countries: 'US', states: 'NY' })],
  [memberRow({ id: '11', territoryId: '1', repId: ANA.id }), memberRow({ id: '12', territoryId: '1', repId: BO.id }), memberRow({ id: '21', territoryId: '2', repId: '10' })],
);

function member(rep: { id: string; name: string }, fields: Partial<MemberTrace>): MemberTrace {
  return { memberId: `m${rep.id}`, repId: rep.id, repName: rep.name, weight: 1, eligible: true, turns: 0, ...fields };
}

function west(fields: Partial<TerritoryTrace>): TerritoryTrace {
  return {
    territoryId: '1',
    name: 'West',
    priority: 10,
    checks: [{ criterion: 'country', observed: 'US', expected: ['US'], passed: true }],
    matched: true,
    outcome: 'ROUTED',
    method: 'round_robin',
    ...fields,
  };
}

function decision(fields: Partial<Decision>, territories: TerritoryTrace[]): Decision {
  return { status: 'ROUTED', repId: ANA.id, territoryId: '1', memberUpdate: null, reason: 'Routed to Ana Ruiz by territory West.', decidedAt: '2026-11-26T09:00:00Z', trace: { territories, ruledOutByIndex: 0 }, ...fields };
}

describe('why not this rep?', () => {
  it('an eligible member round robin passed over, with the turns compared', () => {
    const members = [member(ANA, { turns: 2, effectiveTurns: 2 }), member(BO, { turns: 3, effectiveTurns: 3 })];
    expect(whyNotRep(BO, decision({}, [west({ members })]), plan)).toBe(
      'Bo Li is an eligible member of territory West (id 1, priority 10), but round robin picked Ana Ruiz (turns taken: Ana Ruiz 2, Bo Li 3).',
    );
  });

  it('an eligible member load balancing passed over, with the open leads compared', () => {
    const members = [member(ANA, { openLeads: 2 }), member(BO, { openLeads: 5, weight: 2 })];
    expect(whyNotRep(BO, decision({}, [west({ method: 'load_balanced', members })]), plan)).toBe(
      'Bo Li is an eligible member of territory West (id 1, priority 10), but load balancing picked Ana Ruiz (open leads: Ana Ruiz 2 over weight 1, Bo Li 5 over weight 2).',
    );
  });

  it("the rep's first territory does not match: the criterion, what it expects and the lead's value", () => {
    const checks = [{ criterion: 'state' as const, observed: '', expected: ['CA'], passed: false }];
    const east = { territoryId: '2', name: 'East', priority: 20, checks: [], matched: true, outcome: 'ROUTED' as const, members: [member({ id: '10', name: 'Kit Vale' }, {})] };
    expect(whyNotRep(ANA, decision({ repId: '10', territoryId: '2' }, [west({ checks, matched: false, outcome: 'NO_MATCH' }), east]), plan)).toBe(
      'Ana Ruiz is in territory West (id 1, priority 10), which does not match this lead: its state criterion expects CA and the value is empty on the lead.',
    );
  });

  it('the fallback rep of a territory whose members could take the lead, or who cannot take leads', () => {
    const members = [member(ANA, {}), member(BO, { eligible: false, why: 'AWAY', detail: 'away until 2026-12-01' })];
    const fay = { id: '9', name: 'Fay Fallback' };
    expect(whyNotRep(fay, decision({}, [west({ members })]), plan)).toBe(
      'Fay Fallback is the fallback rep of territory West (id 1, priority 10), which takes a lead only when no member is eligible, and a member was.',
    );
    const unusable = west({ members, outcome: 'NO_ELIGIBLE_MEMBER', fallbackRep: { repId: '9', repName: 'Fay Fallback', usable: false, why: 'REP_INACTIVE' } });
    expect(whyNotRep(fay, decision({ status: 'DEFAULT', repId: '12', territoryId: null }, [unusable]), plan)).toBe(
      'Fay Fallback is the fallback rep of territory West (id 1, priority 10) but cannot take leads: inactive.',
    );
  });

  it('no territory was tried: the entered rep was kept, or an existing account’s owner took the lead', () => {
    const kept = decision({ status: 'KEPT', repId: '12', territoryId: null }, []);
    kept.trace.keepExisting = { applied: true, repId: '12', repName: 'Sam Lee' };
    expect(whyNotRep(ANA, kept, plan)).toBe('The lead keeps the sales rep entered on it (Sam Lee), so no territory is tried for Ana Ruiz.');
    const owned = decision({ status: 'OWNER', repId: '10', territoryId: null }, []);
    owned.trace.owner = { considered: true, emailDomain: 'acme.com', companyKey: 'acme', candidates: 1, winner: { recordId: '500', recordName: 'Acme Inc', stage: 'CUSTOMER', repId: '10', repName: 'Kit Vale', matchedBy: 'domain' } };
    expect(whyNotRep(ANA, owned, plan)).toBe('The lead goes to the owner of existing customer Acme Inc (#500, same email domain), Kit Vale, before any territory is tried, so Ana Ruiz is not considered.');
  });
});
