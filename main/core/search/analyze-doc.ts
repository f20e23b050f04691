import { analyzeWord, scanWords } from '../../../shared/search';

/**
 * One document as the index stores it: its distinct terms, each with a weighted frequency (for
 * ranking) and its word positions (for phrases). Fields follow each other with a gap of positions,
 * so a phrase never spans the end of a title and the start of a body.
 */
export interface AnalyzedDoc {
  terms: string[];
  /** Weighted occurrences of each term (a title word counts its field's weight), capped at 65,535. */
  tf: Uint16Array;
  /** Offsets into `positions` for each term; terms.length + 1 entries. */
  posStart: Uint32Array;
  /** Positions of each term, ascending, at most 65,535 per term. */
  positions: Uint32Array;
  /** Weighted length, the document length of BM25. */
  length: number;
}

export interface FieldText {
  text: string;
  weight: number;
}

const FIELD_GAP = 16;
/** Position and term number share one float64 sort key: position in the low 24 bits. */
const POS_BITS = 2 ** 24;
const MAX_TF = 65_535;

/**
 * Every folded form seen, numbered, and each raw word's forms as numbers: indexing looks a word up
 * once per spelling rather than folding and hashing it at every occurrence. Numbers only live
 * within one analyzeDoc call's bookkeeping, so the tables may start over between calls.
 */
const formIds = new Map<string, number>();
const formList: string[] = [];
const rawForms = new Map<string, Int32Array>();
const TABLE_LIMIT = 1_000_000;
/** Per form number: its term number in the document being analysed, valid when stamp matches. */
let localOf = new Int32Array(1 << 16);
let stampOf = new Int32Array(1 << 16);
let stamp = 0;

function formsOf(raw: string): Int32Array {
  let ids = rawForms.get(raw);
  if (ids) return ids;
  ids = Int32Array.from(analyzeWord(raw), (form) => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = formList.length;
      formIds.set(form, id);
      formList.push(form);
    }
    return id;
  });
  rawForms.set(raw, ids);
  return ids;
}

let keys = new Float64Array(4096);

export function analyzeDoc(fields: readonly FieldText[]): AnalyzedDoc {
  if (formList.length > TABLE_LIMIT || rawForms.size > TABLE_LIMIT) {
    formIds.clear();
    formList.length = 0;
    rawForms.clear();
  }
  stamp++;
  const terms: string[] = [];
  const tf: number[] = [];
  let n = 0;
  let pos = 0;
  let length = 0;
  for (const f of fields) {
    if (!f.text) continue;
    scanWords(f.text, (raw) => {
      if (pos >= POS_BITS) return false; // past 16 M words (no real document): the rest is not indexed
      const ids = formsOf(raw);
      for (let k = 0; k < ids.length; k++) {
        const form = ids[k]!;
        if (form >= stampOf.length) {
          const size = Math.max(form + 1, stampOf.length * 2);
          const grownStamp = new Int32Array(size);
          grownStamp.set(stampOf);
          stampOf = grownStamp;
          const grownLocal = new Int32Array(size);
          grownLocal.set(localOf);
          localOf = grownLocal;
        }
        let id: number;
        if (stampOf[form] === stamp) id = localOf[form]!;
        else {
          id = terms.length;
          stampOf[form] = stamp;
          localOf[form] = id;
          terms.push(formList[form]!);
          tf.push(0);
        }
        tf[id]! += f.weight;
        if (n === keys.length) {
          const bigger = new Float64Array(keys.length * 2);
          bigger.set(keys);
          keys = bigger;
        }
        keys[n++] = id * POS_BITS + pos;
      }
      pos++;
      length += f.weight;
      return true;
    });
    pos += FIELD_GAP;
  }
  const sorted = keys.subarray(0, n).sort();
  const posStart = new Uint32Array(terms.length + 1);
  const positions = new Uint32Array(n);
  let out = 0;
  let prevKey = -1;
  let term = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const key = sorted[i]!;
    if (key === prevKey) continue; // the same form twice at one position (ZWNJ parts of a doubled word)
    prevKey = key;
    const id = Math.floor(key / POS_BITS);
    if (id !== term) {
      for (let t = term + 1; t <= id; t++) posStart[t] = out;
      term = id;
      count = 0;
    }
    if (count++ < MAX_TF) positions[out++] = key - id * POS_BITS;
  }
  for (let t = term + 1; t <= terms.length; t++) posStart[t] = out;
  return { terms, tf: Uint16Array.from(tf, (x) => Math.min(MAX_TF, x)), posStart, positions: positions.subarray(0, out), length };
}
