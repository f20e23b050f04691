import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { MENU_COMMAND_EVENT, menuCommandScript } from '../../shared/ipc/menu-commands';
import { servedNotebook } from './served-notebook';

describe('browser mode (npm run serve) in Chromium', () => {
  // The first test opens the page itself.
  const app = servedNotebook({ title: 'E2E notebook', seed: (nb) => runCli(nb, ['note', 'add', '--title', 'Kunduz']), goto: false });

  it('shows the notebook through the HTTP bridge, with no request leaving 127.0.0.1', async () => {
    await app.page.goto(app.served.url);
    await expect.poll(() => app.page.getByRole('heading', { name: 'E2E notebook' }).count()).toBe(1);
    await expect.poll(() => app.page.getByRole('list', { name: 'Notes' }).getByText('Kunduz').count()).toBe(1);
    await app.b.screenshot('smoke');
    app.clean();
  });

  it('runs the application menu’s commands the way Electron raises them (the script main runs in the page)', async () => {
    const page = app.page;
    await page.evaluate(menuCommandScript('new-event'));
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await page.evaluate(menuCommandScript('new-note'));
    await expect.poll(() => page.getByRole('main', { name: 'Editor' }).getByLabel('Title', { exact: true }).inputValue()).toBe('Untitled');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(menuCommandScript('import'))]);
    expect(chooser.isMultiple()).toBe(true);
    await page.evaluate(menuCommandScript('export-dossier'));
    await page.getByRole('heading', { level: 1, name: /dossier/i }).first().waitFor();
    await page.evaluate(menuCommandScript('palette'));
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Anything else raised the same way does nothing.
    await page.evaluate(`window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: 'delete-notebook' }))`);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(app.b.consoleErrors, app.b.consoleErrors.join('\n')).toEqual([]);
  });

  it('refuses /rpc without the token, and requests with a foreign Host header', async () => {
    const port = new URL(app.served.url).port;
    const noToken = await fetch(`http://127.0.0.1:${port}/rpc/notes.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(403);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends its own name as Host.
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: Number(port), path: '/', headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('flushes and exits cleanly on SIGTERM', async () => {
    expect(await app.served.stop('SIGTERM')).toBe(0);
  });
});
