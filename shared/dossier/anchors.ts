/**
 * Fragment ids inside the dossier. Item ids are `[a-z]_[0-9a-z]{12}`, so these are valid ids and
 * need no escaping. The contents links to every section and note: Chromium writes a named PDF
 * destination for each link target, which is how the print engine reads back page numbers.
 */
export const SECTION = {
  summary: 'sec-summary',
  map: 'sec-map',
  timeline: 'sec-timeline',
  notes: 'sec-notes',
  endnotes: 'sec-endnotes',
  sources: 'sec-sources',
  events: 'sec-events',
} as const;

export const noteAnchor = (id: string): string => `note-${id}`;
export const sourceAnchor = (id: string): string => `source-${id}`;
export const eventAnchor = (id: string): string => `event-${id}`;
export const endnoteAnchor = (n: number): string => `endnote-${n}`;
export const endnoteRefAnchor = (n: number): string => `endnote-ref-${n}`;
