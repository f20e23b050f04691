import { describe, expect, it } from 'vitest';
import { servedNotebook } from './served-notebook';

/** `in:map` keeps only what lies inside the map's current view, and follows the map as it moves. */
describe('search in:map follows the map view', () => {
  const app = servedNotebook({
    init: ['--sample'],
    ready: (page) => page.getByRole('region', { name: 'Map' }).getByRole('button', { name: 'Moscow', exact: true }).waitFor(),
  });

  const eventTitles = () =>
    app.page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('group', { name: /^Events/ })
      .getByRole('option')
      .allInnerTexts();

  it('lists Moscow events over Moscow and Kabul events over Kabul', async () => {
    const map = app.page.getByRole('region', { name: 'Map' });
    await map.getByRole('button', { name: 'Moscow', exact: true }).click();
    await app.page.getByRole('searchbox', { name: 'Search' }).fill('type:event in:map');
    await expect.poll(async () => (await eventTitles()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const overMoscow = await eventTitles();
    expect(overMoscow.join('\n')).toMatch(/Moscow/);
    expect(overMoscow.join('\n')).not.toMatch(/Kabul/);

    await map.getByRole('button', { name: 'Kabul', exact: true }).click();
    await expect.poll(async () => (await eventTitles()).join('\n'), { timeout: 10_000 }).toMatch(/Kabul/);
    expect((await eventTitles()).join('\n')).not.toMatch(/Moscow/);
    app.clean();
  });
});
