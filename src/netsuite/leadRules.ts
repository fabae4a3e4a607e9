/**
 * Which customer-stage records routing counts or touches, each rule stated once (SPEC §3.4, §3.5, §4) and translated
 * by the adapters: into search filters (`ruleFilters`), into SuiteQL (`ruleSql`), or checked on a row already read
 * (`ruleHolds`). A rule holds when all its conditions do.
 */
import type { CustomerStage, Status } from '../engine';
import { LEAD, SUITEQL } from './ids';
import { statusValueId } from './decisionFields';
import type { ListScriptIds } from './mapper';
import { unchecked } from './suiteql';

export type Condition =
  | { field: 'stage'; anyOf: readonly CustomerStage[] }
  | { field: 'isInactive' | 'lock'; is: boolean }
  | { field: 'salesRep'; empty: boolean }
  /** A routing status by its engine code; null: no status yet. */
  | { field: 'status'; anyOf: readonly (Status | null)[] }
  /** Status MANUAL (SPEC §3.6), or any other status or none. */
  | { field: 'manual'; is: boolean };

export type Rule = readonly Condition[];

/** An open lead of its rep (capacity, load balancing): the lead stage, active. */
export const OPEN_LEAD: Rule = [{ field: 'stage', anyOf: ['LEAD'] }, { field: 'isInactive', is: false }];

/** A record that may own a new lead's account: any customer stage, active, with a sales rep. */
export const MAY_OWN: Rule = [
  { field: 'stage', anyOf: ['LEAD', 'PROSPECT', 'CUSTOMER'] },
  { field: 'isInactive', is: false },
  { field: 'salesRep', empty: false },
];

/** The realignment's scope: the lead stage, not locked, not MANUAL (a saved search narrows it further). */
export const REALIGN_SCOPE: Rule = [{ field: 'stage', anyOf: ['LEAD'] }, { field: 'lock', is: false }, { field: 'manual', is: false }];

/** The sweep's leads: no sales rep, not locked, no routing status yet or one a new try may change. */
export const SWEEP_SCOPE: Rule = [
  { field: 'salesRep', empty: true },
  { field: 'lock', is: false },
  { field: 'status', anyOf: [null, 'UNASSIGNED', 'ERROR'] },
];

const FIELD_ID = { isInactive: LEAD.isInactive, lock: LEAD.lock, salesRep: LEAD.salesRep, status: LEAD.status } as const;
const STAGE_LABEL: Readonly<Record<CustomerStage, string>> = { LEAD: 'Lead', PROSPECT: 'Prospect', CUSTOMER: 'Customer' };

/** The internal id of MANUAL in the status list; the rules on it need the list's ids. */
function manualId(statusIds: ListScriptIds | null): string {
  if (statusIds === null) throw new Error('a rule on the routing status needs the status list ids');
  return statusValueId('MANUAL', statusIds);
}

function conditionFilter(condition: Condition, statusIds: ListScriptIds | null): unknown[] {
  switch (condition.field) {
    case 'stage':
      return [LEAD.stage, 'anyof', condition.anyOf.length === 1 ? condition.anyOf[0] : [...condition.anyOf]];
    case 'isInactive':
    case 'lock':
      return [FIELD_ID[condition.field], 'is', condition.is ? 'T' : 'F'];
    case 'salesRep':
      return [LEAD.salesRep, condition.empty ? 'anyof' : 'noneof', '@NONE@'];
    case 'status': {
      if (statusIds === null) throw new Error('a rule on the routing status needs the status list ids');
      const ids = condition.anyOf.map((status) => (status === null ? '@NONE@' : statusValueId(status, statusIds)));
      return [LEAD.status, 'anyof', ids];
    }
    case 'manual': {
      // Every other value, or none, spelt out: what "none of" makes of an empty field is left to no one's memory.
      const manual = manualId(statusIds);
      const others = Object.keys(statusIds ?? {}).filter((id) => id !== manual);
      return [LEAD.status, 'anyof', condition.is ? [manual] : ['@NONE@', ...others]];
    }
  }
}

/**
 * The rule as a search filter expression.
 *
 * @example
 * ruleFilters(REALIGN_SCOPE, statusIds);
 * // [['stage', 'anyof', 'LEAD'], 'and', ['custentity_tlr_lock', 'is', 'F'], 'and', ['custentity_tlr_status', 'anyof', ['@NONE@', '1', …]]]
 */
export function ruleFilters(rule: Rule, statusIds: ListScriptIds | null = null): unknown[] {
  return rule.flatMap((condition, index) => (index === 0 ? [conditionFilter(condition, statusIds)] : ['and', conditionFilter(condition, statusIds)]));
}

function conditionSql(condition: Condition, alias: string, statusIds: ListScriptIds | null): string {
  switch (condition.field) {
    case 'stage':
      return condition.anyOf.length === 1
        ? `${alias}.${SUITEQL.stage} = '${STAGE_LABEL[condition.anyOf[0]!]}'`
        : `${alias}.${SUITEQL.stage} IN (${condition.anyOf.map((stage) => `'${STAGE_LABEL[stage]}'`).join(', ')})`;
    case 'isInactive':
    case 'lock':
      return condition.is ? `${alias}.${FIELD_ID[condition.field]} = 'T'` : unchecked(`${alias}.${FIELD_ID[condition.field]}`);
    case 'salesRep':
      return `${alias}.${LEAD.salesRep} IS ${condition.empty ? '' : 'NOT '}NULL`;
    case 'status':
      throw new Error('the routing status is not read through SuiteQL');
    case 'manual': {
      const manual = Number(manualId(statusIds));
      const status = `${alias}.${LEAD.status}`;
      return condition.is ? `${status} = ${manual}` : `(${status} IS NULL OR ${status} <> ${manual})`;
    }
  }
}

/**
 * The rule as a SuiteQL condition on the `customer` table joined as `alias`.
 *
 * @example
 * ruleSql(OPEN_LEAD, 'c'); // "(c.searchstage = 'Lead' AND NVL(c.isinactive, 'F') = 'F')"
 */
export function ruleSql(rule: Rule, alias: string, statusIds: ListScriptIds | null = null): string {
  return `(${rule.map((condition) => conditionSql(condition, alias, statusIds)).join(' AND ')})`;
}

/** A record as the rules read it. */
export interface RuleFacts {
  stage: CustomerStage;
  isInactive: boolean;
  lock: boolean;
  /** '' when none. */
  salesRep: string;
  /** Internal id of the routing status; '' when none. */
  status: string;
}

/**
 * Whether a record already read holds the rule.
 *
 * @example
 * ruleHolds(OPEN_LEAD, { stage: 'LEAD', isInactive: false, lock: true, salesRep: '7', status: '' }); // true
 */
export function ruleHolds(rule: Rule, facts: RuleFacts, statusIds: ListScriptIds | null = null): boolean {
  return rule.every((condition) => {
    switch (condition.field) {
      case 'stage':
        return condition.anyOf.includes(facts.stage);
      case 'isInactive':
      case 'lock':
        return facts[condition.field] === condition.is;
      case 'salesRep':
        return (facts.salesRep === '') === condition.empty;
      case 'status':
        throw new Error('the routing status is not read with the record facts');
      case 'manual':
        return (facts.status === manualId(statusIds)) === condition.is;
    }
  });
}
