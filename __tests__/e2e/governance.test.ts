/**
 * Governance units per lead create, measured by the emulator on the built lead user event (beforeSubmit +
 * afterSubmit), against docs/admin-guide.md §12. Each figure is asserted twice: as the simulator's `units` column and
 * as the charges the emulator recorded, so a wrong total also shows which call it came from.
 */
import type { AccountFile } from '../../tools/simulator/accountFile';
import type { Emulator } from '../../tools/emulator/host';
import { LEAD_UE, TERRITORY_UE, TODAY, addLead, invocationsOf, leadIn, run } from './harness';

/** admin-guide §12, the rows this file checks. */
const DOC = {
  /** Plan 1, member query 10; after the save: plan 1, member load 2 + save 4. */
  warmRoutedOwnerOff: 18,
  /** A member that comes back (new, or away since its last assignment): its territory's other members, read to lift it. */
  comesBack: 10,
  /** The owner search reads every row, paged: 5 when nothing comes back, 10 for up to 1,000 candidates. */
  ownerSearchEmpty: 5,
  ownerSearchRows: 10,
  ownerFound: 11,
  /** A capacity or load-balanced territory costs nothing more: the member query counts the open leads. */
  capacityExtra: 0,
  /** Plan 1, member query 10, fallback rep lookup 1; after the save: plan 1 (the status says no member took a turn). */
  fallback: 13,
  /** Plan 1, default rep lookup 1. */
  defaultRep: 2,
  kept: 2,
  /** + 1 (miss) + custom lists 20 + company time zone 10 + territories 10 per 5,000 + member blocks of ten ids 10 per 5,000 (SuiteQL). */
  coldExtra: (territoryQueries: number, memberQueries: number) => 1 + 20 + 10 + 10 * territoryQueries + 10 * memberQueries,
  territorySave: 1,
  memberSave: 12,
};

const ROUTED_BEFORE = { custrecord_tlr_mem_turns: 3, custrecord_tlr_mem_assigned: 3, custrecord_tlr_mem_last_assigned: '2026-11-20T10:00:00Z' };

function smallAccount(matchOwner: boolean): AccountFile {
  return {
    today: TODAY,
    parameters: { custscript_tlr_match_owner: matchOwner, custscript_tlr_default_rep: '9' },
    records: {
      employee: [
        { id: '7', entityid: 'Ana Ruiz', issalesrep: true },
        { id: '8', entityid: 'Bo Li', issalesrep: true },
        { id: '9', entityid: 'Fay Fallback', issalesrep: true },
      ],
      customrecord_tlr_territory: [
        { id: '1', name: 'West', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'US' },
        { id: '2', name: 'Capped', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'CA' },
        { id: '3', name: 'UK', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'GB', custrecord_tlr_fallback_rep: '9' },
        // The first German territory's only rep is away: its leads fall through to the second.
        { id: '4', name: 'Germany first', custrecord_tlr_priority: 5, custrecord_tlr_countries: 'DE' },
        { id: '5', name: 'Germany', custrecord_tlr_priority: 10, custrecord_tlr_countries: 'DE' },
      ],
      customrecord_tlr_member: [
        // Members 11 and 12 have routed before; every other member is new.
        { id: '11', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '7', ...ROUTED_BEFORE },
        { id: '12', custrecord_tlr_mem_territory: '1', custrecord_tlr_mem_rep: '8', ...ROUTED_BEFORE },
        { id: '13', custrecord_tlr_mem_territory: '2', custrecord_tlr_mem_rep: '7', custrecord_tlr_mem_capacity: 5 },
        { id: '14', custrecord_tlr_mem_territory: '3', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_away_from: '2026-11-01' },
        { id: '15', custrecord_tlr_mem_territory: '4', custrecord_tlr_mem_rep: '8', custrecord_tlr_mem_away_from: '2026-11-01' },
        { id: '16', custrecord_tlr_mem_territory: '5', custrecord_tlr_mem_rep: '7' },
      ],
      customer: [{ id: '500', stage: 'CUSTOMER', companyname: 'Acme', email: 'ops@acme.example', salesrep: '7' }],
    },
    leads: [
      leadIn('cold', { country: 'US' }),
      leadIn('warm', { country: 'US' }),
      leadIn('owner', { country: 'US' }, { email: 'jo@acme.example' }),
      leadIn('capacity', { country: 'CA' }),
      leadIn('fallback', { country: 'GB' }),
      leadIn('kept', { country: 'US' }, { salesrep: '8' }),
      // A name no earlier lead shares: the owner search must not bring the default rep's facts through its join.
      leadIn('default', { country: 'FR' }, { companyname: 'Bistro Lyon', email: 'chef@lyon.example' }),
      leadIn('fallthrough', { country: 'DE' }),
    ],
  };
}

/** The charges of one lead's user event runs, as `api units` in call order, beforeSubmit then afterSubmit. */
function chargesOfLead(emulator: Emulator, leadIndex: number): { before: string[]; after: string[] } {
  const before = invocationsOf(emulator, LEAD_UE, 'beforeSubmit')[leadIndex];
  const after = invocationsOf(emulator, LEAD_UE, 'afterSubmit')[leadIndex];
  const list = (charges: { api: string; units: number }[] = []) => charges.map((charge) => `${charge.api} ${charge.units}`);
  return { before: list(before?.charges), after: list(after?.charges) };
}

describe('units per lead create (admin guide §12)', () => {
  test('owner matching off: cold 69, warm routed 18, capacity +0, fall-through +0, fallback 13, kept 2, default 2', () => {
    const { rows, emulator } = run(smallAccount(false));
    const units = Object.fromEntries(rows.map((row) => [row.lead, row.units]));

    expect(rows.map((row) => row.status)).toEqual(['ROUTED', 'ROUTED', 'ROUTED', 'ROUTED', 'FALLBACK', 'KEPT', 'DEFAULT', 'ROUTED']);
    expect(rows.at(-1)).toMatchObject({ lead: 'fallthrough', territory: '5', salesrep: '7' });
    expect(units).toEqual({
      cold: DOC.warmRoutedOwnerOff + DOC.coldExtra(1, 1),
      warm: DOC.warmRoutedOwnerOff,
      // Owner matching is off, so the lead with an owner's domain is routed by its territory.
      owner: DOC.warmRoutedOwnerOff,
      // The capped territory's member is new, but it has no others to read.
      capacity: DOC.warmRoutedOwnerOff + DOC.capacityExtra,
      fallback: DOC.fallback,
      kept: DOC.kept,
      // No territory decided, so afterSubmit reads nothing.
      default: DOC.defaultRep,
      // The member query read both German territories' members at the first match.
      fallthrough: DOC.warmRoutedOwnerOff,
    });
    // The guide's breakdown of 18: plan from cache 1, member query 10; after the save: plan 1, the member loaded 2
    // and saved 4. The capacity territory's lead counts its open leads in the same query.
    for (const lead of [1, 3]) {
      expect(chargesOfLead(emulator, lead)).toEqual({
        before: ['Cache.get.hit 1', 'query.runSuiteQL 10'],
        after: ['Cache.get.hit 1', 'record.load 2', 'Record.save 4'],
      });
    }
    // Cold: the miss (2 instead of 1), two custom lists (one page each), the company time zone, territories and member
    // blocks (one query each), then the lead's member query.
    expect(chargesOfLead(emulator, 0).before).toEqual([
      'Cache.get.miss 2',
      'Search.runPaged 5',
      'PagedData.fetch 5',
      'Search.runPaged 5',
      'PagedData.fetch 5',
      'config.load 10',
      'query.runSuiteQL 10',
      'query.runSuiteQL 10',
      'query.runSuiteQL 10',
    ]);
    // Per-invocation sums agree with the simulator's units column.
    const perLead = rows.map((_, index) => {
      const { before, after } = chargesOfLead(emulator, index);
      return [...before, ...after].reduce((sum, charge) => sum + Number(charge.split(' ')[1]), 0);
    });
    expect(perLead).toEqual(rows.map((row) => row.units));
  });

  test('owner matching on: warm routed 23 (owner search 5 when nobody matches), owner found 11', () => {
    const { rows, emulator } = run(smallAccount(true));
    const units = Object.fromEntries(rows.map((row) => [row.lead, row.units]));

    expect(rows.map((row) => row.status)).toEqual(['ROUTED', 'ROUTED', 'OWNER', 'ROUTED', 'FALLBACK', 'KEPT', 'DEFAULT', 'ROUTED']);
    // Company names are searched by all their words, so "Company warm" does not find "Company cold": every owner
    // search that finds nobody costs 5.
    expect(units).toEqual({
      cold: DOC.warmRoutedOwnerOff + DOC.ownerSearchEmpty + DOC.coldExtra(1, 1),
      warm: DOC.warmRoutedOwnerOff + DOC.ownerSearchEmpty,
      owner: DOC.ownerFound,
      capacity: DOC.warmRoutedOwnerOff + DOC.ownerSearchEmpty + DOC.capacityExtra,
      fallback: DOC.fallback + DOC.ownerSearchEmpty,
      kept: DOC.kept,
      default: DOC.defaultRep + DOC.ownerSearchEmpty,
      fallthrough: DOC.warmRoutedOwnerOff + DOC.ownerSearchEmpty,
    });
    // Owner found: cache 1 + owner search 5 + one page 5; no territory decided, so afterSubmit reads nothing.
    expect(chargesOfLead(emulator, 2)).toEqual({ before: ['Cache.get.hit 1', 'Search.runPaged 5', 'PagedData.fetch 5'], after: [] });
  });

  test('territory save 1, member save 12', () => {
    const { emulator } = run({ ...smallAccount(false), leads: [] });
    const { record } = emulator.modules();

    const territory = record.load({ type: 'customrecord_tlr_territory', id: '1' });
    territory.setValue({ fieldId: 'name', value: 'West Coast' });
    territory.save();
    const member = record.load({ type: 'customrecord_tlr_member', id: '11' });
    member.setValue({ fieldId: 'custrecord_tlr_mem_weight', value: 2 });
    member.save();

    const units = invocationsOf(emulator, TERRITORY_UE).map((invocation) => `${invocation.recordType} ${invocation.entryPoint} ${invocation.unitsUsed}`);
    expect(units).toEqual([
      'customrecord_tlr_territory beforeSubmit 0',
      'customrecord_tlr_territory afterSubmit 1',
      // Rep lookup 1 + duplicate-rep search 10; after the save the cache drop 1.
      'customrecord_tlr_member beforeSubmit 11',
      'customrecord_tlr_member afterSubmit 1',
    ]);
    expect(DOC.territorySave).toBe(0 + 1);
    expect(DOC.memberSave).toBe(11 + 1);
  });
});

/** 2,000 US ZIP-range territories with 4 members each (8,000), the guide's large account. */
function largeAccount(): AccountFile {
  const employees = Array.from({ length: 200 }, (_, index) => ({ id: String(10_001 + index), entityid: `Rep ${index}`, issalesrep: true }));
  const territories = Array.from({ length: 2000 }, (_, index) => {
    const low = 10_000 + index * 40;
    return {
      id: String(20_001 + index),
      name: `ZIP ${low}`,
      custrecord_tlr_priority: 100,
      custrecord_tlr_countries: 'US',
      custrecord_tlr_postal_codes: `${low}-${low + 39}`,
    };
  });
  const members = territories.flatMap((territory, index) =>
    [0, 1, 2, 3].map((slot) => ({
      id: String(30_001 + index * 4 + slot),
      custrecord_tlr_mem_territory: territory.id,
      custrecord_tlr_mem_rep: employees[(index * 4 + slot) % employees.length]?.id,
      custrecord_tlr_mem_weight: 1 + (slot % 2),
      // One territory (ZIP 10080-10119) caps its members, for the "+10 with capacity" figure.
      ...(index === 2 ? { custrecord_tlr_mem_capacity: 50 } : {}),
    })),
  );
  return {
    today: TODAY,
    records: { employee: employees, customrecord_tlr_territory: territories, customrecord_tlr_member: members },
    leads: [leadIn('cold-owner-on', { country: 'US', zip: '10005' })],
  };
}

test('cold cache at 2,000 territories / 8,000 members, new members: 79 without owner matching, 84 with, 84 with capacity', () => {
  const { rows, emulator } = run(largeAccount());
  // Territories one query of up to 5,000 rows, members one query of up to 5,000 blocks of ten ids: +1 + 20 + 10 + 10 + 10 = +51.
  expect(DOC.coldExtra(1, 1)).toBe(51);
  // The first lead has no owner candidate (owner search 5).
  // Every member is new, so each commit also reads its territory's other members (+10).
  expect(rows[0]).toMatchObject({ status: 'ROUTED', territory: '20001', units: DOC.warmRoutedOwnerOff + DOC.comesBack + DOC.ownerSearchEmpty + 51 });

  emulator.caches.clear();
  // "Company cold-capacity" is searched by all its words and finds nobody (5); then the capped territory (+10).
  expect(addLead(emulator, leadIn('cold-capacity', { country: 'US', zip: '10085' })).units).toBe(
    DOC.warmRoutedOwnerOff + DOC.comesBack + DOC.ownerSearchEmpty + 51 + DOC.capacityExtra,
  );

  emulator.setParameter(LEAD_UE, 'custscript_tlr_match_owner', false);
  emulator.caches.clear();
  const coldOwnerOff = addLead(emulator, leadIn('cold-owner-off', { country: 'US', zip: '10045' }));
  expect(coldOwnerOff.lead.custentity_tlr_territory).toBe('20002');
  expect(coldOwnerOff.units).toBe(DOC.warmRoutedOwnerOff + DOC.comesBack + 51);
});
