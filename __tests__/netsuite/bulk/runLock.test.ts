import { releaseRunLock, renewRunLock, takeRunLock } from '../../../src/netsuite/bulk/runLock';
import { installNetSuite } from '../fakeNetSuite';


const LOCK = 'tlr_bulk/sweep_lock';

describe('the sweep run lock', () => {
  it('is taken when free (3 units) and refused while another copy holds it (1 unit)', () => {
    const free = installNetSuite();
    expect(takeRunLock('me')).toBe(true);
    expect([free.cacheStore.get(LOCK), free.units()]).toEqual(['me', 3]);

    const held = installNetSuite({ cached: { [LOCK]: 'other' } });
    expect(takeRunLock('me')).toBe(false);
    expect([held.cacheStore.get(LOCK), held.units()]).toEqual(['other', 1]);
  });

  it('renews while held (2 units), is taken again when the cache dropped it, and reports a takeover', () => {
    const netsuite = installNetSuite({ cached: { [LOCK]: 'me' } });
    expect(renewRunLock('me')).toBe(true);
    expect(netsuite.units()).toBe(2);

    netsuite.cacheStore.delete(LOCK);
    expect(renewRunLock('me')).toBe(true);
    expect(netsuite.cacheStore.get(LOCK)).toBe('me');

    netsuite.cacheStore.set(LOCK, 'other');
    expect(renewRunLock('me')).toBe(false);
    expect(netsuite.cacheStore.get(LOCK)).toBe('other');
  });

  it("is released only by its holder, never from under another copy's feet", () => {
    const netsuite = installNetSuite({ cached: { [LOCK]: 'other' } });
    releaseRunLock('me');
    expect(netsuite.cacheStore.get(LOCK)).toBe('other');

    netsuite.cacheStore.set(LOCK, 'me');
    releaseRunLock('me');
    expect(netsuite.cacheStore.has(LOCK)).toBe(false);
  });
});
