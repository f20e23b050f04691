import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-notebook';
import { acledCsv } from '../main/core/imports/acled-fixture';
import { openBrowser, serve, type BrowserSession, type Served } from './harness';

const HTML = join(import.meta.dirname, '../fixtures/imports/hostile-article.html');

describe('importing web pages and ACLED exports, and reviewing event candidates, in Chromium', { timeout: 120_000 }, () => {
  const tmp = tempDir();
  const nb = join(tmp.dir, 'nb');
  const csv = join(tmp.dir, 'acled-afg.csv');
  let served: Served;
  let b: BrowserSession;
  let page: Page;
  const status = () => page.getByRole('status').innerText();
  const events = () => runCli(nb, ['--json', 'event', 'list']).json<Array<{ title: string; sourceIds: string[] }>>();

  async function pickFiles(...files: string[]) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import source', exact: true }).click()]);
    await chooser.setFiles(files);
  }

  beforeAll(async () => {
    writeFileSync(csv, acledCsv(200));
    runCli(nb, ['init', '--title', 'Import review E2E']);
    served = await serve(nb);
    b = await openBrowser();
    page = b.page;
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Import review E2E' }).waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await served?.stop();
    tmp.cleanup();
  });

  it('imports a hostile saved page and an ACLED export together, counting what they became', async () => {
    await pickFiles(HTML, csv);
    await expect.poll(status, { timeout: 20_000 }).toContain('Imported 2 of 2 files (6 sources, 200 events); 0 imported before; 0 failed.');
    expect(events()).toHaveLength(200);
    await expect.poll(() => page.getByRole('main', { name: 'Editor' }).getByRole('heading', { level: 1 }).innerText()).toMatch(/ACLED export|Clashes reported near Imam Sahib/);
    expect(b.external()).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });

  it('finds the event in the page and records it, linked to the source, when accepted', async () => {
    await page.getByRole('list', { name: 'Sources' }).getByText('Clashes reported near Imam Sahib').click();
    await page.getByRole('button', { name: 'Find places, dates and events' }).click();
    const candidates = page.getByRole('list', { name: 'Event candidates' });
    await expect.poll(() => candidates.getByRole('listitem').count(), { timeout: 20_000 }).toBe(1);
    expect(await candidates.innerText()).toContain('Battles / Armed clash');
    expect(await candidates.innerText()).toContain('2021-10-07');
    await candidates.getByRole('button', { name: 'Accept as event' }).click();
    await expect.poll(status).toContain('Recorded the event “Armed clash in Imām Şāḩib”');
    const created = events().find((e) => e.title === 'Armed clash in Imām Şāḩib');
    expect(created?.sourceIds).toHaveLength(1);
    await b.screenshot('event-candidates');
    expect(b.external()).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
