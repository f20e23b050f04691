import type { DocInfo } from './doc-info';

/**
 * The index's documents by number: id, kind, BM25 length, fingerprint, whether it is live, and the
 * DocInfo (filters, title, text for snippets). Numbers are never reused until a merge renumbers
 * everything: an edit kills the old number and indexes the item under a new one.
 */
export class DocTable {
  readonly ids: string[] = [];
  readonly kinds: number[] = [];
  readonly lengths: number[] = [];
  readonly fingerprints: number[] = [];
  readonly live: boolean[] = [];
  /** Undefined for a document loaded from the cache until the notebook confirms it. */
  readonly info: Array<DocInfo | undefined> = [];
  private readonly byId = new Map<string, number>();
  liveCount = 0;
  /** Sum of live documents' lengths, for BM25's average. */
  liveLength = 0;

  get size(): number {
    return this.ids.length;
  }

  get averageLength(): number {
    return this.liveCount > 0 ? this.liveLength / this.liveCount : 1;
  }

  add(id: string, kind: number, length: number, fingerprint: number, info: DocInfo | undefined): number {
    const doc = this.ids.length;
    const previous = this.byId.get(id);
    if (previous !== undefined) this.kill(previous);
    this.ids.push(id);
    this.kinds.push(kind);
    this.lengths.push(length);
    this.fingerprints.push(fingerprint);
    this.live.push(true);
    this.info.push(info);
    this.byId.set(id, doc);
    this.liveCount++;
    this.liveLength += length;
    return doc;
  }

  /** The live document with this id. */
  numberOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  kill(doc: number): void {
    if (!this.live[doc]) return;
    this.live[doc] = false;
    this.info[doc] = undefined;
    this.liveCount--;
    this.liveLength -= this.lengths[doc]!;
    if (this.byId.get(this.ids[doc]!) === doc) this.byId.delete(this.ids[doc]!);
  }
}
