// How deep an account file nests, read from its text without recursion.
import fc from 'fast-check';
import { nestingProblem } from '../jsonNesting';

/** Containers deep: a scalar is 0, [] is 1. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('nestingProblem', () => {
  test('refuses exactly the JSON nested deeper than the limit, whatever its strings hold', () => {
    const json = fc.jsonValue({ maxDepth: 8 }).map((value) => JSON.stringify(value, null, 1));
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 8 }), (text, limit) => {
        expect(nestingProblem(text, limit) === null).toBe(depthOf(JSON.parse(text)) <= limit);
      }),
      { numRuns: 1000 },
    );
  });

  test('names the path to the last key above the deep value, and its line and column', () => {
    const text = `{\n "records": {"customer": [{"id": 1}, {"companyname": "[[[", "x": {"a": [1, ${'['.repeat(20)}`;

    expect(nestingProblem(text, 16)).toBe('records.customer[1].x.a: nested more than 16 levels deep (line 2, column 86); an account file needs 7 at most');
  });

  test('brackets inside texts and escaped quotes do not count', () => {
    expect(nestingProblem(`{"a": "${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 2)).toBeNull();
  });

  test('100,000 levels are refused without running out of stack', () => {
    expect(nestingProblem(`{"today": ${'['.repeat(100_000)}`)).toBe('today: nested more than 16 levels deep (line 1, column 26); an account file needs 7 at most');
  });
});
