/**
 * One family's records in NetSuite's internal-id order, each with its rank (position). New records mostly get the
 * highest id, so an insert is usually an append; one that is not (seeding out of order) only marks the order
 * unsorted, and the next read sorts it (nearly sorted input sorts in about linear time) and renumbers the ranks.
 * Search candidates are put in order by sorting their ranks (numbers) instead of their ids.
 */
import type { StoredRecord } from './schema/model';

/** Internal ids in NetSuite's order: numbers numerically, before any id that is not a number (list and stage codes), which sort as text. */
export function compareInternalIds(left: string, right: string): number {
  const leftNumber = /^\d+$/.test(left);
  const rightNumber = /^\d+$/.test(right);
  if (leftNumber && rightNumber) return Number(left) - Number(right) || (left < right ? -1 : left > right ? 1 : 0);
  if (leftNumber !== rightNumber) return leftNumber ? -1 : 1;
  return left.localeCompare(right) || (left < right ? -1 : left > right ? 1 : 0);
}

export class RecordOrder {
  private readonly records: StoredRecord[] = [];
  private readonly ranks = new Map<string, number>();
  private sorted = true;
  /** Ranks from here on are stale. */
  private staleFrom = 0;
  /** `pick`'s working list of ranks, reused: a search or query picks many times a lead. */
  private readonly picking: number[] = [];

  /** Every record, in order; read-only, valid until the next change. */
  all(): readonly StoredRecord[] {
    this.settle();
    return this.records;
  }

  insert(record: StoredRecord): void {
    const { records } = this;
    const last = records[records.length - 1];
    if (this.sorted && last !== undefined && compareInternalIds(last.id, record.id) > 0) this.sorted = false;
    records.push(record);
    // Appended in order while every rank is current: its rank is its position. Otherwise settle() numbers it.
    if (this.sorted && this.staleFrom === records.length - 1) {
      this.ranks.set(record.id, records.length - 1);
      this.staleFrom = records.length;
    }
  }

  /** The record with the same id, in its place. */
  replace(record: StoredRecord): void {
    this.settle();
    const rank = this.ranks.get(record.id);
    if (rank !== undefined) this.records[rank] = record;
  }

  remove(id: string): void {
    this.settle();
    const rank = this.ranks.get(id);
    if (rank === undefined) return;
    this.records.splice(rank, 1);
    this.ranks.delete(id);
    this.staleFrom = rank;
  }

  /** The records with these ids, in order, each once; ids of no record are skipped. */
  pick(ids: Iterable<string>): StoredRecord[] {
    this.settle();
    // Its first `count` entries are this pick's (it is never shortened, so it keeps its room).
    const ranks = this.picking;
    let count = 0;
    // Index sets mostly hold ids in the order their records were added, which is ascending: then no sort is needed.
    let ascending = true;
    for (const id of ids) {
      const rank = this.ranks.get(id);
      if (rank === undefined) continue;
      if (count > 0 && rank < (ranks[count - 1] as number)) ascending = false;
      ranks[count] = rank;
      count += 1;
    }
    const sorted = ascending ? ranks : sortedRanks(ranks, count);
    const picked: StoredRecord[] = [];
    for (let index = 0; index < count; index += 1) {
      if (index > 0 && sorted[index] === sorted[index - 1]) continue;
      picked.push(this.records[sorted[index] as number] as StoredRecord);
    }
    return picked;
  }

  /** Sorts the records if an insert came out of order, and renumbers stale ranks. */
  private settle(): void {
    if (!this.sorted) {
      this.records.sort((left, right) => compareInternalIds(left.id, right.id));
      this.sorted = true;
      this.staleFrom = 0;
    }
    for (let rank = this.staleFrom; rank < this.records.length; rank += 1) this.ranks.set((this.records[rank] as StoredRecord).id, rank);
    this.staleFrom = this.records.length;
  }
}

/** The first `count` ranks, sorted numerically. */
function sortedRanks(ranks: readonly number[], count: number): Float64Array {
  const sorted = new Float64Array(count);
  for (let index = 0; index < count; index += 1) sorted[index] = ranks[index] as number;
  return sorted.sort();
}
