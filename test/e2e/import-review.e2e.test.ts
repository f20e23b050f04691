import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { acledCsv } from '../main/core/imports/acled-fixture';
import { servedNotebook } from './served-notebook';

const HTML = join(import.meta.dirname, '../fixtures/imports/hostile-article.html');
const RU = join(import.meta.dirname, '../fixtures/sources/csto-ru.txt');
const RU_TITLE = 'Учения ОДКБ у таджикско-афганской границы';

describe('importing web pages and ACLED exports, and reviewing event candidates, in Chromium', { timeout: 120_000 }, () => {
  const app = servedNotebook({
    title: 'Import review E2E',
    seed: (nb) => {
      writeFileSync(csv, acledCsv(200));
      // A note named like a place the Russian report mentions: the reader links the place to it.
      runCli(nb, ['note', 'add', '--title', 'Dushanbe', '--body', 'Capital of Tajikistan.']);
    },
  });
  const csv = join(app.tmp.dir, 'acled-afg.csv');
  const status = () => app.page.getByRole('status', { name: 'Notifications' }).innerText();
  const events = () => runCli(app.nb, ['--json', 'event', 'list']).json<Array<{ title: string; sourceIds: string[]; fatalities: number | null }>>();
  const editor = () => app.page.getByRole('main', { name: 'Editor' });
  const candidates = () => editor().getByRole('list', { name: 'Event candidates' });
  const lessLikely = () => editor().getByRole('list', { name: 'Less likely event candidates' });
  const openSource = async (title: string) => {
    await app.page.getByRole('list', { name: 'Sources' }).getByText(title).click();
    await editor().getByRole('heading', { level: 1, name: title }).waitFor();
  };

  async function pickFiles(...files: string[]) {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Import source', exact: true }).click()]);
    await chooser.setFiles(files);
  }

  it('imports a hostile saved page and an ACLED export together, counting what they became', async () => {
    await pickFiles(HTML, csv);
    await expect.poll(status, { timeout: 20_000 }).toContain('Imported 2 of 2 files (6 sources, 200 events); 0 imported before; 0 failed.');
    expect(events()).toHaveLength(200);
    await expect.poll(() => app.page.getByRole('main', { name: 'Editor' }).getByRole('heading', { level: 1 }).innerText()).toMatch(/ACLED export|Clashes reported near Imam Sahib/);
    app.clean();
  });

  it('finds the event in the page on opening it, marks what it found in the text, and records the event, linked to the source, when accepted', async () => {
    await openSource('Clashes reported near Imam Sahib');
    await expect.poll(() => candidates().getByRole('listitem').count(), { timeout: 20_000 }).toBe(1);
    const candidates_ = candidates();
    expect(await candidates_.innerText()).toContain('Battles / Armed clash');
    expect(await candidates_.innerText()).toContain('2021-10-07');
    const marks = editor().getByRole('region', { name: 'Source text' }).locator('mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(2);
    expect(await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-kind')))).toEqual(expect.arrayContaining(['place', 'date']));
    await candidates_.getByRole('button', { name: 'Accept as event' }).click();
    // Recording writes the notebook durably; on a loaded two-core machine that can outlast the default poll.
    await expect.poll(status, { timeout: 30_000 }).toContain('Recorded the event “Armed clash in Imām Şāḩib”');
    const created = events().find((e) => e.title === 'Armed clash in Imām Şāḩib');
    expect(created?.sourceIds).toHaveLength(1);
    await expect.poll(() => candidates_.innerText()).toContain('Recorded as');
    await app.b.screenshot('event-candidates');
    app.clean();
  });

  it('dismisses one candidate and accepts another after editing it; both decisions outlast a reload', async () => {
    await pickFiles(RU);
    await editor().getByRole('heading', { level: 1, name: RU_TITLE }).waitFor();
    // The report's two candidates are undated sentences of a kind (an exercise, a statement) that the
    // annotated reports seldom count as events: the scorer lists both as less likely, open since
    // nothing else is.
    await expect.poll(() => lessLikely().getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);
    expect(await editor().innerText()).toContain('None of them scored as likely.');
    expect(await editor().getByRole('group').filter({ hasText: 'Less likely (2)' }).count()).toBe(1);
    await lessLikely().scrollIntoViewIfNeeded();
    await app.b.screenshot('event-candidates-less-likely');
    // Places are linked to the notes of the same name.
    await editor().getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Dushanbe', exact: true }).waitFor();

    const [first, second] = [lessLikely().getByRole('listitem').nth(0), lessLikely().getByRole('listitem').nth(1)];
    const kept = await second.locator('blockquote').innerText();
    await first.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => lessLikely().getByRole('listitem').count()).toBe(1);

    await lessLikely().getByRole('button', { name: 'Edit, then accept' }).click();
    const form = app.page.getByRole('form', { name: 'Event from a source' });
    await form.waitFor();
    expect(await form.getByLabel('Description').inputValue()).toBe(kept);
    await form.getByLabel('Title', { exact: true }).fill('CSTO exercise at the Tajik–Afghan border');
    await form.getByLabel('Fatalities').fill('0');
    await app.b.screenshot('event-candidate-edit');
    await form.getByRole('button', { name: 'Accept as event' }).click();
    await expect.poll(status).toContain('Recorded the event “CSTO exercise at the Tajik–Afghan border”');
    await editor().getByRole('heading', { level: 1, name: RU_TITLE }).waitFor();
    const recorded = events().find((e) => e.title === 'CSTO exercise at the Tajik–Afghan border');
    expect(recorded?.fatalities).toBe(0);
    expect(recorded?.sourceIds).toHaveLength(1);

    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Import review E2E' }).waitFor();
    await openSource(RU_TITLE);
    await expect.poll(() => lessLikely().innerText(), { timeout: 20_000 }).toContain('Recorded as');
    expect(await lessLikely().getByRole('listitem').count()).toBe(1);
    expect(await editor().innerText()).toContain('2 found · 2 less likely · 1 accepted · 1 dismissed · 0 to review');
    await app.b.screenshot('event-candidates-reviewed');
    app.clean();
  });
});
