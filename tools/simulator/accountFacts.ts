/**
 * The territory setup as it stands in the emulated account after a run, in the few fields the summary needs:
 * names, priorities, members with their weights, capacity and time away, which employees are active reps, and
 * how many open leads each rep holds.
 */
import { EMPLOYEE, LEAD, MEMBER, RECORD, TERRITORY } from '../../src/netsuite/ids';
import type { Emulator } from '../emulator/host';
import type { StoredValues } from '../emulator/schema/model';

export interface TerritoryFacts {
  id: string;
  name: string;
  priority: number;
  isInactive: boolean;
}

export interface MemberFacts {
  id: string;
  territoryId: string;
  repId: string;
  weight: number;
  capacity: number | null;
  isInactive: boolean;
  awayFrom: string | null;
  awayUntil: string | null;
}

export interface EmployeeFacts {
  id: string;
  name: string;
  /** Active with the sales-rep box checked (SPEC §3.4). */
  isActiveRep: boolean;
  isInactive: boolean;
}

export interface AccountFacts {
  territories: TerritoryFacts[];
  members: MemberFacts[];
  employees: Map<string, EmployeeFacts>;
  /** Open leads per rep as capacity counts them (SPEC §3.4): active records in the lead stage with that rep. */
  openLeads: Map<string, number>;
}

const text = (values: StoredValues, field: string): string => (values[field] === undefined ? '' : String(values[field]));
const day = (values: StoredValues, field: string): string | null => (values[field] === undefined ? null : String(values[field]));

export function readAccountFacts(emulator: Emulator): AccountFacts {
  const records = (type: string) => [...emulator.store.all(type)];
  const territories = records(RECORD.territory).map(({ id, values }) => ({
    id,
    name: text(values, TERRITORY.name) || `territory ${id}`,
    priority: Number(values[TERRITORY.priority] ?? 100),
    isInactive: values[TERRITORY.isInactive] === true,
  }));
  const members = records(RECORD.member).map(({ id, values }) => ({
    id,
    territoryId: text(values, MEMBER.territory),
    repId: text(values, MEMBER.rep),
    weight: Number(values[MEMBER.weight] ?? 1),
    capacity: values[MEMBER.capacity] === undefined ? null : Number(values[MEMBER.capacity]),
    isInactive: values[MEMBER.isInactive] === true,
    awayFrom: day(values, MEMBER.awayFrom),
    awayUntil: day(values, MEMBER.awayUntil),
  }));
  const employees = records(RECORD.employee).map(({ id, values }) => {
    const isInactive = values[EMPLOYEE.isInactive] === true;
    return { id, name: text(values, EMPLOYEE.name) || `employee ${id}`, isInactive, isActiveRep: !isInactive && values[EMPLOYEE.isSalesRep] === true };
  });
  const openLeads = new Map<string, number>();
  for (const { type, values } of records(RECORD.customer)) {
    const repId = text(values, LEAD.salesRep);
    if (type === RECORD.lead && repId !== '' && values[LEAD.isInactive] !== true) openLeads.set(repId, (openLeads.get(repId) ?? 0) + 1);
  }
  return { territories, members, employees: new Map(employees.map((employee) => [employee.id, employee])), openLeads };
}
