/**
 * The export view in a real browser: headless Chromium against `npm run console`'s server over the BUILT Suitelet.
 * It ticks Pseudonymise, saves, follows the page back to the saved file's link and downloads the file; a hostile
 * `days` shows one escaped message and runs nothing. A screenshot of the view goes to out/console-screenshots/.
 */
import { openPage } from '../../tools/console/browser';
import { exportAccount } from '../e2e/exportAccount';
import { screenshot, useConsoleInBrowser } from './consoleInBrowser';

jest.setTimeout(120_000);

/** Markup and both quotes; the message quotes its first 20 characters. */
const HOSTILE = `<script>alert("x")</script>'`;

const session = useConsoleInBrowser(exportAccount);

it('saves a pseudonymised export from the form and downloads it from the link the page shows', async () => {
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?action=export`);
  await page.click('#anonymize');
  await Promise.all([page.waitForNavigation(), page.click('#run-export')]);
  expect(await page.$eval('#export-saved', (element) => element.textContent ?? '')).toMatch(/^Saved tlr_export_\d{8}T\d{6}Z_90d_pseudonymised\.json \(\d+\.\d KB\)\. Download$/);
  await screenshot(page, 'export-saved');
  const link = await page.$eval('#export-download', (anchor) => (anchor as unknown as { href: string }).href);
  const downloaded = (await page.evaluate(async (href) => (await fetch(href)).text(), link)) as string;
  const account = JSON.parse(downloaded) as { records: { customer: { email?: string }[] } };
  expect(account.records.customer.every((row) => row.email === undefined || /^contact-\d+@/.test(row.email))).toBe(true);
  expect(dialogs).toEqual([]);
  await page.close();
});

it('a hostile days value shows one escaped message, no script runs and nothing is saved', async () => {
  const before = [...session.host.emulator.store.all('file')].length;
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?action=export`);
  await page.$eval('#days', (input, hostile) => ((input as unknown as { value: string }).value = hostile), HOSTILE);
  await Promise.all([page.waitForNavigation(), page.click('#run-export')]);
  expect(await page.$eval('[role=alert]', (element) => element.textContent)).toBe(`days: ${JSON.stringify(HOSTILE.slice(0, 20))} is not a whole number of days from 1 to 3650`);
  expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);
  expect(dialogs).toEqual([]);
  expect([...session.host.emulator.store.all('file')].length).toBe(before);
  await page.close();
});
