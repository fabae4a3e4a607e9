/**
 * The health and distribution views in a real browser: headless Chromium against `npm run console`'s server over
 * the BUILT Suitelet, on the account with faults on purpose. The health tables list each fault by name; an example
 * lead's link opens the test view, which routes it as the finding says; the distribution charts are drawn (a bar and
 * a fair-share tick per rep, a column per day), their tooltips name the reps; the period form narrows the figures;
 * markup in names shows as text and no dialog opens. Screenshots go to out/console-screenshots/.
 */
import type { Page } from 'puppeteer-core';
import { openPage } from '../../tools/console/browser';
import { HOSTILE_TERRITORY, distributionAccount } from '../e2e/healthAccount';
import { screenshot, useConsoleInBrowser } from './consoleInBrowser';

jest.setTimeout(120_000);

const session = useConsoleInBrowser(distributionAccount);

/** The text of each row's cells (`inner`) of the rows `selector` finds. */
function cells(page: Page, selector: string, inner = 'td'): Promise<string[][]> {
  return page.$$eval(selector, (rows, within) => rows.map((row) => [...row.querySelectorAll(within)].map((cell) => cell.textContent?.trim() ?? '')), inner);
}

it('health: each fault by name, markup as text, and an example that the test view routes to the territory taking it first', async () => {
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?action=health`);
  await screenshot(page, 'health');
  expect(await cells(page, '#overlaps tbody tr')).toEqual([[`${HOSTILE_TERRITORY} (1), Coast (2)`, 'US, CA · test it']]);
  expect(await page.$$eval('#shadowed tbody tr', (rows) => rows.map((row) => row.querySelector('td')?.textContent))).toEqual(['Coast (2)', 'Bay Area (3)']);
  // The six leads routed before the file's (distributionAccount) have no address: no territory matches them either.
  expect(await cells(page, '#gaps tbody tr')).toEqual([
    ['(none)', '(none)', '6', 'no country · test it'],
    ['BR', 'SP', '2', 'BR, SP, 01000-000 · test it'],
    ['BR', '<B>"SP"</B>', '1', 'BR, <B>"SP"</B>, 20000-000 · test it'],
  ]);
  expect(await cells(page, '#staffing tbody tr')).toEqual([['North (4)', 'No one can take a lead soon', '2026-11-30', '2026-12-04']]);
  expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);

  await Promise.all([page.waitForNavigation(), page.click('#shadowed tbody tr:nth-child(2) a')]);
  expect(await page.$eval('#decision-territory', (element) => element.textContent?.trim())).toBe(`${HOSTILE_TERRITORY} (1)`);
  expect(dialogs).toEqual([]);
  await page.close();
});

it('distribution: both charts drawn from the counts, the table against the fair share, the period form narrowing them', async () => {
  const { page, dialogs } = await openPage(session.browser);
  await page.goto(`${session.address}?action=distribution`);
  await screenshot(page, 'distribution');
  const bars = await page.$$eval('#chart-reps g', (groups) => groups.map((group) => [group.querySelector('title')?.textContent, Number(group.querySelector('rect')?.getAttribute('width')), Number(group.querySelector('line')?.getAttribute('x1'))]));
  expect(bars.map(([title]) => title)).toEqual(['Ana Ruiz: 6 leads, fair share 6.7', 'Bo Li: 4 leads, fair share 4.3', 'Cy Moss: 1 leads, fair share 0']);
  // Longer bars for more leads; Ana's tick (6.7) right of her bar's end (6), as the figures say.
  expect(bars[0]![1]).toBeGreaterThan(bars[1]![1] as number);
  expect(bars[0]![2]).toBeGreaterThan(190 + (bars[0]![1] as number));
  const columns = await page.$$eval('#chart-days rect title', (titles) => titles.map((title) => title.textContent));
  expect(columns).toEqual(['2026-11-20: 2 Routed', '2026-11-21: 1 Routed', '2026-11-21: 1 Fallback', '2026-11-22: 1 Routed', '2026-11-26: 7 Routed', '2026-11-26: 3 Default']);
  expect(await page.$eval('#by-territory tbody tr td', (cell) => cell.firstChild?.textContent)).toBe(`${HOSTILE_TERRITORY} `);

  await page.$eval('#from', (input) => ((input as unknown as { value: string }).value = '2026-11-20'));
  await page.$eval('#until', (input) => ((input as unknown as { value: string }).value = '2026-11-22'));
  await Promise.all([page.waitForNavigation(), page.click('#run-distribution')]);
  expect(await cells(page, '#by-status tbody tr', 'td, th')).toEqual([['Routed', '4'], ['Fallback', '1'], ['All', '5']]);
  expect(await page.$$eval('#chart-days rect title', (titles) => titles.length)).toBe(4);
  expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);
  expect(dialogs).toEqual([]);
  await page.close();
});
