import { html, type SafeHtml } from './html';

export interface ContentsEntry {
  anchor: string;
  label: string;
  /** 1: a section, 2: a note inside "Notes". */
  level: 1 | 2;
}

/** The id of the contents list: a print engine that can edit a loaded page replaces just this element to fill in the numbers. */
export const CONTENTS_LIST_ID = 'dossier-contents-list';

/**
 * The contents page. Each entry links to its section (which is also what makes Chromium write a
 * named destination for it). Page numbers come from the previous print pass; on the first pass
 * they are blank, in a box of fixed width, so filling them in cannot move a line or a page break.
 */
export function contents(entries: readonly ContentsEntry[], pages: Readonly<Record<string, number>> | undefined): SafeHtml {
  return html`<section class="contents"><h1 id="contents">Contents</h1>${contentsList(entries, pages)}</section>`;
}

/** The list alone (the element with id CONTENTS_LIST_ID). */
export function contentsList(entries: readonly ContentsEntry[], pages: Readonly<Record<string, number>> | undefined): SafeHtml {
  const rows = entries.map(
    (e) => html`<li class="toc-${e.level}"><a href="#${e.anchor}"><span class="toc-label" dir="auto">${e.label}</span><span class="toc-leader"></span><span class="toc-page">${pages?.[e.anchor] ?? ''}</span></a></li>`,
  );
  return html`<ol class="toc" id="${CONTENTS_LIST_ID}">${rows}</ol>`;
}
