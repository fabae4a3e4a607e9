// The sweep's run lock against Oracle's mocked N/cache: each test gives the cache what it holds (a plain map) and
// asserts who holds the lock afterwards. What the lock costs is part of the sweep run's units, asserted on the
// emulator (__tests__/e2e/sweepRuns.test.ts).
import cache from 'N/cache';
import { releaseRunLock, renewRunLock, takeRunLock } from '../../../src/netsuite/bulk/runLock';


/** The cache's entries by key, as the lock's cache (tlr_bulk) holds them. */
function cacheHolding(entries: Record<string, string> = {}): Map<string, string> {
  const held = new Map(Object.entries(entries));
  jest.mocked(cache.getCache).mockReturnValue({
    get: ({ key }: { key: string }) => held.get(key) ?? null,
    put: ({ key, value }: { key: string; value: string }) => void held.set(key, value),
    remove: ({ key }: { key: string }) => void held.delete(key),
  } as never);
  return held;
}

describe('the sweep run lock', () => {
  it('is taken when free and refused while another copy holds it', () => {
    const free = cacheHolding();
    expect(takeRunLock('me')).toBe(true);
    expect(free.get('sweep_lock')).toBe('me');

    const held = cacheHolding({ sweep_lock: 'other' });
    expect(takeRunLock('me')).toBe(false);
    expect(held.get('sweep_lock')).toBe('other');
  });

  it('is refused when the write-then-read-back finds another copy won the race', () => {
    jest.mocked(cache.getCache).mockReturnValue({ get: jest.fn().mockReturnValueOnce(null).mockReturnValue('other'), put: jest.fn() } as never);

    expect(takeRunLock('me')).toBe(false);
  });

  it('renews while held, is taken again when the cache dropped it, and reports a takeover', () => {
    const held = cacheHolding({ sweep_lock: 'me' });
    expect(renewRunLock('me')).toBe(true);
    expect(held.get('sweep_lock')).toBe('me');

    held.delete('sweep_lock');
    expect(renewRunLock('me')).toBe(true);
    expect(held.get('sweep_lock')).toBe('me');

    held.set('sweep_lock', 'other');
    expect(renewRunLock('me')).toBe(false);
    expect(held.get('sweep_lock')).toBe('other');
  });

  it("is released only by its holder, never from under another copy's feet", () => {
    const held = cacheHolding({ sweep_lock: 'other' });
    releaseRunLock('me');
    expect(held.get('sweep_lock')).toBe('other');

    held.set('sweep_lock', 'me');
    releaseRunLock('me');
    expect(held.has('sweep_lock')).toBe(false);
  });
});
