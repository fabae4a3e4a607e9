// The installed version is visible inside NetSuite (script descriptions, the "Territories loaded" log line) and in
// CHANGELOG.md; one number everywhere.
import * as fs from 'fs';
import * as path from 'path';
import { PRODUCT_VERSION } from '../src/netsuite/version';
import { PROJECT_ROOT, SCRIPT_TYPES, readSdfObjects, text } from './sdf/sdfObjects';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('the release number', () => {
  it('is the version of package.json and package-lock.json', () => {
    expect(PRODUCT_VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
    expect(PRODUCT_VERSION).toBe((JSON.parse(read('package-lock.json')) as { version: string }).version);
  });

  it('is the newest entry of CHANGELOG.md', () => {
    expect(/^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(PRODUCT_VERSION);
  });

  it('opens the description of every script, where administrators see it in NetSuite', () => {
    const scripts = readSdfObjects().filter((object) => object.error === null && SCRIPT_TYPES.has(object.rootType));
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(scripts.filter((script) => !(text(script.root, 'description') ?? '').startsWith(`Territory Lead Routing ${PRODUCT_VERSION}: `)).map((script) => script.scriptid)).toEqual([]);
  });
});
