import { realignLeads, type BatchLead, type Realignment, type RoutingSnapshot } from '../../../src/engine/batch';
import { deepFreeze, memberRow, owner, plan, rep, settings, territoryRow } from '../decision/fixtures';
import { CLOCK, batchLead, leadRange, snapshot } from './fixtures';

const team = () => [rep('5', 'Ex Rep', { isInactive: true }), rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee'), rep('10', 'Di Eng')];
const moves = (result: Realignment) => result.changes.map(({ lead, decision }) => [lead.facts.id, lead.facts.salesRepId, decision.repId]);
const countByRep = (result: Realignment) =>
  result.changes.reduce<Record<string, number>>((counts, { decision }) => ({ ...counts, [decision.repId!]: (counts[decision.repId!] ?? 0) + 1 }), {});

/** The account after the changes were written and the member states committed. */
function afterApply(before: RoutingSnapshot, leads: BatchLead[], result: Realignment): { snapshot: RoutingSnapshot; leads: BatchLead[] } {
  const newRep = new Map(result.changes.map(({ lead, decision }) => [lead.facts.id, decision.repId]));
  const moved = leads.map((lead) => ({ ...lead, facts: { ...lead.facts, salesRepId: newRep.get(lead.facts.id) ?? lead.facts.salesRepId } }));
  const openLeads = new Map<string, number>();
  for (const lead of moved) if (lead.facts.salesRepId) openLeads.set(lead.facts.salesRepId, (openLeads.get(lead.facts.salesRepId) ?? 0) + 1);
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
