import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

interface CliNote {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

const SOURCE_TITLE = 'Tolo News: Kabul airport closed';
const DARI = 'فرودگاه کابل بسته است';

describe('note editor, in Chromium', () => {
  let sourceId = '';
  let otherId = '';
  let eventId = '';
  const app = servedNotebook({
    title: 'Notes E2E',
    seed: (nb, tmp) => {
      otherId = runCli(nb, ['--json', 'note', 'add', '--title', 'Other', '--body', 'The other note.']).json<CliNote>().id;
      const file = join(tmp, 'tolo.txt');
      writeFileSync(file, 'Flights were suspended at Kabul airport on Saturday.\n');
      const imported = runCli(nb, ['--json', 'import', file, '--title', SOURCE_TITLE, '--grade', 'B2']);
      expect(imported.code, imported.stderr).toBe(0);
      sourceId = runCli(nb, ['--json', 'source', 'list']).json<Array<{ id: string }>>()[0]!.id;
      const event = runCli(nb, ['--json', 'event', 'add', '--title', 'Airport closed', '--date', '2021-10-09', '--place', 'Kabul', '--lat', '34.56', '--lng', '69.21', '--type', 'Strategic developments', '--sub-type', 'Other', '--note', 'Other']);
      expect(event.code, event.stderr).toBe(0);
      eventId = event.json<{ id: string }>().id;
    },
  });

  const notes = () => runCli(app.nb, ['--json', 'note', 'list']).json<CliNote[]>();
  const showNote = (ref: string) => runCli(app.nb, ['--json', 'note', 'show', ref]);
  const body = (ref: string) => {
    const r = showNote(ref);
    return r.code === 0 ? r.json<CliNote>().body : undefined;
  };
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const titleInput = () => main().getByLabel('Title', { exact: true });
  const editor = () => main().getByRole('textbox', { name: 'Note text' });
  const saveState = () => main().getByRole('status', { name: 'Save state' }).innerText();
  const preview = () => main().getByRole('region', { name: 'Preview' });
  const completion = (): Locator => app.page.locator('.cm-tooltip-autocomplete');
  const statusBar = () => app.page.locator('footer.status-bar').innerText();
  const openNote = (title: string) => app.page.getByRole('list', { name: 'Notes' }).getByRole('button', { name: title }).click();
  const linked = () => app.page.getByRole('complementary', { name: 'Linked items' });

  it('creates a note, renames it, and types a body with [[ and [@ completion; autosave writes it', async () => {
    await app.page.getByRole('button', { name: 'New note', exact: true }).click();
    await expect.poll(() => titleInput().inputValue()).toBe('Untitled');

    await titleInput().click();
    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.type('Kabul airport');
    await app.page.keyboard.press('Enter'); // commits the title and moves to the text
    await expect.poll(() => notes().map((n) => n.title).sort()).toEqual(['Kabul airport', 'Other']);

    await editor().click();
    await app.page.keyboard.type('Flights stopped, see [[Oth');
    const option = completion().getByRole('option', { name: 'Other' });
    await option.waitFor();
    await app.b.screenshot('note-completion-wikilink');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type(' for details [@');
    await completion().getByRole('option', { name: new RegExp(SOURCE_TITLE) }).waitFor();
    expect(await completion().innerText()).toContain('B2');
    await app.b.screenshot('note-completion-citation');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('.');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type(DARI);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Tracker: ![pixel](https://tracker.example/p.gif) and [the BBC](https://www.bbc.co.uk/news).');

    const expected = `Flights stopped, see [[Other]] for details [@${sourceId}].\n\n${DARI}\n\nTracker: ![pixel](https://tracker.example/p.gif) and [the BBC](https://www.bbc.co.uk/news).`;
    await expect.poll(saveState, { timeout: 10_000 }).toBe('Saved');
    await expect.poll(() => body('Kabul airport'), { timeout: 10_000 }).toBe(expected);

    // Tags: typed space-separated, shown and saved without the #.
    await main().getByLabel('Tags').fill('kabul #aviation');
    await expect.poll(() => runCli(app.nb, ['--json', 'note', 'show', 'Kabul airport']).json<CliNote>().tags).toEqual(['kabul', 'aviation']);
    await editor().click();
    expect(await main().getByLabel('Tags').inputValue()).toBe('#kabul #aviation');

    // The Dari line reads right to left in the editor.
    const dariLine = editor().locator('.cm-line', { hasText: DARI });
    expect(await dariLine.getAttribute('dir')).toBe('auto');
    expect(await dariLine.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await editor().locator('.cm-line').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await app.b.screenshot('note-editor');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.b.screenshot('note-editor-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    app.clean();
  });

  it('previews: wikilinks and citations resolve, remote images vanish, external links do not navigate', async () => {
    await main().getByRole('button', { name: 'Split' }).click();
    expect(await main().getByRole('button', { name: 'Split' }).getAttribute('aria-pressed')).toBe('true');
    await preview().getByRole('link', { name: 'Other' }).waitFor();
    await app.b.screenshot('note-split');
    // Stacked in a narrow pane, side by side in a wide one.
    const box = async (l: Locator) => (await l.boundingBox())!;
    expect((await box(preview())).y).toBeGreaterThan((await box(editor())).y + 50);
    await app.page.setViewportSize({ width: 2000, height: 900 });
    await expect.poll(async () => (await box(preview())).x > (await box(editor())).x + 200).toBe(true);
    await app.b.screenshot('note-split-wide');
    await app.page.setViewportSize({ width: 1400, height: 900 });

    await main().getByRole('button', { name: 'Preview' }).click();
    expect(await editor().isVisible()).toBe(false);
    const cite = preview().locator('cite');
    expect(await cite.innerText()).toContain(SOURCE_TITLE);
    expect(await cite.locator('.note-grade').innerText()).toBe('B2');
    expect(await preview().locator('img').count()).toBe(0);
    expect(await preview().innerText()).not.toContain('tracker.example');
    const dari = preview().getByText(DARI);
    expect(await dari.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await app.b.screenshot('note-preview');

    // An external link asks first; declined, nothing opens and the app stays where it was.
    const before = app.page.url();
    // Record what the page asks the browser to open instead of letting it reach the network.
    await app.page.evaluate(() => {
      const w = window as unknown as { __opened: unknown[][] };
      w.__opened = [];
      window.open = (...args: unknown[]) => (w.__opened.push(args), null);
    });
    const opened = () => app.page.evaluate(() => (window as unknown as { __opened: unknown[][] }).__opened);
    const asked: string[] = [];
    const answer = (accept: boolean) => (d: Dialog) => (asked.push(`${d.type()}: ${d.message()}`), void (accept ? d.accept() : d.dismiss()));
    app.page.once('dialog', answer(false));
    await preview().getByRole('link', { name: 'the BBC' }).click();
    await expect.poll(statusBar).toBe('Not opened: https://www.bbc.co.uk/news');
    expect(asked).toEqual(['confirm: Open this link outside Frontier?\n\nhttps://www.bbc.co.uk/news']);
    expect(await opened()).toEqual([]);
    expect(app.page.url()).toBe(before);
    // Confirmed, it goes to a new tab with no opener and no referrer; the app itself stays put.
    app.page.once('dialog', answer(true));
    await preview().getByRole('link', { name: 'the BBC' }).click();
    await expect.poll(statusBar).toBe('Opened outside Frontier: https://www.bbc.co.uk/news');
    expect(await opened()).toEqual([['https://www.bbc.co.uk/news', '_blank', 'noopener,noreferrer']]);
    expect(app.page.url()).toBe(before);

    // The citation opens its source.
    await cite.getByRole('link', { name: SOURCE_TITLE }).click();
    await expect.poll(() => app.page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: new RegExp(SOURCE_TITLE) }).getAttribute('aria-current')).toBe('true');

    // The wikilink opens the other note, whose Linked items show the backlink.
    await openNote('Kabul airport');
    await preview().getByRole('link', { name: 'Other' }).click();
    await expect.poll(() => titleInput().inputValue()).toBe('Other');
    const backlinks = linked().getByRole('region', { name: 'Backlinks' });
    await expect.poll(() => backlinks.innerText()).toContain('Kabul airport');
    await app.b.screenshot('note-backlink');
    app.clean();
  });

  it('remembers the view across reloads', async () => {
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Notes E2E' }).waitFor();
    await openNote('Kabul airport');
    await expect.poll(() => main().getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe('true');
    await main().getByRole('button', { name: 'Edit' }).click();
    app.clean();
  });

  it('renaming rewrites links in other notes', async () => {
    await openNote('Other');
    await titleInput().fill('Other side');
    await titleInput().press('Enter');
    await expect.poll(() => body('Kabul airport')).toContain('see [[Other side]] for details');
    await expect.poll(saveState).toBe('Saved');
    expect(await app.page.getByRole('list', { name: 'Notes' }).innerText()).toContain('Other side');
    app.clean();
  });

  it('deletes a note, and Undo brings it back with its text and its event', async () => {
    await openNote('Other side');
    await expect.poll(() => linked().getByRole('region', { name: 'Linked events' }).innerText()).toContain('Airport closed');
    await main().getByRole('button', { name: 'Delete note' }).click();
    await main().getByText('Deleted “Other side”.').waitFor();
    const undo = main().getByRole('button', { name: 'Undo' });
    expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(statusBar).toContain('Deleted “Other side”');
    await expect.poll(() => showNote(otherId).code).not.toBe(0);
    expect(runCli(app.nb, ['--json', 'event', 'show', eventId]).json<{ noteIds: string[] }>().noteIds).toEqual([]);
    expect(await app.page.getByRole('list', { name: 'Notes' }).innerText()).not.toContain('Other side');
    await app.b.screenshot('note-deleted');

    await undo.click();
    await expect.poll(() => titleInput().inputValue()).toBe('Other side');
    expect(await editor().innerText()).toContain('The other note.');
    expect(body(otherId)).toBe('The other note.');
    expect(runCli(app.nb, ['--json', 'event', 'show', eventId]).json<{ noteIds: string[] }>().noteIds).toEqual([otherId]);
    await expect.poll(() => linked().getByRole('region', { name: 'Backlinks' }).innerText()).toContain('Kabul airport');
    app.clean();
  });

  it('saves what was typed when switching notes at once, before the debounce', async () => {
    await openNote('Kabul airport');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' Last words.');
    await openNote('Other side');
    await expect.poll(() => body('Kabul airport')).toMatch(/Last words\.$/);
    await openNote('Kabul airport');
    await expect.poll(() => editor().innerText()).toContain('Last words.');
    app.clean();
  });

  it('on a conflict says "Not saved: …", keeps the text, and lets the analyst keep theirs or load the saved one', async () => {
    const id = notes().find((n) => n.title === 'Kabul airport')!.id;
    const token = new URL(app.served.url).searchParams.get('token')!;
    // Someone else saves the note behind the editor's back (same origin, same /rpc the CLI's handlers serve).
    const changeElsewhere = (text: string) =>
      app.page.evaluate(
        async ([noteId, tok, body]) => {
          const r = await fetch('/rpc/notes.update', { method: 'POST', headers: { 'content-type': 'application/json', 'x-frontier-token': tok! }, body: JSON.stringify({ id: noteId, body }) });
          return ((await r.json()) as { ok: boolean }).ok;
        },
        [id, token, text] as const,
      );

    await openNote('Kabul airport');
    await expect.poll(saveState).toBe('Saved');
    expect(await changeElsewhere('Changed elsewhere.')).toBe(true);
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' Mine.');
    await expect.poll(saveState).toMatch(/^Not saved: “?"?Kabul airport"?”? was changed elsewhere/);
    expect(await editor().innerText()).toContain('Last words. Mine.');
    await app.b.screenshot('note-conflict');
    await main().getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(saveState).toBe('Saved');
    await expect.poll(() => body(id)).toMatch(/Last words\. Mine\.$/);

    expect(await changeElsewhere('Changed elsewhere again.')).toBe(true);
    await editor().click();
    await app.page.keyboard.type(' Discard me.');
    await expect.poll(saveState).toMatch(/^Not saved: /);
    await main().getByRole('button', { name: 'Load saved' }).click();
    await expect.poll(() => editor().innerText()).toBe('Changed elsewhere again.');
    await expect.poll(saveState).toBe('Saved');
    expect(body(id)).toBe('Changed elsewhere again.');
    app.clean();
  });

  it('an unresolved wikilink in the preview creates the note it names', async () => {
    await openNote('Other side');
    await main().getByRole('button', { name: 'Split' }).click();
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type(' See [[Kunduz]].');
    const link = preview().getByRole('link', { name: 'Kunduz' });
    await expect.poll(() => link.getAttribute('class')).toContain('note-unresolved');
    await link.click();
    await expect.poll(() => titleInput().inputValue()).toBe('Kunduz');
    await expect.poll(() => notes().map((n) => n.title).sort()).toEqual(['Kabul airport', 'Kunduz', 'Other side']);
    expect(body('Other side')).toBe('The other note. See [[Kunduz]].');
    await openNote('Other side');
    await expect.poll(() => preview().getByRole('link', { name: 'Kunduz' }).getAttribute('class')).toBe('note-wikilink');
    app.clean();
  });
});
