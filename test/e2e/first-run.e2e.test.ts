import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

/** First run: an empty notebook offers the sample notebook; one click fills the sidebar with it. */
describe('first run in Chromium', () => {
  // The first test opens the page itself.
  const app = servedNotebook({ title: 'First run', goto: false });

  const items = (list: string) => app.page.getByRole('list', { name: list }).getByRole('listitem').count();
  const button = () => app.page.getByRole('button', { name: 'Load the sample notebook' });

  it('offers the sample notebook on an empty notebook', async () => {
    await app.page.goto(app.served.url);
    await expect.poll(() => app.page.getByRole('heading', { name: 'First run' }).count()).toBe(1);
    await expect.poll(() => button().count()).toBe(1);
    expect(await app.page.getByText(/all fictional, written to show every feature/).count()).toBe(1);
    await app.b.screenshot('first-run-offer');
  });

  it('fills the Notes, Sources and Events lists when clicked, and opens the guide note', async () => {
    await button().click();
    await expect.poll(() => items('Notes')).toBe(6);
    await expect.poll(() => items('Sources')).toBe(3);
    await expect.poll(() => items('Events')).toBe(12);
    expect(await app.page.getByRole('list', { name: 'Sources' }).getByText('Заявление пресс-службы Межведомственного совета по южным рубежам').count()).toBe(1);
    // The notebook is no longer empty, so the offer is gone; the guide note is open instead.
    await expect.poll(() => button().count()).toBe(0);
    await expect.poll(() => app.page.getByRole('list', { name: 'Notes' }).locator('[aria-current="true"]', { hasText: 'About this sample notebook' }).count()).toBe(1);
    await expect.poll(() => app.page.getByText(/Loaded the sample notebook: 6 notes, 3 sources, 12 events/).count()).toBe(1);
    // Every sidebar control stays inside the sidebar (a select is as wide as its longest option unless told).
    const sidebar = (await app.page.getByRole('navigation', { name: 'Sidebar' }).boundingBox())!;
    const selects = app.page.getByRole('navigation', { name: 'Sidebar' }).getByRole('combobox');
    expect(await selects.count()).toBeGreaterThanOrEqual(2); // Tag and Sort
    for (const box of await Promise.all((await selects.all()).map((s) => s.boundingBox()))) expect(box!.x + box!.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
    await app.b.screenshot('first-run');
  });

  it('made no request outside 127.0.0.1 and logged no console error', () => {
    app.clean();
  });

  it('wrote the sample to the notebook on disk', async () => {
    expect(await app.served.stop('SIGTERM')).toBe(0);
    expect(runCli(app.nb, ['--json', 'info']).json<{ counts: unknown }>().counts).toEqual({ notes: 6, sources: 3, events: 12 });
    const verify = runCli(app.nb, ['verify']);
    expect(verify.code, verify.stdout).toBe(0);
  });
});
