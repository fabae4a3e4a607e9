import { cachedBatch } from '../../../src/engine/decision/cachedBatch';

function countingPort(known: Record<string, number>) {
  const calls: string[][] = [];
  const fetch = (ids: string[]) => {
    calls.push([...ids]);
    return new Map(ids.flatMap((id) => (known[id] === undefined ? [] : [[id, known[id]] as const])));
  };
  return { fetch, calls };
}

describe('cachedBatch', () => {
  it('asks the port once per id, and never for ids it already answered or left out', () => {
    const { fetch, calls } = countingPort({ a: 1, b: 2, c: 3 });
    const lookup = cachedBatch(fetch);

    expect([...lookup(['a', 'x', 'a'])]).toEqual([['a', 1]]);
    expect([...lookup(['a', 'b', 'x'])]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...lookup(['x', 'b'])]).toEqual([['b', 2]]);
    expect(calls).toEqual([['a', 'x'], ['b']]);
  });

  it('does not call the port for an empty request', () => {
    const { fetch, calls } = countingPort({});

    expect(cachedBatch(fetch)([])).toEqual(new Map());
    expect(calls).toEqual([]);
  });
});
