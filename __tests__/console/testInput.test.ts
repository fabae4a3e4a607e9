import { readTestInput } from '../../src/console/testInput';

describe('test view input', () => {
  it('shows the empty form when nothing is asked', () => {
    expect(readTestInput({ action: 'test' }, true, false)).toEqual({ kind: 'form' });
  });

  it('reads the facts of SPEC §6, trimmed, the country upper-cased, empty selects as none', () => {
    expect(readTestInput({ country: ' us ', state: 'CA', zip: '94105', leadsource: '3', category: '', subsidiary: '2', email: ' jo@acme.com', companyname: 'Acme ', salesrep: '' }, true, false)).toEqual({
      kind: 'test',
      rep: null,
      subject: {
        kind: 'facts',
        facts: { id: null, country: 'US', state: 'CA', postalCode: '94105', leadSource: '3', category: null, subsidiary: '2', email: 'jo@acme.com', companyName: 'Acme', salesRepId: null },
      },
    });
  });

  it('ignores the subsidiary where the account has no subsidiaries', () => {
    const input = readTestInput({ subsidiary: '2' }, false, false);
    expect(input.kind === 'test' && input.subject.kind === 'facts' && input.subject.facts.subsidiary).toBeNull();
  });

  it('takes an existing lead over the facts, and the rep asked about', () => {
    expect(readTestInput({ lead: '901', country: 'ZZ', rep: '8' }, true, false)).toEqual({ kind: 'test', subject: { kind: 'lead', leadId: '901' }, rep: '8' });
  });

  it('runs for JSON even without facts', () => {
    expect(readTestInput({}, true, true)).toMatchObject({ kind: 'test', subject: { kind: 'facts' } });
  });

  it.each([
    [{ country: 'USA' }, 'country: "USA" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, GB)'],
    [{ country: 'UK' }, 'country: "UK" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, GB)'],
    [{ category: '1.5' }, 'category: "1.5" is not an internal id (a whole number)'],
    [{ salesrep: '-7' }, 'salesrep: "-7" is not an internal id (a whole number)'],
    [{ lead: '1234567890123456' }, 'lead: "1234567890123456" is not an internal id (a whole number)'],
    [{ state: 'x'.repeat(31) }, `state: "${'x'.repeat(31)}" is longer than the 30 characters a lead holds`],
    [{ email: `${'y'.repeat(250)}@a.example` }, `email: "${'y'.repeat(57)}..." is longer than the 254 characters a lead holds`],
    [{ companyname: 'a\nb'.repeat(30) }, 'companyname: "a b'],
  ])('refuses %j with one line naming the field and the entry', (params, message) => {
    const input = readTestInput(params, true, false);
    expect(input.kind).toBe('refused');
    expect(input.kind === 'refused' && input.message.startsWith(message)).toBe(true);
    expect(input.kind === 'refused' && input.message.includes('\n')).toBe(false);
  });
});
