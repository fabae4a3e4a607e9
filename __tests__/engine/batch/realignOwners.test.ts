import { breakOwnerLoops, resolveRealignOwners, type LeadOwner } from '../../../src/engine/batch';
import { owner, rep } from '../decision/fixtures';
import { batchLead } from './fixtures';

const reps = () => new Map([rep('7', 'Ana Ruiz'), rep('8', 'Bo Li'), rep('5', 'Ex Rep', { isInactive: true })].map((known) => [known.id, known]));
const followed = (owners: Map<string, LeadOwner>) =>
  Object.fromEntries([...owners].map(([id, { owner: link }]) => [id, link === null ? null : `${link.inScope ? 'lead' : 'outside'} ${link.record.id} by ${link.matchedBy}`]));

describe('resolveRealignOwners', () => {
  it('ranks as §3.5 does: a domain match before a name-only match, then CUSTOMER, PROSPECT, LEAD, then the lowest id', () => {
    const leads = [batchLead('900', { email: 'jo@acme.com', companyName: 'Acme' }), batchLead('901', { email: 'al@gmail.com', companyName: 'Acme Inc' })];
    const outside = [
      owner({ id: '10', stage: 'LEAD', email: 'x@acme.com' }),
      owner({ id: '20', stage: 'PROSPECT', email: 'y@acme.com' }),
      owner({ id: '30', stage: 'PROSPECT', email: 'z@acme.com' }),
      owner({ id: '5', stage: 'CUSTOMER', companyName: 'ACME, Inc.' }),
    ];

    // 900: the prospects by domain beat the customer by name and the lead by domain; 901 (free mail) only by name.
    expect(followed(resolveRealignOwners(leads, outside, reps(), true))).toEqual({ '900': 'outside 20 by domain', '901': 'outside 5 by name' });
  });

  it('lets a lead in scope own whatever rep it has now (none, or one who left); a record outside needs an active sales rep', () => {
    const leads = [
      batchLead('900', { email: 'jo@acme.com', salesRepId: null }),
      batchLead('901', { email: 'al@acme.com', salesRepId: '5' }),
      batchLead('902', { email: 'bo@initech.com' }),
    ];
    const outside = [
      owner({ id: '10', stage: 'CUSTOMER', email: 'x@initech.com', salesRepId: '5' }),
      owner({ id: '11', stage: 'CUSTOMER', email: 'y@initech.com', salesRepId: '' }),
      owner({ id: '12', stage: 'CUSTOMER', email: 'z@initech.com', salesRepId: '8', isInactive: true }),
      owner({ id: '13', stage: 'LEAD', email: 'w@initech.com', salesRepId: '8' }),
    ];

    const owners = resolveRealignOwners(leads, outside, reps(), true);

    // 900 and 901 name each other; the loop is broken at 900, which is then decided as if it had no owner.
    expect(followed(owners)).toEqual({ '900': null, '901': 'lead 900 by domain', '902': 'outside 13 by domain' });
    expect(owners.get('900')?.trace.note).toBe('owners loop among leads in scope (#900 → #901 → #900); the loop is broken at its lowest id, this lead');
  });

  it('counts a record the caller read with the scope (every record with a rep) as the lead in scope it is, never as its own owner', () => {
    const leads = [batchLead('900', { email: 'jo@acme.com', salesRepId: '5' }), batchLead('901', { email: 'al@acme.com', salesRepId: '7' })];
    const outside = [owner({ id: '901', stage: 'LEAD', email: 'al@acme.com', salesRepId: '7' })];

    const owners = resolveRealignOwners(leads, outside, reps(), true);

    expect(followed(owners)).toEqual({ '900': null, '901': 'lead 900 by domain' });
    expect([owners.get('900')?.trace.candidates, owners.get('901')?.trace.candidates]).toEqual([1, 1]);
  });

  it('gives an inactive lead in scope an owner, but it owns no other lead', () => {
    const leads = [batchLead('900', { email: 'jo@acme.com' }, true), batchLead('901', { email: 'al@acme.com' }), batchLead('902', { email: 'cy@initech.com' }, true), batchLead('903', { email: 'di@initech.com' })];

    expect(followed(resolveRealignOwners(leads, [], reps(), true))).toEqual({ '900': 'lead 901 by domain', '901': null, '902': 'lead 903 by domain', '903': null });
  });

  it('traces the keys, the records that could own the lead, and why a lead has no owner', () => {
    const leads = [
      batchLead('900', { email: 'jo@acme.com', companyName: 'Acme' }),
      batchLead('901', { email: 'al@acme.com', companyName: 'Acme' }),
      batchLead('902', { email: 'cy@gmail.com', companyName: '' }),
      batchLead('903', { email: 'di@initech.com', companyName: 'Initech' }),
    ];
    const outside = [owner({ id: '10', email: 'x@gmail.com', companyName: 'Acme Inc' }), owner({ id: '11', email: 'y@acme.com', companyName: 'Globex' })];
    const traces = (matchOwner: boolean) => Object.fromEntries([...resolveRealignOwners(leads, outside, reps(), matchOwner)].map(([id, { trace }]) => [id, trace]));

    expect(traces(true)).toEqual({
      // 900 matches 901 (domain and name), 10 (name) and 11 (domain): three records, counted once each.
      '900': { considered: true, emailDomain: 'acme.com', companyKey: 'acme', candidates: 3 },
      '901': { considered: true, emailDomain: 'acme.com', companyKey: 'acme', candidates: 3 },
      '902': { considered: false, emailDomain: null, companyKey: null, candidates: 0, note: 'the lead has no company email domain (none or free-mail) and no company name' },
      '903': {
        considered: true,
        emailDomain: 'initech.com',
        companyKey: 'initech',
        candidates: 0,
        note: 'no other lead in scope, and no existing account with an active sales rep, has the same email domain or company name',
      },
    });
    expect(Object.values(traces(false)).map((trace) => [trace.considered, trace.note])).toEqual(Array.from({ length: 4 }, () => [false, 'owner matching is off']));
  });
});

describe('breakOwnerLoops', () => {
  it('breaks a two-lead loop at its lower id', () => {
    expect(breakOwnerLoops(new Map([['901', '900'], ['900', '901']]))).toEqual(new Map([['900', ['900', '901']]]));
  });

  it('breaks a three-lead loop at its lowest id, whatever lead the walk starts from; leads that follow into it are not part of it', () => {
    const ownerOf = new Map<string, string | null>([
      ['905', '901'],
      ['901', '903'],
      ['903', '905'],
      ['900', '903'],
      ['910', null],
    ]);

    expect(breakOwnerLoops(ownerOf)).toEqual(new Map([['901', ['901', '903', '905']]]));
    expect(breakOwnerLoops(new Map([...ownerOf].reverse()))).toEqual(new Map([['901', ['901', '903', '905']]]));
  });

  it('breaks every loop once and leaves chains that end outside the scope or at a lead without an owner alone', () => {
    const ownerOf = new Map<string, string | null>([
      ['900', '901'],
      ['901', null],
      ['902', '1000'], // an owner outside the scope: not a key of the map
      ['903', '904'],
      ['904', '903'],
      ['1002', '1001'],
      ['1001', '1003'],
      ['1003', '1002'],
    ]);

    expect(breakOwnerLoops(ownerOf)).toEqual(new Map([['903', ['903', '904']], ['1001', ['1001', '1003', '1002']]]));
  });
});
