import { median, msPerItem } from '../measure';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('msPerItem', () => {
  it('doubles the count until the limit when the budget is never reached', () => {
    const counts: number[] = [];
    msPerItem((count) => counts.push(count), 60_000, 10);
    expect(counts).toEqual([1, 2, 4, 8, 10]);
  });

  it('stops at the first run that takes the budget', () => {
    const counts: number[] = [];
    const perItem = msPerItem((count) => counts.push(count), 0, 1_000);
    expect(counts).toEqual([1]);
    expect(perItem).toBeGreaterThanOrEqual(0);
  });
});
