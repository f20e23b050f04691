import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNotebook } from '../bench/generate-notebook';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/sources', name);

describe('search box, in Chromium', () => {
  const app = servedNotebook({
    title: 'Search E2E',
    seed: (nb) => {
      expect(runCli(nb, ['import', fixture('kunduz-en.txt'), fixture('kunduz-fa.txt'), fixture('csto-ru.txt')]).code).toBe(0);
      runCli(nb, ['note', 'add', '--title', 'Kunduz: who claimed it', '--body', 'Daesh claimed the Kunduz mosque attack within hours.', '--tag', 'isis-k']);
      runCli(nb, ['note', 'add', '--title', 'Market prices', '--body', 'Flour is dearer in Kunduz since the crossing closed.']);
      const event = runCli(nb, ['event', 'add', '--title', 'Mosque bombing in Kunduz', '--date', '2021-10-08', '--place', 'Kunduz', '--lat', '36.68', '--lng', '69.11', '--type', 'Explosions/Remote violence', '--sub-type', 'Suicide bomb', '--actor', 'ISKP']);
      expect(event.code, event.stderr).toBe(0);
    },
  });

  const box = () => app.page.getByRole('searchbox', { name: 'Search' });
  const results = () => app.page.getByRole('listbox', { name: 'Search results' });
  const group = (name: RegExp) => results().getByRole('group', { name });
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  /** Group headings as shown ("notes 2"), once the results for the latest query have arrived. */
  const groups = () => results().getByRole('group').evaluateAll((els) => els.map((el) => el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent!.toLowerCase()));
  /** What the editor shows: a source's or event's heading, or a note's title field. */
  const openedTitle = async () => ((await main().getByRole('heading', { level: 1 }).count()) ? main().getByRole('heading', { level: 1 }).innerText() : main().getByLabel('Title', { exact: true }).inputValue());

  it('shows results grouped by kind, with counts and the matched words highlighted', async () => {
    await box().fill('kunduz');
    await expect.poll(groups).toEqual(['notes 2', 'sources 2', 'events 1']);
    expect(await group(/^Notes/).getByRole('option').count()).toBe(2);
    expect(await group(/^Sources/).getByRole('option').count()).toBe(2);
    expect(await group(/^Events/).getByRole('option').count()).toBe(1);
    const marks = await results().locator('mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['Kunduz', 'کندز']));
    app.clean();
  });

  it('opens a result with the arrow keys and Enter, keeping focus in the box', async () => {
    await box().fill('mosque bombing');
    await expect.poll(groups).toEqual(['sources 1', 'events 1']);
    const options = results().getByRole('option');
    const titles = await options.locator('.title').allInnerTexts();
    await box().press('ArrowDown');
    await box().press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await box().press('Enter');
    await expect.poll(openedTitle).toBe(titles[1]);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search');
    app.clean();
  });

  it('understands the query language, across scripts and aliases, and lists the operators', async () => {
    // "Islamic State" in English, "دولت اسلامی" in Dari
    await box().fill('ISIS type:source');
    await expect.poll(groups).toEqual(['sources 2']);
    await box().fill('Кундуз -type:source');
    await expect.poll(groups).toEqual(['notes 2', 'events 1']);
    await box().fill('kunduz grade:Q');
    await expect.poll(() => app.page.locator('.search-warning').innerText()).toMatch(/grade:Q/);
    await app.page.getByRole('button', { name: 'Search syntax' }).click();
    const help = app.page.getByRole('note', { name: 'Search syntax' });
    expect(await help.innerText()).toMatch(/grade:A-B/);
    await box().fill('"suicide bomber"');
    await expect.poll(groups).toEqual(['sources 1']);
    await app.b.screenshot('search');
    await app.page.getByRole('button', { name: 'Search syntax' }).click();
    await box().press('Escape');
    expect(await box().inputValue()).toBe('');
    app.clean();
  });

  it('finds an item right after it is saved in the app', async () => {
    await app.page.getByRole('button', { name: 'New note' }).click();
    // The event opened by the test before has a Title field too: wait for the note editor.
    await main().getByRole('textbox', { name: 'Note text' }).waitFor();
    const title = main().getByLabel('Title', { exact: true });
    await title.fill('Zarafshon smuggling route');
    await title.press('Tab');
    await box().fill('zarafshon');
    await expect.poll(() => results().getByRole('option').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringMatching(/Zarafshon smuggling route/)]);
    app.clean();
  });
});

describe('search while a large notebook is first indexed', () => {
  // The test opens the page itself: "Indexing…" shows from the first load.
  const app = servedNotebook({ init: false, seed: (nb) => generateNotebook(nb, 5000), goto: false });

  it('shows "Indexing…" with progress, stays usable, then answers', async () => {
    const page = app.page;
    await page.goto(app.served.url);
    const status = page.locator('.search-status');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.innerText()).toMatch(/Indexing… \d+%/);
    expect(await page.getByRole('progressbar', { name: 'Indexing progress' }).count()).toBe(1);
    await app.b.screenshot('search-indexing');
    // The page is not blocked: the notes list is there and answers clicks while the worker builds.
    await page.getByRole('list', { name: 'Notes' }).getByRole('button').first().click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('checkpoint');
    await page.getByRole('listbox', { name: 'Search results' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => status.count(), { timeout: 60_000 }).toBe(0);
    app.clean();
  });
});
