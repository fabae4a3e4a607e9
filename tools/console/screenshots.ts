/**
 * `npm run docs:screenshots`: the pictures of the admin guide's console section, taken in headless Chromium from
 * the console serving the sample account (built scripts, emulator), into docs/images/: the test view with a
 * decision, its trace and a "why not?" answer; a refused input; the health view with the sample's deliberate faults;
 * the distribution view (the sample's leads all arrive on its one day, so the per-day chart has one column); the
 * realign view after a preview.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { sampleAccount } from '../../sample/account';
import { rep } from '../../sample/reps';
import { SOURCE, SUBSIDIARY } from '../../sample/setup';
import { buildReason, buildScripts } from '../simulator/bundles';
import { launchBrowser, openPage } from './browser';
import { openConsole } from './consoleHost';
import { startConsoleServer } from './server';

const ROOT = path.resolve(__dirname, '..', '..');
const IMAGES = path.join(ROOT, 'docs', 'images');

async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function main(): Promise<void> {
  if (buildReason(ROOT) !== null) buildScripts(ROOT);
  mkdirSync(IMAGES, { recursive: true });
  const host = openConsole(sampleAccount());
  const { server, address } = await startConsoleServer(host, 0);
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    const test = new URLSearchParams({ action: 'test', country: 'US', state: 'CA', zip: '94105', leadsource: SOURCE.webForm, subsidiary: SUBSIDIARY.us, email: 'kim@initrode.example', companyname: 'Initrode Labs', rep: rep('cy') });
    // Once to fill the caches, then the page as an administrator sees it on a warm console.
    await page.goto(`${address}?${test}`);
    await page.goto(`${address}?${test}`);
    await page.screenshot({ path: path.join(IMAGES, 'console-test.png'), fullPage: true });

    await page.goto(`${address}?action=test`);
    await page.type('#f-country', 'USA');
    await submit(page, '#run-test');
    await page.screenshot({ path: path.join(IMAGES, 'console-refused.png'), clip: { x: 0, y: 0, width: 1280, height: 420 } });

    await page.goto(`${address}?action=health`);
    await page.screenshot({ path: path.join(IMAGES, 'console-health.png'), fullPage: true });

    await page.goto(`${address}?action=distribution&from=2026-11-20`);
    await page.screenshot({ path: path.join(IMAGES, 'console-distribution.png'), fullPage: true });

    await page.goto(`${address}?action=realign`);
    await submit(page, '#run-preview');
    await page.reload();
    await page.screenshot({ path: path.join(IMAGES, 'console-realign.png'), fullPage: true });
    process.stdout.write(`Wrote console-test.png, console-refused.png, console-health.png, console-distribution.png and console-realign.png to ${path.relative(ROOT, IMAGES)}/\n`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
