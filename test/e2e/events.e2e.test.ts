import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACLED_TAXONOMY } from '../../shared/geo/acled';
import type { Event } from '../../shared/model';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

const FIXTURES = join(import.meta.dirname, '../fixtures/sources');
const SOURCE_TITLE = 'Suicide bombing at a Shia mosque in Kunduz';

describe('event form, in Chromium', { timeout: 90_000 }, () => {
  let sourceId = '';
  let noteId = '';
  const app = servedNotebook({
    title: 'Events E2E',
    seed: (nb) => {
      sourceId = runCli(nb, ['--json', 'import', join(FIXTURES, 'kunduz-en.txt'), '--grade', 'B2']).json<Array<{ source: { id: string } }>>()[0]!.source.id;
      noteId = runCli(nb, ['--json', 'note', 'add', '--title', 'Kunduz attacks']).json<{ id: string }>().id;
    },
  });

  const events = () => runCli(app.nb, ['--json', 'event', 'list']).json<Event[]>();
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const field = (label: string) => main().getByLabel(label, { exact: true });
  const heading = () => main().getByRole('heading', { level: 1 }).innerText();
  const eventList = () => app.page.getByRole('list', { name: 'Events' });

  it('records a new event from the form; the sidebar and the notebook have it with its ACLED type', async () => {
    await app.page.getByRole('button', { name: 'New event', exact: true }).click();
    await expect.poll(heading).toBe('New event');

    await field('Title').fill('Suicide bombing at Kunduz mosque');
    await field('Event type').selectOption('Explosions/Remote violence');
    // Only the chosen type's sub-types are offered: a wrong pair cannot be picked.
    const subTypes = await field('Sub-event type').locator('option').allInnerTexts();
    expect(subTypes.slice(1)).toEqual([...ACLED_TAXONOMY['Explosions/Remote violence']]);
    await expect(field('Sub-event type').selectOption('Armed clash', { timeout: 1000 })).rejects.toThrow();
    await field('Sub-event type').selectOption('Suicide bomb');

    await field('Date').fill('2021-10-08');
    await field('Date precision').selectOption('day');
    await field('Place name').fill('Kunduz, Khanabad district');
    await field('Latitude').fill('36.728');
    await field('Longitude').fill('68.857');
    await field('Place precision').selectOption('near');
    await field('Actors').fill('Islamic State (Khorasan)\nCivilians (Afghanistan)');
    await field('Fatalities').fill('46');
    await field('Injured').fill('140');
    await main().getByRole('group', { name: 'Sources' }).getByLabel(`B2${SOURCE_TITLE}`).check();
    await main().getByRole('group', { name: 'Notes' }).getByLabel('Kunduz attacks').check();
    await field('Tags').fill('kunduz isis-k');
    await field('Description').fill('Friday prayers at the Gozar-e-Sayed Abad mosque.');
    await app.b.screenshot('event-form');
    await main().getByRole('button', { name: 'Save event' }).click();

    await expect.poll(heading).toBe('Suicide bombing at Kunduz mosque');
    await expect.poll(() => eventList().getByText('Suicide bombing at Kunduz mosque').count()).toBe(1);
    expect(await eventList().innerText()).toContain('2021-10-08 · Kunduz, Khanabad district');
    await app.b.screenshot('event-saved');

    const [saved] = events();
    expect(saved).toMatchObject({
      title: 'Suicide bombing at Kunduz mosque',
      date: '2021-10-08',
      datePrecision: 'day',
      location: { name: 'Kunduz, Khanabad district', lat: 36.728, lng: 68.857, precision: 'near' },
      eventType: 'Explosions/Remote violence',
      subEventType: 'Suicide bomb',
      actors: ['Islamic State (Khorasan)', 'Civilians (Afghanistan)'],
      fatalities: 46,
      injured: 140,
      sourceIds: [sourceId],
      noteIds: [noteId],
      tags: ['kunduz', 'isis-k'],
    });
    app.clean();
  });

  it('clears Fatalities to null (not reported), keeping Injured', async () => {
    await eventList().getByText('Suicide bombing at Kunduz mosque').click();
    await expect.poll(() => field('Fatalities').inputValue()).toBe('46');
    await field('Fatalities').fill('');
    await main().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => events()[0]?.fatalities).toBeNull();
    expect(events()[0]?.injured).toBe(140);

    // Changing the type drops a sub-type that does not belong to it; the event keeps its pair until saved.
    await field('Event type').selectOption('Battles');
    expect(await field('Sub-event type').inputValue()).toBe('');
    expect((await field('Sub-event type').locator('option').allInnerTexts()).slice(1)).toEqual([...ACLED_TAXONOMY.Battles]);
    await main().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => main().getByRole('alert').innerText()).toBe('Choose a sub-event type of Battles.');
    await field('Sub-event type').selectOption('Armed clash');
    await main().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => events()[0]?.subEventType).toBe('Armed clash');
    expect(events()[0]?.eventType).toBe('Battles');
    app.clean();
  });

  it('shows main’s validation message next to the form, and saves nothing', async () => {
    await app.page.getByRole('button', { name: 'New event', exact: true }).click();
    await expect.poll(heading).toBe('New event');
    await field('Event type').selectOption('Protests');
    await field('Sub-event type').selectOption('Peaceful protest');
    await field('Date').fill('2021-10-10');
    await field('End date').fill('2021-10-09');
    await field('Place name').fill('Kabul');
    await field('Latitude').fill('34.53');
    await field('Longitude').fill('69.17');
    await main().getByRole('button', { name: 'Save event' }).click();
    await expect.poll(() => main().getByRole('alert').innerText()).toContain('a title is required');

    await field('Title').fill('Women’s protest in Kabul');
    await main().getByRole('button', { name: 'Save event' }).click();
    await expect.poll(() => main().getByRole('alert').innerText()).toContain('the end date is before the start date');
    await app.b.screenshot('event-form-error');
    expect(events()).toHaveLength(1);

    await field('End date').fill('');
    await main().getByRole('button', { name: 'Save event' }).click();
    await expect.poll(heading).toBe('Women’s protest in Kabul');
    const protest = events().find((e) => e.title === 'Women’s protest in Kabul');
    expect(protest).toMatchObject({ eventType: 'Protests', subEventType: 'Peaceful protest', fatalities: null, injured: null });
    expect(protest?.endDate).toBeUndefined();
    app.clean();
  });

  it('deletes an event', async () => {
    await eventList().getByText('Women’s protest in Kabul').click();
    await expect.poll(heading).toBe('Women’s protest in Kabul');
    await main().getByRole('button', { name: 'Delete event' }).click();
    await main().getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => events().map((e) => e.title)).toEqual(['Suicide bombing at Kunduz mosque']);
    await expect.poll(() => eventList().getByText('Women’s protest in Kabul').count()).toBe(0);
    app.clean();
  });
});
