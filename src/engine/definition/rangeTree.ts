import type { RangeTree } from '../types';
import { compareText } from './compare';

/** One postal range of a territory, before it is placed in a tree. */
export interface RangeEntry {
  lo: string;
  hi: string;
  position: number;
}

/**
 * Builds the stabbing-query structure for ranges of one length: sorted by `lo` (then position, so the result
 * is deterministic), with a perfect binary tree of the largest `hi` under each node. Padding leaves hold `''`,
 * which sorts before any real key, so no hole ever reaches JSON.
 *
 * @example
 * buildRangeTree([{ lo: '94000', hi: '94999', position: 3 }]);
 * // → { lo: ['94000'], hi: ['94999'], position: [3], maxHi: ['', '94999'] }
 */
export function buildRangeTree(entries: RangeEntry[]): RangeTree {
  const sorted = [...entries].sort((a, b) => compareText(a.lo, b.lo) || a.position - b.position);
  let leaves = 1;
  while (leaves < sorted.length) leaves *= 2;
  const maxHi = new Array<string>(2 * leaves).fill('');
  sorted.forEach((entry, i) => {
    maxHi[leaves + i] = entry.hi;
  });
  for (let node = leaves - 1; node >= 1; node--) {
    const left = maxHi[2 * node]!;
    const right = maxHi[2 * node + 1]!;
    maxHi[node] = left > right ? left : right;
  }
  return {
    lo: sorted.map((entry) => entry.lo),
    hi: sorted.map((entry) => entry.hi),
    position: sorted.map((entry) => entry.position),
    maxHi,
  };
}

/**
 * Appends to `out` the position of every range with `lo ≤ key ≤ hi`. Only ranges starting at or before `key`
 * can hold it, and subtrees whose largest `hi` is below `key` are pruned, so the cost is O((k + 1) log n).
 *
 * @example
 * const out: number[] = [];
 * stabRangeTree(buildRangeTree([{ lo: '94000', hi: '94999', position: 3 }]), '94105', out); // out → [3]
 */
export function stabRangeTree(tree: RangeTree, key: string, out: number[]): void {
  const starts = countStartsUpTo(tree.lo, key);
  if (starts === 0) return;
  const leaves = tree.maxHi.length / 2;
  const stack = [1, 0, leaves];
  while (stack.length > 0) {
    const width = stack.pop()!;
    const first = stack.pop()!;
    const node = stack.pop()!;
    if (first >= starts || tree.maxHi[node]! < key) continue;
    if (width === 1) {
      out.push(tree.position[first]!);
      continue;
    }
    const half = width / 2;
    stack.push(2 * node + 1, first + half, half, 2 * node, first, half);
  }
}

/** How many of the sorted `los` are ≤ key (binary search). */
function countStartsUpTo(los: string[], key: string): number {
  let low = 0;
  let high = los.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (los[middle]! <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}
