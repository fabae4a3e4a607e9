/**
 * The routing console in a real browser: headless Chromium (tools/console/browser.ts) against `npm run console`'s
 * server over the BUILT Suitelet. It fills and submits the test form, reads the decision, the trace rows and the
 * "why not" sentence off the page; starts a preview and sees its report listed; sends bad input and sees one clear
 * message while the account stays as it was. Screenshots of each view go to out/console-screenshots/ (git-ignored).
 */
import type { Page } from 'puppeteer-core';
import { openPage } from '../../tools/console/browser';
import { simulate } from '../../tools/simulator/simulate';
import { HOSTILE_COMPANY, REP, consoleAccount } from '../e2e/consoleAccount';
import { screenshot as shot, useConsoleInBrowser } from './consoleInBrowser';

jest.setTimeout(120_000);

const FACTS = { country: 'US', state: 'OR', zip: '97201', companyname: 'Initech', email: 'pat@initech.example' };

const session = useConsoleInBrowser(consoleAccount);

/** What the simulator decides for a lead with these facts, created next on the same account. */
function simulatorDecision(): { status: string; salesrep: string; territory: string } {
  const account = consoleAccount();
  const addressbook = [{ defaultbilling: true, addressbookaddress: { country: FACTS.country, state: FACTS.state, zip: FACTS.zip } }];
  account.leads = [...(account.leads ?? []), { externalid: 'PROBE', companyname: FACTS.companyname, email: FACTS.email, leadsource: '3', addressbook }];
  const row = simulate(account).rows.at(-1)!;
  return { status: row.status, salesrep: row.salesrep, territory: row.territory };
}

function accountState(): string {
  return JSON.stringify(['customer', 'customrecord_tlr_member', 'file'].map((family) => [...session.host.emulator.store.all(family)].map((record) => record.values)));
}


async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}


it('serves on 127.0.0.1 only', () => {
  expect(new URL(session.address).hostname).toBe('127.0.0.1');
  expect(session.server.address()).toMatchObject({ address: '127.0.0.1' });
});

it('tests a lead from the form: the decision the simulator makes, the trace rows and the why-not sentence', async () => {
  const expected = simulatorDecision();
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?action=test`);
  await shot(page, 'test-form');
  for (const [name, value] of Object.entries(FACTS)) await page.type(`#f-${name}`, value);
  await page.select('#f-leadsource', '3');
  await page.type('#f-rep', REP.bo);
  await submit(page, '#run-test');

  const text = (selector: string) => page.$eval(selector, (element) => element.textContent?.trim() ?? '');
  expect(await page.$eval('#decision-status', (element) => element.getAttribute('data-status'))).toBe(expected.status);
  expect(await text('#decision-rep')).toMatch(new RegExp(`\\(${expected.salesrep}\\)$`));
  expect(await text('#decision-territory')).toMatch(new RegExp(`\\(${expected.territory}\\)$`));
  const territories = await page.$$eval('#territories tr.territory', (rows) => rows.map((row) => row.getAttribute('data-territory')));
  expect(territories).toEqual(['1']);
  const members = await page.$$eval('#territories tr.member', (rows) => rows.map((row) => [row.children[1]?.textContent, row.children[3]?.textContent]));
  expect(members).toEqual([
    ['Ana Ruiz (7)', 'eligible'],
    ['Bo Li (8)', expect.stringMatching(/^away 2026-11-20/)],
    ['Cy Moss (9)', expect.stringMatching(/capacity/)],
  ]);
  expect(await text('#why-not')).toMatch(/^Bo Li is a member of territory West <script>alert\("t"\)<\/script> & 'quoted' \(id 1, priority 10\) but is not eligible: away 2026-11-20/);
  expect(await text('#units')).toMatch(/^This test used \d+ governance units\.$/);
  expect(dialogs).toEqual([]);
  await shot(page, 'test-result');
  await page.close();
});

it('shows markup in a lead and a territory name as text: no script runs, no element is injected', async () => {
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?${new URLSearchParams({ action: 'test', country: 'US', state: 'CA', companyname: HOSTILE_COMPANY, email: `"o'brien"@x.example` })}`);
  expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);
  expect(await page.$eval('#f-companyname', (input) => (input as unknown as { value: string }).value)).toBe(HOSTILE_COMPANY);
  expect(await page.$eval('#territories tr.territory td:nth-child(2)', (cell) => cell.textContent)).toBe(`West <script>alert("t")</script> & 'quoted' (1)`);
  expect(dialogs).toEqual([]);
  await page.close();
});

it.each([
  ['unknown country', { country: 'ZZ', state: 'CA' }, 'country: "ZZ" is not an ISO 3166-1 alpha-2 country code', 'bad-country'],
  ['lead that does not exist', { lead: '999999' }, 'lead: no lead has internal id 999999', 'bad-lead'],
])('a bad input (%s) shows one clear message and changes nothing', async (_case, fields, sentence, name) => {
  const before = accountState();
  const { page } = await openPage(session.browser);
  await page.goto(`${session.address}?action=test`);
  for (const [field, value] of Object.entries(fields)) await page.type(`#f-${field}`, value);
  await submit(page, '#run-test');
  expect(await page.$eval('[role=alert]', (element) => element.textContent)).toMatch(new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  expect(await page.$('#decision')).toBeNull();
  expect(accountState()).toBe(before);
  await shot(page, name);
  await page.close();
});

it('starts a preview from the realign view and sees its report listed with the change counts', async () => {
  const { page } = await openPage(session.browser);
  await page.goto(`${session.address}?action=test`);
  await submit(page, 'nav a[href*="action=realign"]');
  expect(await page.$('#no-preview')).not.toBeNull();
  await submit(page, '#run-preview');
  expect(await page.$eval('#job-state', (element) => element.textContent)).toMatch(/^Job MAPREDUCETASK_\d+: (PENDING|PROCESSING|COMPLETE)/);
  for (let attempt = 0; attempt < 20 && (await page.$('#reports')) === null; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    await page.reload();
  }
  const reports = await page.$$eval('#reports tr.report a', (links) => links.map((link) => link.textContent));
  expect(reports).toEqual([expect.stringMatching(/^tlr_realign_preview_\d{8}T\d{6}Z\.csv$/)]);
  expect(await page.$eval('#job-state', (element) => element.textContent)).toMatch(/COMPLETE/);
  expect(await page.$eval('#preview-counts', (element) => element.textContent)).toMatch(/: 2 leads would change \(Routed 2\)\./);
  expect(await page.$('#run-apply')).not.toBeNull();
  await shot(page, 'realign');
  await page.close();
});
