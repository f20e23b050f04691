import type { Event, Note, Source } from '../../../shared/model';
import type { SearchKind } from '../../../shared/search';
import { fingerprintOf } from './fingerprint';

/**
 * What the index knows of one note, source or event: the text it indexes (field by field, with a
 * weight: a word in a title counts three times one in a body), the filters' data, and a fingerprint
 * of all of it. A source's full text stays in blobs/ and is read by its hash when it is indexed and
 * when a snippet is cut from it.
 */
export interface IndexedField {
  text: string;
  weight: number;
  /** Snippets are cut from these fields (and a source's full text), in this order. */
  snippet: boolean;
}

export interface DocInfo {
  kind: SearchKind;
  id: string;
  title: string;
  /** Every indexed field; the title is the first. */
  fields: IndexedField[];
  /** sha256 of a source's full text in blobs/. */
  textHash?: string;
  /** Folded like query tags (NFKC, lower case). */
  tags: string[];
  /** Event date range, or a source's publication day; YYYY-MM-DD. */
  dateFrom?: string;
  dateTo?: string;
  /** A source's reliability, 0 (A) … 5 (F). */
  reliability?: number;
  lat?: number;
  lng?: number;
  /** Orders results of a query with no words (newest first): event date, publication date, last change. */
  sortKey: string;
  fingerprint: number;
  /** What it was made from: the cache stores it, so the next open can answer before the notebook is read. */
  record: ItemRecord;
}

export const KIND_CODES: readonly SearchKind[] = ['note', 'source', 'event'];
export const kindCode = (k: SearchKind): number => KIND_CODES.indexOf(k);

/**
 * An item reduced to what the index reads, as plain strings and numbers ('' and NaN for "none"):
 * cheap to take on the notebook's thread and to pack for the worker (pack.ts).
 * `texts` are the kind's fields in FIELDS order, the title first.
 */
export interface ItemRecord {
  kind: SearchKind;
  id: string;
  texts: string[];
  tags: string[];
  textHash: string;
  dateFrom: string;
  dateTo: string;
  sortKey: string;
  reliability: number;
  lat: number;
  lng: number;
}

const TITLE = 3;
const TAGS = 2;
const NAMES = 2;
const TEXT = 1;

/** Each kind's fields after the title, with their weight and whether snippets are cut from them. */
const FIELDS: Record<SearchKind, ReadonlyArray<{ weight: number; snippet: boolean }>> = {
  note: [{ weight: TEXT, snippet: true }], // body
  source: [
    { weight: NAMES, snippet: false }, // outlet
    { weight: NAMES, snippet: false }, // author
    { weight: TEXT, snippet: true }, // summary (the full text comes from blobs/)
  ],
  event: [
    { weight: TEXT, snippet: true }, // description
    { weight: NAMES, snippet: true }, // place
    { weight: NAMES, snippet: true }, // actors
    { weight: TEXT, snippet: true }, // type and sub-type
  ],
};

// Records are built for every item when the index opens: object literals of one shape, no spreads.
export function noteRecord(n: Note): ItemRecord {
  return { kind: 'note', id: n.id, texts: [n.title, n.body], tags: n.tags, textHash: '', dateFrom: '', dateTo: '', sortKey: n.updated, reliability: NaN, lat: n.place?.lat ?? NaN, lng: n.place?.lng ?? NaN };
}

export function sourceRecord(s: Source): ItemRecord {
  const published = s.publishedAt?.slice(0, 10) ?? '';
  return {
    kind: 'source',
    id: s.id,
    texts: [s.title, s.outlet ?? '', s.author ?? '', s.summary],
    tags: s.tags,
    textHash: s.textHash,
    dateFrom: published,
    dateTo: published,
    sortKey: published || s.created,
    reliability: 'ABCDEF'.indexOf(s.reliability),
    lat: NaN,
    lng: NaN,
  };
}

export function eventRecord(e: Event): ItemRecord {
  return {
    kind: 'event',
    id: e.id,
    texts: [e.title, e.description, e.location.name, e.actors.join('; '), `${e.eventType}; ${e.subEventType}`],
    tags: e.tags,
    textHash: '',
    dateFrom: e.date,
    dateTo: e.endDate ?? e.date,
    sortKey: e.date,
    reliability: NaN,
    lat: e.location.lat,
    lng: e.location.lng,
  };
}

/** Tags compare like query tags: NFKC and lower case (most are ASCII, which needs neither). */
const foldTag = (t: string): string => (/^[ -~]*$/.test(t) ? t.toLowerCase() : t.normalize('NFKC').toLowerCase());

/**
 * Digest of everything in a record, so that a cached record whose digest the notebook confirms can
 * stand in for the notebook's own item (engine.ts). Computed on the notebook's thread for every item
 * when the index opens, so the short fields go into one string and the texts are not copied.
 */
export function recordFingerprint(r: ItemRecord): number {
  let head = `${r.kind}\0${r.id}\0${r.textHash}\0${r.dateFrom}\0${r.dateTo}\0${r.sortKey}\0${r.reliability}\0${r.lat}\0${r.lng}\0${r.tags.length}`;
  for (const t of r.tags) head += `\0${t}`;
  return fingerprintOf(head, r.texts);
}

/** `fingerprint` is passed when it is known already (a record read from the cache, checked against the notebook's). */
export function docOf(r: ItemRecord, fingerprint = recordFingerprint(r)): DocInfo {
  const tags = r.tags.map(foldTag);
  const title = r.texts[0] ?? '';
  const fields: IndexedField[] = [
    { text: title, weight: TITLE, snippet: false },
    { text: r.tags.join(' '), weight: TAGS, snippet: false },
  ];
  const rest = FIELDS[r.kind];
  for (let i = 0; i < rest.length; i++) fields.push({ text: r.texts[i + 1] ?? '', weight: rest[i]!.weight, snippet: rest[i]!.snippet });
  // Every property set, none spread: one object shape for all documents (opening builds 25,000 of them).
  const hasPlace = !Number.isNaN(r.lat) && !Number.isNaN(r.lng);
  return {
    kind: r.kind,
    id: r.id,
    title,
    fields,
    textHash: r.textHash || undefined,
    tags,
    dateFrom: r.dateFrom || undefined,
    dateTo: r.dateFrom ? r.dateTo || r.dateFrom : undefined,
    reliability: Number.isNaN(r.reliability) ? undefined : r.reliability,
    lat: hasPlace ? r.lat : undefined,
    lng: hasPlace ? r.lng : undefined,
    sortKey: r.sortKey,
    fingerprint,
    record: r,
  };
}

/** Record count of each kind's texts (title included), for packing. */
export const textCount = (kind: SearchKind): number => 1 + FIELDS[kind].length;
