/**
 * The emulated account's metadata as plain data: record families and their fields, custom lists, scripts and
 * deployments. Built once (standard table + Objects/ XML), never mutated while scripts run.
 */

export type FieldType =
  | 'TEXT'
  | 'TEXTAREA'
  | 'CLOBTEXT'
  | 'RICHTEXT'
  | 'EMAIL'
  | 'PHONE'
  | 'URL'
  | 'CHECKBOX'
  | 'INTEGER'
  | 'FLOAT'
  | 'CURRENCY'
  | 'PERCENT'
  | 'DATE'
  | 'DATETIMETZ'
  | 'SELECT'
  | 'MULTISELECT';

export const FIELD_TYPES: readonly FieldType[] = [
  'TEXT', 'TEXTAREA', 'CLOBTEXT', 'RICHTEXT', 'EMAIL', 'PHONE', 'URL', 'CHECKBOX', 'INTEGER', 'FLOAT', 'CURRENCY',
  'PERCENT', 'DATE', 'DATETIMETZ', 'SELECT', 'MULTISELECT',
];

/** How a value is stored: text, checkbox boolean, number, `YYYY-MM-DD` (DATE), ISO instant (DATETIMETZ), id(s). */
export type StoredValue = string | number | boolean | readonly string[];
export type StoredValues = Record<string, StoredValue>;

export interface StoredLine {
  values: StoredValues;
  subrecords: Record<string, StoredValues>;
}

/** One record as the store holds it. `type` is the precise type (`lead`, not `customer`). */
export interface StoredRecord {
  type: string;
  id: string;
  values: StoredValues;
  sublists: Record<string, StoredLine[]>;
}

export interface FieldDef {
  id: string;
  type: FieldType;
  label: string;
  /** Record type, family or list id a SELECT/MULTISELECT points to. */
  target?: string;
  defaultValue?: StoredValue;
  /** Set by NetSuite, never by scripts (internal id, stage, creation stamps). */
  readOnly?: boolean;
  /** Search-only column computed from the record (e.g. `billcountrycode` from the default billing address). */
  derive?: (record: StoredRecord) => StoredValue | undefined;
  /**
   * Another field NetSuite may keep this value in (an address's state in `dropdownstate`): N/record and searches
   * read it there when this one is empty; SuiteQL shows each column as stored.
   */
  alsoStoredIn?: string;
  /** The NetSuite feature the field exists with (`SUBSIDIARIES`: OneWorld); without it the account has no such field. */
  feature?: string;
  /** Longest text NetSuite stores in the field, in characters, where known (see fieldLimits.ts for the sources). */
  maxLength?: number;
}

export interface SublistDef {
  id: string;
  fields: ReadonlyMap<string, FieldDef>;
  /** Subrecord field id → the subrecord's fields (e.g. `addressbookaddress` → address). */
  subrecords: ReadonlyMap<string, ReadonlyMap<string, FieldDef>>;
}

/** Governance class of a record type: the unit costs differ (reference §3). */
export type RecordKind = 'transaction' | 'custom' | 'other';

/** Records sharing one store and one set of fields (lead, prospect and customer are the `customer` family). */
export interface FamilyDef {
  family: string;
  kind: RecordKind;
  /** Field whose value is the record's text when a select points to it. */
  displayField: string;
  /** Body fields scripts read and write. */
  fields: ReadonlyMap<string, FieldDef>;
  /** Everything a search filter, column or lookupFields may name: body fields plus search-only columns. */
  searchFields: ReadonlyMap<string, FieldDef>;
  sublists: ReadonlyMap<string, SublistDef>;
  /** Values come from an SDF custom list; the family is read-only. */
  isList?: boolean;
  /**
   * Its records stand for Objects/ (script deployments): scripts read them but never write them, the host cannot
   * seed them, and their internal ids live in their own space.
   */
  fromObjects?: boolean;
}

/** A record type scripts name (`lead`, `customer`, `customrecord_x`): a family, narrowed by stage for entities. */
export interface RecordTypeDef {
  type: string;
  family: FamilyDef;
  /** Stage given to records created with this type (customer family only). */
  stage?: string;
  /** Stages a search of this type returns; undefined = every record of the family. */
  searchStages?: readonly string[];
}

export interface ListValueDef {
  id: string;
  scriptId: string;
  name: string;
  isInactive: boolean;
}

export interface ListDef {
  id: string;
  name: string;
  values: readonly ListValueDef[];
}

export type ScriptType = 'UserEventScript' | 'ScheduledScript' | 'MapReduceScript' | 'Suitelet' | 'Restlet' | 'ClientScript';

export interface ParameterDef {
  id: string;
  type: FieldType;
  /** Record type or list a SELECT / MULTISELECT parameter points to, from its `selectrecordtype` (`-4` → `employee`). */
  target?: string;
  /** Raw XML default (`T`/`F` for checkboxes), or undefined. */
  defaultValue?: string;
}

export interface DeploymentDef {
  scriptId: string;
  title?: string;
  /** Record type a user event is deployed on (`lead`, `customrecord_x`). */
  recordType?: string;
  status: string;
  isDeployed: boolean;
  logLevel: string;
  /** User event type the deployment is limited to (`create`), or undefined for all. */
  eventType?: string;
  /** Execution contexts the deployment runs in, or undefined for all. */
  executionContexts?: readonly string[];
  /** Per-deployment parameter values, raw as in the XML. */
  parameterValues: Readonly<Record<string, string>>;
}

export interface ScriptDef {
  scriptId: string;
  scriptType: ScriptType;
  name: string;
  /** File Cabinet path, e.g. `/SuiteScripts/tlr/tlr_ue_lead.js`. */
  scriptFile: string;
  isInactive: boolean;
  parameters: ReadonlyMap<string, ParameterDef>;
  deployments: readonly DeploymentDef[];
  /** Object file the definition came from, for error messages. */
  source: string;
}
