import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Source full texts for indexing and snippets, read from blobs/ by their sha256 (the index keeps
 * none of them). The most recently used stay in memory up to a budget, so paging through results
 * or refining a query does not reread them.
 */
export class TextSource {
  private readonly cache = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly blobsDir: string,
    private readonly budgetChars = 16_000_000,
  ) {}

  /** The text, or '' when its blob is missing (verify reports that; search goes on without it). */
  read(hash: string, remember = true): string {
    const hit = this.cache.get(hash);
    if (hit !== undefined) {
      this.cache.delete(hash);
      this.cache.set(hash, hit);
      return hit;
    }
    if (!/^[0-9a-f]{64}$/.test(hash)) return '';
    let text: string;
    try {
      text = readFileSync(join(this.blobsDir, hash.slice(0, 2), hash), 'utf8');
    } catch {
      return '';
    }
    if (remember) this.remember(hash, text);
    return text;
  }

  private remember(hash: string, text: string): void {
    if (text.length > this.budgetChars / 4) return;
    this.cache.set(hash, text);
    this.chars += text.length;
    for (const [key, value] of this.cache) {
      if (this.chars <= this.budgetChars) break;
      this.cache.delete(key);
      this.chars -= value.length;
    }
  }
}
