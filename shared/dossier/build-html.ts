import { ACLED_EVENT_TYPES } from '../geo/acled';
import { normalizeTitle } from '../links';
import type { Dossier, Event, Note, Source } from '../model';
import { eventAnchor, noteAnchor, SECTION } from './anchors';
import { contents, contentsList, CONTENTS_LIST_ID, type ContentsEntry } from './contents';
import { cover } from './cover';
import { Endnotes, endnotesSection } from './endnotes';
import { EVENT_COLOURS } from '../geo/event-colours';
import { eventsSection } from './events-section';
import { html, trusted, type SafeHtml } from './html';
import { createDossierMarkdown } from './markdown';
import { noteArticle } from './notes-section';
import { sourcesSection } from './sources-section';
import { dossierCss } from './styles';
import { drawTimeline } from './timeline-svg';

/** Everything the dossier's HTML is made from; all of it is data, so the function is pure. */
export interface DossierHtmlInput {
  dossier: Pick<Dossier, 'title' | 'subtitle' | 'author' | 'date' | 'tlp' | 'summary'>;
  /** In print order (see select.ts). */
  notes: readonly Note[];
  /** Oldest first. */
  events: readonly Event[];
  /** In order of first mention: they are numbered S1, S2, … in this order. */
  sources: readonly Source[];
  /** From drawMap: an SVG our code drew (labels escaped there), and its caption. */
  map: { svg: string; caption: string };
  /** @font-face rules with data: URLs (main/core/dossier/fonts.ts). */
  fontCss: string;
  /** ISO timestamp printed on the cover. */
  generatedAt: string;
  notebookTitle?: string;
  /** Page of each anchor, read back from the previous print pass; absent on the first pass. */
  pages?: Readonly<Record<string, number>>;
  /**
   * The first pass, printed only to learn where each section lands: everything is laid out but
   * painted invisible (visibility changes no box), so the PDF carries the named destinations —
   * Chromium places them by layout — without glyphs, fonts or figures to encode.
   */
  draft?: boolean;
}

/**
 * The policy a printed dossier runs under, as a meta tag: it is printed with JavaScript off and
 * the network routed away, and this says the same inside the document — no script, no fetch,
 * fonts and images only from data: URLs.
 */
export const DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export { CONTENTS_LIST_ID };

/** The id of the draft's style element: a print engine that can edit a loaded page removes it to make the draft the print. */
export const DRAFT_STYLE_ID = 'dossier-draft';

/** The rendered dossier, from which both print passes are composed without rendering the notes again. */
export interface DossierDocument {
  /** The whole document; `pages` fills in the contents' page numbers, `draft` paints it invisible (see DossierHtmlInput). */
  html(options?: { pages?: Readonly<Record<string, number>>; draft?: boolean }): string;
  /** The contents list alone — the element with id CONTENTS_LIST_ID — with these page numbers. */
  contentsList(pages: Readonly<Record<string, number>>): string;
  /** The anchors the contents lists, in order: the pages a print pass reads back. */
  anchors: readonly string[];
}

/** The dossier as one self-contained HTML document. Every field from the notebook is escaped. */
export function buildDossierHtml(input: DossierHtmlInput): string {
  return buildDossierDocument(input).html({ ...(input.pages ? { pages: input.pages } : {}), ...(input.draft ? { draft: input.draft } : {}) });
}

/** Renders the dossier once (`pages` and `draft` of the input are ignored: they are chosen per print). */
export function buildDossierDocument(input: Omit<DossierHtmlInput, 'pages' | 'draft'>): DossierDocument {
  const { dossier, notes, events, sources } = input;

  const inDossier = new Map<string, { id: string }>();
  for (const n of notes) {
    inDossier.set(normalizeTitle(n.title), n);
    inDossier.set(n.id, n);
  }
  const endnotes = new Endnotes();
  const render = createDossierMarkdown({
    noteInDossier: (target) => inDossier.get(normalizeTitle(target)) ?? inDossier.get(target.trim()),
    cite: (item) => endnotes.cite(item),
  });

  // Rendering numbers the citations, so the summary goes first, then the notes in order.
  const summary = dossier.summary.trim() ? render(dossier.summary) : undefined;
  const eventsByNote = new Map<string, Event[]>();
  for (const e of events) for (const id of e.noteIds) eventsByNote.set(id, [...(eventsByNote.get(id) ?? []), e]);
  const articles = notes.map((n) => noteArticle(n, render(n.body), eventsByNote.get(n.id) ?? []));

  const sourceNumbers = new Map(sources.map((s, i) => [s.id, i + 1]));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, { source: s, number: i + 1 }]));

  const entries: ContentsEntry[] = [];
  const body: SafeHtml[] = [];
  const section = (anchor: string, title: string, content: SafeHtml, cls = 'page') => {
    entries.push({ anchor, label: title, level: 1 });
    body.push(html`<section class="${cls}"><h1 id="${anchor}">${title}</h1>${content}</section>`);
  };

  if (summary) section(SECTION.summary, 'Executive summary', html`<div class="summary">${summary}</div>`);
  section(SECTION.map, 'Map', html`<figure class="map-figure">${trusted(input.map.svg)}<figcaption>${input.map.caption}</figcaption></figure>`);
  // The timeline follows the map on its page when it fits (both are short); a page break otherwise.
  if (events.length) section(SECTION.timeline, 'Timeline', timelineFigure(events), 'flow');
  section(SECTION.notes, 'Notes', notes.length ? html`${articles}` : html`<p class="muted">This dossier has no notes.</p>`, 'part');
  entries.push(...notes.map((n) => ({ anchor: noteAnchor(n.id), label: n.title, level: 2 as const })));

  const tail: SafeHtml[] = [];
  if (endnotes.list.length) {
    entries.push({ anchor: SECTION.endnotes, label: 'Endnotes', level: 1 });
    tail.push(endnotesSection(endnotes.list, sourceIndex, SECTION.endnotes));
  }
  if (sources.length) {
    entries.push({ anchor: SECTION.sources, label: 'Sources', level: 1 });
    tail.push(sourcesSection(sources, SECTION.sources));
  }
  if (events.length) {
    entries.push({ anchor: SECTION.events, label: 'Events', level: 1 });
    tail.push(eventsSection(events, sourceNumbers, SECTION.events));
  }

  // Everything but the contents is the same in every pass: rendered once, composed per print.
  const head = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOSSIER_CSP}">
<title>${dossier.title}</title>
<style>${trusted(input.fontCss)}</style>
<style>${trusted(dossierCss(dossier.tlp, dossier.title))}</style>
`.value;
  const coverHtml = html`</head>
<body>
${cover(dossier, { notes: notes.length, events: events.length, sources: sources.length, generatedAt: input.generatedAt, ...(input.notebookTitle ? { notebookTitle: input.notebookTitle } : {}) })}
`.value;
  const rest = html`
${body}
${tail}
</body>
</html>
`.value;
  const draftStyle = `<style id="${DRAFT_STYLE_ID}">html, html * { visibility: hidden !important; }</style>\n`;
  return {
    html: (options = {}) => head + (options.draft ? draftStyle : '') + coverHtml + contents(entries, options.pages).value + rest,
    contentsList: (pages) => contentsList(entries, pages).value,
    anchors: entries.map((e) => e.anchor),
  };
}

function timelineFigure(events: readonly Event[]): SafeHtml {
  const types = ACLED_EVENT_TYPES.filter((t) => events.some((e) => e.eventType === t));
  const first = events[0]!.date;
  const last = events.reduce((max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max), first);
  return html`<figure class="timeline-figure">${trusted(drawTimeline(events))}
<div class="legend-row">${types.map((t) => html`<span><span class="swatch" style="background:${EVENT_COLOURS[t]}"></span>${t} (${events.filter((e) => e.eventType === t).length})</span>`)}</div>
<figcaption>${events.length} event${events.length === 1 ? '' : 's'} from ${first} to ${last}, by date; events close in time are stacked. The event table lists them in full.</figcaption></figure>
${events.length <= CHRONOLOGY_MAX ? chronology(events) : ''}`;
}

/** Up to this many events, the timeline also lists them in order; beyond it the event table does. */
const CHRONOLOGY_MAX = 40;

function chronology(events: readonly Event[]): SafeHtml {
  return html`<ol class="chronology">${events.map(
    (e) =>
      html`<li><span class="chrono-date">${e.date}</span><span class="swatch" style="background:${EVENT_COLOURS[e.eventType]}"></span><a href="#${eventAnchor(e.id)}" dir="auto">${e.title}</a> <span class="muted" dir="auto">${e.location.name}</span></li>`,
  )}</ol>`;
}
