import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotebookDoc } from '../../shared/model';
import { servedNotebook } from './served-notebook';

const fixture = join(import.meta.dirname, '../fixtures/sources/kunduz-en.txt');
const EXCERPT = 'at least 46 people were killed';

/**
 * Issue 3's whole loop, by mouse and by keyboard: create a note, link it to another with [[ ]],
 * see the backlink, import a text source, grade it, quote an excerpt into the note, reload and
 * find everything again; then stop the host and read notebook.json on disk.
 */
describe('the analyst loop in Chromium', () => {
  const app = servedNotebook({ title: 'Loop notebook' });

  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const sidebar = () => app.page.getByRole('navigation', { name: 'Sidebar' });
  const linked = () => app.page.getByRole('complementary', { name: 'Linked items' });
  const titleInput = () => main().getByLabel('Title', { exact: true });
  const editor = () => main().getByRole('textbox', { name: 'Note text' });
  const saved = () => expect.poll(() => main().getByRole('status', { name: 'Save state' }).innerText(), { timeout: 10_000 }).toBe('Saved');

  it('creates two notes, by mouse and by keyboard, and links one to the other', async () => {
    // Mouse: the "New note" button.
    await sidebar().getByRole('button', { name: 'New note', exact: true }).click();
    await expect.poll(() => titleInput().inputValue()).toBe('Untitled');
    await titleInput().fill('ISKP');
    await titleInput().press('Enter');
    await editor().click();
    await app.page.keyboard.type('Islamic State Khorasan Province.');
    await saved();

    // Keyboard: the palette (Ctrl+K) → "New note", then type.
    await app.page.keyboard.press('Control+k');
    await app.page.getByRole('combobox', { name: 'Command or item' }).fill('new note');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => titleInput().inputValue()).toBe('Untitled');
    await titleInput().fill('Kunduz mosque attack');
    await titleInput().press('Enter');
    await app.page.keyboard.type('Claimed by [[ISKP');
    await app.page.keyboard.press('Escape'); // close the completion list, then finish the link by hand
    await app.page.keyboard.type(']]. ');
    await saved();
    await app.b.screenshot('loop-note');
  });

  it('shows the backlink in the other note\'s linked-items panel', async () => {
    await sidebar().getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'ISKP' }).click();
    const backlinks = linked().getByRole('region', { name: 'Backlinks' });
    await expect.poll(() => backlinks.getByRole('button').allInnerTexts()).toEqual([expect.stringContaining('Kunduz mosque attack')]);
  });

  it('imports a text source through the file picker and grades it', async () => {
    const chooser = app.page.waitForEvent('filechooser');
    await sidebar().getByRole('button', { name: 'Import source', exact: true }).click();
    await (await chooser).setFiles(fixture);
    await expect.poll(() => main().getByRole('heading', { level: 1 }).first().innerText()).toContain('Suicide bombing at a Shia mosque in Kunduz');
    await main().getByLabel('Reliability').selectOption('B');
    await main().getByLabel('Credibility').selectOption('2');
    await expect.poll(() => sidebar().getByRole('list', { name: 'Sources' }).innerText()).toContain('B2');
  });

  it('quotes an excerpt of the source into the note opened last', async () => {
    await sidebar().getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'Kunduz mosque attack' }).click();
    await saved();
    await sidebar().getByRole('list', { name: 'Sources' }).getByRole('button').first().click();
    const text = main().getByRole('region', { name: 'Source text' });
    await text.waitFor();
    // Extraction's marks re-render the text; select once they are in.
    await main().getByRole('heading', { name: 'Found in the text' }).waitFor();
    // Select the excerpt as a person would with the mouse: a DOM range over the words.
    await text.evaluate((root, excerpt) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(excerpt);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + excerpt.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        document.dispatchEvent(new Event('selectionchange'));
        return;
      }
      throw new Error('excerpt not found in the source text');
    }, EXCERPT);
    await main().getByRole('button', { name: 'Quote in note' }).click();
    await expect.poll(() => titleInput().inputValue()).toBe('Kunduz mosque attack');
    await expect.poll(() => editor().innerText()).toContain(`"${EXCERPT}"]`);
    const cited = linked().getByRole('region', { name: 'Cited sources' });
    await expect.poll(() => cited.innerText()).toContain('B2');
    await app.b.screenshot('loop-quoted');
  });

  it('finds everything again after a reload', async () => {
    await app.page.reload();
    await sidebar().getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'Kunduz mosque attack' }).click();
    await expect.poll(() => editor().innerText()).toContain('[[ISKP]]');
    await expect.poll(() => editor().innerText()).toContain(EXCERPT);
    await expect.poll(() => sidebar().getByRole('list', { name: 'Sources' }).innerText()).toContain('B2');
    await sidebar().getByRole('list', { name: 'Notes' }).getByRole('button', { name: 'ISKP' }).click();
    await expect.poll(() => linked().getByRole('region', { name: 'Backlinks' }).innerText()).toContain('Kunduz mosque attack');
    app.clean();
  });

  it('leaves it all in notebook.json once the host has stopped', async () => {
    expect(await app.served.stop('SIGTERM')).toBe(0);
    const doc = JSON.parse(readFileSync(join(app.nb, 'notebook.json'), 'utf8')) as NotebookDoc;
    const attack = doc.notes.find((n) => n.title === 'Kunduz mosque attack')!;
    const source = doc.sources[0]!;
    expect(doc.notes.map((n) => n.title).sort()).toEqual(['ISKP', 'Kunduz mosque attack']);
    expect(attack.body).toContain('[[ISKP]]');
    expect(attack.body).toContain(`[@${source.id}, "${EXCERPT}"]`);
    expect(source).toMatchObject({ title: 'Suicide bombing at a Shia mosque in Kunduz', reliability: 'B', credibility: 2, publishedAt: '2021-10-08' });
    expect(readFileSync(join(app.nb, 'journal.ndjson')).length).toBe(0); // absorbed into the snapshot on exit
  });
});
