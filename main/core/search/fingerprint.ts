/**
 * FNV-1a over UTF-16 code units: a cheap 32-bit digest of an item's indexed content. The cache
 * keeps one per item; on open, an item whose digest differs (or that is new) is indexed again, so a
 * cache left behind by a crash, a restore or another copy of the notebook is never trusted blindly.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Digest of several strings, with a separator so ["ab", "c"] and ["a", "bc"] differ. */
export function fingerprintOf(parts: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) h = Math.imul(fnv1a(p, h), 0x01000193) >>> 0; // the mix of a NUL separator
  return h;
}
