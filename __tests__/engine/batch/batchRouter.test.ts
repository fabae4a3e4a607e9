import { createBatchRouter, type BatchLead } from '../../../src/engine/batch';
import type { Decision, LeadFacts, Plan, RoutingMode } from '../../../src/engine/types';
import { context, decide, fakeAnswers, memberRow, owner, plan, realignMode, rep, settings, territoryRow, world, type World } from '../decision/fixtures';
import { CLOCK, batchLead, leadRange, snapshot } from './fixtures';

const team = () => [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee'), rep('10', 'Di Eng')];
const outcome = ({ status, repId, territoryId, memberUpdate }: Decision) => ({ status, repId, territoryId, memberUpdate });

/** Routes and applies every lead, as a bulk path does when every write succeeds. */
function routeAll(router: ReturnType<typeof createBatchRouter>, leads: BatchLead[], mode?: RoutingMode): Decision[] {
  return leads.map((lead) => {
    const decision = router.decide(lead, CLOCK, mode);
    router.apply(lead, decision);
    return decision;
  });
}

/** The reference: routeLead one lead at a time over a world updated after each lead, as the user event would see it. */
function routeOneAtATime(territories: Plan, account: World, leads: LeadFacts[]): Decision[] {
  return leads.map((facts) => {
    const decision = decide(territories, facts, context(fakeAnswers(account).answer));
    const update = decision.memberUpdate;
    if (update) account.states[update.memberId] = { turns: update.turns, assigned: update.assigned };
    if (decision.repId !== null) {
      account.openLeads[decision.repId] = (account.openLeads[decision.repId] ?? 0) + 1;
      account.owners.push(owner({ id: facts.id!, stage: 'LEAD', salesRepId: decision.repId, email: facts.email, companyName: facts.companyName }));
    }
    return decision;
  });
}

describe('createBatchRouter', () => {
  it('rotates round-robin members across the batch exactly as routing one lead at a time would', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' }), memberRow({ id: '13', repId: '9' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });

    const decisions = routeAll(router, leadRange(900, 6));

    expect(decisions.map((decision) => decision.repId)).toEqual(['7', '8', '9', '7', '8', '9']);
    expect(router.memberChanges()).toEqual([
      { memberId: '11', territoryId: '1', repId: '7', before: { turns: 0, assigned: 0 }, after: { turns: 2, assigned: 2 }, lastAssigned: CLOCK.now },
      { memberId: '12', territoryId: '1', repId: '8', before: { turns: 0, assigned: 0 }, after: { turns: 2, assigned: 2 }, lastAssigned: CLOCK.now },
      { memberId: '13', territoryId: '1', repId: '9', before: { turns: 0, assigned: 0 }, after: { turns: 2, assigned: 2 }, lastAssigned: CLOCK.now },
    ]);
  });

  it('gives weights 2:1 the pattern A B A A B A across a batch, as the sweep and the realignment route', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7', weight: 2 }), memberRow({ id: '12', repId: '8' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });

    const fresh = routeAll(router, leadRange(900, 6));
    const realigned = routeAll(createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() }), leadRange(950, 6, { salesRepId: '5' }), realignMode());

    expect(fresh.map((decision) => decision.repId)).toEqual(['7', '8', '7', '7', '8', '7']);
    expect(realigned.map((decision) => decision.repId)).toEqual(['7', '8', '7', '7', '8', '7']);
  });

  it('decides a mixed backlog (weights, capacity, load balancing, owners) as sequential routing over a changing account', () => {
    const territories = plan(
      [
        territoryRow({ id: '1', name: 'West', priority: 10, states: 'CA' }),
        territoryRow({ id: '2', name: 'Nation', priority: 20, method: 'load_balanced' }),
      ],
      [
        memberRow({ id: '11', territoryId: '1', repId: '7', weight: 2 }),
        memberRow({ id: '12', territoryId: '1', repId: '8', capacity: 3 }),
        memberRow({ id: '21', territoryId: '2', repId: '9' }),
        memberRow({ id: '22', territoryId: '2', repId: '10' }),
      ],
    );
    const companies = ['Acme Inc', 'Globex', '', 'Initech LLC', ''];
    const domains = ['acme.com', 'gmail.com', 'globex.com', '', 'umbrella.com'];
    const facts = Array.from({ length: 40 }, (_, index): LeadFacts & { id: string } => ({
      ...leadRange(0, 1)[0]!.facts,
      id: String(900 + index),
      state: index % 3 === 0 ? 'NY' : 'CA',
      email: domains[index % 5] === '' ? '' : `lead${index}@${domains[index % 5]}`,
      companyName: companies[index % 4]!,
    }));
    const start = () =>
      world({ reps: team(), states: { '11': { turns: 1, assigned: 4 } }, openLeads: { '8': 1, '9': 2 }, owners: [owner({ id: '500', salesRepId: '9', email: 'ops@umbrella.com' })] });
    const initial = start();
    const router = createBatchRouter(
      territories,
      snapshot({
        reps: initial.reps,
        memberStates: new Map(Object.entries(initial.states)),
        openLeads: new Map(Object.entries(initial.openLeads)),
        owners: initial.owners,
      }),
      { settings: settings() },
    );

    const batched = routeAll(router, facts.map((lead) => ({ facts: lead, isInactive: false })));
    const sequential = routeOneAtATime(territories, start(), facts);

    expect(batched.map(outcome)).toEqual(sequential.map(outcome));
    expect(new Set(batched.map((decision) => decision.status))).toEqual(new Set(['ROUTED', 'OWNER']));
  });

  it('lands a later lead from the same company with the rep the earlier one got (OWNER)', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });

    const [first, second] = routeAll(router, [
      batchLead('900', { email: 'jo@acme.com', companyName: 'Acme' }),
      batchLead('901', { email: 'al@acme.com' }),
    ]);

    expect([first?.status, first?.repId, second?.status, second?.repId]).toEqual(['ROUTED', '7', 'OWNER', '7']);
  });

  it('leaves no trace of a decision that was not applied (its write failed)', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });

    const failed = router.decide(batchLead('900', { email: 'jo@acme.com' }), CLOCK);
    const next = router.decide(batchLead('901', { email: 'al@acme.com' }), CLOCK);

    expect([failed.repId, next.status, next.repId]).toEqual(['7', 'ROUTED', '7']);
    expect(router.memberChanges()).toEqual([]);
  });

  it('counts open leads as they are applied, so a capacity fills up within the batch', () => {
    const territories = plan([territoryRow({ method: 'load_balanced' })], [memberRow({ id: '11', repId: '7', capacity: 2 }), memberRow({ id: '12', repId: '8' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team(), openLeads: new Map([['7', 1], ['8', 3]]) }), {
      settings: settings(),
    });

    const decisions = routeAll(router, leadRange(900, 4));

    // 7 has 1 of 2; after one more it is full, then 8 (3, 4, …) takes the rest.
    expect(decisions.map((decision) => decision.repId)).toEqual(['7', '8', '8', '8']);
  });

  it('open leads are active lead-stage records: an inactive lead the run gives a rep does not count toward its capacity (SPEC §3.4)', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7', capacity: 1 }), memberRow({ id: '12', repId: '8' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });

    const decisions = routeAll(router, [batchLead('900', {}, true), batchLead('901'), batchLead('902')]);

    // Round robin gives 902 to 7 again; had the inactive lead 900 counted, 7 would be at its capacity of 1.
    expect(decisions.map((decision) => decision.repId)).toEqual(['7', '8', '7']);
  });

  it('realign: a lead that moves frees a slot of the rep it leaves', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'Germany', countries: 'DE' }), territoryRow({ id: '2', name: 'US', countries: 'US' })],
      [memberRow({ id: '11', territoryId: '1', repId: '7', capacity: 1 }), memberRow({ id: '21', territoryId: '2', repId: '8' })],
    );
    const router = createBatchRouter(territories, snapshot({ reps: team(), openLeads: new Map([['7', 1]]) }), { settings: settings() });

    const [moved, german] = routeAll(router, [batchLead('900', { salesRepId: '7' }), batchLead('901', { country: 'DE' })], realignMode());

    expect([moved?.status, moved?.repId, german?.status, german?.repId]).toEqual(['ROUTED', '8', 'ROUTED', '7']);
  });

  it('keeps the records the run changed when the same records arrive again from a later owner search', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7' })]);
    const router = createBatchRouter(territories, snapshot({ reps: team() }), { settings: settings() });
    routeAll(router, [batchLead('900', { email: 'jo@acme.com' })]);

    router.addOwners(
      [owner({ id: '900', stage: 'LEAD', salesRepId: '9', email: 'jo@acme.com' }), owner({ id: '950', stage: 'CUSTOMER', salesRepId: '10', email: 'x@initech.com' })],
      [rep('10', 'Di Eng')],
    );
    const [acme, initech] = routeAll(router, [batchLead('901', { email: 'al@acme.com' }), batchLead('902', { email: 'bo@initech.com' })]);

    expect([acme?.repId, initech?.status, initech?.repId]).toEqual(['7', 'OWNER', '10']);
  });
});
