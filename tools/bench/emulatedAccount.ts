/**
 * Account files (tools/simulator/accountFile.ts) for the suites that run the BUILT scripts in the emulator:
 * the seeded territory mix of the other suites (generateTerritoryMix) as territory and member records, an active
 * sales rep employee for every rep the mix names, existing customers and prospects with a rep (the owner pool),
 * and leads — new ones to create through the lead user event, or existing ones seeded as lead-stage records for
 * the bulk scripts. About a fifth of the leads belong to an existing company (same email domain, or the same
 * name from a free-mail address); most are new companies whose names share trade words with existing ones.
 * Members are new (never assigned) unless the account is asked to have been routing (`memberHistory`).
 */
import { compilePlan, decideLead, type LeadFacts, type MemberRow, type TerritoryRow } from '../../src/engine';
import { LEAD, MEMBER, METHOD_VALUE, PARAM, STATUS_VALUE, TERRITORY } from '../../src/netsuite/ids';
import { generateLeads } from '../fixtures/territoryMix';
import { createRandom, type Random } from '../fixtures/random';
import type { AccountFile } from '../simulator/accountFile';
import type { OutputRow } from '../simulator/leadOutcome';
import { benchAccount, fixedFacts } from './benchAccount';
import { companyMaker, freeMailEmail, variantName, workEmail, type Company } from './companies';
import { benchMix } from './workload';

/** The account date of every emulated run (away windows in the mix fall in 2026). */
export const ACCOUNT_TODAY = '2026-11-26';

const COMPANY_SEED = 21;
const LEAD_SEED = 23;
const OPEN_LEADS_SEED = 13;
const HISTORY_SEED = 29;
/** In an account that has been routing, the share of members that joined since and were never assigned. */
const NEW_MEMBER_SHARE = 0.1;
/** When members with history last had a lead: the day before ACCOUNT_TODAY. */
const LAST_ASSIGNED = '2026-11-25T15:00:00.000Z';
const FIRST_CUSTOMER_ID = 100_001;

export interface AccountSpec {
  territories: number;
  /** Existing customers and prospects, each with an active rep: the owner pool (besides leads with a rep). */
  customers: number;
  matchOwner: boolean;
  /** Leads to create, one after another, through the deployed lead user event. */
  newLeads?: number;
  /**
   * Leads already in the account (lead-stage records, seeded as data). Unrouted ones have no rep and no routing
   * status; routed ones carry the rep and status the engine gave them by territory (owner matching aside).
   */
  existingLeads?: { count: number; routed: boolean };
  /**
   * The account has been routing: members carry turns, assignments and a last assignment (yesterday), as the lead
   * user event leaves them, except a tenth that joined since and were never assigned. Default: every member is new.
   */
  memberHistory?: boolean;
}

export interface EmulatedAccount {
  account: AccountFile;
  territories: number;
  members: number;
  reps: number;
  customers: number;
  existingLeads: number;
  newLeads: number;
  /** The routing facts of the leads to create, in order: what the bare engine routes for comparison. */
  newLeadFacts: LeadFacts[];
  /** Leads (new and existing) whose email domain or company name is an existing customer's. */
  leadsOfExistingCompanies: number;
  /** Active members never assigned yet, as `territory/rep` (every member without `memberHistory`). */
  newMembers: ReadonlySet<string>;
}

type Row = Record<string, unknown>;

/**
 * @example
 * const { account } = emulatedAccount({ territories: 2_000, customers: 20_000, matchOwner: true, newLeads: 500 });
 * simulate(account).rows.map((row) => row.units);
 */
export function emulatedAccount(spec: AccountSpec): EmulatedAccount {
  const mix = benchMix(spec.territories);
  const repIds = repsOf(mix.territories, mix.members);
  const random = createRandom(COMPANY_SEED);
  const makeCompany = companyMaker(random);
  const customers = Array.from({ length: spec.customers }, (_, index) => customerRow(random, makeCompany(), FIRST_CUSTOMER_ID + index, repIds));
  const existing = spec.existingLeads ?? { count: 0, routed: false };
  const newCount = spec.newLeads ?? 0;
  // Leads in the mix's territories (about 70%) and anywhere; drawn once, so existing and new leads never repeat.
  const facts = generateLeads(mix.territories, existing.count + newCount, LEAD_SEED);
  let ofExisting = 0;
  const identity = (): Row => {
    const made = leadIdentity(random, customers, makeCompany);
    if (made.ofExisting) ofExisting++;
    return made.values;
  };
  const routing = existing.routed ? territoryRouting(mix.territories, mix.members) : null;
  const history = createRandom(HISTORY_SEED);
  const members = mix.members.map((member) => ({ member, history: spec.memberHistory === true && !history.chance(NEW_MEMBER_SHARE) }));
  const existingRows = facts.slice(0, existing.count).map((lead, index) => ({
    id: String(FIRST_CUSTOMER_ID + spec.customers + index),
    stage: 'LEAD',
    ...identity(),
    ...leadValues(lead),
    ...(routing === null ? {} : routing(lead)),
  }));
  const newLeads = facts.slice(existing.count).map((lead, index) => ({ externalid: `B${index + 1}`, ...identity(), ...leadValues(lead) }));
  return {
    account: {
      today: ACCOUNT_TODAY,
      parameters: { [PARAM.matchOwner]: spec.matchOwner },
      records: {
        employee: repIds.map((id) => ({ id, entityid: `Rep ${id}`, issalesrep: true })),
        customrecord_tlr_territory: mix.territories.map(territoryRecord),
        customrecord_tlr_member: members.map(({ member, history: routed }) => ({ ...memberRecord(member), ...(routed ? historyOf(member, history) : {}) })),
        customer: [...customers.map((customer) => customer.row), ...existingRows],
      },
      leads: newLeads,
    },
    territories: mix.territories.length,
    members: mix.members.length,
    reps: repIds.length,
    customers: customers.length,
    existingLeads: existingRows.length,
    newLeads: newLeads.length,
    newLeadFacts: facts.slice(existing.count),
    leadsOfExistingCompanies: ofExisting,
    newMembers: new Set(members.filter(({ member, history: routed }) => !routed && !member.isInactive).map(({ member }) => memberKey(member.territoryId, member.repId))),
  };
}

function memberKey(territoryId: string, repId: string): string {
  return `${territoryId}/${repId}`;
}

/** A member some 20 turns into the rotation (within two of its territory's others, as round robin keeps them), its last lead yesterday. */
function historyOf(member: MemberRow, random: Random): Row {
  const turns = random.int(20, 22);
  return { [MEMBER.turns]: turns, [MEMBER.assigned]: turns * (member.weight ?? 1), [MEMBER.lastAssigned]: LAST_ASSIGNED };
}

/**
 * For each created lead (simulator rows, in creation order), whether it was a member's first assignment: routed to a
 * member the account had never assigned before.
 *
 * @example
 * firstAssignments(simulate(built.account).rows, built); // [false, true, false, …]
 */
export function firstAssignments(rows: readonly OutputRow[], built: Pick<EmulatedAccount, 'newMembers'>): boolean[] {
  const assigned = new Set<string>();
  return rows.map((row) => {
    const key = memberKey(row.territory, row.salesrep);
    const first = row.status === 'ROUTED' && built.newMembers.has(key) && !assigned.has(key);
    if (row.status === 'ROUTED') assigned.add(key);
    return first;
  });
}

/** Every rep the mix names: members and fallback reps. */
function repsOf(territories: readonly TerritoryRow[], members: readonly MemberRow[]): string[] {
  const ids = new Set<string>(members.map((member) => member.repId));
  for (const territory of territories) if (territory.fallbackRepId !== null) ids.add(territory.fallbackRepId);
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

/**
 * The rep and status each lead got when it was created, by territory: the engine's own decision over the mix, fed
 * back lead after lead, so a realignment of the unchanged territories keeps most of them.
 */
function territoryRouting(territories: TerritoryRow[], members: MemberRow[]): (lead: LeadFacts) => Row {
  const plan = compilePlan(territories, members);
  const account = benchAccount(fixedFacts(plan, OPEN_LEADS_SEED));
  const context = {
    now: `${ACCOUNT_TODAY}T09:00:00.000Z`,
    timeZone: 'UTC',
    settings: { keepExisting: false, matchOwner: false, defaultRepId: null },
    mode: { kind: 'create' } as const,
  };
  return (lead) => {
    const { decision } = decideLead(plan, lead, context, account.answer, { facts: account.facts });
    account.commit(decision.memberUpdate);
    return compact({ [LEAD.salesRep]: decision.repId, [LEAD.status]: STATUS_VALUE[decision.status], [LEAD.territory]: decision.territoryId });
  };
}

/** Only the fields that hold something: blanks keep the record's defaults. */
function compact(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)));
}

function territoryRecord(territory: TerritoryRow): Row {
  return compact({
    id: territory.id,
    name: territory.name,
    isinactive: territory.isInactive,
    [TERRITORY.priority]: territory.priority,
    [TERRITORY.countries]: territory.countries,
    [TERRITORY.states]: territory.states,
    [TERRITORY.postalCodes]: territory.postalCodes,
    [TERRITORY.leadSources]: territory.leadSources,
    [TERRITORY.categories]: territory.categories,
    [TERRITORY.subsidiaries]: territory.subsidiaries,
    [TERRITORY.method]: territory.method === null ? null : METHOD_VALUE[territory.method],
    [TERRITORY.fallbackRep]: territory.fallbackRepId,
  });
}

function memberRecord(member: MemberRow): Row {
  return compact({
    id: member.id,
    isinactive: member.isInactive,
    [MEMBER.territory]: member.territoryId,
    [MEMBER.rep]: member.repId,
    [MEMBER.weight]: member.weight,
    [MEMBER.capacity]: member.capacity,
    [MEMBER.awayFrom]: member.awayFrom,
    [MEMBER.awayUntil]: member.awayUntil,
  });
}

interface Customer {
  company: Company;
  row: Row;
}

/** A customer (70%) or prospect with a rep; 15% known only by a free-mail address, 3% inactive. */
function customerRow(random: Random, company: Company, id: number, repIds: readonly string[]): Customer {
  return {
    company,
    row: {
      id: String(id),
      stage: random.chance(0.7) ? 'CUSTOMER' : 'PROSPECT',
      companyname: company.name,
      email: random.chance(0.85) ? workEmail(random, company.domain) : freeMailEmail(random),
      [LEAD.salesRep]: random.pick(repIds),
      ...(random.chance(0.03) ? { isinactive: true } : {}),
    },
  };
}

/**
 * Who a lead is: 15% someone else at an existing company (its domain, its name or a variant), 5% an existing
 * company writing from a free-mail address, 10% a private person (free mail, no company), 70% a new company.
 */
function leadIdentity(random: Random, customers: readonly Customer[], makeCompany: () => Company): { values: Row; ofExisting: boolean } {
  const roll = random.next();
  if (customers.length > 0 && roll < 0.2) {
    const { company } = random.pick(customers);
    const email = roll < 0.15 ? workEmail(random, company.domain) : freeMailEmail(random);
    return { values: { companyname: random.chance(0.5) ? company.name : variantName(random, company.name), email }, ofExisting: true };
  }
  if (roll < 0.3) return { values: { email: freeMailEmail(random) }, ofExisting: false };
  const company = makeCompany();
  return { values: { companyname: company.name, email: random.chance(0.85) ? workEmail(random, company.domain) : freeMailEmail(random) }, ofExisting: false };
}

/** Routing facts as lead fields: lead source, category, subsidiary and the default billing address. */
function leadValues(lead: LeadFacts): Row {
  const address = compact({ country: lead.country.toUpperCase(), state: lead.state, zip: lead.postalCode });
  return compact({
    [LEAD.leadSource]: lead.leadSource,
    [LEAD.category]: lead.category,
    [LEAD.subsidiary]: lead.subsidiary,
    addressbook: [{ defaultbilling: true, addressbookaddress: address }],
  });
}
