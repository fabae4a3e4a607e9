import { recordLabel } from '../../../src/engine/decision/reason';
import type { MemberRow } from '../../../src/engine/types';
import { context, decide, fakeAnswers, lead, memberRow, plan, rep, territoryRow, world } from './fixtures';

const team = () => [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee'), rep('10', 'Di Eng')];

describe('the reason sentence', () => {
  it('names the rep, the territory, the criteria that matched, the method and who was skipped', () => {
    const territories = plan(
      [territoryRow({ states: 'CA', postalCodes: '94000-94999', leadSources: ['3'] })],
      [
        memberRow({ id: '11', repId: '7' }),
        memberRow({ id: '12', repId: '8', awayUntil: '2026-12-01' }),
        memberRow({ id: '13', repId: '9' }),
        memberRow({ id: '14', repId: '10' }),
      ],
    );
    const { answer } = fakeAnswers(world({ reps: team() }));

    const decision = decide(territories, lead({ postalCode: '94105-1234', leadSource: '3' }), context(answer));

    expect(decision.reason).toBe(
      'Routed to Ana Ruiz by territory West (priority 10: country US, state CA, postal code 94105-1234 in 94000-94999, ' +
        'lead source #3), round robin, among 3 eligible reps; skipped Bo Li away until 2026-12-01.',
    );
  });

  it('shows a prefix pattern, a territory that takes every lead, and exact codes plainly', () => {
    const { answer } = fakeAnswers(world({ reps: team() }));
    const prefix = plan([territoryRow({ countries: '', postalCodes: 'SW1*' })], [memberRow({ repId: '7' })]);
    const anyLead = plan([territoryRow({ name: 'Everyone', countries: '' })], [memberRow({ repId: '7' })]);
    const exact = plan([territoryRow({ countries: 'GB', postalCodes: 'SW1A 1AA' })], [memberRow({ repId: '7' })]);

    expect(decide(prefix, lead({ country: 'GB', postalCode: 'SW1A 1AA' }), context(answer)).reason).toContain(
      '(priority 10: postal code SW1A 1AA matching SW1*)',
    );
    expect(decide(anyLead, lead(), context(answer)).reason).toContain('territory Everyone (priority 10: no criteria, so every lead matches)');
    expect(decide(exact, lead({ country: 'GB', postalCode: 'sw1a 1aa' }), context(answer)).reason).toContain(
      '(priority 10: country GB, postal code sw1a 1aa)',
    );
  });

  it('lists at most three skipped reps, then says how many more', () => {
    const away = (id: string, repId: string): MemberRow => memberRow({ id, repId, awayUntil: '2026-12-01' });
    const territories = plan(
      [territoryRow({ fallbackRepId: '10' })],
      [away('11', '7'), away('12', '8'), away('13', '9'), away('14', '20'), away('15', '21')],
    );
    const { answer } = fakeAnswers(world({ reps: [...team(), rep('20', 'Fay Gu'), rep('21', 'Gil Ho')] }));

    const decision = decide(territories, lead(), context(answer));

    expect(decision.reason).toBe(
      'Territory West (priority 10: country US) had no eligible rep (Ana Ruiz away until 2026-12-01, Bo Li away until 2026-12-01, ' +
        'Cy Dee away until 2026-12-01 and 2 more), so its fallback rep Di Eng took the lead.',
    );
  });

  it('stays within 1,000 characters however long the names are', () => {
    const territories = plan([territoryRow({ name: 'T'.repeat(600) })], [memberRow({ repId: '7' })]);
    const { answer } = fakeAnswers(world({ reps: [rep('7', 'R'.repeat(600))] }));

    const { reason } = decide(territories, lead(), context(answer));

    expect(reason).toHaveLength(1000);
    expect(reason.startsWith(`Routed to ${'R'.repeat(600)} by territory TTT`)).toBe(true);
    expect(reason.endsWith('…')).toBe(true);
  });
});

describe('recordLabel: a record by its name, with the internal id beside it', () => {
  it.each([
    ['Acme Corp', '1013', 'Acme Corp (#1013)'],
    ['  Acme Corp ', '1013', 'Acme Corp (#1013)'],
    ['', '1013', '#1013'],
    ['   ', '7', '#7'],
  ])('%j, %s → %s', (name, id, label) => {
    expect(recordLabel(name, id)).toBe(label);
  });
});
