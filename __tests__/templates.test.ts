// The CSV templates of docs/templates import as they are: read with the simulator's CSV reader, every column is a
// field of the record as Objects/ labels it, references resolve, list values exist, no cell holds a date (the Import
// Assistant reads dates in the importer's own date format, and no one form reads alike in all of them), and the
// territories and members pass the same validation a save would apply.
import * as fs from 'fs';
import * as path from 'path';
import { compilePlan, workingHoursProblems, type MemberRow, type TerritoryRow } from '../src/engine';
import { readCsv } from '../tools/simulator/csv';
import { PROJECT_ROOT, type XmlNode, allFields, items, readSdfObjects, text } from './sdf/sdfObjects';

const objects = readSdfObjects();
const fields = allFields(objects);
/** Fields every custom record has, by the labels NetSuite's Import Assistant shows. */
const STANDARD = ['External ID', 'Inactive'];

function template(name: string): Record<string, string>[] {
  return readCsv(fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'templates', name), 'utf8'));
}

function labelsOf(recordId: string): Map<string, string> {
  return new Map(fields.filter((field) => field.objectId === recordId).map((field) => [text(field.node, 'label') ?? '', field.id]));
}

function listValues(listId: string): string[] {
  const list = objects.find((object) => object.scriptid === listId);
  return items(list?.root ?? {}, 'customvalues', 'customvalue').map((node: XmlNode) => text(node, 'value') ?? '');
}

const territories = template('territories.csv');
const members = template('members.csv');
/** Optional: time away, whose dates the administrator writes in their own date format (admin guide §7). */
const timeAway = template('member-time-away.csv');
const TEMPLATES = { 'territories.csv': territories, 'members.csv': members, 'member-time-away.csv': timeAway };
const territoryLabels = labelsOf('customrecord_tlr_territory');
const memberLabels = labelsOf('customrecord_tlr_member');
const splitMulti = (value: string) => (value === '' ? [] : value.split('|'));
/** Three groups of digits joined by `-`, `/` or `.`: a date in any of NetSuite's date formats (12/20/2026, 2026-12-20, 20.12.2026). */
const DATE_LIKE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
const dateLabels = new Set(fields.filter((field) => text(field.node, 'fieldtype') === 'DATE').map((field) => text(field.node, 'label') ?? ''));

describe('docs/templates/territories.csv', () => {
  it('has one column per territory field, named by its label in Objects/ (or Name and a standard field)', () => {
    const columns = Object.keys(territories[0] ?? {});
    expect(columns.filter((column) => !territoryLabels.has(column) && ![...STANDARD, 'Name'].includes(column))).toEqual([]);
    expect([...territoryLabels.keys()].filter((label) => !columns.includes(label))).toEqual([]);
  });

  it('has unique external ids, whole priorities and only Assignment Method values of the list', () => {
    expect(new Set(territories.map((row) => row['External ID'])).size).toBe(territories.length);
    expect(territories.filter((row) => !/^\d+$/.test(row.Priority ?? '')).map((row) => row.Name)).toEqual([]);
    const methods = listValues('customlist_tlr_method');
    expect(territories.filter((row) => !methods.includes(row['Assignment Method'] ?? '')).map((row) => row.Name)).toEqual([]);
    expect(territories.every((row) => ['T', 'F'].includes(row.Inactive ?? ''))).toBe(true);
  });

  it('has Working Hours a territory save accepts, and a Response Time where they are set', () => {
    expect(territories.flatMap((row) => workingHoursProblems(row['Working Hours'] ?? '').map((problem) => `${row.Name}: "${problem.entry}" ${problem.reason}`))).toEqual([]);
    expect(territories.filter((row) => (row['Working Hours'] ?? '') !== '' && !/^\d+(\.\d+)?$/.test(row['Response Time (Hours)'] ?? '')).map((row) => row.Name)).toEqual([]);
    expect(territories.every((row) => ['T', 'F'].includes(row['Email the Rep'] ?? ''))).toBe(true);
  });

  it('shows a multi-select with several values, separated by the Import Assistant’s pipe', () => {
    expect(territories.some((row) => splitMulti(row['Lead Sources'] ?? '').length > 1)).toBe(true);
    const multiColumns = fields.filter((field) => field.objectId === 'customrecord_tlr_territory' && text(field.node, 'fieldtype') === 'MULTISELECT');
    const commaInMulti = territories.flatMap((row) => multiColumns.map((field) => row[text(field.node, 'label') ?? ''] ?? '')).filter((value) => value.includes(','));
    expect(commaInMulti).toEqual([]);
  });

  it('has a catch-all territory (no criteria) with a member, so no lead is left without a territory', () => {
    const criteria = ['Countries', 'States / Provinces', 'Postal Codes', 'Lead Sources', 'Customer Categories', 'Subsidiaries'];
    const catchAll = territories.filter((row) => criteria.every((column) => (row[column] ?? '') === ''));
    expect(catchAll.map((row) => row.Name)).toEqual(['Everywhere else']);
    expect(members.some((row) => row.Territory === catchAll[0]?.['External ID'])).toBe(true);
  });
});

describe('docs/templates/members.csv', () => {
  it('with member-time-away.csv, has one column per member field an administrator fills, named by its label in Objects/', () => {
    const columns = [...Object.keys(members[0] ?? {}), ...Object.keys(timeAway[0] ?? {})];
    const filled = [...memberLabels].filter(([, id]) => {
      const field = fields.find((candidate) => candidate.id === id);
      return field !== undefined && text(field.node, 'displaytype') !== 'LOCKED';
    });
    expect(columns.filter((column) => !memberLabels.has(column) && !STANDARD.includes(column))).toEqual([]);
    expect(filled.map(([label]) => label).filter((label) => !columns.includes(label))).toEqual([]);
  });

  it('has no date column, so re-importing it with Update never touches time away', () => {
    expect(Object.keys(members[0] ?? {}).filter((column) => dateLabels.has(column))).toEqual([]);
  });

  it('refers to territories by their External ID, as the import is told to map them', () => {
    const externalIds = new Set(territories.map((row) => row['External ID']));
    expect(members.filter((row) => !externalIds.has(row.Territory)).map((row) => row['External ID'])).toEqual([]);
  });

});

describe('docs/templates/member-time-away.csv', () => {
  it('holds the External ID and the member’s date fields, by their labels in Objects/', () => {
    const memberDates = [...memberLabels.keys()].filter((label) => dateLabels.has(label));
    expect(memberDates).toEqual(['Away From', 'Away Until']);
    expect(Object.keys(timeAway[0] ?? {})).toEqual(['External ID', ...memberDates]);
  });

  it('names members of members.csv by their External ID, as an Update import matches them', () => {
    const memberIds = new Set(members.map((row) => row['External ID']));
    expect(timeAway.length).toBeGreaterThan(0);
    expect(timeAway.filter((row) => !memberIds.has(row['External ID'])).map((row) => row['External ID'])).toEqual([]);
  });
});

describe('every template imports as it is under any date format preference', () => {
  it.each(Object.entries(TEMPLATES))('%s holds no date: its date columns are empty and no cell reads as a date', (_name, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    const dated = rows.flatMap((row, line) =>
      Object.entries(row)
        .filter(([column, value]) => (dateLabels.has(column) && value !== '') || DATE_LIKE.test(value))
        .map(([column, value]) => `line ${line + 2}, ${column}: ${value}`),
    );
    expect(dated).toEqual([]);
  });

  it('the date check sees the forms NetSuite offers, and not postal ranges or working hours', () => {
    expect(['12/20/2026', '20.12.2026', '2026-12-20', '2026/12/20', '20-12-2026'].every((value) => DATE_LIKE.test(value))).toBe(true);
    expect(['94000-95199', 'Mon-Fri 09:00-17:00 America/Los_Angeles', 'EC*, WC*', '4', '0.5'].some((value) => DATE_LIKE.test(value))).toBe(false);
  });
});

describe('the templates pass the checks a save applies', () => {
  it('every territory compiles and none is skipped for invalid data', () => {
    const repIds = new Map<string, string>();
    const repId = (name: string) => repIds.get(name) ?? (repIds.set(name, String(repIds.size + 1)), String(repIds.size));
    const territoryRows: TerritoryRow[] = territories.map((row, i) => ({
      id: String(i + 1),
      name: row.Name ?? '',
      isInactive: row.Inactive === 'T',
      priority: Number(row.Priority),
      countries: row.Countries ?? '',
      states: row['States / Provinces'] ?? '',
      postalCodes: row['Postal Codes'] ?? '',
      leadSources: splitMulti(row['Lead Sources'] ?? ''),
      categories: splitMulti(row['Customer Categories'] ?? ''),
      subsidiaries: splitMulti(row.Subsidiaries ?? ''),
      method: row['Assignment Method'] === 'Load balanced' ? 'load_balanced' : 'round_robin',
      fallbackRepId: row['Fallback Rep'] ? repId(row['Fallback Rep']) : null,
      workHours: row['Working Hours'] ?? '',
      beforeOwner: row['Route Before Existing Owner'] === 'T',
    }));
    const territoryId = new Map(territories.map((row, i) => [row['External ID'], String(i + 1)]));
    const memberRows: MemberRow[] = members.map((row, i) => ({
      id: String(i + 1),
      territoryId: territoryId.get(row.Territory ?? '') ?? '',
      repId: repId(row['Sales Rep'] ?? ''),
      isInactive: row.Inactive === 'T',
      weight: row.Weight ? Number(row.Weight) : null,
      capacity: row['Capacity (Open Leads)'] ? Number(row['Capacity (Open Leads)']) : null,
      awayFrom: null,
      awayUntil: null,
    }));

    const plan = compilePlan(territoryRows, memberRows);

    expect(plan.skipped).toEqual([]);
    expect(plan.territories.map((territory) => [territory.name, territory.members.length])).toEqual(
      territories.map((row) => [row.Name, members.filter((member) => member.Territory === row['External ID']).length]),
    );
  });
});

describe('the admin guide tells how to import them', () => {
  const guide = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'admin-guide.md'), 'utf8');
  it.each(['External ID', 'pipe', 'member-time-away.csv', 'Date Format'])('mentions %s', (words) => {
    expect(guide).toContain(words);
  });
});
