import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note, Source } from '../../shared/model';
import { HOSTILE_PAYLOADS, HOSTILE_TITLE } from '../fixtures/hostile/payloads';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

/**
 * Issue 3 §10: notes and sources full of XSS payloads are shown in Chromium; none runs (the flag
 * every payload would set stays unset), no dangerous element or attribute reaches the DOM, no
 * request leaves 127.0.0.1, and no link takes the app away from its page.
 */
describe('hostile content', () => {
  let note: Note;
  let titled: Note;
  const app = servedNotebook({
    seed: (nb, tmp) => {
      const body = HOSTILE_PAYLOADS.join('\n\n');
      note = runCli(nb, ['--json', 'note', 'add', '--title', 'Hostile note', '--body-file', '-'], body).json<Note>();
      titled = runCli(nb, ['--json', 'note', 'add', '--title', HOSTILE_TITLE.replace(/[|#]/g, ''), '--body', 'Links to [[Hostile note]].']).json<Note>();
      const file = join(tmp, 'hostile.md');
      writeFileSync(file, `# ${HOSTILE_TITLE}\n\n${body}\n`);
      const imported = runCli(nb, ['--json', 'import', file]).json<Array<{ source: Source }>>();
      expect(imported[0]!.source.title).toContain('</title>');
    },
  });

  async function assertClean(where: string) {
    const page = app.page;
    expect(await page.evaluate(() => (window as unknown as { __frontierPwned?: number }).__frontierPwned), `${where}: a payload ran`).toBeUndefined();
    const dangerous = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'style', 'math', 'svg', 'noscript'].includes(tag)) found.push(`<${tag}>`);
        // The app's own forms (search, place search) submit through script; a form that names where it posts is a payload's.
        if (tag === 'form' && (el.hasAttribute('action') || el.hasAttribute('method') || el.hasAttribute('target'))) found.push('<form action>');
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
          if (/^\s*(javascript|data|vbscript):/i.test([...value].filter((c) => c.charCodeAt(0) > 0x20).join('')) && !(tag === 'img' && attr === 'src')) found.push(`${tag}[${attr}=${value.slice(0, 30)}]`);
          if (attr === 'style' && /url\(/i.test(value)) found.push(`${tag}[style url()]`);
        }
      }
      return found;
    });
    expect(dangerous, `${where}: dangerous markup in the DOM`).toEqual([]);
    expect(new URL(page.url()).origin, `${where}: the app navigated away`).toBe(new URL(app.served.url).origin);
    expect(app.b.external(), `${where}: requests left the machine`).toEqual([]);
  }

  it('a note full of payloads, in the editor and the preview, runs nothing', async () => {
    const page = app.page;
    await page.getByRole('navigation', { name: 'Sidebar' }).getByRole('button', { name: 'Hostile note' }).first().click();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.waitForTimeout(500);
    await assertClean('note preview');
    // Click every link the preview rendered: none may navigate the app or run anything.
    const links = page.getByRole('main').locator('a');
    const count = await links.count();
    for (let i = 0; i < count; i++) await links.nth(i).click({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    await assertClean('after clicking every preview link');
    await app.b.screenshot('hostile-note');
  });

  it('a note with a hostile title, in the lists, the editor and the linked-items panel, runs nothing', async () => {
    const page = app.page;
    await page.getByRole('navigation', { name: 'Sidebar' }).locator('button.item').filter({ hasText: '</title>' }).first().click();
    await page.waitForTimeout(300);
    await assertClean('hostile title');
    expect(titled.title).toContain('<script>');
  });

  it('a source full of payloads, in the reader, runs nothing and shows the markup as text', async () => {
    const page = app.page;
    await page.getByRole('navigation', { name: 'Sidebar' }).getByRole('list', { name: 'Sources' }).getByRole('button').first().click();
    const text = page.getByRole('region', { name: 'Source text' });
    await expect.poll(() => text.textContent()).toContain('<script>window.__frontierPwned=1</script>');
    await assertClean('source reader');
    await app.b.screenshot('hostile-source');
  });

  it('the palette and search show hostile titles as text', async () => {
    const page = app.page;
    await page.getByRole('searchbox', { name: 'Search' }).fill('frontierPwned');
    await page.waitForTimeout(400);
    await assertClean('search results');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command or item' }).fill('title');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __frontierPwned?: number }).__frontierPwned)).toBeUndefined();
    await page.keyboard.press('Escape');
    // Not even a CSP refusal: every payload was made inert before the browser could try it.
    expect(app.b.consoleErrors).toEqual([]);
    expect(note.id).toMatch(/^n_/);
  });
});
