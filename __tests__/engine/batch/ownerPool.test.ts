import { createOwnerPool } from '../../../src/engine/batch';
import { owner } from '../decision/fixtures';

describe('createOwnerPool', () => {
  it('finds records by email domain or company key, ascending internal id', () => {
    const pool = createOwnerPool([
      owner({ id: '12', email: 'ops@acme.com' }),
      owner({ id: '9', companyName: 'ACME, Inc.' }),
      owner({ id: '30', email: 'x@globex.com', companyName: 'Globex' }),
    ]);

    expect(pool.find('acme.com', 'acme').map((candidate) => candidate.id)).toEqual(['9', '12']);
    expect(pool.find(null, 'globex').map((candidate) => candidate.id)).toEqual(['30']);
    expect(pool.find('initech.com', null)).toEqual([]);
    expect(pool.find(null, null)).toEqual([]);
  });

  it('replaces a record by id, dropping it from the keys it no longer has', () => {
    const pool = createOwnerPool([owner({ id: '900', stage: 'LEAD', salesRepId: '7', email: 'jo@acme.com' })]);

    pool.put(owner({ id: '900', stage: 'LEAD', salesRepId: '8', email: 'jo@globex.com' }));

    expect(pool.find('acme.com', null)).toEqual([]);
    expect(pool.find('globex.com', null).map((candidate) => [candidate.id, candidate.salesRepId])).toEqual([['900', '8']]);
  });

  it('never indexes free-mail domains or empty names, which never match (SPEC §3.5)', () => {
    const pool = createOwnerPool([owner({ id: '1', email: 'jo@gmail.com', companyName: 'Inc.' })]);

    expect(pool.find('gmail.com', 'inc')).toEqual([]);
  });
});
