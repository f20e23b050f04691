/**
 * The best k documents by score (ties: the newer sortKey, then the lower number), kept in a
 * binary heap whose root is the worst kept, so ranking n matches costs n log k rather than a sort.
 */
export class TopK {
  private readonly heap: Array<{ doc: number; score: number; key: string }> = [];

  constructor(
    private readonly k: number,
    private readonly sortKey: (doc: number) => string,
  ) {}

  /** Whether a ranks below b. */
  private static worse(a: { doc: number; score: number; key: string }, b: { doc: number; score: number; key: string }): boolean {
    if (a.score !== b.score) return a.score < b.score;
    if (a.key !== b.key) return a.key < b.key;
    return a.doc > b.doc;
  }

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    const h = this.heap;
    if (h.length === this.k) {
      const root = h[0]!;
      if (score < root.score) return; // the common case, decided without reading the sort key
      const item = { doc, score, key: this.sortKey(doc) };
      if (!TopK.worse(root, item)) return;
      h[0] = item;
      this.down(0);
      return;
    }
    h.push({ doc, score, key: this.sortKey(doc) });
    this.up(h.length - 1);
  }

  sorted(): Array<{ doc: number; score: number }> {
    return [...this.heap].sort((a, b) => (TopK.worse(a, b) ? 1 : TopK.worse(b, a) ? -1 : 0)).map(({ doc, score }) => ({ doc, score }));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && TopK.worse(h[l]!, h[worst]!)) worst = l;
      if (r < h.length && TopK.worse(h[r]!, h[worst]!)) worst = r;
      if (worst === i) return;
      [h[i], h[worst]] = [h[worst]!, h[i]!];
      i = worst;
    }
  }
}
