/**
 * The what-if's draft account as the parts it does not share with the current account. A draft made with
 * `withDraftTerritories` holds the current file's own lists (leads, customers, employees, …) and only its territory
 * and member lists differ, so the current account is serialized once, shared by both worker threads, and the
 * draft's worker gets just the differing lists (at 100,000 leads one serialization costs about a second on the
 * calling thread, before either run starts). Sharing goes by identity: a part is the current account's when it is
 * the very same object, so a draft built any other way (a deep copy, say) is sent whole, and is still right.
 */
import type { AccountFile } from './accountFile';

type Parts = Readonly<Record<string, unknown>>;

/** Keys of a level whose values differ from the base's, and keys the base has that this level lacks. */
interface LevelChanges {
  set: Record<string, unknown>;
  drop: string[];
}

export interface AccountOverlay extends LevelChanges {
  /** How `records` differs, when both accounts have a `records` object (set/drop say so otherwise). */
  records?: LevelChanges;
}

function levelChanges(base: Parts, next: Parts, skip?: string): LevelChanges {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) if (key !== skip && (!Object.hasOwn(base, key) || base[key] !== value)) set[key] = value;
  return { set, drop: Object.keys(base).filter((key) => key !== skip && !Object.hasOwn(next, key)) };
}

function applyLevel<T extends object>(base: T, changes: LevelChanges): T {
  const level: Record<string, unknown> = { ...base, ...changes.set };
  for (const key of changes.drop) delete level[key];
  return level as T;
}

const isObject = (value: unknown): value is Parts => typeof value === 'object' && value !== null;

/**
 * @example
 * const draft = withDraftTerritories(current, draftFile, 'draft.json');
 * overlayOf(current, draft); // { set: {}, drop: [], records: { set: { customrecord_tlr_territory: […], customrecord_tlr_member: […] }, drop: [] } }
 */
export function overlayOf(base: AccountFile, next: AccountFile): AccountOverlay {
  const nested = isObject(base.records) && isObject(next.records);
  const top = levelChanges(base as Parts, next as Parts, nested ? 'records' : undefined);
  return nested ? { ...top, records: levelChanges(base.records!, next.records!) } : top;
}

/** The account `overlayOf(base, next)` was taken from: `next`, sharing with `base` what it shared before. */
export function withOverlay(base: AccountFile, overlay: AccountOverlay): AccountFile {
  const account = applyLevel(base, overlay);
  if (overlay.records !== undefined) account.records = applyLevel(base.records!, overlay.records);
  return account;
}
