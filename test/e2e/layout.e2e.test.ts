import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

const TITLE = 'Layout E2E';
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/sources', name);

/** Runs the CLI and fails the seed on any error. */
function cli(nb: string, args: string[]) {
  const r = runCli(nb, args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/**
 * Items are added one CLI run after another, so "added" follows this order; some are changed
 * afterwards, so "changed" does not; dates and titles give two orders more.
 */
function seed(nb: string) {
  // Notes, oldest first.
  cli(nb, ['note', 'add', '--title', 'Panj crossing', '--body', 'Trade resumed at the crossing.', '--tag', 'border']);
  cli(nb, ['note', 'add', '--title', 'Ваханский коридор', '--body', 'Узкая полоса между Таджикистаном и Пакистаном.', '--tag', 'Border']);
  cli(nb, ['note', 'add', '--title', 'هرات', '--body', 'شهر هرات در غرب افغانستان.', '--tag', 'herat']);
  cli(nb, ['note', 'add', '--title', 'ولسوالی', '--body', 'ولسوالی‌های مرزی.', '--tag', 'border']);
  cli(nb, [
    'note', 'add', '--title', 'Kunduz attack', '--tag', 'isis-k', '--tag', 'kunduz',
    '--body', 'Daesh claimed it. Compare [[Panj crossing]] and [[Ваханский коридор]]. Still to write: [[Hairatan bridge]] and [[Шерхан-Бандар]]; again [[Panj crossing]].',
  ]);
  cli(nb, ['note', 'add', '--title', 'ISKP claims', '--body', 'The Kunduz attack was claimed by ISKP within hours.', '--tag', 'ISIS-K']);
  cli(nb, ['note', 'add', '--title', 'Weekly summary', '--body', 'Mostly quiet; [[Kunduz attack]] dominated the week.']);
  cli(nb, ['note', 'add', '--title', 'Airport notes', '--body', 'Security tightened after the kunduz attack.', '--tag', 'kabul']);
  // The oldest note is changed last.
  cli(nb, ['note', 'edit', 'Panj crossing', '--append', 'Reopened on Monday.']);

  // Sources, added in this order, then given dates (which changes them, in another order).
  cli(nb, ['import', fixture('kunduz-en.txt'), '--title', 'Kunduz mosque bombing report', '--tag', 'isis-k', '--tag', 'kunduz']);
  cli(nb, ['import', fixture('kunduz-fa.txt'), '--title', 'گزارش کندز', '--tag', 'kunduz']);
  cli(nb, ['import', fixture('csto-ru.txt'), '--title', 'Учения ОДКБ', '--tag', 'border']);
  cli(nb, ['source', 'edit', 'Учения ОДКБ', '--published', '2021-10-05']);
  cli(nb, ['source', 'edit', 'گزارش کندز', '--published', '2021-10-09']);
  cli(nb, ['source', 'edit', 'Kunduz mosque bombing report', '--published', '2021-10-08']);

  // Events, added in this order; their dates give another.
  const event = (title: string, date: string, type: string, subType: string, tags: string[]) =>
    cli(nb, ['event', 'add', '--title', title, '--date', date, '--place', 'Kunduz', '--lat', '36.72', '--lng', '68.86', '--type', type, '--sub-type', subType, ...tags.flatMap((t) => ['--tag', t])]);
  event('Mosque bombing in Kunduz', '2021-10-08', 'Explosions/Remote violence', 'Suicide bomb', ['isis-k', 'kunduz']);
  event('Border clash at Panj', '2021-09-20', 'Battles', 'Armed clash', ['Border']);
  event('Airport blast', '2021-08-26', 'Explosions/Remote violence', 'Suicide bomb', ['isis-k']);
  event('Забастовка в Кундузе', '2021-10-01', 'Protests', 'Peaceful protest', ['kunduz']);
}

describe('layout: tag filter, sort, resizable panes, linked items, in Chromium', () => {
  const app = servedNotebook({ title: TITLE, seed });

  const sidebar = () => app.page.getByRole('navigation', { name: 'Sidebar' });
  const list = (name: string) => sidebar().getByRole('list', { name: new RegExp(`^${name}\\b`) });
  const titles = (name: string) => list(name).locator('.item .title').allInnerTexts();
  /** A list's count, as its heading shows it. */
  const count = (name: string) => sidebar().locator(`#list-${name.toLowerCase()} .count`).innerText();
  const shown = async () => ({ notes: await titles('Notes'), sources: await titles('Sources'), events: await titles('Events') });
  const counts = async () => ({ notes: await count('Notes'), sources: await count('Sources'), events: await count('Events') });
  const tagPicker = () => sidebar().getByRole('combobox', { name: 'Tag' });
  const sortPicker = () => sidebar().getByRole('combobox', { name: 'Sort' });

  it('shows all of the notebook before a tag is picked', async () => {
    await expect.poll(counts).toEqual({ notes: '8', sources: '3', events: '4' });
    // Each tag once, whatever its case (border and Border, isis-k and ISIS-K).
    const tags = await tagPicker().locator('option').allInnerTexts();
    expect(tags.map((t) => t.toLowerCase())).toEqual(['all tags', '#border', '#herat', '#isis-k', '#kabul', '#kunduz']);
    app.clean();
  });

  it('picking a tag narrows the notes, sources and events, and their counts; All tags brings them back', async () => {
    await tagPicker().selectOption('isis-k');
    await expect.poll(counts).toEqual({ notes: '2', sources: '1', events: '2' });
    expect(await shown()).toEqual({
      notes: ['ISKP claims', 'Kunduz attack'],
      sources: ['Kunduz mosque bombing report'],
      events: ['Airport blast', 'Mosque bombing in Kunduz'],
    });

    await tagPicker().selectOption('border');
    await expect.poll(counts).toEqual({ notes: '3', sources: '1', events: '1' });
    expect(await shown()).toEqual({
      notes: ['Panj crossing', 'ولسوالی', 'Ваханский коридор'],
      sources: ['Учения ОДКБ'],
      events: ['Border clash at Panj'],
    });

    await tagPicker().selectOption('herat');
    await expect.poll(counts).toEqual({ notes: '1', sources: '0', events: '0' });
    expect(await sidebar().getByText('No sources yet.').isVisible()).toBe(true);
    expect(await sidebar().getByText('No events yet.').isVisible()).toBe(true);

    await tagPicker().selectOption({ label: 'All tags' });
    await expect.poll(counts).toEqual({ notes: '8', sources: '3', events: '4' });
    app.clean();
  });

  it('each Sort option reorders the three lists', async () => {
    // Recently changed (the default): Panj crossing was edited last; sources in the order they were dated.
    expect(await sortPicker().inputValue()).toBe('updated');
    await expect.poll(shown).toEqual({
      notes: ['Panj crossing', 'Airport notes', 'Weekly summary', 'ISKP claims', 'Kunduz attack', 'ولسوالی', 'هرات', 'Ваханский коридор'],
      sources: ['Kunduz mosque bombing report', 'گزارش کندز', 'Учения ОДКБ'],
      events: ['Забастовка в Кундузе', 'Airport blast', 'Border clash at Panj', 'Mosque bombing in Kunduz'],
    });

    await sortPicker().selectOption({ label: 'Recently added' });
    await expect.poll(shown).toEqual({
      notes: ['Airport notes', 'Weekly summary', 'ISKP claims', 'Kunduz attack', 'ولسوالی', 'هرات', 'Ваханский коридор', 'Panj crossing'],
      sources: ['Учения ОДКБ', 'گزارش کندز', 'Kunduz mosque bombing report'],
      events: ['Забастовка в Кундузе', 'Airport blast', 'Border clash at Panj', 'Mosque bombing in Kunduz'],
    });

    // A to Z, case ignored; each script together; Persian in its own alphabet's order (و before ه).
    await sortPicker().selectOption({ label: 'Title' });
    await expect.poll(shown).toEqual({
      notes: ['Airport notes', 'ISKP claims', 'Kunduz attack', 'Panj crossing', 'Weekly summary', 'Ваханский коридор', 'ولسوالی', 'هرات'],
      sources: ['Kunduz mosque bombing report', 'Учения ОДКБ', 'گزارش کندز'],
      events: ['Airport blast', 'Border clash at Panj', 'Mosque bombing in Kunduz', 'Забастовка в Кундузе'],
    });

    // Events by their date, sources by publication, newest first; notes (no date) as Recently changed.
    await sortPicker().selectOption({ label: 'Date' });
    await expect.poll(shown).toEqual({
      notes: ['Panj crossing', 'Airport notes', 'Weekly summary', 'ISKP claims', 'Kunduz attack', 'ولسوالی', 'هرات', 'Ваханский коридор'],
      sources: ['گزارش کندز', 'Kunduz mosque bombing report', 'Учения ОДКБ'],
      events: ['Mosque bombing in Kunduz', 'Забастовка в Кундузе', 'Border clash at Panj', 'Airport blast'],
    });

    // The sort applies within a tag.
    await tagPicker().selectOption('kunduz');
    await expect.poll(shown).toEqual({
      notes: ['Kunduz attack'],
      sources: ['گزارش کندز', 'Kunduz mosque bombing report'],
      events: ['Mosque bombing in Kunduz', 'Забастовка в Кундузе'],
    });
    await tagPicker().selectOption({ label: 'All tags' });
    await sortPicker().selectOption({ label: 'Recently changed' });
    app.clean();
  });

  describe('pane splitters', () => {
    const separator = (name: string) => app.page.getByRole('separator', { name });
    const width = (pane: Locator) => pane.evaluate((el) => Math.round(el.getBoundingClientRect().width));
    const panes = () => ({
      sidebar: app.page.getByRole('navigation', { name: 'Sidebar' }),
      linked: app.page.getByRole('complementary', { name: 'Linked items' }),
      map: app.page.getByRole('region', { name: 'Map', exact: true }),
    });
    const widths = async () => ({ sidebar: await width(panes().sidebar), linked: await width(panes().linked), map: await width(panes().map) });
    const values = async () => ({
      sidebar: Number(await separator('Resize sidebar').getAttribute('aria-valuenow')),
      linked: Number(await separator('Resize linked items').getAttribute('aria-valuenow')),
      map: Number(await separator('Resize map').getAttribute('aria-valuenow')),
    });
    // Wide enough that every pane can reach its own largest width; narrow windows are tested below.
    beforeAll(() => app.page.setViewportSize({ width: 2000, height: 900 }));
    afterAll(() => app.page.setViewportSize({ width: 1400, height: 900 }));
    /** Drags a divider by dx pixels with the mouse, in small steps as a hand would. */
    async function drag(name: string, dx: number) {
      const box = (await separator(name).boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await app.page.mouse.move(x, y);
      await app.page.mouse.down();
      await app.page.mouse.move(x + dx, y, { steps: 8 });
      await app.page.mouse.up();
    }

    it('start at the default widths, each divider named and focusable', async () => {
      expect(await widths()).toEqual({ sidebar: 280, linked: 300, map: 360 });
      expect(await values()).toEqual({ sidebar: 280, linked: 300, map: 360 });
      for (const name of ['Resize sidebar', 'Resize linked items', 'Resize map']) {
        expect(await separator(name).getAttribute('aria-orientation')).toBe('vertical');
        expect(await separator(name).getAttribute('tabindex')).toBe('0');
      }
    });

    it('resize by mouse drag: right grows the sidebar, left grows the panes on the right', async () => {
      const w = await widths();
      await drag('Resize sidebar', 80);
      await expect.poll(widths).toEqual({ ...w, sidebar: w.sidebar + 80 });
      await drag('Resize map', -60);
      await expect.poll(widths).toEqual({ ...w, sidebar: w.sidebar + 80, map: w.map + 60 });
      await drag('Resize linked items', 40);
      const after = { sidebar: w.sidebar + 80, linked: w.linked - 40, map: w.map + 60 };
      await expect.poll(widths).toEqual(after);
      expect(await values()).toEqual(after);
      // Moving the mouse after letting go changes nothing.
      const box = (await separator('Resize sidebar').boundingBox())!;
      await app.page.mouse.move(box.x + 2, box.y + 100);
      await app.page.mouse.move(box.x + 150, box.y + 100, { steps: 4 });
      expect(await widths()).toEqual(after);
    });

    it('a drag stops at the pane’s smallest and largest width', async () => {
      await drag('Resize sidebar', -600);
      await expect.poll(async () => (await widths()).sidebar).toBe(200);
      await drag('Resize sidebar', 600);
      await expect.poll(async () => (await widths()).sidebar).toBe(520);
      await drag('Resize sidebar', -240);
      await expect.poll(async () => (await widths()).sidebar).toBe(280);
    });

    it('resize by arrow keys on a focused divider: 10 px a press, 50 with Shift, clamped', async () => {
      const w = await widths();
      await separator('Resize linked items').focus();
      await app.page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await widths()).linked).toBe(w.linked + 10);
      await app.page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(async () => (await widths()).linked).toBe(w.linked + 60);
      await app.page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await widths()).linked).toBe(w.linked + 50);
      for (let i = 0; i < 12; i++) await app.page.keyboard.press('Shift+ArrowRight');
      await expect.poll(async () => (await widths()).linked).toBe(200);
      expect(Number(await separator('Resize linked items').getAttribute('aria-valuenow'))).toBe(200);
      for (let i = 0; i < 3; i++) await app.page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(async () => (await widths()).linked).toBe(350);

      await separator('Resize sidebar').focus();
      await app.page.keyboard.press('ArrowRight');
      await app.page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await widths()).sidebar).toBe(w.sidebar + 20);

      await separator('Resize map').focus();
      await app.page.keyboard.press('Shift+ArrowRight');
      await expect.poll(async () => (await widths()).map).toBe(w.map - 50);
      // Other keys are left alone.
      await app.page.keyboard.press('ArrowUp');
      await app.page.keyboard.press('Home');
      expect(await widths()).toEqual({ sidebar: w.sidebar + 20, linked: 350, map: w.map - 50 });
    });

    it('the widths survive a reload', async () => {
      // Away from the defaults by keyboard, whatever the tests before did.
      await separator('Resize sidebar').focus();
      for (let i = 0; i < 12; i++) await app.page.keyboard.press('Shift+ArrowLeft');
      await app.page.keyboard.press('ArrowRight');
      await separator('Resize linked items').focus();
      for (let i = 0; i < 12; i++) await app.page.keyboard.press('Shift+ArrowRight');
      await app.page.keyboard.press('Shift+ArrowLeft');
      await separator('Resize map').focus();
      for (let i = 0; i < 12; i++) await app.page.keyboard.press('Shift+ArrowLeft');
      const set = { sidebar: 210, linked: 250, map: 900 };
      await expect.poll(widths).toEqual(set);
      await app.page.reload();
      await app.page.getByRole('heading', { name: TITLE }).waitFor();
      expect(await widths()).toEqual(set);
      expect(await values()).toEqual(set);
      app.clean();
    });

    it('fits the panes to a narrower window, keeping the editor usable, and gives the widths back when it widens', async () => {
      const wide = { sidebar: 520, linked: 560, map: 900 };
      await app.page.evaluate((layout) => localStorage.setItem('frontier.layout.v1', layout), JSON.stringify(wide));
      await app.page.setViewportSize({ width: 1400, height: 900 });
      await app.page.reload();
      await app.page.getByRole('heading', { name: TITLE }).waitFor();
      const edge = (l: Locator) => l.evaluate((el) => Math.round(el.getBoundingClientRect().right));
      expect(await edge(panes().map)).toBeLessThanOrEqual(1400);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
      expect(await width(app.page.getByRole('main', { name: 'Editor' }))).toBeGreaterThanOrEqual(320);
      // A divider cannot push a pane out either: its largest value is what the editor can spare.
      const now = await widths();
      const spare = 1400 - 18 - 320 - (now.sidebar + now.linked + now.map);
      expect(spare).toBeGreaterThanOrEqual(0);
      expect(Number(await separator('Resize map').getAttribute('aria-valuemax'))).toBeLessThanOrEqual(now.map + spare);
      await app.page.setViewportSize({ width: 2400, height: 900 });
      await expect.poll(widths).toEqual(wide);
      await app.page.setViewportSize({ width: 2000, height: 900 });
      app.clean();
    });
  });

  describe('linked items of a note', () => {
    const linked = () => app.page.getByRole('complementary', { name: 'Linked items' });
    const section = (name: string) => linked().getByRole('region', { name, exact: true });
    const entries = (name: string) => section(name).locator('.item .title').allInnerTexts();
    const sectionCount = (name: string) => section(name).locator('h2 .count').innerText();

    it('shows Outgoing links, Unresolved links and Unlinked mentions with the right entries', async () => {
      await list('Notes').getByRole('button', { name: 'Kunduz attack' }).click();
      await expect.poll(() => entries('Outgoing links')).toEqual(['Panj crossing', 'Ваханский коридор']);
      expect(await sectionCount('Outgoing links')).toBe('2');
      expect(await entries('Unresolved links')).toEqual(['Hairatan bridge', 'Шерхан-Бандар']);
      expect(await sectionCount('Unresolved links')).toBe('2');
      // Mentioned in plain text (any case); a note that links to it is a backlink, not a mention.
      expect(await entries('Unlinked mentions')).toEqual(['ISKP claims', 'Airport notes']);
      expect(await sectionCount('Unlinked mentions')).toBe('2');
      expect(await section('Unlinked mentions').innerText()).toContain('claimed by ISKP');
      expect(await entries('Backlinks')).toEqual(['Weekly summary']);
      app.clean();
    });

    it('says None where a note has none, and follows an outgoing link', async () => {
      await section('Outgoing links').getByRole('button', { name: 'Ваханский коридор' }).click();
      await expect.poll(() => app.page.getByRole('main', { name: 'Editor' }).getByLabel('Title', { exact: true }).inputValue()).toBe('Ваханский коридор');
      await expect.poll(() => entries('Backlinks')).toEqual(['Kunduz attack']);
      for (const name of ['Outgoing links', 'Unresolved links', 'Unlinked mentions']) {
        expect(await sectionCount(name), name).toBe('0');
        expect(await section(name).innerText(), name).toContain('None');
      }
    });

    it('an unresolved link creates its note, which then resolves', async () => {
      await list('Notes').getByRole('button', { name: 'Kunduz attack' }).click();
      await expect.poll(() => entries('Unresolved links')).toEqual(['Hairatan bridge', 'Шерхан-Бандар']);
      await section('Unresolved links').getByRole('button', { name: /Hairatan bridge/ }).click();
      await expect.poll(() => app.page.getByRole('main', { name: 'Editor' }).getByLabel('Title', { exact: true }).inputValue()).toBe('Hairatan bridge');
      await list('Notes').getByRole('button', { name: 'Kunduz attack' }).click();
      await expect.poll(() => entries('Outgoing links')).toEqual(['Panj crossing', 'Ваханский коридор', 'Hairatan bridge']);
      expect(await entries('Unresolved links')).toEqual(['Шерхан-Бандар']);
      app.clean();
    });
  });
});
