/**
 * The standard NetSuite records our scripts touch, as a table. Add a field by adding a row; add a record type by
 * adding a family. Field ids, types and select targets follow the SuiteScript Records Browser.
 */
import { STANDARD_FIELD_LIMITS as LIMIT } from './fieldLimits';
import { checkbox, derived, email, type FieldSpec, readOnly, select, text, textArea } from './fieldSpecs';
import type { ListDef, RecordKind, StoredRecord, StoredValue, StoredValues } from './model';

export interface StandardTypeSpec {
  type: string;
  stage?: string;
  searchStages?: readonly string[];
}

export interface StandardFamilySpec {
  family: string;
  kind: RecordKind;
  displayField: string;
  /** Record types that read and write this family; the family name itself when omitted. */
  types?: readonly StandardTypeSpec[];
  fields: Readonly<Record<string, FieldSpec>>;
  searchColumns?: Readonly<Record<string, FieldSpec>>;
  sublists?: Readonly<Record<string, { fields: Readonly<Record<string, FieldSpec>>; subrecords: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> }>>;
}

/** Lead, prospect and customer are stages of one record; the `stage` field holds the stage code. */
export const CUSTOMER_STAGE_LIST: ListDef = {
  id: 'customerstage',
  name: 'Customer Stage',
  values: [
    { id: 'LEAD', scriptId: 'LEAD', name: 'Lead', isInactive: false },
    { id: 'PROSPECT', scriptId: 'PROSPECT', name: 'Prospect', isInactive: false },
    { id: 'CUSTOMER', scriptId: 'CUSTOMER', name: 'Customer', isInactive: false },
  ],
};

/**
 * SDF `selectrecordtype` negative ids → record type. Extend when an Objects/ field points to another list.
 * -4 and -117 are Oracle-documented; -24 (campaign, the lead sources under Marketing Automation) and -109
 * (customer category) follow the project's docs/sdf-objects.md, which marks them unverified.
 */
export const STANDARD_SELECT_TARGETS: Readonly<Record<string, string>> = {
  '-2': 'customer',
  '-4': 'employee',
  '-24': 'campaign',
  '-109': 'customercategory',
  '-117': 'subsidiary',
};

/** SDF deployment `recordtype` values of standard records → record type. */
export const STANDARD_DEPLOYMENT_RECORD_TYPES: Readonly<Record<string, string>> = {
  LEAD: 'lead',
  PROSPECT: 'prospect',
  CUSTOMER: 'customer',
  EMPLOYEE: 'employee',
};

/** Country is a select of ISO codes in NetSuite; no records stand behind the codes, so it has no target. */
const countryCode = (label: string): FieldSpec => ({ type: 'SELECT', label });

const ADDRESS_FIELDS: Readonly<Record<string, FieldSpec>> = {
  country: countryCode('Country'),
  // NetSuite keeps the state in `state` or in `dropdownstate` (the state picked from a list); only SuiteQL shows which.
  state: { ...text('State/Province', LIMIT.state), alsoStoredIn: 'dropdownstate' },
  dropdownstate: text('State (list)'),
  zip: text('Zip'),
  city: text('City'),
  addr1: text('Address 1', LIMIT.addressLine),
  addr2: text('Address 2', LIMIT.addressLine),
  addr3: text('Address 3', LIMIT.addressLine),
  addressee: text('Addressee', LIMIT.addressee),
  attention: text('Attention', LIMIT.addressee),
  addrphone: text('Phone'),
};

/** A field of the record's default billing or shipping address, read where NetSuite may keep it (`alsoStoredIn`). */
function defaultAddressValue(record: StoredRecord, flag: 'defaultbilling' | 'defaultshipping', field: string): StoredValue | undefined {
  const line = (record.sublists.addressbook ?? []).find((candidate) => candidate.values[flag] === true);
  const address: StoredValues | undefined = line?.subrecords.addressbookaddress;
  const alternate = ADDRESS_FIELDS[field]?.alsoStoredIn;
  return address?.[field] ?? (alternate === undefined ? undefined : address?.[alternate]);
}

const billing = (field: string, label: string, type: 'TEXT' | 'SELECT' = 'TEXT'): FieldSpec =>
  derived(type, label, (record) => defaultAddressValue(record, 'defaultbilling', field));
const shipping = (field: string, label: string, type: 'TEXT' | 'SELECT' = 'TEXT'): FieldSpec =>
  derived(type, label, (record) => defaultAddressValue(record, 'defaultshipping', field));

/** An entity's subsidiary: a field of OneWorld accounts only (feature SUBSIDIARIES). */
const subsidiary: FieldSpec = { ...select('Subsidiary', 'subsidiary'), feature: 'SUBSIDIARIES' };

const NAMED_LIST_FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: text('Name'),
  isinactive: checkbox('Inactive'),
  externalid: text('External ID'),
};

export const STANDARD_FAMILIES: readonly StandardFamilySpec[] = [
  {
    family: 'customer',
    kind: 'other',
    displayField: 'entityid',
    types: [
      { type: 'lead', stage: 'LEAD', searchStages: ['LEAD'] },
      { type: 'prospect', stage: 'PROSPECT', searchStages: ['PROSPECT'] },
      // A customer search returns every stage, like NetSuite's customer search.
      { type: 'customer', stage: 'CUSTOMER' },
    ],
    fields: {
      entityid: text('ID', LIMIT.entityId),
      externalid: text('External ID'),
      companyname: text('Company Name', LIMIT.companyName),
      isperson: checkbox('Individual'),
      firstname: text('First Name', LIMIT.personName),
      lastname: text('Last Name', LIMIT.personName),
      email: email('Email', LIMIT.email),
      phone: text('Phone', LIMIT.phone),
      comments: textArea('Comments'),
      leadsource: select('Lead Source', 'campaign'),
      category: select('Category', 'customercategory'),
      subsidiary,
      salesrep: select('Sales Rep', 'employee'),
      entitystatus: select('Status', 'customerstatus'),
      stage: readOnly(select('Stage', 'customerstage')),
      isinactive: checkbox('Inactive'),
      datecreated: readOnly({ type: 'DATETIMETZ', label: 'Date Created' }),
      lastmodifieddate: readOnly({ type: 'DATETIMETZ', label: 'Last Modified' }),
    },
    searchColumns: {
      country: billing('country', 'Country', 'SELECT'),
      state: billing('state', 'State/Province'),
      zipcode: billing('zip', 'Zip Code'),
      city: billing('city', 'City'),
      billcountry: billing('country', 'Billing Country', 'SELECT'),
      billcountrycode: billing('country', 'Billing Country Code'),
      billstate: billing('state', 'Billing State/Province'),
      billzipcode: billing('zip', 'Billing Zip'),
      billcity: billing('city', 'Billing City'),
      shipcountry: shipping('country', 'Shipping Country', 'SELECT'),
      shipcountrycode: shipping('country', 'Shipping Country Code'),
      shipstate: shipping('state', 'Shipping State/Province'),
      shipzip: shipping('zip', 'Shipping Zip'),
      shipcity: shipping('city', 'Shipping City'),
    },
    sublists: {
      addressbook: {
        fields: {
          defaultbilling: checkbox('Default Billing'),
          defaultshipping: checkbox('Default Shipping'),
          isresidential: checkbox('Residential Address'),
          label: text('Label'),
        },
        subrecords: { addressbookaddress: ADDRESS_FIELDS },
      },
    },
  },
  {
    family: 'employee',
    kind: 'other',
    displayField: 'entityid',
    fields: {
      entityid: text('Name', LIMIT.entityId),
      externalid: text('External ID'),
      firstname: text('First Name', LIMIT.personName),
      lastname: text('Last Name', LIMIT.personName),
      email: email('Email', LIMIT.email),
      isinactive: checkbox('Inactive'),
      issalesrep: checkbox('Sales Rep'),
      subsidiary,
      datecreated: readOnly({ type: 'DATETIMETZ', label: 'Date Created' }),
    },
  },
  { family: 'campaign', kind: 'other', displayField: 'name', fields: NAMED_LIST_FIELDS },
  { family: 'customercategory', kind: 'other', displayField: 'name', fields: NAMED_LIST_FIELDS },
  { family: 'subsidiary', kind: 'other', displayField: 'name', fields: NAMED_LIST_FIELDS },
  {
    family: 'customerstatus',
    kind: 'other',
    displayField: 'name',
    fields: { ...NAMED_LIST_FIELDS, stage: select('Stage', 'customerstage') },
  },
  {
    family: 'folder',
    kind: 'other',
    displayField: 'name',
    fields: {
      name: text('Name'),
      parent: select('Sub-Folder Of', 'folder'),
      description: textArea('Description'),
      isinactive: checkbox('Inactive'),
    },
  },
  {
    family: 'file',
    kind: 'other',
    displayField: 'name',
    fields: {
      name: text('Name'),
      folder: select('Folder', 'folder'),
      filetype: text('Type'),
      description: textArea('Description'),
      isonline: checkbox('Available Without Login'),
      encoding: text('Character Encoding'),
    },
  },
  activityFamily('phonecall', 'Subject'),
  activityFamily('task', 'Title'),
  activityFamily('calendarevent', 'Event'),
];

/** A phone call, task or event (NetSuite's activities): what the response-time check reads of them. */
function activityFamily(family: string, title: string): StandardFamilySpec {
  return {
    family,
    kind: 'other',
    displayField: 'title',
    fields: {
      title: text(title),
      externalid: text('External ID'),
      // The lead, prospect or customer the activity is linked to (Company on the form).
      company: select('Company', 'customer'),
      assigned: select('Assigned To', 'employee'),
      createddate: readOnly({ type: 'DATETIMETZ', label: 'Date Created' }),
    },
  };
}

/** Standard fields every custom record type has. */
export const CUSTOM_RECORD_FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: text('Name'),
  isinactive: checkbox('Inactive'),
  externalid: text('External ID'),
  created: readOnly({ type: 'DATETIMETZ', label: 'Date Created' }),
  lastmodified: readOnly({ type: 'DATETIMETZ', label: 'Last Modified' }),
};

/** Columns a search of a custom list returns for each value (`scriptid` comes back upper-case, as NetSuite stores it). */
export const LIST_VALUE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: readOnly(text('Name')),
  scriptid: readOnly(text('Script ID')),
  isinactive: readOnly(checkbox('Inactive')),
};
