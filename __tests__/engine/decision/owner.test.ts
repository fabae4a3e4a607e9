import { companyKey, emailDomain, rankOwners } from '../../../src/engine/decision/owner';
import { context, decide, fakeAnswers, requestsOf, lead, memberRow, owner, plan, rep, territoryRow, world } from './fixtures';

const reps = () => new Map([rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('9', 'Cy Dee')].map((known) => [known.id, known]));

describe('emailDomain', () => {
  it.each([
    ['jo@acme.com', 'acme.com'],
    ['Jo@Sales.ACME.com ', 'sales.acme.com'],
    ['"a@b"@acme.com', 'acme.com'],
    ['jo@gmail.com', null],
    ['jo@GoogleMail.com', null],
    ['jo@yahoo.co.uk', null],
    ['jo@163.com', null],
    ['no-at-sign', null],
    ['jo@', null],
    ['', null],
  ])('%s → %s', (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });
});

describe('companyKey', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme Co. Ltd', 'acme'],
    ['acme', 'acme'],
    ['  Smith & Sons  GmbH ', 'smith and sons'],
    ['Smith&Sons', 'smith and sons'],
    ['Müller-Lüdenscheidt AG', 'müller lüdenscheidt'],
    ['Company Co', null],
    ['Inc.', null],
    ['', null],
    ['Acme Corp (Europe)', 'acme corp europe'],
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
});

describe('rankOwners', () => {
  const acmeLead = () => lead({ id: '900', email: 'jo@acme.com', companyName: 'Acme' });

  it('prefers a domain match over a name-only match, whatever the stage', () => {
    const ranked = rankOwners(
      acmeLead(),
      [owner({ id: '5', stage: 'CUSTOMER', companyName: 'ACME, Inc.', salesRepId: '7' }), owner({ id: '6', stage: 'LEAD', email: 'ops@acme.com', salesRepId: '8' })],
      reps(),
    );

    expect(ranked.map(({ candidate, matchedBy }) => [candidate.id, matchedBy])).toEqual([
      ['6', 'domain'],
      ['5', 'name'],
    ]);
  });

  it('then prefers CUSTOMER over PROSPECT over LEAD, then the lowest internal id', () => {
    const ranked = rankOwners(
      acmeLead(),
      [
        owner({ id: '4', stage: 'LEAD', email: 'a@acme.com' }),
        owner({ id: '10', stage: 'CUSTOMER', email: 'b@acme.com' }),
        owner({ id: '3', stage: 'PROSPECT', email: 'c@acme.com' }),
        owner({ id: '9', stage: 'CUSTOMER', email: 'd@acme.com' }),
      ],
      reps(),
    );

    expect(ranked.map(({ candidate }) => candidate.id)).toEqual(['9', '10', '3', '4']);
  });

  it('never matches by a free-mail domain', () => {
    const ranked = rankOwners(lead({ email: 'jo@gmail.com', companyName: 'Zeta' }), [owner({ email: 'someone@gmail.com' })], reps());

    expect(ranked).toEqual([]);
  });

  it('ignores inactive records, records whose rep is not an active sales rep, and the lead itself', () => {
    const known = reps();
    known.set('20', rep('20', 'Gone', { isInactive: true }));
    known.set('21', rep('21', 'Clerk', { isSalesRep: false }));
    const ranked = rankOwners(
      acmeLead(),
      [
        owner({ id: '1', email: 'a@acme.com', isInactive: true }),
        owner({ id: '2', email: 'a@acme.com', salesRepId: '20' }),
        owner({ id: '3', email: 'a@acme.com', salesRepId: '21' }),
        owner({ id: '4', email: 'a@acme.com', salesRepId: '99' }),
        owner({ id: '900', email: 'a@acme.com' }),
        owner({ id: '5', companyName: 'Acme Co. Ltd', salesRepId: '9' }),
      ],
      known,
    );

    expect(ranked.map(({ candidate, rep: owning }) => [candidate.id, owning.name])).toEqual([['5', 'Cy Dee']]);
  });
});

describe('routeLead: existing owner', () => {
  const west = () => plan([territoryRow()], [memberRow({ id: '11', repId: '8' })]);

  it('routes to the rep of an existing customer with the same email domain, asking for candidates and their reps once each', () => {
    const { answer, requests } = fakeAnswers(
      world({ reps: [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li')], owners: [owner({ id: '500', email: 'ops@acme.com', salesRepId: '7' })] }),
    );

    const decision = decide(west(), lead({ email: 'jo@acme.com', companyName: 'Acme' }), context(answer));

    expect(decision).toMatchObject({ status: 'OWNER', repId: '7', territoryId: null, memberUpdate: null });
    expect(decision.trace.owner).toEqual({
      considered: true,
      emailDomain: 'acme.com',
      companyKey: 'acme',
      candidates: 1,
      winner: { recordId: '500', recordName: '', stage: 'CUSTOMER', repId: '7', repName: 'Ana Ruiz', matchedBy: 'domain' },
    });
    expect(decision.reason).toBe('Assigned to Ana Ruiz, who owns existing customer #500 with the same email domain acme.com.');
    // One search for candidates, one request for their reps; no territory is read.
    expect(requests).toHaveLength(2);
    expect(requests).toEqual(expect.arrayContaining([{ kind: 'ownerCandidates', emailDomain: 'acme.com', companyKey: 'acme' }, { kind: 'reps', repIds: ['7'] }]));
  });

  it('matches by company name when the lead writes from a free-mail address', () => {
    const { answer, requests } = fakeAnswers(
      world({ reps: [rep('7', 'Ana Ruiz'), rep('8', 'Bo Li')], owners: [owner({ id: '501', stage: 'PROSPECT', companyName: 'ACME, Inc.', salesRepId: '7' })] }),
    );

    const decision = decide(west(), lead({ email: 'jo@gmail.com', companyName: 'Acme' }), context(answer));

    expect(decision).toMatchObject({ status: 'OWNER', repId: '7' });
    expect(requestsOf(requests, 'ownerCandidates')).toEqual([{ kind: 'ownerCandidates', emailDomain: null, companyKey: 'acme' }]);
    expect(decision.reason).toBe('Assigned to Ana Ruiz, who owns existing prospect ACME, Inc. (#501) with the same company name (acme).');
  });

  it('goes on to territories when no candidate has an active sales rep, and applies no away or capacity to owners', () => {
    const { answer } = fakeAnswers(
      world({ reps: [rep('7', 'Ana Ruiz', { isInactive: true }), rep('8', 'Bo Li')], owners: [owner({ email: 'ops@acme.com', salesRepId: '7' })] }),
    );

    const decision = decide(west(), lead({ email: 'jo@acme.com' }), context(answer));

    expect(decision).toMatchObject({ status: 'ROUTED', repId: '8', territoryId: '1' });
    expect(decision.trace.owner).toMatchObject({ considered: true, candidates: 1, note: expect.stringContaining('active sales rep') });
  });

  it('routes to an owner who is away or at capacity in a territory', () => {
    const territories = plan([territoryRow()], [memberRow({ id: '11', repId: '7', capacity: 0, awayUntil: '2026-12-31' })]);
    const { answer, requests } = fakeAnswers(world({ reps: [rep('7', 'Ana Ruiz')], owners: [owner({ email: 'ops@acme.com', salesRepId: '7' })] }));

    const decision = decide(territories, lead({ email: 'jo@acme.com' }), context(answer));

    expect(decision).toMatchObject({ status: 'OWNER', repId: '7' });
    expect(requestsOf(requests, 'openLeads')).toEqual([]);
  });
});
