/**
 * One family's records in NetSuite's internal-id order, each with its rank (position). New records mostly get the
 * highest id, so an insert is usually an append; one that is not (seeding out of order) only marks the order
 * unsorted, and the next read sorts it (nearly sorted input sorts in about linear time) and renumbers the ranks.
 * Search candidates are put in order by sorting their ranks (numbers) instead of their ids.
 *
 * Ranks of ids written as plain numbers sit in a table indexed by the number (from the family's first such id on,
 * while the table stays within a few times the family's size): reading one is an array read, not a hash look-up
 * in a map of every record. Every other id's rank is in a map.
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

/** Table slots allowed per record (and beyond that many): more ids than that between records go to the map. */
const TABLE_SPREAD = 4;
const TABLE_SLACK = 4096;
/** An id the table can hold: a whole number written without sign or leading zeros. */
const PLAIN_NUMBER = /^(0|[1-9]\d{0,8})$/;

export class RecordOrder {
  private readonly records: StoredRecord[] = [];
  /** Ranks of the ids the table does not hold. */
  private readonly ranks = new Map<string, number>();
  /** `table[n - tableBase]` is 1 + the rank of the record with id `n`, 0 for none. */
  private table = new Int32Array(0);
  private tableBase = -1;
  private sorted = true;
  /** Ranks from here on are stale. */
  private staleFrom = 0;

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
      this.setRank(record.id, records.length - 1);
      this.staleFrom = records.length;
    }
  }

  /** The record with the same id, in its place. */
  replace(record: StoredRecord): void {
    this.settle();
    const rank = this.rankOf(record.id);
    if (rank !== undefined) this.records[rank] = record;
  }

  remove(id: string): void {
    this.settle();
    const rank = this.rankOf(id);
    if (rank === undefined) return;
    this.records.splice(rank, 1);
    this.clearRank(id);
    this.staleFrom = rank;
  }

  /** The records with these ids, in order, each once; ids of no record are skipped. */
  pick(ids: Iterable<string>): StoredRecord[] {
    this.settle();
    const ranks: number[] = [];
    // Index sets mostly hold ids in the order their records were added, which is ascending: then no sort is needed.
    let ascending = true;
    for (const id of ids) {
      const rank = this.rankOf(id);
      if (rank === undefined) continue;
      if (ranks.length > 0 && rank < (ranks[ranks.length - 1] as number)) ascending = false;
      ranks.push(rank);
    }
    const sorted = ascending ? ranks : Float64Array.from(ranks).sort();
    const picked: StoredRecord[] = [];
    for (let index = 0; index < sorted.length; index += 1) {
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
    for (let rank = this.staleFrom; rank < this.records.length; rank += 1) this.setRank((this.records[rank] as StoredRecord).id, rank);
    this.staleFrom = this.records.length;
  }

  /** The current rank of the record with this id (ranks must be settled). */
  private rankOf(id: string): number | undefined {
    const fromTable = (this.table[Number(id) - this.tableBase] ?? 0) - 1;
    // Checked against the record: a number written another way ('0012') names the same slot.
    if (fromTable >= 0 && this.records[fromTable]?.id === id) return fromTable;
    return this.ranks.get(id);
  }

  /** A rank the map held before the table reached the id stays there unread: the table answers first. */
  private setRank(id: string, rank: number): void {
    const slot = this.tableSlot(id, true);
    if (slot === undefined) this.ranks.set(id, rank);
    else this.table[slot] = rank + 1;
  }

  private clearRank(id: string): void {
    this.ranks.delete(id);
    const slot = this.tableSlot(id, false);
    if (slot !== undefined) this.table[slot] = 0;
  }

  /** Where the table holds this id's rank (growing it to reach, when that keeps it small); undefined when it cannot. */
  private tableSlot(id: string, grow: boolean): number | undefined {
    if (!PLAIN_NUMBER.test(id)) return undefined;
    const number = Number(id);
    if (this.tableBase < 0) this.tableBase = number;
    const slot = number - this.tableBase;
    if (slot < 0) return undefined;
    if (slot < this.table.length) return slot;
    const limit = this.records.length * TABLE_SPREAD + TABLE_SLACK;
    if (!grow || slot >= limit) return undefined;
    const grown = new Int32Array(Math.min(Math.max(slot + 1, this.table.length * 2), limit));
    grown.set(this.table);
    this.table = grown;
    return slot;
  }
}
