import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-notebook';
import { openBrowser, serve, type BrowserSession, type Served } from './harness';

/** `in:map` keeps only what lies inside the map's current view, and follows the map as it moves. */
describe('search in:map follows the map view', () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'nb');
  let served: Served;
  let b: BrowserSession;
  let page: Page;

  const eventTitles = () =>
    page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('group', { name: /^Events/ })
      .getByRole('option')
      .allInnerTexts();

  beforeAll(async () => {
    expect(runCli(nb, ['init', '--sample']).code).toBe(0);
    served = await serve(nb);
    b = await openBrowser();
    page = b.page;
    await page.goto(served.url);
    await page.getByRole('region', { name: 'Map' }).getByRole('button', { name: 'Moscow', exact: true }).waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await served?.stop();
    tmp.cleanup();
  });

  it('lists Moscow events over Moscow and Kabul events over Kabul', async () => {
    const map = page.getByRole('region', { name: 'Map' });
    await map.getByRole('button', { name: 'Moscow', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('type:event in:map');
    await expect.poll(async () => (await eventTitles()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const overMoscow = await eventTitles();
    expect(overMoscow.join('\n')).toMatch(/Moscow/);
    expect(overMoscow.join('\n')).not.toMatch(/Kabul/);

    await map.getByRole('button', { name: 'Kabul', exact: true }).click();
    await expect.poll(async () => (await eventTitles()).join('\n'), { timeout: 10_000 }).toMatch(/Kabul/);
    expect((await eventTitles()).join('\n')).not.toMatch(/Moscow/);
    expect(b.external()).toEqual([]);
    expect(b.consoleErrors, b.consoleErrors.join('\n')).toEqual([]);
  });
});
