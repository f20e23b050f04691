import { FrontierError } from '../../../../shared/ipc/errors';
import type { SourceKind } from '../../../../shared/model';
import { decodeText } from '../../sources/decode-text';
import { cleanField, cleanUrl } from '../document';
import { cslDate, cslNames, kindOfCslType } from './csl-fields';

/** One CSL-JSON item in our terms. */
export interface CslItem {
  title: string;
  kind: SourceKind;
  authors: string[];
  outlet?: string;
  publishedAt?: string;
  issuedText?: string;
  accessedAt?: string;
  url?: string;
  language?: string;
  abstract?: string;
  note?: string;
  /** The citation key, kept in the text so that the source can be found by it. */
  key?: string;
}

const MAX_ITEMS = 20_000;

function readItem(raw: unknown, index: number): CslItem | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return `item ${index + 1} is not an object`;
  const r = raw as Record<string, unknown>;
  if (typeof r['type'] !== 'string') return `item ${index + 1} has no CSL "type"`;
  const title = cleanField(r['title'], 500) ?? cleanField(r['title-short'], 500) ?? cleanField(r['container-title'], 500);
  const key = cleanField(r['citation-key'] ?? r['id'], 200);
  const issued = cslDate(r['issued']);
  const accessed = cslDate(r['accessed']);
  const doi = cleanField(r['DOI'], 300);
  const language = cleanField(r['language'], 20)?.replace('_', '-');
  const item: CslItem = {
    title: title ?? (key ? `Untitled (${key})` : `Untitled item ${index + 1}`),
    kind: kindOfCslType(r['type']),
    authors: cslNames(r['author']),
  };
  const outlet = cleanField(r['container-title']) ?? cleanField(r['publisher']);
  if (outlet) item.outlet = outlet;
  if (issued.full) item.publishedAt = issued.full;
  if (issued.text) item.issuedText = issued.text;
  if (accessed.full) item.accessedAt = accessed.full;
  const url = cleanUrl(r['URL']) ?? (doi ? cleanUrl(`https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}`) : undefined);
  if (url) item.url = url;
  if (language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language)) item.language = language;
  const abstract = typeof r['abstract'] === 'string' ? r['abstract'].trim().slice(0, 19_000) : undefined;
  if (abstract) item.abstract = abstract;
  const note = typeof r['note'] === 'string' ? r['note'].trim().slice(0, 50_000) : undefined;
  if (note) item.note = note;
  if (key) item.key = key;
  return item;
}

/**
 * Reads a CSL-JSON file (Zotero: Export → CSL JSON; also what citeproc and pandoc read): an array
 * of items, or one item. Every item is checked before anything is stored; an item that is not CSL
 * refuses the file, naming it.
 */
export function readCslItems(bytes: Uint8Array, fileName: string): CslItem[] {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes, fileName));
  } catch (err) {
    if (err instanceof FrontierError) throw err;
    throw new FrontierError('INVALID_INPUT', `${fileName} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const raw = Array.isArray(data) ? data : [data];
  if (raw.length === 0) throw new FrontierError('INVALID_INPUT', `${fileName} holds no items.`);
  if (raw.length > MAX_ITEMS) throw new FrontierError('TOO_LARGE', `${fileName} holds ${raw.length} items; import at most ${MAX_ITEMS} at a time.`);
  const items: CslItem[] = [];
  const problems: string[] = [];
  raw.forEach((r, i) => {
    const item = readItem(r, i);
    if (typeof item === 'string') problems.push(item);
    else items.push(item);
  });
  if (problems.length) throw new FrontierError('INVALID_INPUT', `${fileName} is not CSL-JSON: ${problems.slice(0, 5).join('; ')}. Nothing was changed.`);
  return items;
}
