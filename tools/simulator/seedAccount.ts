/**
 * Puts a validated account file into the emulator: its records as they are (no user events, no governance,
 * like data that was already in the account) and its parameters on the deployments of the scripts that declare them.
 */
import type { Emulator } from '../emulator/host';
import type { AccountFile } from './accountFile';
import { applyParameters } from './parameters';
import type { ImpliedRecords } from './validateAccount';

const hasId = (row: Record<string, unknown>): boolean => row.id !== undefined;

export function seedAccount(emulator: Emulator, account: AccountFile, implied: ImpliedRecords = new Map()): void {
  for (const [type, ids] of implied) emulator.seed(type, [...ids].map((id) => ({ id, name: `${type} ${id}` })));
  const records = Object.entries(account.records ?? {});
  // Rows with an id go first: the emulator numbers the others above every id it holds, so none can collide.
  for (const [type, rows] of records) emulator.seed(type, rows.filter(hasId));
  for (const [type, rows] of records) emulator.seed(type, rows.filter((row) => !hasId(row)));
  emulator.verifyReferences();
  applyParameters(emulator, account.parameters ?? {});
}
