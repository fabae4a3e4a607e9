/**
 * The export view in a real browser: headless Chromium against `npm run console`'s server over the BUILT Suitelet.
 * It ticks Pseudonymise, saves, follows the page back to the saved file's link and downloads the file; a hostile
 * `days` shows one escaped message and runs nothing. A screenshot of the view goes to out/console-screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, openPage } from '../../tools/console/browser';
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { startConsoleServer } from '../../tools/console/server';
import { exportAccount } from '../e2e/exportAccount';

jest.setTimeout(120_000);

/** Markup and both quotes; the message quotes its first 20 characters. */
const HOSTILE = `<script>alert("x")</script>'`;
const SHOTS = path.resolve(__dirname, '../../out/console-screenshots');

let host: ConsoleHost;
let server: Server;
let address: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  host = openConsole(exportAccount());
  ({ server, address } = await startConsoleServer(host, 0));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it('saves a pseudonymised export from the form and downloads it from the link the page shows', async () => {
  const { page, dialogs } = await openPage(browser);
  await page.goto(`${address}?action=export`);
  await page.click('#anonymize');
  await Promise.all([page.waitForNavigation(), page.click('#run-export')]);
  expect(await page.$eval('#export-saved', (element) => element.textContent ?? '')).toMatch(/^Saved tlr_export_\d{8}T\d{6}Z_90d_pseudonymised\.json \(\d+\.\d KB\)\. Download$/);
  await page.screenshot({ path: path.join(SHOTS, 'export-saved.png'), fullPage: true });
  const link = await page.$eval('#export-download', (anchor) => (anchor as unknown as { href: string }).href);
  const downloaded = (await page.evaluate(async (href) => (await fetch(href)).text(), link)) as string;
  const account = JSON.parse(downloaded) as { records: { customer: { email?: string }[] } };
  expect(account.records.customer.every((row) => row.email === undefined || /^contact-\d+@/.test(row.email))).toBe(true);
  expect(dialogs).toEqual([]);
  await page.close();
});

it('a hostile days value shows one escaped message, no script runs and nothing is saved', async () => {
  const before = [...host.emulator.store.all('file')].length;
  const { page, dialogs } = await openPage(browser);
  await page.goto(`${address}?action=export`);
  await page.$eval('#days', (input, hostile) => ((input as unknown as { value: string }).value = hostile), HOSTILE);
  await Promise.all([page.waitForNavigation(), page.click('#run-export')]);
  expect(await page.$eval('[role=alert]', (element) => element.textContent)).toBe(`days: ${JSON.stringify(HOSTILE.slice(0, 20))} is not a whole number of days from 1 to 3650`);
  expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);
  expect(dialogs).toEqual([]);
  expect([...host.emulator.store.all('file')].length).toBe(before);
  await page.close();
});
