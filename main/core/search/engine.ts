import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import type { SearchResults, SearchStatus } from '../../../shared/ipc/search-schemas';
import { analyzeDoc, type FieldText } from './analyze-doc';
import { docOf, kindCode, type DocInfo } from './doc-info';
import { DocTable } from './doc-table';
import type { Bbox } from './filters';
import { CacheRejected, encodeCache, readCache, removeStaleTemps, writeCache, type CacheContents } from './index-cache';
import type { ItemManifest } from './items';
import { packRecords, unpackRecords } from './pack';
import { SearchIndex } from './search-index';
import { Segment } from './segment';
import { SegmentBuilder } from './segment-builder';
import { searchResults } from './hits';
import { TextSource } from './text-source';

/**
 * Version of the word rules (tokenizer, folding, field weights). A cache built under other rules
 * holds other words, so it is rebuilt rather than read.
 */
export const ANALYZER_VERSION = 1;

/** Merge the Delta into the Segment beyond this many documents (keeps typo and prefix scans short). */
const MERGE_AT = 2000;
/** When more than this share of a cached index is out of date, a clean build is cheaper. */
const REBUILD_SHARE = 0.5;
/** Work between yields, so an index built in the main thread (CLI, tests) leaves room for I/O. */
const SLICE_MS = 12;

export interface EngineConfig {
  /** `<notebook>/blobs`: source full texts. */
  blobsDir: string;
  /** `<notebook>/index`: the cache. */
  indexDir: string;
}

export interface SearchRequest {
  query: string;
  limit: number;
  bbox?: Bbox | undefined;
  /** At most this many hits of each kind (default: `limit`). */
  perKind?: number | undefined;
  /** False: ids, titles and scores only (dossier selection needs no snippets). */
  snippets?: boolean;
}

export type DocChange = { op: 'put'; doc: DocInfo } | { op: 'del'; id: string };

/** The documents of the items with these ids, as of the manifest's time (those it still has). */
export type FetchDocs = (ids: readonly string[]) => Promise<readonly DocInfo[]> | readonly DocInfo[];

/**
 * A cache file read and checked, with its documents rebuilt from their cached records and its
 * document table built — all before the notebook is open. The table's documents have no DocInfo
 * yet: a document gets its cached one only once the notebook confirms its fingerprint.
 */
interface PreparedCache {
  contents: CacheContents;
  infos: DocInfo[];
  table: DocTable;
}

/** What opening did, for the status line and for tests. */
export interface OpenReport {
  cache: 'used' | 'missing' | 'rejected';
  reason?: string;
  /** Items (re)indexed, and cached items dropped because the notebook no longer has them. */
  indexed: number;
  dropped: number;
  ms: number;
}

export interface EngineStats {
  docs: number;
  terms: number;
  postings: number;
  /** Typed arrays of the index (outside the JS heap). */
  indexBytes: number;
  /** JS heap used by the thread the engine runs in. */
  heapUsed: number;
  seq: number;
  lastOpen: OpenReport | undefined;
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The search index of one notebook, wherever it runs (a worker thread in the app, the calling
 * thread in the CLI and tests): opened from the notebook's items — from the cache when it is
 * current, else built — kept current by the notebook's commits, and written back to the cache.
 */
export class SearchEngine {
  private index = new SearchIndex(new DocTable(), Segment.empty());
  private readonly texts: TextSource;
  private status: SearchStatus = { state: 'indexing', done: 0, total: 0 };
  private seq = 0;
  private dirty = false;
  private lastOpen: OpenReport | undefined;
  private cacheRead: Promise<PreparedCache | undefined> | undefined;

  constructor(
    private readonly config: EngineConfig,
    private readonly onStatus: (s: SearchStatus) => void = () => undefined,
  ) {
    this.texts = new TextSource(config.blobsDir);
  }

  /**
   * Starts reading and checking the cache file and turning its records into documents, which needs
   * nothing from the notebook: the worker calls it as soon as it starts — in the app, while the
   * notebook itself is still being read — so that opening then only has to compare fingerprints.
   */
  prefetch(): Promise<PreparedCache | undefined> {
    this.cacheRead ??= removeStaleTemps(this.config.indexDir)
      .then(() => readCache(this.config.indexDir, ANALYZER_VERSION))
      .then((contents) => {
        if (!contents) return undefined;
        const { fingerprints, kinds, records } = contents.docs;
        const infos = unpackRecords({ ...records, kinds }).map((r, d) => docOf(r, fingerprints[d]!));
        const table = new DocTable();
        const c = contents.docs;
        for (let d = 0; d < c.ids.length; d++) table.add(c.ids[d]!, c.kinds[d]!, c.lengths[d]!, c.fingerprints[d]!, undefined);
        return { contents, infos, table };
      });
    return this.cacheRead;
  }

  getStatus(): SearchStatus {
    return this.status;
  }

  private setStatus(s: SearchStatus): void {
    this.status = s;
    this.onStatus(s);
  }

  private fields(doc: DocInfo): FieldText[] {
    // Reading a source's text for indexing does not evict snippet texts from the cache.
    return doc.textHash ? [...doc.fields, { text: this.texts.read(doc.textHash, false), weight: 1 }] : doc.fields;
  }

  /**
   * Makes the index match the notebook's items as of sequence number `seq` (`items`: their ids and
   * fingerprints): loads the cache and re-indexes the items whose fingerprint differs from the
   * cached one, or builds from scratch when there is no usable cache. `fetch` supplies the documents
   * to index — none at all when the cache confirms every item.
   */
  async open(items: ItemManifest, fetch: FetchDocs, seq: number): Promise<OpenReport> {
    const started = performance.now();
    this.seq = seq;
    const total = items.ids.length;
    this.setStatus({ state: 'indexing', done: 0, total });
    let cached: PreparedCache | undefined;
    let reason: string | undefined;
    try {
      cached = await this.prefetch();
    } catch (err) {
      if (!(err instanceof CacheRejected)) throw err;
      reason = err.message;
    } finally {
      this.cacheRead = undefined; // read once: another open would read the file again
    }
    const caughtUp = cached && (await this.catchUp(cached, items, fetch, started));
    let report: OpenReport;
    if (typeof caughtUp === 'object') report = caughtUp;
    else {
      reason ??= caughtUp;
      report = { ...(await this.build(await fetch(items.ids), started)), cache: reason ? 'rejected' : 'missing', ...(reason ? { reason } : {}) };
    }
    this.lastOpen = report;
    this.setStatus({ state: 'ready', done: report.indexed, total: report.indexed, message: describe(report) });
    return report;
  }

  /**
   * Uses a cached index: keeps the documents whose fingerprint the notebook confirms (with their
   * cached records, equal to the notebook's as far as the fingerprint can tell), drops the others,
   * and indexes what is new or changed. When so much changed that a clean build is cheaper,
   * changes nothing and says so.
   */
  private async catchUp(cached: PreparedCache, items: ItemManifest, fetch: FetchDocs, started: number): Promise<OpenReport | string> {
    const { table } = cached;
    const staleIds: string[] = [];
    let confirmed = 0;
    for (let i = 0; i < items.ids.length; i++) {
      const d = table.numberOf(items.ids[i]!);
      if (d !== undefined && table.fingerprints[d] === items.fingerprints[i] && table.kinds[d] === items.kinds[i]) {
        table.info[d] = cached.infos[d];
        confirmed++;
      } else staleIds.push(items.ids[i]!);
    }
    if (staleIds.length > items.ids.length * REBUILD_SHARE) return `${staleIds.length} of ${items.ids.length} items changed since it was written`;
    // Cached documents the notebook did not confirm: old versions of changed items, and deleted items.
    let dropped = 0;
    if (confirmed < table.size) {
      const present = new Set(items.ids);
      for (let d = 0; d < table.size; d++) {
        if (!table.live[d] || table.info[d]) continue;
        if (!present.has(table.ids[d]!)) dropped++;
        table.kill(d);
      }
    }
    this.index = new SearchIndex(table, cached.contents.segment);
    this.setStatus({ state: 'indexing', done: 0, total: staleIds.length });
    const stale = staleIds.length > 0 ? await fetch(staleIds) : [];
    await this.addAll(stale);
    this.dirty = stale.length > 0 || dropped > 0;
    if (this.dirty) this.index.merge();
    return { cache: 'used', indexed: stale.length, dropped, ms: performance.now() - started };
  }

  private async build(docs: readonly DocInfo[], started: number): Promise<OpenReport> {
    this.setStatus({ state: 'indexing', done: 0, total: docs.length });
    const table = new DocTable();
    const builder = new SegmentBuilder();
    let slice = performance.now();
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const analyzed = analyzeDoc(this.fields(doc));
      builder.addDoc(table.add(doc.id, kindCode(doc.kind), analyzed.length, doc.fingerprint, doc), analyzed);
      if (performance.now() - slice > SLICE_MS) {
        this.setStatus({ state: 'indexing', done: i + 1, total: docs.length });
        await yieldNow();
        slice = performance.now();
      }
    }
    this.index = new SearchIndex(table, builder.finish());
    this.dirty = true;
    return { cache: 'missing', indexed: docs.length, dropped: 0, ms: performance.now() - started };
  }

  private async addAll(docs: readonly DocInfo[]): Promise<void> {
    let slice = performance.now();
    for (let i = 0; i < docs.length; i++) {
      this.index.add(docs[i]!, analyzeDoc(this.fields(docs[i]!)));
      if (performance.now() - slice > SLICE_MS) {
        this.setStatus({ state: 'indexing', done: i + 1, total: docs.length });
        await yieldNow();
        slice = performance.now();
      }
    }
  }

  /** Applies saved changes (puts replace the item, deletes remove it); `seq` is the commit's. */
  apply(changes: readonly DocChange[], seq: number): void {
    for (const c of changes) {
      if (c.op === 'del') {
        this.index.remove(c.id);
        continue;
      }
      const d = this.index.docs.numberOf(c.doc.id);
      if (d !== undefined && this.index.docs.fingerprints[d] === c.doc.fingerprint) {
        this.index.docs.info[d] = c.doc; // nothing indexed changed (e.g. an event's linked notes)
        continue;
      }
      this.index.add(c.doc, analyzeDoc(this.fields(c.doc)));
    }
    this.seq = Math.max(this.seq, seq);
    this.dirty = true;
    if (this.index.pendingDocs > MERGE_AT) this.index.merge();
  }

  query(req: SearchRequest): SearchResults {
    return searchResults(this.index, req, this.texts);
  }

  /**
   * The cache file's contents when the index changed since it was last written or read (merging
   * pending documents first), else undefined. Marks the index clean: see write() for failures.
   */
  encodeIfChanged(): Buffer[] | undefined {
    if (!this.dirty) return undefined;
    if (this.index.pendingDocs > 0 || this.index.deadDocs > 0) this.index.merge();
    const docs = this.index.docs;
    this.dirty = false;
    return encodeCache({
      seq: this.seq,
      analyzer: ANALYZER_VERSION,
      docs: {
        ids: docs.ids,
        kinds: Uint8Array.from(docs.kinds),
        lengths: Uint32Array.from(docs.lengths, Math.round),
        fingerprints: Uint32Array.from(docs.fingerprints),
        // After the merge every document is live, so every one has its DocInfo.
        records: packRecords(docs.info.map((info) => info!.record)),
      },
      segment: this.index.segment,
    });
  }

  async write(chunks: readonly Buffer[]): Promise<void> {
    try {
      await writeCache(this.config.indexDir, chunks);
    } catch (err) {
      this.dirty = true; // tried again at the next save
      throw err;
    }
  }

  stats(): EngineStats {
    const s = this.index.segment;
    return { docs: this.index.docs.liveCount, terms: s.terms.length, postings: s.postingCount, indexBytes: this.index.bytes, heapUsed: getHeapStatistics().used_heap_size, seq: this.seq, lastOpen: this.lastOpen };
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

function describe(r: OpenReport): string {
  const took = `${(r.ms / 1000).toFixed(1)} s`;
  if (r.cache === 'used') return r.indexed || r.dropped ? `Index loaded from the cache; ${fmt(r.indexed)} changed item(s) indexed, ${fmt(r.dropped)} dropped (${took}).` : `Index loaded from the cache (${took}).`;
  if (r.cache === 'rejected') return `The index cache was not used (${r.reason}); ${fmt(r.indexed)} items indexed in ${took}.`;
  return `${fmt(r.indexed)} items indexed in ${took}.`;
}
