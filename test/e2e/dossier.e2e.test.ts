import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../shared/model';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

/**
 * The dossier editor in browser mode: "Export dossier" opens it, notes are picked and ordered by
 * mouse, a TLP label chosen, and "Export PDF" shows progress and hands the PDF back as a download
 * (a blob: URL on an <a download>, which the page's CSP lets through because it is not a fetch).
 */
describe('dossier editor and PDF export, in Chromium', { timeout: 120_000 }, () => {
  const app = servedNotebook({
    title: 'Dossier E2E',
    init: ['--sample'],
    ready: (page) => page.getByRole('list', { name: 'Notes' }).getByRole('listitem').first().waitFor(),
  });

  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const dossiers = () => runCli(app.nb, ['--json', 'dossier', 'list']).json<Dossier[]>();

  it('opens the editor from "Export dossier" in the sidebar, and builds a dossier by hand', async () => {
    await app.page.getByRole('button', { name: 'Export dossier', exact: true }).click();
    await expect.poll(() => main().getByRole('heading', { level: 1 }).innerText()).toBe('New dossier');
    await main().getByLabel('Title', { exact: true }).fill('Panj border brief');
    await main().getByLabel('Author', { exact: true }).fill('Analyst A');
    await main().getByLabel('TLP:RED').check();
    expect(await main().getByText(/no further disclosure/).count()).toBe(1);
    await main().getByLabel('Executive summary').fill('Closures are short and used as leverage.');
    const add = async (title: string) => {
      await main().getByLabel('Add a note').selectOption({ label: title });
      await main().getByRole('button', { name: 'Add note' }).click();
    };
    await add('Shir Khan Bandar crossing');
    await add('Moscow–Dushanbe border cooperation');
    const order = () => main().getByRole('list', { name: 'Notes in the dossier, in print order' }).getByRole('listitem').allInnerTexts();
    await expect.poll(async () => (await order()).map((t) => t.split('\n')[0])).toEqual(['Shir Khan Bandar crossing', 'Moscow–Dushanbe border cooperation']);
    await main().getByRole('button', { name: 'Move “Moscow–Dushanbe border cooperation” up' }).click();
    await expect.poll(async () => (await order()).map((t) => t.split('\n')[0])).toEqual(['Moscow–Dushanbe border cooperation', 'Shir Khan Bandar crossing']);
    await main().getByRole('button', { name: 'Save dossier' }).click();
    await expect.poll(() => dossiers().map((d) => [d.title, d.tlp, d.author, d.noteIds.length])).toEqual([['Panj border brief', 'RED', 'Analyst A', 2]]);
    await app.b.screenshot('dossier-editor');
  });

  it('exports the PDF with progress, and offers it as a download', async () => {
    const download = app.page.waitForEvent('download', { timeout: 90_000 });
    await main().getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => main().getByRole('progressbar', { name: 'Export progress' }).count()).toBe(1);
    expect(await main().getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    await app.b.screenshot('dossier-exporting');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Panj-border-brief.pdf');
    const path = join(app.tmp.dir, 'downloaded.pdf');
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('TLP:RED');
    expect(text).toContain('Closures are short and used as leverage.');
    await expect.poll(() => app.page.getByText('Exported Panj-border-brief.pdf').count()).toBe(1);
    await expect.poll(() => main().getByRole('progressbar').count()).toBe(0);
  });

  it('cancels an export from the Cancel button, and the editor is ready again', async () => {
    await main().getByRole('button', { name: 'Export PDF' }).click();
    await main().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app.page.getByText('Export cancelled').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => main().getByRole('button', { name: 'Export PDF' }).isEnabled()).toBe(true);
  });

  it('is in the command palette too, and selects by tag', async () => {
    await app.page.keyboard.press('Control+k');
    await app.page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('Export dossier');
    await app.page.keyboard.press('Enter');
    await main().getByRole('button', { name: 'New dossier' }).click();
    await main().getByLabel('Title', { exact: true }).fill('Everything on the Panj');
    await main().getByLabel('By tag').check();
    await main().getByLabel('Tag', { exact: true }).selectOption('border/panj');
    await expect.poll(() => main().getByText(/^\d+ notes, \d+ events, \d+ sources$/).innerText()).toMatch(/^[1-9]\d* notes/);
    await main().getByRole('button', { name: 'Save dossier' }).click();
    await expect.poll(() => dossiers().find((d) => d.title === 'Everything on the Panj')?.selection).toEqual({ kind: 'tag', tag: 'border/panj' });
  });

  it('made no request outside 127.0.0.1 and logged no console error', () => {
    writeFileSync(join(app.tmp.dir, 'requests.txt'), app.b.requests.join('\n'));
    app.clean();
  });
});
