import type { SearchKind } from '../../../shared/search';
import { KIND_CODES, kindCode, textCount, type ItemRecord } from './doc-info';

/**
 * Records packed for the trip to the worker thread: every string end to end in one string, their
 * lengths, and the numbers, in typed arrays. Structured clone then copies three buffers instead of
 * walking tens of thousands of objects — for the benchmark notebook about a tenth of the time the
 * app's main thread would otherwise spend (0.45 s) before the worker could start.
 */
export interface PackedRecords {
  text: string;
  lengths: Uint32Array;
  numbers: Float64Array;
  kinds: Uint8Array;
}

/** Strings per record besides its texts: id, sortKey, textHash, dateFrom, dateTo, tags. */
const FIXED = 6;
const NUMBERS = 3;

export function packRecords(records: readonly ItemRecord[]): PackedRecords {
  let count = 0;
  for (const r of records) count += FIXED + textCount(r.kind);
  const strings = new Array<string>(count);
  const lengths = new Uint32Array(count);
  const numbers = new Float64Array(records.length * NUMBERS);
  const kinds = new Uint8Array(records.length);
  let s = 0;
  const add = (text: string) => {
    strings[s] = text;
    lengths[s++] = text.length;
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    kinds[i] = kindCode(r.kind);
    add(r.id);
    add(r.sortKey);
    add(r.textHash);
    add(r.dateFrom);
    add(r.dateTo);
    add(r.tags.join('\n'));
    for (let k = 0; k < textCount(r.kind); k++) add(r.texts[k] ?? '');
    numbers[i * NUMBERS] = r.reliability;
    numbers[i * NUMBERS + 1] = r.lat;
    numbers[i * NUMBERS + 2] = r.lng;
  }
  return { text: strings.join(''), lengths, numbers, kinds };
}

export function unpackRecords(p: PackedRecords): ItemRecord[] {
  let at = 0;
  let s = 0;
  const next = () => p.text.slice(at, (at += p.lengths[s++]!));
  const out: ItemRecord[] = [];
  // Plain calls in a fixed order, no per-record closures or spreads: a worker reading its cache
  // unpacks every record of the notebook (25,000 for the benchmark) while the notebook opens.
  for (let i = 0; i < p.kinds.length; i++) {
    const kind: SearchKind = KIND_CODES[p.kinds[i]!]!;
    const id = next();
    const sortKey = next();
    const textHash = next();
    const dateFrom = next();
    const dateTo = next();
    const tags = next();
    const count = textCount(kind);
    const texts = new Array<string>(count);
    for (let k = 0; k < count; k++) texts[k] = next();
    out.push({ kind, id, texts, tags: tags ? tags.split('\n') : [], textHash, dateFrom, dateTo, sortKey, reliability: p.numbers[i * NUMBERS]!, lat: p.numbers[i * NUMBERS + 1]!, lng: p.numbers[i * NUMBERS + 2]! });
  }
  return out;
}

/** What is wrong with packed records that claim to hold one record per `kinds` entry, if anything (a cache file is checked before it is read). */
export function packedProblem(p: PackedRecords): string | undefined {
  let strings = 0;
  for (let i = 0; i < p.kinds.length; i++) {
    if (KIND_CODES[p.kinds[i]!] === undefined) return 'unknown record kind';
    strings += FIXED + textCount(KIND_CODES[p.kinds[i]!]!);
  }
  if (p.lengths.length !== strings || p.numbers.length !== p.kinds.length * NUMBERS) return 'record tables disagree';
  let chars = 0;
  for (let s = 0; s < p.lengths.length; s++) chars += p.lengths[s]!;
  if (chars !== p.text.length) return 'record text has the wrong length';
  return undefined;
}
