/**
 * What every browser suite of the console shares: the console served over the BUILT Suitelet on an account, a
 * headless Chromium, both started before the suite and closed after it, and screenshots kept in a git-ignored folder.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { AccountFile } from '../../tools/simulator/accountFile';
import { launchBrowser } from '../../tools/console/browser';
import { openConsole, type ConsoleHost } from '../../tools/console/consoleHost';
import { startConsoleServer } from '../../tools/console/server';

const SHOTS = path.resolve(__dirname, '../../out/console-screenshots');

export interface ConsoleInBrowser {
  host: ConsoleHost;
  server: Server;
  address: string;
  browser: Browser;
}

/** Registers the suite's setup and teardown; the returned object is filled in before the first test runs. */
export function useConsoleInBrowser(account: () => AccountFile): ConsoleInBrowser {
  const session = {} as ConsoleInBrowser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session.host = openConsole(account());
    Object.assign(session, await startConsoleServer(session.host, 0));
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => session.server?.close(resolve));
  });
  return session;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
