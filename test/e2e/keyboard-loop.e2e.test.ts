import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotebookDoc } from '../../shared/model';
import { servedNotebook } from './served-notebook';

const fixture = join(import.meta.dirname, '../fixtures/sources/kunduz-en.txt');
const SENTENCE = 'Local officials said at least 46 people were killed and more than 140 were injured.';

/**
 * Issue 3's loop with the keyboard alone, as an analyst who does not use a mouse (or a screen
 * reader user) works: no click anywhere. Controls are reached with Tab, as a person would, and the
 * excerpt is picked with the arrow keys.
 */
// A key at a time, each waited for: slower than the mouse tests, more so on a loaded CI machine.
describe('the analyst loop by keyboard alone, in Chromium', { timeout: 90_000 }, () => {
  const app = servedNotebook({ title: 'Keyboard notebook' });
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const linked = () => app.page.getByRole('complementary', { name: 'Linked items' });
  const titleInput = () => main().getByLabel('Title', { exact: true });
  const editor = () => main().getByRole('textbox', { name: 'Note text' });
  const saved = () => expect.poll(() => main().getByRole('status', { name: 'Save state' }).innerText(), { timeout: 10_000 }).toBe('Saved');
  const press = (key: string) => app.page.keyboard.press(key);
  const type = (text: string) => app.page.keyboard.type(text);

  /** The accessible name of the focused control, roughly as a screen reader reads it. */
  const focusedName = () =>
    app.page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      if (!el) return '';
      return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    });

  /** Presses Tab until the control named `name` has focus (at most 120 times), as a person would. */
  async function tabTo(name: string | RegExp): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < 120; i++) {
      const now = await focusedName();
      if (typeof name === 'string' ? now === name : name.test(now)) return;
      seen.push(now);
      await press('Tab');
    }
    throw new Error(`Tab never reached ${String(name)}; it went through: ${seen.slice(0, 60).join(' | ')}`);
  }

  /** Runs a palette entry: Ctrl+K, type, Enter. */
  async function palette(query: string): Promise<void> {
    await press('Control+k');
    await expect.poll(focusedName).toBe('Command or item');
    await type(query);
    await press('Enter');
  }

  it('shows every command with its shortcut in the palette', async () => {
    await press('Control+k');
    const rows = app.page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    const texts = await rows.allInnerTexts();
    for (const [label, keys] of [
      ['New note', 'Ctrl+Alt+N'],
      ['New event', 'Ctrl+Alt+E'],
      ['Import source', 'Ctrl+O'],
      ['Export dossier', 'Ctrl+Shift+E'],
      ['Search', 'Ctrl+Shift+F'],
    ]) {
      expect(texts.find((t) => t.startsWith(label!)), label).toMatch(new RegExp(`${label}\\s+${keys!.replace(/\+/g, '\\+')}`));
    }
    await press('Escape');
    await expect.poll(() => app.page.getByRole('dialog', { name: 'Command palette' }).count()).toBe(0);
  });

  it('creates two notes with the shortcut and links one to the other with [[ completion', async () => {
    await press('Control+Alt+n');
    await expect.poll(focusedName).toBe('Title');
    await type('Taliban checkpoints');
    await press('Enter');
    await type('Checkpoints on the Kunduz–Baghlan road.');
    await saved();

    await press('Control+Alt+n');
    await expect.poll(focusedName).toBe('Title');
    await type('Kunduz road');
    await press('Enter');
    await type('See [[Taliban chec');
    await app.page.locator('.cm-tooltip-autocomplete').getByRole('option', { name: 'Taliban checkpoints', selected: true }).waitFor();
    // CodeMirror ignores Enter for its interactionDelay (75 ms) after the list opens, so that a key
    // pressed as the list appears picks nothing by accident; a person reads the list first.
    await app.page.waitForTimeout(200);
    await press('Enter');
    await type(' for the checkpoints.');
    await saved();
    await expect.poll(() => editor().innerText()).toContain('See [[Taliban checkpoints]] for the checkpoints.');
  });

  it('jumps to the other note with the palette and finds the backlink', async () => {
    await palette('Taliban checkpoints');
    await expect.poll(() => titleInput().inputValue()).toBe('Taliban checkpoints');
    await expect.poll(() => linked().getByRole('region', { name: 'Backlinks' }).innerText()).toContain('Kunduz road');
    await palette('Kunduz road'); // the note the quote will go to: the one opened last
    await expect.poll(() => titleInput().inputValue()).toBe('Kunduz road');
  });

  it('imports with Ctrl+O and grades with the keyboard', async () => {
    const chooser = app.page.waitForEvent('filechooser');
    await press('Escape'); // leave the editor, so the shortcut reaches the app and not CodeMirror
    await press('Control+o');
    await (await chooser).setFiles(fixture); // the operating system's file dialog
    await expect.poll(() => main().getByRole('heading', { level: 1 }).first().innerText()).toContain('Suicide bombing at a Shia mosque in Kunduz');
    // The imported source takes the focus: its title, with the grade pickers the next Tab away.
    await expect.poll(focusedName).toBe('Suicide bombing at a Shia mosque in Kunduz');

    await tabTo('Reliability');
    await press('b'); // type-ahead: the option that starts with "B —"
    await expect.poll(() => main().getByLabel('Reliability').inputValue()).toBe('B');
    await tabTo('Credibility');
    await press('2');
    await expect.poll(() => main().getByLabel('Credibility').inputValue()).toBe('2');
    await expect.poll(() => app.page.getByRole('list', { name: 'Sources' }).innerText()).toContain('B2');
  });

  it('picks a sentence of the text with the arrow keys and quotes it with Enter', async () => {
    // Extraction's marks re-render the text; pick once they are in.
    await main().getByRole('heading', { name: 'Found in the text' }).waitFor();
    await tabTo('Source text');
    const picked = () => main().getByRole('group', { name: 'Quote' }).evaluate((g) => g.querySelector('q')?.textContent ?? '');
    // One sentence a key: wait for each pick to show before the next key, so none is skipped.
    let now = await picked();
    for (let i = 0; i < 12 && now !== SENTENCE; i++) {
      const before = now;
      await press('ArrowRight');
      await expect.poll(picked).not.toBe(before);
      now = await picked();
    }
    expect(now).toBe(SENTENCE);
    await app.b.screenshot('keyboard-pick');
    await press('Enter');
    await expect.poll(() => titleInput().inputValue()).toBe('Kunduz road');
    await expect.poll(() => editor().innerText()).toContain(`"${SENTENCE}"]`);
    await expect.poll(() => linked().getByRole('region', { name: 'Cited sources' }).innerText()).toContain('B2');
  });

  it('finds it all after a reload, with no console error and no request off the machine', async () => {
    await app.page.reload(); // F5 belongs to the browser's own UI, which headless Chromium has not
    await app.page.getByRole('heading', { name: 'Keyboard notebook' }).waitFor();
    await palette('Kunduz road');
    await expect.poll(() => editor().innerText()).toContain(SENTENCE);
    app.clean();
    expect(await app.served.stop('SIGTERM')).toBe(0);
    const doc = JSON.parse(readFileSync(join(app.nb, 'notebook.json'), 'utf8')) as NotebookDoc;
    const road = doc.notes.find((n) => n.title === 'Kunduz road')!;
    expect(road.body).toContain('[[Taliban checkpoints]]');
    expect(road.body).toContain(`[@${doc.sources[0]!.id}, "${SENTENCE}"]`);
    expect(doc.sources[0]).toMatchObject({ reliability: 'B', credibility: 2 });
  });
});
