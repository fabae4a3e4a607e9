/**
 * Every NetSuite id the project uses (SPEC §2). The SDF consistency test checks each against Objects/.
 */

export const TERRITORY = {
  name: 'name',
  isInactive: 'isinactive',
  priority: 'custrecord_tlr_priority',
  countries: 'custrecord_tlr_countries',
  states: 'custrecord_tlr_states',
  postalCodes: 'custrecord_tlr_postal_codes',
  leadSources: 'custrecord_tlr_lead_sources',
  categories: 'custrecord_tlr_categories',
  subsidiaries: 'custrecord_tlr_subsidiaries',
  method: 'custrecord_tlr_method',
  fallbackRep: 'custrecord_tlr_fallback_rep',
  beforeOwner: 'custrecord_tlr_before_owner',
} as const;

export const MEMBER = {
  isInactive: 'isinactive',
  territory: 'custrecord_tlr_mem_territory',
  rep: 'custrecord_tlr_mem_rep',
  weight: 'custrecord_tlr_mem_weight',
  capacity: 'custrecord_tlr_mem_capacity',
  awayFrom: 'custrecord_tlr_mem_away_from',
  awayUntil: 'custrecord_tlr_mem_away_until',
  turns: 'custrecord_tlr_mem_turns',
  assigned: 'custrecord_tlr_mem_assigned',
  lastAssigned: 'custrecord_tlr_mem_last_assigned',
} as const;

export const RECORD = {
  territory: 'customrecord_tlr_territory',
  member: 'customrecord_tlr_member',
  lead: 'lead',
  customer: 'customer',
  employee: 'employee',
  scriptDeployment: 'scriptdeployment',
  phoneCall: 'phonecall',
  task: 'task',
  calendarEvent: 'calendarevent',
} as const;

/** Territory fields of notification and response time (SPEC §8), read by the adapters that notify and reassign. */
export const TERRITORY_RESPONSE = {
  notify: 'custrecord_tlr_notify',
  slaHours: 'custrecord_tlr_sla_hours',
  workHours: 'custrecord_tlr_work_hours',
} as const;

/** Fields of a phone call, task or event that say it works a lead: the lead it is linked to, and when it was created. */
export const ACTIVITY = {
  company: 'company',
  createdDate: 'createddate',
} as const;



export const LEAD = {
  territory: 'custentity_tlr_territory',
  status: 'custentity_tlr_status',
  reason: 'custentity_tlr_reason',
  routedAt: 'custentity_tlr_routed_at',
  lock: 'custentity_tlr_lock',
  reassigned: 'custentity_tlr_reassigned',
  entityId: 'entityid',
  salesRep: 'salesrep',
  leadSource: 'leadsource',
  category: 'category',
  subsidiary: 'subsidiary',
  email: 'email',
  companyName: 'companyname',
  stage: 'stage',
  isInactive: 'isinactive',
  addressBook: 'addressbook',
  address: 'addressbookaddress',
  defaultBilling: 'defaultbilling',
  country: 'country',
  state: 'state',
  zip: 'zip',
} as const;

/** Lead search columns and filters that are not record fields: the default billing address, dates, numeric id. */
export const LEAD_SEARCH = {
  billCountry: 'billcountrycode',
  billState: 'billstate',
  billZip: 'billzipcode',
  dateCreated: 'datecreated',
  internalId: 'internalid',
  internalIdNumber: 'internalidnumber',
} as const;

/**
 * SuiteQL names that are not record or field ids of N/record (sources: Help's SuiteQL pages and the published
 * queries cited in docs/admin-guide.md; not checked against a live account). Leads, prospects and customers are
 * all rows of `customer`; `searchstage` holds the stage as its label.
 */
export const SUITEQL = {
  customer: 'customer',
  employee: 'employee',
  address: 'entityaddress',
  addressKey: 'nkey',
  /** The address's state when NetSuite keeps it as a pick from its state list instead of in `state`. */
  dropdownState: 'dropdownstate',
  stage: 'searchstage',
  defaultBillingAddress: 'defaultbillingaddress',
} as const;

export const EMPLOYEE = {
  name: 'entityid',
  isInactive: 'isinactive',
  isSalesRep: 'issalesrep',
} as const;

export const LIST = {
  method: 'customlist_tlr_method',
  status: 'customlist_tlr_status',
  mode: 'customlist_tlr_mode',
} as const;

/** Script ids of the values of `customlist_tlr_mode` (the realignment's Mode), by mode. */
export const MODE_VALUE = {
  PREVIEW: 'val_tlr_preview',
  APPLY: 'val_tlr_apply',
} as const;

/** Script ids of the values of `customlist_tlr_method`. */
export const METHOD_VALUE = {
  round_robin: 'val_tlr_round_robin',
  load_balanced: 'val_tlr_load_balanced',
} as const;

/** Script ids of the values of `customlist_tlr_status`, by engine status code. */
export const STATUS_VALUE = {
  ROUTED: 'val_tlr_routed',
  FALLBACK: 'val_tlr_fallback',
  OWNER: 'val_tlr_owner',
  KEPT: 'val_tlr_kept',
  DEFAULT: 'val_tlr_default',
  UNASSIGNED: 'val_tlr_unassigned',
  ERROR: 'val_tlr_error',
  REASSIGNED: 'val_tlr_reassigned',
  MANUAL: 'val_tlr_manual',
} as const;

/** Label of `val_tlr_error` (the SDF test holds it equal to Objects/): the error path sets it by text. */
export const ERROR_STATUS_LABEL = 'Error';

/** Label of `val_tlr_manual`: an edit marks a lead MANUAL by text, at no cost. */
export const MANUAL_STATUS_LABEL = 'Manual';

export const SCRIPT = {
  ueLead: 'customscript_tlr_ue_lead',
  ueTerritory: 'customscript_tlr_ue_territory',
  ssSweep: 'customscript_tlr_ss_sweep',
  mrRealign: 'customscript_tlr_mr_realign',
  ssExport: 'customscript_tlr_ss_export',
  slConsole: 'customscript_tlr_sl_console',
  ssSla: 'customscript_tlr_ss_sla',
} as const;

/**
 * Deployments the code addresses: the lead user event's (routing settings, scheme A), the sweep's re-queue target,
 * the realignment and the account export the console submits, the console's own (its links to itself) and the response-time check's re-queue target.
 */
export const DEPLOYMENT = {
  ueLead: 'customdeploy_tlr_ue_lead',
  ssSweepOnDemand: 'customdeploy_tlr_ss_sweep_ondemand',
  mrRealign: 'customdeploy_tlr_mr_realign',
  ssExport: 'customdeploy_tlr_ss_export',
  slConsole: 'customdeploy_tlr_sl_console',
  ssSlaOnDemand: 'customdeploy_tlr_ss_sla_ondemand',
} as const;

export const PARAM = {
  keepExisting: 'custscript_tlr_keep_existing',
  matchOwner: 'custscript_tlr_match_owner',
  defaultRep: 'custscript_tlr_default_rep',
  paused: 'custscript_tlr_paused',
  alertTo: 'custscript_tlr_alert_to',
  lookbackDays: 'custscript_tlr_lookback_days',
  mode: 'custscript_tlr_mode',
  scopeSearch: 'custscript_tlr_scope_search',
  reportFolder: 'custscript_tlr_report_folder',
  sweepAfter: 'custscript_tlr_sweep_after',
  notifyAuthor: 'custscript_tlr_notify_author',
  slaMax: 'custscript_tlr_sla_max',
  slaAfter: 'custscript_tlr_sla_after',
  exportDays: 'custscript_tlr_export_days',
  exportAnonymize: 'custscript_tlr_export_anonymize',
  exportPartKb: 'custscript_tlr_export_part_kb',
} as const;
