/*
 * Which shard of a stored plan holds a territory, by its id: one line of the plan's directory, so the commit after a
 * lead's save, which needs only the territory routing chose, reads at most that one shard. NetSuite hands out a
 * record type's internal ids in sequence, so the line is dense: `<first id>:<width>:<shards>`, where the shard of
 * territory `first + i` is written as `width` base-36 digits at position `i · width`, and `.`s fill the ids no
 * territory of the plan has (inactive, deleted, skipped). When the ids are not whole numbers, or spread over more than
 * MAX_SPREAD times their count (+ SLACK), the line is `-`: no index, and the commit looks through the lead's part.
 */

const NO_INDEX = '-';
const GAP = '.';
/** How sparse the ids may be before the index would cost more than it saves: it takes a byte or two per id. */
const MAX_SPREAD = 2;
const SLACK = 1_000;

function wholeId(id: string): number | null {
  return /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : null;
}

/**
 * The directory line for territories `ids` (in item order) cut into `shards` shards, item `n` in `shardOfItem(n)`.
 *
 * @example
 * shardIndexLine(['7', '5', '8'], (item) => (item < 2 ? 0 : 1), 2); // '5:1:0.01'
 */
export function shardIndexLine(ids: readonly string[], shardOfItem: (item: number) => number, shards: number): string {
  const numbers = ids.map(wholeId);
  if (numbers.length === 0 || numbers.some((id) => id === null)) return NO_INDEX;
  const first = Math.min(...(numbers as number[]));
  const span = Math.max(...(numbers as number[])) - first + 1;
  if (span > MAX_SPREAD * ids.length + SLACK) return NO_INDEX;
  const width = Math.max(1, (shards - 1).toString(36).length);
  const slots = new Array<string>(span).fill(GAP.repeat(width));
  numbers.forEach((id, item) => (slots[id! - first] = shardOfItem(item).toString(36).padStart(width, '0')));
  return `${first}:${width}:${slots.join('')}`;
}

/**
 * The shard that holds territory `territoryId` by the index line, or null when the line does not say (no index, or
 * no such territory): then the caller looks wherever the territory could be.
 *
 * @example
 * indexedShard('5:1:0.01', '8'); // 1
 * indexedShard('5:1:0.01', '6'); // null
 */
export function indexedShard(line: string, territoryId: string): number | null {
  const id = wholeId(territoryId);
  const firstEnd = line.indexOf(':');
  const widthEnd = line.indexOf(':', firstEnd + 1);
  if (id === null || firstEnd < 0 || widthEnd < 0) return null;
  const width = Number(line.slice(firstEnd + 1, widthEnd));
  const at = widthEnd + 1 + (id - Number(line.slice(0, firstEnd))) * width;
  if (!(width >= 1) || at <= widthEnd || at + width > line.length) return null;
  const shard = parseInt(line.slice(at, at + width), 36);
  return Number.isSafeInteger(shard) ? shard : null;
}
