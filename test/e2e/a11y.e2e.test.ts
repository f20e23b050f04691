import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { servedNotebook } from './served-notebook';

const TITLE = 'A11y E2E';
const EN_SOURCE = 'Shir Khan Bandar crossing reopens after three-day closure';

/** What a screen reader would have no name for: one line per control, to say where it is. */
interface Unnamed {
  control: string;
  where: string;
}

/**
 * Walks the page's interactive controls that are visible (and not hidden from assistive
 * technology) and returns those without an accessible name. The name is computed the way the
 * accessible-name algorithm does for these controls: aria-labelledby, aria-label, the <label>s of a
 * form control (by `for` or wrapping it), alt of an image, the value of an input button, the text
 * content of elements that are named by their content, then title. A placeholder is not a name.
 */
function unnamedControls(page: Page): Promise<Unnamed[]> {
  return page.evaluate(() => {
    const SELECTOR = [
      'button',
      'summary',
      'a[href]',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      '[role="button"]',
      '[role="checkbox"]',
      '[role="tab"]',
      '[role="option"]',
      '[role="combobox"]',
      '[role="slider"]',
      '[role="switch"]',
      '[role="link"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const FORM = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

    const hiddenFromAT = (el: Element): boolean => !!el.closest('[aria-hidden="true"], [inert]');
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };

    /** The text an element contributes to a name, per the algorithm's "name from content" step. */
    function contentText(node: Node, self: Element): string {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      if (node !== self && (node.getAttribute('aria-hidden') === 'true' || !node.checkVisibility())) return '';
      if (node !== self) {
        const label = node.getAttribute('aria-label')?.trim();
        if (label) return ` ${label} `;
        if (node instanceof HTMLImageElement) return node.alt;
        if (node instanceof HTMLSelectElement) return node.selectedOptions[0]?.textContent ?? '';
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return node.value;
      }
      let text = '';
      for (const child of node.childNodes) text += contentText(child, self);
      const display = getComputedStyle(node).display;
      return display === 'inline' ? text : ` ${text} `;
    }

    function name(el: Element): string {
      const labelledby = el.getAttribute('aria-labelledby');
      if (labelledby) {
        const text = labelledby
          .split(/\s+/)
          .map((id) => document.getElementById(id))
          .filter((x): x is HTMLElement => !!x)
          .map((x) => x.getAttribute('aria-label') ?? contentText(x, x))
          .join(' ')
          .trim();
        if (text) return text;
      }
      const label = el.getAttribute('aria-label')?.trim();
      if (label) return label;
      if (FORM.has(el.tagName)) {
        const labels = (el as HTMLInputElement).labels;
        const text = labels ? [...labels].map((l) => contentText(l, el)).join(' ').trim() : '';
        if (text) return text;
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value || (el.type === 'submit' ? 'Submit' : el.type === 'reset' ? 'Reset' : '');
      if (el instanceof HTMLInputElement && el.type === 'image') return el.alt;
      if (el instanceof HTMLImageElement) return el.alt;
      if (!FORM.has(el.tagName)) {
        const text = contentText(el, el).replace(/\s+/g, ' ').trim();
        if (text) return text;
      }
      return el.getAttribute('title')?.trim() ?? '';
    }

    const describe = (el: Element): string => {
      const html = el.outerHTML.replace(/\s+/g, ' ');
      return html.length > 200 ? `${html.slice(0, 200)}…` : html;
    };
    const where = (el: Element): string => {
      const landmark = el.closest('nav, main, aside, section[aria-label], [role="region"], [role="dialog"], [role="toolbar"], header, footer');
      return landmark ? `${landmark.tagName.toLowerCase()}${landmark.getAttribute('aria-label') ? ` "${landmark.getAttribute('aria-label')}"` : ''}` : 'page';
    };

    return [...document.querySelectorAll(SELECTOR)]
      .filter((el) => shown(el) && !hiddenFromAT(el))
      .filter((el) => !name(el))
      .map((el) => ({ control: describe(el), where: where(el) }));
  });
}

/** Where a point is on the page, from the bounds the map container keeps in its data attributes. */
function pixelOf(page: Page, lat: number, lng: number): Promise<{ x: number; y: number; inside: boolean }> {
  return page.locator('.map-canvas').evaluate(
    (el: HTMLElement, p) => {
      const mercY = (a: number) => Math.log(Math.tan(Math.PI / 4 + (a * Math.PI) / 360));
      const [s, w, n, e] = (el.dataset['bounds'] ?? '').split(',').map(Number) as [number, number, number, number];
      const r = el.getBoundingClientRect();
      const x = r.left + el.clientLeft + ((p.lng - w) / (e - w)) * el.clientWidth;
      const y = r.top + el.clientTop + ((mercY(n) - mercY(p.lat)) / (mercY(n) - mercY(s))) * el.clientHeight;
      return { x, y, inside: p.lat > s && p.lat < n && p.lng > w && p.lng < e };
    },
    { lat, lng },
  );
}

/** Focusable controls inside a subtree hidden from assistive technology: reachable by Tab, silent. */
function focusableButHidden(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-hidden="true"] :is(button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"]))')]
      .filter((el) => el.getBoundingClientRect().width > 0 && !(el as HTMLButtonElement).disabled)
      .map((el) => el.outerHTML.slice(0, 200)),
  );
}

describe('accessible names, in Chromium', () => {
  const app = servedNotebook({ title: TITLE, init: ['--title', TITLE, '--sample'] });
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const sidebar = () => app.page.getByRole('navigation', { name: 'Sidebar' });

  /** Fails listing every control on the screen without a name. */
  async function expectAllNamed(screen: string) {
    const unnamed = await unnamedControls(app.page);
    expect(unnamed, `${screen}: controls without an accessible name:\n${unnamed.map((u) => `  in ${u.where}: ${u.control}`).join('\n')}`).toEqual([]);
    expect(await focusableButHidden(app.page), `${screen}: focusable inside aria-hidden`).toEqual([]);
  }

  it('the walk finds a control without a name, and passes one with a name (a check of the check)', async () => {
    await app.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'a11y-probe';
      probe.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 9999; background: white';
      probe.innerHTML = `
        <button id="p-icon"><svg width="10" height="10"><path d="M0 0h10v10z"/></svg></button>
        <button id="p-named" aria-label="Close"><svg width="10" height="10"></svg></button>
        <style>#a11y-probe :is(a, div, button) { display: inline-block; min-width: 12px; min-height: 12px; }</style>
        <a id="p-link" href="#x"></a>
        <input id="p-input" placeholder="Only a placeholder">
        <label>Field <input id="p-labelled"></label>
        <label><select id="p-select"><option>Only an option</option></select></label>
        <div id="p-tabindex" tabindex="0"></div>
        <div role="option" id="p-option"></div>
        <span id="p-by" hidden>Given by id</span><div role="button" tabindex="0" id="p-labelledby" aria-labelledby="p-by"></div>
        <div aria-hidden="true"><span id="p-hidden-text"></span></div>
        <button id="p-title" title="Has a title"></button>`;
      document.body.prepend(probe);
    });
    const unnamed = (await unnamedControls(app.page)).map((u) => /id="([^"]+)"/.exec(u.control)?.[1]);
    await app.page.evaluate(() => document.getElementById('a11y-probe')?.remove());
    expect(unnamed.filter((id) => id?.startsWith('p-')).sort()).toEqual(['p-icon', 'p-input', 'p-link', 'p-option', 'p-select', 'p-tabindex']);
  });

  it('has the named landmarks: navigation Sidebar, main Editor, complementary Linked items, the map regions', async () => {
    expect(await app.page.getByRole('navigation', { name: 'Sidebar', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('main', { name: 'Editor', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('complementary', { name: 'Linked items', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('region', { name: 'Map', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('region', { name: 'Map view', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('region', { name: 'Event filters', exact: true }).count()).toBe(1);
    expect(await app.page.getByRole('toolbar', { name: 'Map views', exact: true }).count()).toBe(1);
    // One main; every navigation, complementary and region landmark named, and no two alike.
    const landmarks = await app.page.evaluate(() =>
      [...document.querySelectorAll('nav, main, aside, [role="navigation"], [role="main"], [role="complementary"], [role="region"], section[aria-label], section[aria-labelledby]')].map((el) => ({
        role: el.getAttribute('role') ?? ({ NAV: 'navigation', MAIN: 'main', ASIDE: 'complementary', SECTION: 'region' } as Record<string, string>)[el.tagName]!,
        name: el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '' : ''),
      })),
    );
    expect(landmarks.filter((l) => l.role === 'main')).toHaveLength(1);
    const top = landmarks.filter((l) => l.role !== 'region');
    expect(top.filter((l) => !l.name.trim()), 'unnamed landmarks').toEqual([]);
    expect(new Set(top.map((l) => `${l.role}:${l.name}`)).size).toBe(top.length);
  });

  it('the first screen (sidebar, welcome, map) names every control', async () => {
    await app.page.getByRole('region', { name: 'Map view' }).waitFor();
    await expectAllNamed('first screen');
  });

  it('the note editor, in Split mode with its preview, names every control', async () => {
    await sidebar().getByRole('list', { name: /^Notes/ }).getByRole('button', { name: /Kunduz security picture/ }).click();
    await main().getByRole('textbox', { name: 'Note text' }).waitFor();
    await main().getByRole('button', { name: 'Split', exact: true }).click();
    await main().getByRole('region', { name: 'Preview' }).waitFor();
    // The linked panel has filled in for the note.
    await app.page.getByRole('complementary', { name: 'Linked items' }).getByRole('region', { name: 'Backlinks' }).waitFor();
    await expectAllNamed('note editor');
    await main().getByRole('button', { name: 'Edit', exact: true }).click();
  });

  it('the source reader, with its grade pickers and found marks, names every control', async () => {
    await sidebar().getByRole('list', { name: /^Sources/ }).getByRole('button', { name: new RegExp(EN_SOURCE) }).click();
    await main().getByRole('heading', { level: 1, name: EN_SOURCE }).waitFor();
    // The grade pickers are there (found without their names, which the walk checks).
    await expect.poll(() => main().locator('.source-grade select').count()).toBe(2);
    const text = main().getByRole('region', { name: 'Source text' });
    await expect.poll(() => text.locator('mark').count()).toBeGreaterThan(0);
    await expectAllNamed('source reader');
  });

  it('the event form, new and existing, names every control', async () => {
    await sidebar().getByRole('button', { name: 'New event', exact: true }).click();
    await main().getByLabel('Title', { exact: true }).waitFor();
    await expectAllNamed('new event form');
    await sidebar().getByRole('list', { name: /^Events/ }).getByRole('button').first().click();
    await expect.poll(() => main().getByLabel('Title', { exact: true }).inputValue()).not.toBe('');
    await expectAllNamed('event form');
  });

  it('the map, with an event’s popup open, names every control', async () => {
    const event = runCli(app.nb, ['--json', 'event', 'list'])
      .json<Array<{ title: string; location: { lat: number; lng: number } }>>()
      .find((e) => e.title === 'Brawl at the Ishkashim bridge')!;
    // The map fits to the note's events.
    await sidebar().getByRole('list', { name: /^Notes/ }).getByRole('button', { name: /Ishkashim and the Wakhan/ }).click();
    await expect.poll(async () => (await pixelOf(app.page, event.location.lat, event.location.lng)).inside).toBe(true);
    await expect.poll(() => app.page.locator('.map-canvas').getAttribute('data-highlighted')).not.toBe('0');
    const at = await pixelOf(app.page, event.location.lat, event.location.lng);
    await app.page.mouse.click(at.x, at.y);
    const popup = app.page.locator('.leaflet-popup');
    // The event there (or one beside it, where markers touch) opens in a popup.
    await expect.poll(() => popup.locator('.map-popup-title').count()).toBe(1);
    expect(await popup.locator('.map-popup-title').innerText()).toMatch(/Ishkashim/);
    expect(await popup.getByRole('button').count()).toBeGreaterThan(0);
    await expectAllNamed('map with a popup');
  });

  it('the dossier editor, in each way of choosing notes, names every control', async () => {
    await sidebar().getByRole('button', { name: 'Export dossier', exact: true }).click();
    await main().getByRole('heading', { level: 1 }).waitFor();
    await expectAllNamed('dossier editor');
    await main().getByLabel('By tag', { exact: true }).check();
    await expectAllNamed('dossier editor, notes by tag');
    await main().getByLabel('By search', { exact: true }).check();
    await expectAllNamed('dossier editor, notes by search');
    await main().getByLabel('By hand', { exact: true }).check();
  });

  it('the command palette names every control, each option included', async () => {
    await app.page.keyboard.press('Control+k');
    const palette = app.page.getByRole('dialog');
    await palette.getByRole('combobox').waitFor();
    await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(3);
    await expectAllNamed('command palette');
    await palette.getByRole('combobox').fill('kunduz');
    await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(0);
    await expectAllNamed('command palette, filtered');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
  });

  it('the search results name every control, each result included', async () => {
    const box = app.page.getByRole('searchbox', { name: 'Search' });
    await box.fill('kunduz');
    const results = app.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(1);
    await expectAllNamed('search results');
    await app.page.getByRole('button', { name: 'Search syntax' }).click();
    await expectAllNamed('search syntax help');
    await app.page.getByRole('button', { name: 'Search syntax' }).click();
    await box.press('Escape');
    app.clean();
  });
});
