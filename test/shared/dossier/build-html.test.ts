// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDossierDocument, buildDossierHtml, CONTENTS_LIST_ID, DOSSIER_CSP, DRAFT_STYLE_ID, noteAnchor, SECTION, type DossierHtmlInput } from '../../../shared/dossier';
import { cssString } from '../../../shared/dossier/html';
import { HOSTILE_PAYLOADS, HOSTILE_TITLE } from '../../fixtures/hostile/payloads';
import { EVENTS, NOTE_A, NOTE_B, NOTES, note, SOURCES, SRC_EN, SRC_RU } from '../../fixtures/dossier/items';

const base = (over: Partial<DossierHtmlInput> = {}): DossierHtmlInput => ({
  dossier: { title: 'Panj border', subtitle: 'Q1 2022', author: 'Analyst A', date: '2022-04-01', tlp: 'AMBER', summary: '' },
  notes: NOTES.slice(0, 2),
  events: EVENTS,
  sources: SOURCES,
  map: { svg: '<svg class="map"></svg>', caption: 'A map' },
  fontCss: '@font-face { font-family: "Noto Sans"; }',
  generatedAt: '2023-06-01T10:00:00.000Z',
  ...over,
});

/** Parsed as a browser would, without running anything (DOMParser documents are inert). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('buildDossierHtml', () => {
  it('is one self-contained document: a CSP that forbids script and fetches, the fonts inline', () => {
    const doc = parse(buildDossierHtml(base()));
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(DOSSIER_CSP);
    expect(DOSSIER_CSP).toContain("default-src 'none'");
    expect(doc.querySelectorAll('script, link, iframe, object, embed, base')).toHaveLength(0);
    expect(doc.querySelector('style')?.textContent).toContain('@font-face');
  });

  it('prints a hostile note title literally: in the title, the contents, the heading', () => {
    const hostile = note('n_0000000000ff', HOSTILE_TITLE, 'x');
    const html = buildDossierHtml(base({ dossier: { ...base().dossier, title: HOSTILE_TITLE }, notes: [hostile] }));
    const doc = parse(html);
    expect(doc.title).toBe(HOSTILE_TITLE);
    expect(doc.getElementById(noteAnchor(hostile.id))?.textContent).toBe(HOSTILE_TITLE);
    expect(doc.querySelector('.toc-2 .toc-label')?.textContent).toBe(HOSTILE_TITLE);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
  });

  it('turns no hostile Markdown into markup: no script, no event handlers, no javascript: or remote URLs', () => {
    const body = HOSTILE_PAYLOADS.join('\n\n');
    const html = buildDossierHtml(base({ notes: [note(NOTE_A, 'Hostile', body)], dossier: { ...base().dossier, summary: body } }));
    const doc = parse(html);
    const allowed = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'SECTION', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'A', 'SPAN', 'SUP', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'CODE', 'PRE', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'BR', 'HR', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'ARTICLE', 'Q', 'DEL', 'IMG', 'INPUT', 'svg', 'g', 'path', 'line', 'circle', 'rect', 'text']);
    for (const el of doc.querySelectorAll('*')) {
      expect(allowed.has(el.tagName), `unexpected <${el.tagName}>`).toBe(true);
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        if (attr.name === 'href' || attr.name === 'src') expect(attr.value, attr.value).toMatch(/^(#|https?:|mailto:|data:image\/(png|gif|jpe?g|webp|avif|bmp);)/i);
        if (attr.name === 'src') expect(attr.value).not.toMatch(/^https?:/i);
      }
    }
    expect(doc.querySelectorAll('input')).toHaveLength(0);
    // The markup is printed as text, so the analyst sees what the note says.
    expect(doc.body.textContent).toContain('<script>window.__frontierPwned=1</script>');
  });

  it('numbers citations as endnotes in reading order: summary first, each citation its own number', () => {
    const html = buildDossierHtml(base({ dossier: { ...base().dossier, summary: `In short [@${SRC_RU}, p. 9].` } }));
    const doc = parse(html);
    const refs = [...doc.querySelectorAll('sup.cite a')].map((a) => a.textContent);
    expect(refs).toEqual(['1', '2', '3', '4', '5']);
    const endnotes = [...doc.querySelectorAll('.endnote-list li')];
    expect(endnotes.map((li) => li.id)).toEqual(['endnote-1', 'endnote-2', 'endnote-3', 'endnote-4', 'endnote-5']);
    expect(endnotes[0]?.textContent).toMatch(/^1\. \[S2\] Заявление пресс-службы, Межведомственный совет C3, p\. 9$/);
    expect(endnotes[1]?.textContent).toContain('[S1] Shir Khan Bandar crossing reopens');
    expect(endnotes[1]?.textContent).toContain('para. 1: three days');
    expect(endnotes[1]?.querySelector('q')?.textContent).toBe('three days');
    // Each reference links to its endnote and back.
    expect(doc.querySelector('sup.cite a')?.getAttribute('href')).toBe('#endnote-1');
    expect(endnotes[0]?.querySelector('a.back')?.getAttribute('href')).toBe('#endnote-ref-1');
    expect(endnotes[0]?.querySelector(`a[href="#source-${SRC_RU}"]`)).not.toBeNull();
  });

  it('makes [[links]] to notes in the dossier internal links, and leaves others as text', () => {
    const doc = parse(buildDossierHtml(base()));
    const a = doc.getElementById(noteAnchor(NOTE_A))!.closest('article')!;
    expect(a.querySelector(`a.xref[href="#${noteAnchor(NOTE_B)}"]`)?.textContent).toBe('Граница на Пяндже');
    expect(a.querySelector('span.xref-outside')?.textContent).toBe('Not in the dossier');
    const b = doc.getElementById(noteAnchor(NOTE_B))!.closest('article')!;
    expect(b.querySelector(`a.xref[href="#${noteAnchor(NOTE_A)}"]`)?.textContent).toBe('the crossing');
  });

  it('lists the contents with the page numbers it is given, in fixed-width boxes', () => {
    const first = parse(buildDossierHtml(base()));
    expect([...first.querySelectorAll('.toc-page')].every((p) => p.textContent === '')).toBe(true);
    const pages = { [SECTION.map]: 3, [SECTION.notes]: 5, [noteAnchor(NOTE_A)]: 5, [noteAnchor(NOTE_B)]: 6, [SECTION.events]: 9 };
    const second = parse(buildDossierHtml(base({ pages })));
    const rows = [...second.querySelectorAll('.toc li')].map((li) => [li.querySelector('.toc-label')?.textContent, li.querySelector('.toc-page')?.textContent, li.querySelector('a')?.getAttribute('href')]);
    expect(rows).toEqual([
      ['Map', '3', `#${SECTION.map}`],
      ['Timeline', '', `#${SECTION.timeline}`],
      ['Notes', '5', `#${SECTION.notes}`],
      ['Shir Khan Bandar crossing', '5', `#${noteAnchor(NOTE_A)}`],
      ['Граница на Пяндже', '6', `#${noteAnchor(NOTE_B)}`],
      ['Endnotes', '', `#${SECTION.endnotes}`],
      ['Sources', '', `#${SECTION.sources}`],
      ['Events', '9', `#${SECTION.events}`],
    ]);
  });

  it('gives the contents list alone, to replace in a loaded print, and the anchors it lists', () => {
    const doc = buildDossierDocument(base());
    const pages = { [SECTION.map]: 3, [noteAnchor(NOTE_A)]: 5 };
    const full = parse(doc.html({ pages }));
    expect(doc.html({ pages })).toContain(doc.contentsList(pages));
    expect(full.getElementById(CONTENTS_LIST_ID)?.outerHTML).toBe(doc.contentsList(pages));
    expect(doc.anchors).toEqual([...full.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')!.slice(1)));
    expect(doc.html({ pages })).toBe(buildDossierHtml(base({ pages })));
  });

  it('lays out a draft exactly like the print, only invisible', () => {
    const draft = buildDossierHtml(base({ draft: true }));
    const final = buildDossierHtml(base());
    expect(draft.replace(`<style id="${DRAFT_STYLE_ID}">html, html * { visibility: hidden !important; }</style>\n`, '')).toBe(final);
  });

    it('shows the TLP label in its FIRST colours, on the cover and in every page margin', () => {
    const html = buildDossierHtml(base({ dossier: { ...base().dossier, tlp: 'RED' } }));
    const doc = parse(html);
    expect(doc.querySelector('.cover .tlp')?.textContent).toBe('TLP:RED');
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/\.tlp-red \{ color: #FF2B2B; \}/);
    expect(css).toMatch(/@top-left \{ content: "TLP:RED"; [^}]*color: #FF2B2B; background: #000000;/);
    expect(css).toMatch(/@bottom-left \{ content: "TLP:RED";/);
    expect(css).toContain('counter(page) " of " counter(pages)');
  });

  it('cannot break out of the stylesheet through the title in the page header', () => {
    const html = buildDossierHtml(base({ dossier: { ...base().dossier, title: 'A"; } </style><script>x()</script>' } }));
    expect(html).not.toContain('</style><script>');
    expect(cssString('a"</style>\\')).toBe('"a\\000022\\00003c\\00002fstyle\\00003e\\00005c"');
  });

  it('lists sources with outlet, date, URL as text, grade and file hash; events with their sources', () => {
    const doc = parse(buildDossierHtml(base()));
    const s1 = doc.getElementById(`source-${SRC_EN}`)!;
    expect(s1.textContent).toContain('Northern Corridor Monitor');
    expect(s1.textContent).toContain('published 2022-03-14');
    expect(s1.querySelector('.url')?.textContent).toBe('https://example.org/a?x=1&y=2');
    expect(s1.textContent).toContain('Grade B2: Usually reliable; probably true.');
    expect(doc.getElementById(`source-${SRC_RU}`)!.textContent).toContain(`sha256 ${'b'.repeat(64)}`);
    const row = doc.getElementById('event-e_000000000002')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '2022-10-12approximate',
      'Protocol signed in MoscowMoscow (55.7558, 37.6173; exact)',
      'Strategic developmentsAgreement',
      'Government of Russia (2000-); Government of Tajikistan (1994-); CSTO',
      'n.r.',
      'S2',
    ]);
  });
});
