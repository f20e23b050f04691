import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

const FIXTURES = join(import.meta.dirname, '../fixtures/sources');
const EN = { file: join(FIXTURES, 'kunduz-en.txt'), title: 'Suicide bombing at a Shia mosque in Kunduz' };
const RU = { file: join(FIXTURES, 'csto-ru.txt'), title: 'Учения ОДКБ у таджикско-афганской границы' };
const FA = { file: join(FIXTURES, 'kunduz-fa.txt'), title: 'انفجار انتحاری در مسجد شیعیان کندز' };

interface CliSource {
  id: string;
  title: string;
  reliability: string;
  credibility: number;
  outlet?: string;
  url?: string;
}

describe('source reader and import, in Chromium', { timeout: 90_000 }, () => {
  const app = servedNotebook({ title: 'Sources E2E' });

  const sources = () => runCli(app.nb, ['--json', 'source', 'list']).json<CliSource[]>();
  const sourceId = (title: string) => sources().find((s) => s.title === title)?.id ?? '';
  const showSource = (id: string) => runCli(app.nb, ['--json', 'source', 'show', id]).json<CliSource>();
  const readerHeading = (title: string) => app.page.getByRole('main', { name: 'Editor' }).getByRole('heading', { level: 1, name: title });
  const status = () => app.page.getByRole('status', { name: 'Notifications' }).innerText();
  const sourceText = () => app.page.getByRole('region', { name: 'Source text' });

  /** Clicks "Import source" and answers the file chooser it opens. */
  async function pickFiles(...files: string[]) {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Import source', exact: true }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files);
  }

  /** Drops files on the window the way a file manager does: dragover, then drop, with a DataTransfer. */
  async function dropFiles(files: Array<{ name: string; text: string }>) {
    const dataTransfer = await app.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    await app.page.dispatchEvent('.app', 'dragover', { dataTransfer });
    await app.page.dispatchEvent('.app', 'drop', { dataTransfer });
  }

  /**
   * Selects `needle` inside the source text with a DOM Range, as a mouse drag would. It waits for
   * extraction's marks first (they re-render the text), and the needle may run across them.
   */
  async function selectInText(needle: string) {
    await app.page.getByRole('main', { name: 'Editor' }).getByText(/^(Found in the text|Extraction is not available)/).first().waitFor();
    const select = () => app.page.evaluate((n) => {
      const region = document.querySelector('[aria-label="Source text"]');
      if (!region) return false;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((t) => t.data).join('');
      const at = whole.indexOf(n);
      if (at < 0) return false;
      /** The text node and offset of a position in the region's whole text. */
      const locate = (pos: number): [Text, number] => {
        let before = 0;
        for (const t of nodes) {
          if (pos <= before + t.data.length) return [t, pos - before];
          before += t.data.length;
        }
        return [nodes.at(-1)!, nodes.at(-1)!.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + n.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      region.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }, needle);
    await expect.poll(select, { message: `"${needle}" is in the source text` }).toBe(true);
  }

  it('imports through the file picker, opens the source in the reader, and knows a re-import', async () => {
    await pickFiles(EN.file);
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    await expect.poll(status).toContain(`Imported “${EN.title}”`);
    expect(await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).count()).toBe(1);

    await pickFiles(EN.file);
    await expect.poll(status).toContain('kunduz-en.txt was imported before');
    expect(sources()).toHaveLength(1);
    app.clean();
  });

  it('imports files dropped on the window, and knows a re-import whichever way it comes', async () => {
    const ru = { name: 'csto-ru.txt', text: readFileSync(RU.file, 'utf8') };
    await dropFiles([ru]);
    await expect.poll(() => readerHeading(RU.title).count()).toBe(1);
    await expect.poll(status).toContain(`Imported “${RU.title}”`);

    await dropFiles([ru]);
    await expect.poll(status).toContain('csto-ru.txt was imported before');
    await pickFiles(RU.file); // the same bytes through the picker
    await expect.poll(status).toContain('csto-ru.txt was imported before');
    expect(sources()).toHaveLength(2);
    app.clean();
  });

  it('shows Dari right to left, paragraph by paragraph, and Russian and English left to right', async () => {
    await pickFiles(FA.file);
    await expect.poll(() => readerHeading(FA.title).count()).toBe(1);
    await expect.poll(() => sourceText().locator('p').count()).toBe(3);
    const dirs = await sourceText()
      .locator('p')
      .evaluateAll((ps) => ps.map((p) => ({ text: p.textContent ?? '', dir: p.getAttribute('dir'), direction: getComputedStyle(p).direction })));
    for (const p of dirs) expect(p.dir).toBe('auto');
    const arabic = dirs.filter((p) => /\p{Script=Arabic}/u.test(p.text[0] ?? ''));
    expect(arabic).toHaveLength(2);
    for (const p of arabic) expect(p.direction, p.text).toBe('rtl');
    expect(dirs.find((p) => p.text.startsWith('date '))?.direction).toBe('ltr');
    expect(await readerHeading(FA.title).evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    expect(await app.page.getByRole('main', { name: 'Editor' }).getByText('Persian (Dari) (fa)').count()).toBeGreaterThan(0);
    // What extraction found is marked in the Dari text too, and the paragraphs still read right to left.
    await expect.poll(() => sourceText().locator('mark').count()).toBeGreaterThan(2);
    expect(await sourceText().locator('p').nth(2).evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    await sourceText().scrollIntoViewIfNeeded();
    await app.b.screenshot('source-reader-dari');

    await app.page.getByRole('list', { name: 'Sources' }).getByText(RU.title).click();
    await expect.poll(() => readerHeading(RU.title).count()).toBe(1);
    // The text arrives after the heading (its own request): wait for its paragraphs.
    await expect.poll(() => sourceText().locator('p').count()).toBeGreaterThan(1);
    const ru = await sourceText().locator('p').evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction));
    expect(ru.length).toBeGreaterThan(1);
    expect(new Set(ru)).toEqual(new Set(['ltr']));
    app.clean();
  });

  it('grades with the Reliability and Credibility pickers; the sidebar and the notebook have the new grade', async () => {
    await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).click();
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    const reliability = app.page.getByLabel('Reliability', { exact: true });
    const credibility = app.page.getByLabel('Credibility', { exact: true });
    expect(await reliability.locator('option').allInnerTexts()).toContain('B — Usually reliable');
    expect(await credibility.locator('option').allInnerTexts()).toContain('2 — Probably true');
    expect(await reliability.locator('option:checked').innerText()).toBe('F — Reliability cannot be judged');

    await reliability.selectOption({ label: 'B — Usually reliable' });
    await expect.poll(() => showSource(sourceId(EN.title)).reliability).toBe('B');
    await credibility.selectOption({ label: '2 — Probably true' });
    const entry = app.page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: new RegExp(EN.title) });
    await expect.poll(() => entry.innerText()).toContain('B2');

    const saved = showSource(sourceId(EN.title));
    expect(saved.reliability).toBe('B');
    expect(saved.credibility).toBe(2);
    await app.b.screenshot('source-grade');
    app.clean();
  });

  it('quotes a selected excerpt in a new note, then with a locator in the same note', async () => {
    const id = sourceId(EN.title);
    const quote = app.page.getByRole('button', { name: 'Quote in note' });
    expect(await quote.isDisabled()).toBe(true);

    await selectInText('at least 46 people were killed');
    await expect.poll(() => quote.isEnabled()).toBe(true);
    await expect.poll(() => app.page.getByRole('group', { name: 'Quote' }).innerText()).toContain('at least 46 people were killed');
    await app.b.screenshot('source-reader');
    await quote.click();

    // No note was open, so a new one holds the citation.
    await expect.poll(() => runCli(app.nb, ['--json', 'note', 'list']).json<unknown[]>().length).toBe(1);
    const [note] = runCli(app.nb, ['--json', 'note', 'list']).json<Array<{ id: string }>>();
    const body = () => runCli(app.nb, ['--json', 'note', 'show', note!.id]).json<{ body: string }>().body;
    expect(body()).toContain(`[@${id}, "at least 46 people were killed"]`);

    // A locator that would break the citation is refused in place; a good one goes in.
    await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).click();
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    await selectInText('claimed the attack the same evening');
    await app.page.getByLabel('Locator').fill('p. 1; p. 2');
    await quote.click();
    await expect.poll(() => app.page.getByRole('alert').filter({ hasText: 'A locator may not contain' }).count()).toBe(1);
    await app.page.getByLabel('Locator').fill('p. 1');
    await quote.click();
    await expect.poll(body).toContain(`[@${id}, p. 1, "claimed the attack the same evening"]`);
    expect(body()).toContain(`[@${id}, "at least 46 people were killed"]`);

    // The small button that floats by the selection does the same.
    await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).click();
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    await selectInText('more than 140 were injured');
    await app.page.getByRole('button', { name: 'Quote the selection in a note' }).click();
    await expect.poll(body).toContain(`[@${id}, "more than 140 were injured"]`);
    expect(runCli(app.nb, ['--json', 'note', 'list']).json<unknown[]>()).toHaveLength(1);
    app.clean();
  });

  it('edits the metadata; an emptied field is cleared, and the URL is text, never a link', async () => {
    const id = sourceId(EN.title);
    await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).click();
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    await app.page.getByRole('button', { name: 'Edit details' }).click();
    const form = app.page.getByRole('form', { name: 'Edit source details' });
    await form.getByLabel('Outlet').fill('Pajhwok Afghan News');
    await form.getByLabel('URL').fill('https://pajhwok.example/en/2021/10/08/kunduz');
    await form.getByLabel('Kind').selectOption({ label: 'News report' });
    await form.getByLabel('Tags').fill('kunduz #iskp');
    await app.b.screenshot('source-edit');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => showSource(id).outlet).toBe('Pajhwok Afghan News');
    expect(showSource(id).url).toBe('https://pajhwok.example/en/2021/10/08/kunduz');

    const main = app.page.getByRole('main', { name: 'Editor' });
    expect(await main.getByText('https://pajhwok.example/en/2021/10/08/kunduz').count()).toBe(1);
    expect(await main.locator('a').count()).toBe(0);
    expect(await main.getByText('#kunduz #iskp').count()).toBe(1);

    // A URL main refuses: its message is shown next to the form, nothing is saved.
    await app.page.getByRole('button', { name: 'Edit details' }).click();
    await form.getByLabel('URL').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('URL must start with http');
    await form.getByLabel('URL').fill('https://pajhwok.example/en/2021/10/08/kunduz');
    await form.getByLabel('Outlet').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => showSource(id).outlet).toBeUndefined();
    expect(showSource(id).url).toBe('https://pajhwok.example/en/2021/10/08/kunduz');
    app.clean();
  });

  it('shows hostile markup in an imported text as text: nothing is parsed, run or fetched', async () => {
    const hostile = join(app.tmp.dir, 'hostile.txt');
    writeFileSync(hostile, 'Hostile report\n\n<img src="http://evil.example/pixel.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>\n\n<a href="http://evil.example/">click</a> plain words\n');
    await pickFiles(hostile);
    await expect.poll(() => readerHeading('Hostile report').count()).toBe(1);
    await expect.poll(() => sourceText().locator('p').count()).toBe(3);
    expect(await sourceText().locator('img, script, a').count()).toBe(0);
    expect(await sourceText().locator('p').nth(1).textContent()).toBe('<img src="http://evil.example/pixel.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    app.clean();
  });

  it('deletes a source; one that a note cites needs "Delete anyway"', async () => {
    const id = sourceId(EN.title);
    await app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).click();
    await expect.poll(() => readerHeading(EN.title).count()).toBe(1);
    await app.page.getByRole('button', { name: 'Delete source' }).click();
    await app.page.getByRole('button', { name: 'Delete', exact: true }).click();
    const refusal = app.page.getByRole('alert').filter({ hasText: 'is cited by 1 note' });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(sources().some((s) => s.id === id)).toBe(true);

    await app.page.getByRole('button', { name: 'Delete anyway' }).click();
    await expect.poll(() => sources().some((s) => s.id === id)).toBe(false);
    await expect.poll(() => app.page.getByRole('list', { name: 'Sources' }).getByText(EN.title).count()).toBe(0);
    await expect.poll(status).toContain(`Deleted “${EN.title}”`);
    app.clean();
  });
});
