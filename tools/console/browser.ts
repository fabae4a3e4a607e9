/**
 * Headless Chromium for the console's browser tests and screenshots: the build that @sparticuz/chromium ships
 * inside its npm package (unpacked to the temporary folder on first use), driven by puppeteer-core — nothing to
 * install by hand. Pages are 1280 pixels wide, the width the admin guide's screenshots are taken at.
 */
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const VIEWPORT = { width: 1280, height: 900 } as const;

/** @example const browser = await launchBrowser(); const page = await openPage(browser); */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true, defaultViewport: VIEWPORT });
}

/** A new page that fails the caller's test when the page's own script would run (a dialog opened by injected markup). */
export async function openPage(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}
