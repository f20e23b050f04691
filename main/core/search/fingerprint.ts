import { crc32 } from 'node:zlib';

/**
 * A 32-bit digest of an item's indexed content. The cache keeps one per item; on open, an item
 * whose digest differs (or that is new) is indexed again, so a cache left behind by a crash, a
 * restore or another copy of the notebook is never trusted blindly.
 *
 * CRC-32 by zlib rather than a hash written in JavaScript: the notebook's thread digests every item
 * when the index opens (20 million characters for the benchmark notebook) and zlib does it natively
 * in less than half the time FNV-1a took. It detects changes; it is not meant to resist forgery.
 *
 * `head` holds the short fields, already separated; the texts' lengths are added to it so that
 * ["ab", "c"] and ["a", "bc"] differ, and the texts themselves are digested without being copied
 * into one string. One call per text, not per field: each call has a cost of its own.
 */
export function fingerprintOf(head: string, texts: readonly string[]): number {
  for (const t of texts) head += `\0${t.length}`;
  let h = crc32(head);
  // Empty texts are skipped: zlib.crc32 of an empty string returns 0, not the running value.
  for (const t of texts) if (t.length > 0) h = crc32(t, h);
  return h;
}
