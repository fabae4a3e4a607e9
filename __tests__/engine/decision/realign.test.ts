import type { AnswerFacts } from '../../../src/engine/decision/decideLead';
import { context, decide, fakeAnswers, requestsOf, lead, memberRow, plan, realignMode, rep, settings, territoryRow, world } from './fixtures';

const realign = (answer: AnswerFacts, defaultRepId: string | null = null) =>
  context(answer, { mode: realignMode(), settings: settings({ defaultRepId }) });
const team = () => [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee')];

describe('routeLead in realign mode', () => {
  it('keeps the current rep when it is an active member of the territory, even away and at capacity', () => {
    const territories = plan(
      [territoryRow()],
      [memberRow({ id: '11', repId: '8' }), memberRow({ id: '12', repId: '7', capacity: 0, awayUntil: '2026-12-31' })],
    );
    const { answer, requests } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ id: '900', salesRepId: '7' }), realign(answer));

    expect(decision).toMatchObject({ status: 'KEPT', repId: '7', territoryId: '1', memberUpdate: null });
    expect(decision.trace).toMatchObject({ currentRepId: '7', currentRepName: 'Ana Ruiz' });
    expect(decision.trace.keepExisting).toBeUndefined();
    expect(decision.trace.territories[0]?.outcome).toBe('KEPT_CURRENT_REP');
    expect(decision.reason).toBe('Kept the current sales rep Ana Ruiz, an active member of territory West (priority 10: country US).');
    expect(requestsOf(requests, 'openLeads')).toEqual([]);
  });

  it('routes within the territory when the current rep is not a member', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '8' })]);
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ id: '900', salesRepId: '7' }), realign(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1', memberUpdate: { memberId: '11', turns: 1, assigned: 1 } });
    expect(decision.trace.currentRepId).toBe('7');
  });

  it('does not keep a current rep who is a member but no longer an active sales rep', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7' }), memberRow({ id: '12', repId: '8' })]);
    const { answer } = fakeAnswers(world({ reps: [rep('7', 'Ana Ruiz', { isInactive: true }), rep('8', 'Bo Li')] }));

    const decision = decide(territories, lead({ id: '900', salesRepId: '7' }), realign(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', memberUpdate: { memberId: '12' } });
  });

  it('asks territory by territory: an earlier territory that can pick wins over a later one holding the current rep', () => {
    const territories = plan(
      [territoryRow({ id: '1', name: 'West', priority: 5 }), territoryRow({ id: '2', name: 'Nation', priority: 10 })],
      [memberRow({ id: '11', territoryId: '1', repId: '8' }), memberRow({ id: '21', territoryId: '2', repId: '7' })],
    );
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ id: '900', salesRepId: '7' }), realign(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1' });
    expect(decision.trace.territories.map((territory) => territory.outcome)).toEqual(['ROUTED']);
    expect(decision.trace.notReached).toBe(1);
  });

  it('ignores keep-existing: a lead with a rep is still realigned', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '8' })]);
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ id: '900', salesRepId: '7' }), context(answer, { mode: realignMode(), settings: settings({ keepExisting: true }) }));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8' });
  });

  it('never clears a rep: a lead nothing decides keeps the one it has', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '8' })]);
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ id: '900', country: 'DE', salesRepId: '7' }), realign(answer));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.trace.currentRepId).toBe('7');
    expect(decision.reason).toBe('Kept its current sales rep: no territory matched (1 checked) and no default rep is set.');
  });

  it('leaves a lead without a rep unassigned when nothing decides', () => {
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(plan([territoryRow()], []), lead({ id: '900', country: 'DE' }), realign(answer));

    expect(decision).toMatchObject({ status: 'UNASSIGNED', repId: null });
    expect(decision.trace.currentRepId).toBeNull();
    expect(decision.reason).toBe('Left unassigned: no territory matched (1 checked) and no default rep is set.');
  });
});
