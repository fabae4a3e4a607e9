/**
 * The plan loader's SuiteQL reads — territories one row each, active members in blocks of ten ids — compile the same
 * plan as reading them row by row: territories by paged search and members one SuiteQL row each (the loader's reads
 * before the block query). The BUILT lead user event stores the plan on its first lead; the reference rows are read in
 * the same emulator through N/search and N/query, compiled, and stored by the same code under the same build id: the
 * stored values must be equal, entry and shards.
 */
import { compilePlan, type MemberRow, type TerritoryRow } from '../../src/engine';
import { MEMBER, RECORD, TERRITORY, TERRITORY_RESPONSE } from '../../src/netsuite/ids';
import { toMemberRow, toTerritoryRow, type FieldValue } from '../../src/netsuite/mapper';
import { storePlan, type ListIds } from '../../src/netsuite/planStore';
import type { Emulator } from '../../tools/emulator/host';
import { emulatedAccount } from '../../tools/bench/emulatedAccount';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { sampleAccount } from '../../sample/account';
import { givenNetSuite } from '../scripts/givenNetSuite';
import { run } from './harness';

const CACHE_NAME = 'tlr_routing';

/** The routing cache's values as `name/key` → text, the way givenNetSuite keeps them. */
function storedPlanValues(emulator: Emulator): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, entry] of emulator.caches) {
    const [, , name, entryKey] = JSON.parse(key) as [string, string, string, string];
    if (name === CACHE_NAME) values.set(`${name}/${entryKey}`, entry.value);
  }
  return values;
}

/** Territories as a paged search returns them, members one SuiteQL row each: the row-by-row reading. */
function readRowByRow(emulator: Emulator, lists: ListIds): { territories: TerritoryRow[]; members: MemberRow[] } {
  const { search, query, format } = emulator.modules();
  const searchDate = (value: FieldValue) => (typeof value === 'string' && value !== '' ? (format.parse({ value, type: format.Type.DATE }) as Date) : value);
  const columns = [...Object.values(TERRITORY).filter((field) => field !== TERRITORY.isInactive), TERRITORY_RESPONSE.workHours];
  const paged = search.create({ type: RECORD.territory, filters: [[TERRITORY.isInactive, 'is', 'F']], columns }).runPaged({ pageSize: 1000 });
  const territories = paged.pageRanges.flatMap((range) =>
    paged.fetch({ index: range.index }).data.map((result) => toTerritoryRow(String(result.id), (field) => result.getValue(field) as FieldValue, lists.method)),
  );
  const fields = [MEMBER.territory, MEMBER.rep, MEMBER.weight, MEMBER.capacity, MEMBER.awayFrom, MEMBER.awayUntil];
  const sql = `SELECT m.id AS id, ${fields.map((field) => `m.${field} AS ${field}`).join(', ')} FROM ${RECORD.member} m WHERE NVL(m.isinactive, 'F') = 'F' ORDER BY m.id`;
  const rows = query.runSuiteQL({ query: sql }).asMappedResults();
  expect(rows.length).toBeLessThan(5000);
  const members = rows.map((row) =>
    toMemberRow(String(row.id), (field) => {
      const value = (row[field] ?? '') as FieldValue;
      return field === MEMBER.awayFrom || field === MEMBER.awayUntil ? searchDate(value) : value;
    }),
  );
  return { territories, members };
}

function expectSamePlan(account: AccountFile): { territories: number; members: number } {
  const { emulator } = run(account);
  const stored = storedPlanValues(emulator);
  const entry = stored.get(`${CACHE_NAME}/plan`);
  if (entry === undefined) throw new Error('the first lead stored no plan');
  const [, buildLine, listsLine, timeZone, offsetsLine] = entry.split('\n');
  const lists = JSON.parse(listsLine!) as ListIds;
  const { territories, members } = readRowByRow(emulator, lists);

  const reference = givenNetSuite();
  const built = storePlan(lists, timeZone!, compilePlan(territories, members), (JSON.parse(buildLine!) as { id: string }).id);
  // The time zone offsets follow the moment the plan was built, not how its rows were read: the stored entry's are kept.
  const referenceEntry = built
    .split('\n')
    .map((line, index) => (index === 4 ? offsetsLine : line))
    .join('\n');
  reference.cached.set(`${CACHE_NAME}/plan`, referenceEntry);

  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(reference.cached));
  return { territories: territories.length, members: members.length };
}

test('the sample account: the same plan from the block reads as from reading row by row', () => {
  const read = expectSamePlan(sampleAccount(1));
  expect(read.territories).toBeGreaterThan(5);
});

test('a generated account (inactive territories and members, multi-selects, away dates, missing weights): the same plan', () => {
  const built = emulatedAccount({ territories: 600, customers: 0, matchOwner: false, newLeads: 1 });
  const records = built.account.records!;
  const territories = records.customrecord_tlr_territory!;
  const members = records.customrecord_tlr_member!;
  expect(territories.some((territory) => territory.isinactive === true)).toBe(true);
  expect(members.some((member) => member.isinactive === true)).toBe(true);
  expect(territories.filter((territory) => Array.isArray(territory[TERRITORY.categories]) && (territory[TERRITORY.categories] as unknown[]).length > 1).length).toBeGreaterThan(0);
  expect(members.some((member) => member[MEMBER.awayFrom] !== undefined && member[MEMBER.awayFrom] !== null)).toBe(true);

  const read = expectSamePlan(built.account);
  expect(read.members).toBeGreaterThan(2000);
});
