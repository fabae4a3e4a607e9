// What administrators and reps read in NetSuite: names, labels, descriptions, help and list values of Objects/.
// They are written for them: no notes meant for the project's developers, and one set of status names.
import * as fs from 'fs';
import * as path from 'path';
import { STATUS_VALUE } from '../../src/netsuite/ids';
import { PROJECT_ROOT, type XmlNode, attr, isNode, items, readSdfObjects, text } from './sdfObjects';

/** Elements whose text NetSuite shows to people (field help, list values, deployment titles, record names). */
const SHOWN = new Set(['name', 'recordname', 'label', 'description', 'help', 'value', 'title']);

/** Words that only make sense to someone reading the repository or the code. */
const DEVELOPER_WORDS = [
  'unverified', 'todo', 'fixme', 'xxx', 'docs/', '.md', '.ts', 'spec', 'sdf', 'engine', 'emulator', 'simulator', 'scheme',
  'cursor', 'suiteql', 'n/cache', 'n/search', 'cache', 'plan', 'governance', 'units', 'json', 'beforesubmit', 'aftersubmit',
  'script-maintained', 'stub', 'hack', 'workaround', 'deprecated', 'issue',
];

function shownTexts(node: unknown, where: string): { where: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => shownTexts(item, `${where}[${i}]`));
  if (!isNode(node)) return [];
  const here = attr(node, 'scriptid') ?? where;
  return Object.entries(node).flatMap(([key, value]) => {
    if (SHOWN.has(key)) {
      const shown = text(node, key);
      return shown ? [{ where: `${here}.${key}`, text: shown }] : [];
    }
    return shownTexts(value, here);
  });
}

const objects = readSdfObjects().filter((object) => object.error === null);
const shown = objects.flatMap((object) => shownTexts(object.root, object.scriptid));

describe('what administrators read in NetSuite', () => {
  it('finds the texts (labels, help, list values, deployment titles)', () => {
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.map(({ where }) => where)).toEqual(expect.arrayContaining(['custentity_tlr_lock.label', 'val_tlr_routed.value', 'customdeploy_tlr_ss_sweep.title']));
  });

  it.each(DEVELOPER_WORDS)('no label, description, help, value or title says "%s"', (word) => {
    const pattern = new RegExp(`(^|[^a-z])${word.replace(/[.*/]/g, (c) => `\\${c}`)}($|[^a-z])`, 'i');
    expect(shown.filter(({ text: value }) => pattern.test(value)).map(({ where }) => where)).toEqual([]);
  });

  it('the sweep’s own bookkeeping parameter says it is internal', () => {
    const cursor = shown.filter(({ where }) => where.startsWith('custscript_tlr_sweep_after.'));
    expect(cursor.filter(({ where }) => /\.(label|description|help)$/.test(where)).every(({ text: value }) => /^Internal/.test(value))).toBe(true);
  });
});

describe('one set of status names', () => {
  const statusList = objects.find((object) => object.scriptid === 'customlist_tlr_status');
  const labels = Object.fromEntries(
    items(statusList?.root ?? {}, 'customvalues', 'customvalue').map((node: XmlNode) => [attr(node, 'scriptid'), text(node, 'value') ?? '']),
  );

  it('each list value is named by its status code, as the reports write it (ROUTED → Routed)', () => {
    const expected = Object.fromEntries(
      Object.entries(STATUS_VALUE).map(([code, scriptId]) => [scriptId, `${code.charAt(0)}${code.slice(1).toLowerCase()}`]),
    );
    expect(labels).toEqual(expected);
  });

  it('the admin guide and the field help use those names and no others', () => {
    const guide = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'admin-guide.md'), 'utf8');
    const help = shown.find(({ where }) => where === 'custentity_tlr_status.help')?.text ?? '';
    for (const label of Object.values(labels)) {
      expect(guide).toContain(`*${label}*`);
      expect(help).toContain(label);
    }
    const retired = ['Routed by territory', 'Territory fallback rep', 'Owner of existing account', 'Kept rep entered', 'Routing error'];
    expect(retired.filter((name) => guide.includes(name) || shown.some(({ text: value }) => value.includes(name)))).toEqual([]);
  });
});
