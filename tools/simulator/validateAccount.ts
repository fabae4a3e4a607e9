/**
 * Everything that can be wrong with an account file, found before anything runs (SPEC §5): unknown record
 * types and fields, values of the wrong type, ids that are not internal ids or are used twice, external ids
 * used twice, and references to records the file does not hold — in `records`, in `leads` and in `parameters`.
 * Every problem is reported, each as `<record>: <field>: <what is wrong>`.
 */
import { RECORD } from '../../src/netsuite/ids';
import type { Schema } from '../emulator/schema/accountSchema';
import { AccountFileError, shapeProblems, type AccountFile } from './accountFile';
import { excerpt, keyText } from './excerpt';
import { INTERNAL_ID_RULE, isInternalId, textOf } from './fieldValue';
import { checkParameters } from './parameters';
import { atInstant } from './instant';
import { checkRowFields, type RowCheck } from './rowFields';
import { checkEdit } from './leadEdits';

const STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER'];

/** Labels of the records holding each id and external id, by record family (lead, prospect and customer share one). */
class IdRegister {
  private readonly byFamily = new Map<string, Map<string, string>>();

  /** The label of the record that already holds the key, or undefined after registering it. */
  claim(family: string, key: string, label: string): string | undefined {
    const labels = this.byFamily.get(family) ?? new Map<string, string>();
    this.byFamily.set(family, labels);
    const holder = labels.get(key);
    if (holder === undefined) labels.set(key, label);
    return holder;
  }

  has(family: string, key: string): boolean {
    return this.byFamily.get(family)?.has(key) ?? false;
  }
}

interface LabelledCheck {
  label: string;
  check: RowCheck;
}

/**
 * Lists routing only compares by id (lead source, category, subsidiary). An account file need not export them: an id
 * it refers to while giving no records of that type at all is taken as given, and the simulator creates the value.
 */
export const IMPLIED_LIST_TYPES: ReadonlySet<string> = new Set(['campaign', 'customercategory', 'subsidiary']);

/** Ids of the implied list values to create, by record type. */
export type ImpliedRecords = Map<string, Set<string>>;

/**
 * Throws an AccountFileError listing every problem; returns, when the account can run, the list values it implies.
 *
 * @example
 * validateAccount(emulator.schema, { records: { customrecord_tlr_member: [{ id: 12, custrecord_tlr_mem_rep: 99 }] } });
 * // AccountFileError: records.customrecord_tlr_member[0] (id 12): custrecord_tlr_mem_rep: employee 99 does not exist
 */
export function validateAccount(schema: Schema, account: AccountFile): ImpliedRecords {
  const shape = shapeProblems(account);
  if (shape.length > 0) throw new AccountFileError(shape);
  const ids = new IdRegister();
  const externalIds = new IdRegister();
  const checks: LabelledCheck[] = [];
  const problems: string[] = [];

  for (const [type, rows] of Object.entries(account.records ?? {})) {
    if (!schema.hasRecordType(type) || schema.recordType(type).family.isList) {
      problems.push(`records.${keyText(type)}: unknown record type`);
      continue;
    }
    const typeDef = schema.recordType(type);
    const family = typeDef.family.family;
    rows.forEach((row, index) => {
      const label = `records.${type}[${index}]${row.id === undefined ? '' : ` (id ${isInternalId(row.id) ? String(row.id) : excerpt(row.id)})`}`;
      const check = checkRowFields(schema, typeDef, row, { handled: ['id', 'stage'] });
      if (row.id !== undefined) check.problems.push(...claimId(ids, family, row.id, label));
      if (row.stage !== undefined) check.problems.push(...stageProblems(family, row.stage));
      claimExternalId(externalIds, family, row, label, check);
      checks.push({ label, check });
    });
  }

  const leadType = schema.recordType(RECORD.lead);
  (account.leads ?? []).forEach((lead, index) => {
    const externalId = externalIdOf(lead);
    const label = `leads[${index}]${externalId === undefined ? '' : ` (${keyText(externalId)})`}`;
    const check = checkRowFields(schema, leadType, lead, { handled: ['id', 'datecreated'], readOnlyRefusal: 'set by NetSuite; a new lead cannot set it' });
    if (lead.id !== undefined) check.problems.push('id: a new lead gets its internal id when it is created; leave it out');
    if (lead.datecreated !== undefined && (typeof lead.datecreated !== 'string' || atInstant(lead.datecreated, 'UTC') === null)) {
      check.problems.push('datecreated: give the moment the lead is created as an ISO date-time such as 2026-11-27T09:00 (company time, the file\'s timezone, unless it carries an offset)');
    }
    claimExternalId(externalIds, leadType.family.family, lead, label, check);
    checks.push({ label, check });
  });

  const leadKeys = new Set((account.leads ?? []).flatMap((lead) => externalIdOf(lead) ?? []));
  const recordIds = new Set((account.records?.[RECORD.customer] ?? []).flatMap((row) => (isInternalId(row.id) ? [String(row.id)] : [])));
  (account.edits ?? []).forEach((edit, index) => checks.push({ label: `edits[${index}]`, check: checkEdit(schema, edit, { leadKeys, recordIds }) }));

  checks.push({ label: 'parameters', check: checkParameters(schema, account.parameters ?? {}) });

  const implied: ImpliedRecords = new Map();
  const given = new Set(Object.keys(account.records ?? {}).map((type) => (schema.hasRecordType(type) ? schema.recordType(type).family.family : type)));
  for (const { label, check } of checks) {
    problems.push(...check.problems.map((problem) => `${label}: ${problem}`));
    for (const { path, targetType, id } of check.references) {
      const family = schema.recordType(targetType).family.family;
      if (ids.has(family, id)) continue;
      if (IMPLIED_LIST_TYPES.has(family) && !given.has(family)) implied.set(family, (implied.get(family) ?? new Set()).add(id));
      else problems.push(`${label}: ${path}: ${targetType} ${id} does not exist`);
    }
  }
  if (problems.length > 0) throw new AccountFileError(problems);
  return implied;
}

function claimId(register: IdRegister, family: string, id: unknown, label: string): string[] {
  if (!isInternalId(id)) return [`id: ${excerpt(id)} is not an internal id (${INTERNAL_ID_RULE})`];
  const holder = register.claim(family, String(id), label);
  return holder === undefined ? [] : [`id: ${String(id)} is also the id of ${holder}`];
}

function stageProblems(family: string, stage: unknown): string[] {
  if (family !== RECORD.customer) return ['stage: only customer-stage records (records.customer) have a stage'];
  if (STAGES.includes(String(stage).toUpperCase())) return [];
  return [`stage: ${excerpt(stage)} is not one of ${STAGES.join(', ')}`];
}

/**
 * A record's external id as text (`"L1"`, or `42` given as a number → `'42'`), or undefined when it has none. The
 * simulator's CSV names leads by it.
 */
export function externalIdOf(row: Record<string, unknown>): string | undefined {
  const externalId = textOf(row.externalid);
  return externalId === '' ? undefined : externalId;
}

/** NetSuite keeps external ids unique per record type; they are compared as text, so 7 and "7" are the same id. */
function claimExternalId(register: IdRegister, family: string, row: Record<string, unknown>, label: string, check: RowCheck): void {
  const externalId = externalIdOf(row);
  if (externalId === undefined) return;
  const holder = register.claim(family, externalId, label);
  if (holder !== undefined) check.problems.push(`externalid: ${excerpt(externalId)} is also the external id of ${holder}`);
}
