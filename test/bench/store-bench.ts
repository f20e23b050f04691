/**
 * Measures one notebook size in this (fresh) process and prints the figures as one JSON line:
 * open time, the open's parts, memory after open, durable save of one edited note through the
 * notes service (the journal path), compaction, and a save that arrives during a compaction.
 *
 * CLI: tsx test/bench/store-bench.ts --notes N [--dir DIR] [--edits 50] [--opens 5] [--compactions 3]
 * Without --dir a fixture is generated (in a separate process, so it does not count towards peak
 * memory) into a temp folder that is removed afterwards. Run with node --expose-gc for retained heap.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createServices } from '../../main/core/services';
import { NotebookStore, notebookPaths } from '../../main/core/store';
import { validateItem } from '../../main/core/store/apply-op';
import { parseJournal } from '../../main/core/store/journal-format';
import { SnapshotFile } from '../../main/core/store/snapshot-adapter';
import type { FixtureStats } from './generate-notebook';
import { median, percentile, runScript, time } from './measure';
import { Rng } from './prng';
import { timedFs, type DiskClock } from './timed-fs';

const peakRssNow = (): number => process.resourceUsage().maxRSS * 1024;

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
}

export interface BenchResult {
  notes: number;
  openFirstMs: number;
  openMs: number[];
  /** Medians of the parts of an open, measured separately: read the file, JSON.parse, schema check. */
  openParts: { readMs: number; jsonParseMs: number; schemaMs: number };
  memory: {
    baseline: MemoryFigures;
    afterOpen: MemoryFigures;
    afterOpenGc: MemoryFigures;
    /** Highest RSS of the process up to the end of its first open (reading, parsing and checking the notebook). */
    peakRssFirstOpen: number;
    /** Highest RSS over the whole run (5 opens, saves, compactions, reopening with a full journal). */
    peakRss: number;
  };
  saveMs: number[];
  saveMedianMs: number;
  saveP95Ms: number;
  avgRecordBytes: number;
  /** Of each save, the time in write + fdatasync of the journal, and the rest (validation, encoding, bookkeeping). */
  saveDiskMs: number[];
  saveCpuMs: number[];
  autoCompactionDuringEdits: boolean;
  compactMs: number[];
  compactMedianMs: number;
  /** Of each compaction, the time in write + fsync calls (snapshot, directory, journal reset). */
  compactDiskMs: number[];
  /** Longest event-loop stall while compacting (JSON.stringify of the whole notebook is synchronous). */
  compactMaxStallMs: number;
  /** A save that arrives while a compaction is writing notebook.json waits for it. */
  saveDuringCompactionMs: number[];
  snapshotBytes: number;
  /** Saves between automatic compactions at this size: threshold ÷ average record size. */
  savesPerAutoCompaction: number;
  /** Opens (median of 3) with the journal just under the compaction threshold, as the CLI or a crash leaves it. */
  openWithJournalMs: number[];
  journalBytesAtOpen: number;
  journalRecordsAtOpen: number;
  /** Medians of the replay's parts, measured separately: read + checksum + JSON.parse the lines, schema-check each put. */
  journalParts: { parseMs: number; validateMs: number };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function memoryNow(): MemoryFigures {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

async function measureOpens(dir: string, opens: number) {
  const openMs: number[] = [];
  let afterOpen: MemoryFigures | undefined;
  let afterOpenGc: MemoryFigures | undefined;
  let peakRssFirstOpen = 0;
  for (let i = 0; i < opens; i++) {
    gc(); // each open starts from a clean heap, as in a fresh process, and the garbage of the last does not pile up
    const { ms, value: store } = await time(() => NotebookStore.open(dir));
    openMs.push(ms);
    if (i === 0) {
      peakRssFirstOpen = peakRssNow();
      afterOpen = memoryNow();
      gc();
      afterOpenGc = memoryNow();
    }
    await store.close();
  }
  return { openMs, afterOpen: afterOpen!, afterOpenGc: afterOpenGc!, peakRssFirstOpen };
}

async function measureOpenParts(dir: string) {
  const file = notebookPaths(dir).snapshot;
  const read: number[] = [];
  const parse: number[] = [];
  const schema: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    const { ms: r, value: bytes } = await time(() => readFile(file));
    const { ms: p, value: raw } = await time(async () => JSON.parse(bytes.toString('utf8')) as unknown);
    const { ms: s, value: parsed } = await time(async () => SnapshotFile.safeParse(raw));
    if (!parsed.success) throw new Error(`${file} fails the schema`);
    read.push(r);
    parse.push(p);
    schema.push(s);
  }
  return { readMs: median(read), jsonParseMs: median(parse), schemaMs: median(schema) };
}

async function measureJournalParts(dir: string) {
  const file = notebookPaths(dir).journal;
  const parse: number[] = [];
  const validate: number[] = [];
  let records = 0;
  for (let i = 0; i < 3; i++) {
    gc();
    const { ms: p, value: parsed } = await time(async () => parseJournal(await readFile(file)));
    const { ms: v } = await time(async () => {
      for (const rec of parsed.records) for (const op of rec.ops) if (op.op === 'put') validateItem(op.c, op.v, 'bench');
    });
    parse.push(p);
    validate.push(v);
    records = parsed.records.length;
  }
  return { parseMs: median(parse), validateMs: median(validate), records };
}

type Editor = () => Promise<unknown>;

function makeEditor(store: NotebookStore, seed: string): Editor {
  const services = createServices({ store, now: () => new Date() });
  const ids = [...store.all('notes')].map((n) => n.id);
  const rng = new Rng(seed);
  let edit = 0;
  return () => {
    const id = rng.pick(ids);
    const body = `${services.notes.get(id).body.replace(/\n\n_Reviewed \d+ by the benchmark\._$/, '')}\n\n_Reviewed ${++edit} by the benchmark._`;
    return services.notes.update({ id, body });
  };
}

/** NotebookStore.compactThreshold() (private): compaction starts once the journal holds this many bytes. */
const compactThreshold = (snapshotBytes: number) => Math.min(Math.max(snapshotBytes, 256 * 1024), 8 * 1024 * 1024);

/** Edits until the journal is just under the automatic-compaction threshold: the largest journal an open can meet. */
async function fillJournal(store: NotebookStore, editOne: Editor, avgRecordBytes: number): Promise<number> {
  const limit = 0.95 * compactThreshold(store.stats().snapshotBytes);
  for (;;) {
    const remaining = limit - store.stats().journalBytes;
    if (remaining <= 0) break;
    const burst = Math.max(1, Math.min(100, Math.floor(remaining / (2 * avgRecordBytes))));
    await Promise.all(Array.from({ length: burst }, editOne)); // group commit: one append for the burst
  }
  return store.stats().journalBytes;
}

export async function benchNotebook(dir: string, notes: number, opts: { edits: number; opens: number; compactions: number }): Promise<BenchResult> {
  gc();
  const baseline = memoryNow();
  const { openMs, afterOpen, afterOpenGc, peakRssFirstOpen } = await measureOpens(dir, opts.opens);
  const openParts = await measureOpenParts(dir);

  gc();
  const disk: DiskClock = { ms: 0 };
  const store = await NotebookStore.open(dir, { fs: timedFs(disk) });
  type SessionFigures = Omit<BenchResult, 'notes' | 'openFirstMs' | 'openMs' | 'openParts' | 'memory' | `${'openWith' | 'journal'}${string}`>;
  let session: SessionFigures;
  let journalBytesAtOpen: number;
  try {
    const editOne = makeEditor(store, `edits:${notes}`);
    gc(); // the opens' garbage is not the saves' cost
    for (let i = 0; i < 5; i++) await editOne(); // warm-up: JIT, first append to a fresh journal
    const before = store.stats();
    const saveMs: number[] = [];
    const saveDiskMs: number[] = [];
    for (let i = 0; i < opts.edits; i++) {
      const d0 = disk.ms;
      saveMs.push((await time(editOne)).ms);
      saveDiskMs.push(disk.ms - d0);
    }
    const saveCpuMs = saveMs.map((ms, i) => ms - saveDiskMs[i]!);
    const after = store.stats();
    const avgRecordBytes = Math.round((after.journalBytes - before.journalBytes) / opts.edits);

    const compactMs: number[] = [];
    const compactDiskMs: number[] = [];
    const stall = monitorEventLoopDelay({ resolution: 1 });
    for (let i = 0; i < opts.compactions; i++) {
      await editOne();
      const d0 = disk.ms;
      stall.enable();
      compactMs.push((await time(() => store.compact())).ms);
      stall.disable();
      compactDiskMs.push(disk.ms - d0);
    }

    const saveDuringCompactionMs: number[] = [];
    for (let i = 0; i < opts.compactions; i++) {
      await editOne();
      const compaction = store.compact();
      await new Promise((r) => setTimeout(r, 1)); // the compaction is under way (backup link, serialize, write)
      saveDuringCompactionMs.push((await time(editOne)).ms);
      await compaction;
    }

    const snapshotBytes = store.stats().snapshotBytes;
    const beforeFill = store.stats().snapshotSeq;
    journalBytesAtOpen = await fillJournal(store, editOne, avgRecordBytes);
    if (store.stats().snapshotSeq !== beforeFill) throw new Error('an automatic compaction ran while filling the journal');
    session = {
      saveMs,
      saveMedianMs: median(saveMs),
      saveP95Ms: percentile(saveMs, 95),
      avgRecordBytes,
      saveDiskMs,
      saveCpuMs,
      autoCompactionDuringEdits: after.snapshotSeq !== before.snapshotSeq,
      compactMs,
      compactMedianMs: median(compactMs),
      compactDiskMs,
      compactMaxStallMs: stall.max / 1e6,
      saveDuringCompactionMs,
      snapshotBytes,
      savesPerAutoCompaction: Math.round(compactThreshold(snapshotBytes) / Math.max(1, avgRecordBytes)),
    };
  } finally {
    await store.close(); // without compactOnClose: the journal stays, as after the CLI or a crash
  }
  const { openMs: openWithJournalMs } = await measureOpens(dir, 3);
  const { records: journalRecordsAtOpen, ...journalParts } = await measureJournalParts(dir);
  return {
    notes,
    openFirstMs: openMs[0]!,
    openMs,
    openParts,
    memory: { baseline, afterOpen, afterOpenGc, peakRssFirstOpen, peakRss: 0 },
    ...session,
    openWithJournalMs,
    journalBytesAtOpen,
    journalRecordsAtOpen,
    journalParts,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      notes: { type: 'string' },
      dir: { type: 'string' },
      edits: { type: 'string', default: '50' },
      opens: { type: 'string', default: '5' },
      compactions: { type: 'string', default: '3' },
    },
  });
  const notes = Number(values.notes);
  if (!Number.isInteger(notes) || notes < 1) {
    console.error('usage: tsx test/bench/store-bench.ts --notes N [--dir DIR] [--edits 50] [--opens 5] [--compactions 3]');
    process.exit(2);
  }
  let dir = values.dir;
  let temp: string | undefined;
  if (!dir) {
    temp = await mkdtemp(join(tmpdir(), 'frontier-bench-'));
    dir = join(temp, 'notebook');
    const generator = resolve(import.meta.dirname, 'generate-notebook.ts');
    await runScript<FixtureStats>(generator, ['--notes', String(notes), '--out', dir], resolve(import.meta.dirname, '../..'));
  }
  try {
    const result = await benchNotebook(dir, notes, { edits: Number(values.edits), opens: Number(values.opens), compactions: Number(values.compactions) });
    result.memory.peakRss = peakRssNow();
    console.log(JSON.stringify(result));
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}
