import { parse } from 'csv-parse/sync';
import { toCsv } from '../csv';
import type { OutputRow } from '../leadOutcome';

const row = (overrides: Partial<OutputRow>): OutputRow => ({ lead: 'L1', salesrep: '7', territory: '1', status: 'ROUTED', reason: 'Routed.', units: 25, ...overrides });

describe('toCsv', () => {
  test('writes the header and one line per row, empty ids as empty fields', () => {
    expect(toCsv([row({}), row({ lead: '2', salesrep: '', territory: '', status: 'UNASSIGNED', reason: 'No territory matched.', units: 11 })])).toBe(
      'lead,salesrep,territory,status,reason,units\nL1,7,1,ROUTED,Routed.,25\n2,,,UNASSIGNED,No territory matched.,11\n',
    );
  });

  test('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    const reason = 'Assigned to Ana Ruiz, who owns "Acme"\nsince 2024.';

    expect(toCsv([row({ lead: 'A,1', reason })])).toBe(
      'lead,salesrep,territory,status,reason,units\n"A,1",7,1,ROUTED,"Assigned to Ana Ruiz, who owns ""Acme""\nsince 2024.",25\n',
    );
    expect(parse(toCsv([row({ lead: 'A,1', reason })]), { columns: true })).toEqual([
      { lead: 'A,1', salesrep: '7', territory: '1', status: 'ROUTED', reason, units: '25' },
    ]);
  });

  test('no rows: the header alone', () => {
    expect(toCsv([])).toBe('lead,salesrep,territory,status,reason,units\n');
  });
});
