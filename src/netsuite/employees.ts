/** Employee facts by internal id (search.lookupFields: 1 unit each). */
import search from 'N/search';
import type { RepFacts } from '../engine';
import { EMPLOYEE, RECORD } from './ids';
import { ensureUnits } from './governance';
import { toRepFacts, type FieldValue } from './mapper';
import { UNITS } from './unitCosts';

export const REP_COLUMNS = [EMPLOYEE.name, EMPLOYEE.isInactive, EMPLOYEE.isSalesRep];

/** @example lookUpRep('12') // → { id: '12', name: 'Ana Ruiz', isInactive: false, isSalesRep: true } */
export function lookUpRep(id: string): RepFacts {
  ensureUnits(UNITS.lookup);
  const values = search.lookupFields({ type: RECORD.employee, id, columns: REP_COLUMNS }) as unknown as Record<string, FieldValue>;
  return toRepFacts(id, (field) => values[field]);
}

/** An employee's name (1 unit), or null when no employee has the id (lookupFields then returns no columns). */
export function lookUpEmployeeName(id: string): string | null {
  ensureUnits(UNITS.lookup);
  const values = search.lookupFields({ type: RECORD.employee, id, columns: [EMPLOYEE.name] }) as unknown as Record<string, FieldValue>;
  if (!(EMPLOYEE.name in values)) return null;
  const name = String(values[EMPLOYEE.name] ?? '').trim();
  return name === '' ? `employee #${id}` : name;
}
