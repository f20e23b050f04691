import type { Source } from '../model';
import { endnoteAnchor, endnoteRefAnchor, sourceAnchor } from './anchors';
import { grade } from './format';
import { html, type SafeHtml } from './html';
import type { CitationItem } from './markdown-tokens';

export interface Endnote extends CitationItem {
  n: number;
}

/** Numbers citations in reading order: every citation is its own endnote, as in print. */
export class Endnotes {
  readonly list: Endnote[] = [];

  cite(item: CitationItem): number {
    const n = this.list.length + 1;
    this.list.push({ ...item, n });
    return n;
  }
}

/** The endnotes section: each note names its source (linked to the source list), grade, locator and excerpt. */
export function endnotesSection(notes: readonly Endnote[], sources: ReadonlyMap<string, { source: Source; number: number }>, anchor: string): SafeHtml {
  const items = notes.map((e) => {
    const found = sources.get(e.sourceId);
    const what = found
      ? html`<a href="#${sourceAnchor(found.source.id)}">[S${found.number}]</a> <span dir="auto">${found.source.title}</span>${found.source.outlet ? html`, <span dir="auto">${found.source.outlet}</span>` : ''} <span class="grade">${grade(found.source)}</span>`
      : html`<span class="missing">Source ${e.sourceId} is not in the notebook.</span>`;
    return html`<li id="${endnoteAnchor(e.n)}" value="${e.n}"><a class="back" href="#${endnoteRefAnchor(e.n)}">${e.n}.</a> ${what}${e.locator ? html`, ${e.locator}` : ''}${e.excerpt !== undefined ? html`: <q dir="auto">${e.excerpt}</q>` : ''}</li>`;
  });
  return html`<section class="endnotes"><h1 id="${anchor}">Endnotes</h1><ol class="endnote-list">${items}</ol></section>`;
}
