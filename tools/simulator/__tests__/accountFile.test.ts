import { AccountFileError, parseAccountFile } from '../accountFile';

function problemOf(text: string): string {
  try {
    parseAccountFile(text, 'west.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AccountFileError);
    return (error as Error).message;
  }
  throw new Error('expected an AccountFileError');
}

describe('parseAccountFile', () => {
  test('returns the file as parsed', () => {
    const text = JSON.stringify({ today: '2026-11-26', parameters: {}, records: { employee: [{ id: '7' }] }, leads: [{ externalid: 'L1' }] });

    expect(parseAccountFile(text, 'west.json')).toEqual({ today: '2026-11-26', parameters: {}, records: { employee: [{ id: '7' }] }, leads: [{ externalid: 'L1' }] });
  });

  test('unreadable JSON names the file', () => {
    expect(problemOf('{ "today": ')).toMatch(/^west\.json: not readable as JSON: /);
  });

  test.each([
    ['a list at the top', '[]', 'west.json: the account file must hold one JSON object with today, parameters, records and leads'],
    ['an unknown top-level key', '{ "territories": [] }', 'west.json: territories: unknown top-level key (the file holds today, now, timezone, parameters, records, leads, edits, features, parts)'],
    ['a day that does not exist', '{ "today": "2026-02-30" }', 'west.json: today: "2026-02-30" is not a date (YYYY-MM-DD)'],
    ['a time zone nobody keeps', '{ "timezone": "Mars/Olympus" }', 'west.json: timezone: "Mars/Olympus" is not a time zone name such as Australia/Sydney or America/New_York'],
    ['a moment that is not one', '{ "now": "tomorrow" }', 'west.json: now: "tomorrow" is not an ISO date-time such as 2026-12-20T22:00:00Z'],
    ['both today and now', '{ "today": "2026-12-21", "now": "2026-12-20T22:00:00Z" }', 'west.json: now: give today or now, not both'],
    ['parameters as a list', '{ "parameters": [] }', 'west.json: parameters: must be an object of parameter ids and values'],
    ['records as a list', '{ "records": [] }', 'west.json: records: must be an object of record types, each with an array of records'],
    ['a record type holding an object', '{ "records": { "employee": {} } }', 'west.json: records.employee: must be an array of records'],
    ['a record that is not an object', '{ "records": { "employee": [7] } }', 'west.json: records.employee[0]: must be an object of field ids and values'],
    ['a lead that is not an object', '{ "leads": [{}, "L2"] }', 'west.json: leads[1]: must be an object of field ids and values'],
  ])('%s', (_, text, message) => {
    expect(problemOf(text)).toBe(message);
  });

  test('several problems are listed one per line', () => {
    expect(problemOf('{ "today": "soon", "leads": {} }')).toBe(
      ['west.json: 2 problems in the account file:', '  today: "soon" is not a date (YYYY-MM-DD)', '  leads: must be an array of records'].join('\n'),
    );
  });
});

describe('AccountFileError', () => {
  test('keeps the problems and can name the file later', () => {
    const error = new AccountFileError(['leads[0] (L1): salesrep: employee 99 does not exist']);

    expect(error.message).toBe('leads[0] (L1): salesrep: employee 99 does not exist');
    expect(error.withSource('west.json').message).toBe('west.json: leads[0] (L1): salesrep: employee 99 does not exist');
    expect(error.problems).toEqual(['leads[0] (L1): salesrep: employee 99 does not exist']);
  });
});
