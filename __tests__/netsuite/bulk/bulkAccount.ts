/**
 * A small account for the bulk-script tests: leads, members, reps and customers that answer the bulk searches and
 * take their writes, so a test can run the sweep or the realignment several times over the same data. The searches
 * follow the scope semantics (sweep: waiting leads after the cursor, within the look-back; realignment: unlocked
 * leads); the exact filters are asserted separately. Owner searches return every candidate (a superset, as
 * `contains` does; the engine keeps exact matches). SuiteQL queries are recognised by their FROM table and the
 * conditions the scripts put in them, and answered as asMappedResults would (ids as numbers, '' as null, 'T'/'F').
 */
import { entryText } from '../../../src/netsuite/planCache';
import { compilePlan, type MemberRow, type MemberState, type TerritoryRow } from '../../../src/engine';
import type { FakeAddress, QueryCall, QueryRow, Row, SearchCall, SubmitCall } from '../fakeNetSuite';
import { installBulkNetSuite, type BulkOptions } from './bulkNetSuite';

export const METHOD_IDS = { '1': 'val_tlr_round_robin', '2': 'val_tlr_load_balanced' };
export const STATUS = { ROUTED: '11', FALLBACK: '12', OWNER: '13', KEPT: '14', DEFAULT: '15', UNASSIGNED: '16', ERROR: '17' } as const;
const STATUS_IDS = Object.fromEntries(Object.entries(STATUS).map(([code, id]) => [id, `val_tlr_${code.toLowerCase()}`]));
export const DEPLOYMENT_RECORD_ID = '55';

export interface AccountLead {
  id: string;
  companyname?: string;
  email?: string;
  salesrep?: string;
  status?: string;
  lock?: boolean;
  isinactive?: boolean;
  /** Default billing address, as the search columns show it. */
  country?: string;
  state?: string;
  zip?: string;
  /** Addresses a load finds when the billing columns are empty. */
  addresses?: FakeAddress[];
  createdDaysAgo?: number;
  /** record.load fails for this lead (deleted meanwhile, no permission). */
  unloadable?: boolean;
}

export interface AccountRep {
  id: string;
  name: string;
  isInactive?: boolean;
  isSalesRep?: boolean;
}

export interface AccountCustomer {
  id: string;
  stage: 'LEAD' | 'PROSPECT' | 'CUSTOMER';
  salesrep: string;
  email?: string;
  companyname?: string;
}

export interface AccountSpec {
  territories: TerritoryRow[];
  members: MemberRow[];
  reps: AccountRep[];
  leads: AccountLead[];
  customers?: AccountCustomer[];
  memberStates?: Record<string, MemberState>;
  /** Values on the lead user event's deployment; null = the deployment cannot be found. */
  settings?: { keepExisting: boolean; matchOwner: boolean; defaultRep: string } | null;
}

type StoredLead = Required<Omit<AccountLead, 'addresses'>> & { addresses: FakeAddress[]; reason: string; territory: string };

/** The condition `[name, operator, ...values]` with this name anywhere in a filter expression. */
export function condition(filters: unknown, name: string): unknown[] | undefined {
  if (!Array.isArray(filters)) return undefined;
  if (filters[0] === name) return filters;
  for (const part of filters) {
    const found = condition(part, name);
    if (found) return found;
  }
  return undefined;
}

const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);

export function createAccount(spec: AccountSpec) {
  const leads = new Map<string, StoredLead>(
    spec.leads.map((lead) => [
      lead.id,
      {
        companyname: '', email: '', salesrep: '', status: '', lock: false, isinactive: false, country: '', state: '', zip: '',
        createdDaysAgo: 1, unloadable: false, reason: '', territory: '', ...lead, addresses: lead.addresses ?? [],
      },
    ]),
  );
  const states = new Map<string, MemberState>(spec.members.map((member) => [member.id, spec.memberStates?.[member.id] ?? { turns: 0, assigned: 0 }]));
  const reps = new Map(spec.reps.map((rep) => [rep.id, { isInactive: false, isSalesRep: true, ...rep }]));
  const settings = spec.settings === undefined ? { keepExisting: true, matchOwner: true, defaultRep: '' } : spec.settings;
  const leadWrites: SubmitCall[] = [];
  const memberWrites: SubmitCall[] = [];

  const repColumns = (join: string, repId: string) => {
    const rep = reps.get(repId);
    return { [`${join}.entityid`]: rep?.name ?? '', [`${join}.isinactive`]: rep?.isInactive ?? false, [`${join}.issalesrep`]: rep?.isSalesRep ?? false };
  };

  const leadRow = (id: string, lead: StoredLead): Row => ({
    id,
    values: {
      internalid: id, salesrep: lead.salesrep, leadsource: '', category: '', subsidiary: '', email: lead.email, companyname: lead.companyname,
      isinactive: lead.isinactive, billcountrycode: lead.country, billstate: lead.state, billzipcode: lead.zip,
    },
  });

  function scopeRows(call: SearchCall): Row[] {
    const sweep = JSON.stringify(condition(call.filters, 'salesrep') ?? []).includes('@NONE@');
    const after = Number(condition(call.filters, 'internalidnumber')?.[2] ?? 0);
    const lookback = /^daysago(\d+)$/.exec(String(condition(call.filters, 'datecreated')?.[2] ?? ''))?.[1];
    const waiting = (lead: StoredLead) => lead.salesrep === '' && ['', STATUS.UNASSIGNED, STATUS.ERROR].includes(lead.status);
    return [...leads.entries()]
      .filter(([id, lead]) => !lead.lock && Number(id) > after && (!sweep || waiting(lead)) && (lookback === undefined || lead.createdDaysAgo <= Number(lookback)))
      .map(([id, lead]) => leadRow(id, lead))
      .sort(byId);
  }

  function openLeadRows(): Row[] {
    const counts = new Map<string, number>();
    for (const lead of leads.values()) if (lead.salesrep !== '' && !lead.isinactive) counts.set(lead.salesrep, (counts.get(lead.salesrep) ?? 0) + 1);
    return [...counts].map(([repId, count]) => ({ id: '', values: { 'GROUP(salesrep)': repId, 'COUNT(internalid)': String(count) } }));
  }

  function ownerRows(): Row[] {
    const customers = (spec.customers ?? []).map((customer): Row => ({
      id: customer.id,
      values: { stage: customer.stage, salesrep: customer.salesrep, email: customer.email ?? '', companyname: customer.companyname ?? '', isinactive: false, ...repColumns('salesrep', customer.salesrep) },
    }));
    const assignedLeads = [...leads.entries()]
      .filter(([, lead]) => lead.salesrep !== '' && !lead.isinactive)
      .map(([id, lead]): Row => ({ id, values: { stage: 'LEAD', salesrep: lead.salesrep, email: lead.email, companyname: lead.companyname, isinactive: false, ...repColumns('salesrep', lead.salesrep) } }));
    return [...customers, ...assignedLeads].sort(byId);
  }

  function rowsFor(call: SearchCall): Row[] | undefined {
    switch (call.type) {
      case 'lead':
        return call.columns.some((column) => typeof column === 'object' && column !== null && 'summary' in column) ? openLeadRows() : scopeRows(call);
      case 'customer':
        return ownerRows();
      case 'customrecord_tlr_member':
        return spec.members.map((member) => ({
          id: member.id,
          values: {
            custrecord_tlr_mem_turns: String(states.get(member.id)!.turns),
            custrecord_tlr_mem_assigned: String(states.get(member.id)!.assigned),
            custrecord_tlr_mem_rep: member.repId,
            ...repColumns('custrecord_tlr_mem_rep', member.repId),
          },
        }));
      case 'employee':
        return [...reps.values()].map((rep) => ({ id: rep.id, values: { entityid: rep.name, isinactive: rep.isInactive, issalesrep: rep.isSalesRep } }));
      case 'scriptdeployment':
        return settings === null ? [] : [{ id: DEPLOYMENT_RECORD_ID, values: {} }];
      default:
        return undefined;
    }
  }

  const text = (value: string) => (value === '' ? null : value);
  const flag = (value: boolean) => (value ? 'T' : 'F');
  const repQueryColumns = (repId: string): QueryRow => {
    const rep = reps.get(repId);
    return rep === undefined ? { rep_entityid: null, rep_isinactive: null, rep_issalesrep: null } : { rep_entityid: rep.name, rep_isinactive: flag(rep.isInactive), rep_issalesrep: flag(rep.isSalesRep) };
  };
  const openLeadsOf = (repId: string) => [...leads.values()].filter((lead) => lead.salesrep === repId && !lead.isinactive).length;
  const STAGE_LABEL = { LEAD: 'Lead', PROSPECT: 'Prospect', CUSTOMER: 'Customer' } as const;

  function memberQueryRows(call: QueryCall): QueryRow[] {
    const byId = call.sql.includes('m.id IN');
    const after = byId ? 0 : Number(call.params[0]);
    return spec.members
      .filter((member) => (byId ? call.params.includes(member.id) : !member.isInactive && Number(member.id) > after))
      .map((member) => ({
        id: Number(member.id),
        custrecord_tlr_mem_turns: states.get(member.id)!.turns,
        custrecord_tlr_mem_assigned: states.get(member.id)!.assigned,
        custrecord_tlr_mem_rep: Number(member.repId),
        ...repQueryColumns(member.repId),
        ...(call.sql.includes('AS openleads') ? { openleads: openLeadsOf(member.repId) } : {}),
      }));
  }

  /** The realignment's customer read: the scope's leads and/or the owner pool, after the keyset cursor. */
  function customerQueryRows(call: QueryCall): QueryRow[] {
    const scope = call.sql.includes("NVL(c.custentity_tlr_lock, 'F') = 'F'");
    const owners = call.sql.includes('c.salesrep IS NOT NULL');
    const after = Number(call.params[0]);
    const leadRows = [...leads.entries()].map(([id, lead]) => ({
      id: Number(id), stage: 'LEAD' as const, salesrep: lead.salesrep, email: lead.email, companyname: lead.companyname, isinactive: lead.isinactive, lock: lead.lock,
      address: lead.country === '' && lead.state === '' && lead.zip === '' ? null : { country: lead.country, state: lead.state, zip: lead.zip },
    }));
    const customerRows = (spec.customers ?? []).map((customer) => ({
      id: Number(customer.id), stage: customer.stage, salesrep: customer.salesrep, email: customer.email ?? '', companyname: customer.companyname ?? '', isinactive: false, lock: false, address: null,
    }));
    return [...leadRows, ...customerRows]
      .filter((row) => row.id > after)
      .filter((row) => (scope && row.stage === 'LEAD' && !row.lock) || (owners && !row.isinactive && row.salesrep !== ''))
      .sort((a, b) => a.id - b.id)
      .map((row) => ({
        id: row.id, stage: STAGE_LABEL[row.stage], salesrep: row.salesrep === '' ? null : Number(row.salesrep), email: text(row.email), companyname: text(row.companyname),
        isinactive: flag(row.isinactive), leadsource: null, category: null, subsidiary: null, custentity_tlr_lock: flag(row.lock),
        defaultbillingaddress: row.address === null ? null : row.id * 10,
        country: text(row.address?.country ?? ''), state: text(row.address?.state ?? ''), zip: text(row.address?.zip ?? ''),
        ...repQueryColumns(row.salesrep),
      }));
  }

  function queryRowsFor(call: QueryCall): QueryRow[] | undefined {
    switch (call.table) {
      case 'customrecord_tlr_member':
        return memberQueryRows(call);
      case 'employee':
        return [...reps.values()].filter((rep) => call.params.includes(rep.id)).map((rep) => ({ id: Number(rep.id), ...repQueryColumns(rep.id) }));
      case 'customer':
        if (call.sql.includes('GROUP BY')) return call.params.map((repId) => ({ rep: Number(repId), openleads: openLeadsOf(String(repId)) })).filter((row) => row.openleads > 0);
        return customerQueryRows(call);
      default:
        return undefined;
    }
  }

  function apply(call: SubmitCall): void {
    if (call.type === 'customrecord_tlr_member') {
      memberWrites.push(call);
      states.set(call.id, { turns: Number(call.values['custrecord_tlr_mem_turns']), assigned: Number(call.values['custrecord_tlr_mem_assigned']) });
      return;
    }
    const lead = leads.get(call.id);
    if (call.type !== 'lead' || !lead) return;
    leadWrites.push(call);
    const value = (field: string) => String(call.values[field]);
    if ('salesrep' in call.values) lead.salesrep = value('salesrep');
    lead.status = value('custentity_tlr_status');
    lead.reason = value('custentity_tlr_reason');
    lead.territory = value('custentity_tlr_territory');
  }

  function records(): BulkOptions['records'] {
    const loadable: NonNullable<BulkOptions['records']> = {};
    if (settings !== null) {
      loadable[`scriptdeployment:${DEPLOYMENT_RECORD_ID}`] = {
        values: { custscript_tlr_keep_existing: settings.keepExisting, custscript_tlr_match_owner: settings.matchOwner, custscript_tlr_default_rep: settings.defaultRep },
      };
    }
    for (const [id, lead] of [...leads].filter(([, stored]) => !stored.unloadable)) {
      loadable[`lead:${id}`] = { values: { salesrep: lead.salesrep, email: lead.email, companyname: lead.companyname, leadsource: '', category: '', subsidiary: '' }, addresses: lead.addresses };
    }
    return loadable;
  }

  const plan = compilePlan(spec.territories, spec.members);

  return {
    leads,
    states,
    leadWrites,
    memberWrites,
    /** A fresh fake NetSuite over this account (one per script run or stage sequence). */
    install(options: BulkOptions = {}) {
      return installBulkNetSuite({
        cached: { 'tlr_routing/plan': entryText({ method: METHOD_IDS, status: STATUS_IDS }, plan) },
        searchRows: rowsFor,
        queryRows: queryRowsFor,
        records: records(),
        ...options,
        onSubmit: (call) => {
          apply(call);
          options.onSubmit?.(call);
        },
      });
    },
    /** How many times each lead was written. */
    writesPerLead(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const call of leadWrites) counts.set(call.id, (counts.get(call.id) ?? 0) + 1);
      return counts;
    },
  };
}

export type Account = ReturnType<typeof createAccount>;
