/**
 * The crash test: a writer is SIGKILLed at a random moment, 200 times, on one notebook. It edits
 * notes and, every fourth commit, imports a source (blob writes, then the journal). After every
 * kill the notebook verifies (every blob a source needs is there and hashes right), no
 * acknowledged write or import is missing, and what the store shows is exactly notebook.json +
 * journal.ndjson (never a leftover temp file).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJournal } from '../../../../main/core/store/journal-format';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { parseSnapshot } from '../../../../main/core/store/snapshot-adapter';
import { verifyNotebook } from '../../../../main/core/verify/verify';
import { bundleFixture, exited, makeNote, noteId, removeTempDirs, tempDir, waitForLine } from './store-kit';

const ITERATIONS = Number(process.env['FRONTIER_KILL_ITERATIONS'] ?? 200);
const NOTES = 5;

let writer: string;
beforeAll(async () => {
  writer = await bundleFixture(join(import.meta.dirname, 'fixtures/crash-writer.ts'), tempDir());
});
afterAll(removeTempDirs);

/** mulberry32: the kill delays are reproducible from the seed printed on failure. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A writer process that has loaded its code and waits for "go" before it opens the notebook. */
function startWriter(dir: string) {
  const child = spawn(process.execPath, [writer, dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const closed = new Promise<void>((r) => child.once('close', () => r()));
  return { child, closed, output: () => out };
}
type Writer = ReturnType<typeof startWriter>;

interface AckedImport {
  i: number;
  id: string;
  textHash: string;
  fileHash: string;
}

/** Lets the writer go, kills it `delayMs` after its first ack, and returns the acks it printed. */
async function runAndKill(w: Writer, delayMs: number, time: { startup: number }): Promise<{ acked: number[]; imports: AckedImport[] }> {
  const go = performance.now();
  w.child.stdin!.end('go\n');
  try {
    await waitForLine(w.child, /^(ack|src) \d+/);
    time.startup += performance.now() - go;
    await new Promise((r) => setTimeout(r, delayMs));
  } finally {
    w.child.kill('SIGKILL');
    await exited(w.child);
    await w.closed; // every byte the child wrote to stdout has been read
  }
  expect(w.child.signalCode, `the writer died on its own before the kill: ${w.output().slice(-500)}`).toBe('SIGKILL');
  // Only whole lines count: a line is written with one write(2), after the commit resolved.
  const acked = [...w.output().matchAll(/^ack (\d+)\n/gm)].map((m) => Number(m[1]));
  const imports = [...w.output().matchAll(/^src (\d+) (s_[0-9a-z]{12}) ([0-9a-f]{64}) ([0-9a-f]{64})\n/gm)].map((m) => ({
    i: Number(m[1]),
    id: m[2]!,
    textHash: m[3]!,
    fileHash: m[4]!,
  }));
  return { acked, imports };
}

/** The notes and source ids as the files say, computed without the store: notebook.json + newer journal records. */
function fromFiles(dir: string): { notes: Record<string, string>; sources: string[] } {
  const snapshot = parseSnapshot(readFileSync(join(dir, 'notebook.json')), 'notebook.json');
  const notes: Record<string, string> = Object.fromEntries(snapshot.notes.map((n) => [n.id, n.body]));
  const sources = new Set(snapshot.sources.map((x) => x.id));
  for (const rec of parseJournal(readFileSync(join(dir, 'journal.ndjson'))).records) {
    if (rec.seq <= snapshot.seq) continue;
    for (const op of rec.ops) {
      if (op.op === 'put' && op.c === 'notes') notes[(op.v as { id: string }).id] = (op.v as { body: string }).body;
      if (op.op === 'put' && op.c === 'sources') sources.add((op.v as { id: string }).id);
    }
  }
  return { notes, sources: [...sources].sort() };
}

/** Blob temp files (blobs/ab/.<sha>.<hex>.tmp) left by killed imports. */
const blobTemps = (dir: string): string[] =>
  readdirSync(join(dir, 'blobs'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.tmp'));

const valueOf = (body: string | undefined) => Number(/^v(\d+)$/.exec(body ?? '')?.[1] ?? -1);

/**
 * The checks after one kill; `acked` are the values the killed run acknowledged, in order.
 * Returns the highest value now in the notebook and the number of leftover temp files.
 */
async function checkAfterKill(dir: string, run: { acked: number[]; imports: AckedImport[] }, allImports: AckedImport[], previousHighest: number, where: string) {
  const { acked, imports } = run;
  expect(acked.length + imports.length, `${where}: no ack`).toBeGreaterThan(0);
  // The run continued from what the previous one left: values only grow.
  expect(Math.min(...acked, ...imports.map((x) => x.i)), where).toBeGreaterThan(previousHighest);

  // (a) verify (read-only, no lock) finds nothing wrong.
  const report = await verifyNotebook(dir);
  expect(report.findings.filter((f) => f.level === 'error'), where).toEqual([]);
  expect(report.ok, where).toBe(true);

  // (b) every note holds at least its last acknowledged value — in particular the note of the last ack —
  //     and every import acknowledged in any run is there, with the text and file it acknowledged.
  const store = await NotebookStore.open(dir); // takes over the killed writer's lock
  const bodies = Object.fromEntries([...store.all('notes')].map((n) => [n.id, n.body]));
  const sourceIds = [...store.all('sources')].map((x) => x.id).sort();
  let highestImport = -1;
  try {
    // (verify above has hashed the blobs of every source; this run's are also read back here.)
    for (const imp of allImports) {
      const source = store.get('sources', imp.id);
      expect(source, `${where}: import ${imp.i} (${imp.id}) lost`).toBeDefined();
      expect([source!.title, source!.textHash, source!.original?.sha256], where).toEqual([`Report v${imp.i}`, imp.textHash, imp.fileHash]);
    }
    for (const imp of imports) {
      expect(await store.blobs.check(imp.textHash), `${where}: text blob of import ${imp.i}`).toBe('ok');
      expect(await store.blobs.check(imp.fileHash), `${where}: file blob of import ${imp.i}`).toBe('ok');
      expect((await store.blobs.get(imp.textHash)).toString('utf8'), where).toContain(`Value v${imp.i} was imported`);
    }
    for (const x of store.all('sources')) highestImport = Math.max(highestImport, Number(/^Report v(\d+)$/.exec(x.title)?.[1] ?? -1));
  } finally {
    await store.close();
  }
  if (acked.length > 0) {
    const last = acked[acked.length - 1]!;
    expect(valueOf(bodies[noteId(last % NOTES)]), `${where}: note ${last % NOTES} lost ack ${last}`).toBeGreaterThanOrEqual(last);
  }
  const lastAckPerNote = new Map(acked.map((i) => [noteId(i % NOTES), i]));
  for (const [id, i] of lastAckPerNote) {
    const v = valueOf(bodies[id]);
    expect(v, `${where}: ${id} lost ack ${i}`).toBeGreaterThanOrEqual(i);
    expect(v % NOTES, `${where}: ${id} holds another note's value`).toBe(i % NOTES);
  }

  // (c) the store shows exactly notebook.json + journal: a temp file (the decoy, or one left by a
  //     killed compaction) is never read as data.
  expect({ notes: bodies, sources: sourceIds }, where).toEqual(fromFiles(dir));
  const temps = [...readdirSync(dir), ...readdirSync(join(dir, 'backups'))].filter((n) => n.endsWith('.tmp'));
  for (const t of temps) expect(t, where).toMatch(/^\.notebook(-\d{8}T\d{9}Z-s\d+)?\.json\.[0-9a-f]{12}\.tmp$/);
  const blobTempFiles = blobTemps(dir);
  for (const t of blobTempFiles) expect(t, where).toMatch(/^[0-9a-f]{2}\/\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/);

  return { highest: Math.max(highestImport, ...Object.values(bodies).map(valueOf)), temps: temps.length, blobTemps: blobTempFiles.length };
}

describe('SIGKILL at random moments', () => {
  it(`${ITERATIONS} kills: verify passes and no acknowledged write is lost`, { timeout: 300_000 }, async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Crash' })).close();
    // A decoy: a complete, valid snapshot left as a temp file, holding values no writer ever wrote.
    const decoy = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { seq: number; notes: unknown[] };
    decoy.seq = 1e9;
    decoy.notes = Array.from({ length: NOTES }, (_, k) => makeNote(k, `v${9e8 + k}`));
    writeFileSync(join(dir, '.notebook.json.0123456789ab.tmp'), JSON.stringify(decoy));
    const seed = Number(process.env['FRONTIER_KILL_SEED'] ?? Date.now() % 1e9);
    const random = prng(seed);
    const t0 = performance.now();
    const time = { startup: 0, checks: 0 };
    let acks = 0;
    let maxTemps = 0;
    let maxBlobTemps = 0;
    const allImports: AckedImport[] = [];
    let highest = -1;

    // Writers load while earlier iterations run; each opens the notebook only on "go".
    const ready = [startWriter(dir), startWriter(dir)];
    try {
      for (let iter = 0; iter < ITERATIONS; iter++) {
        const delay = 5 + Math.floor(random() * 76);
        const current = ready.shift()!;
        ready.push(startWriter(dir));
        const run = await runAndKill(current, delay, time);
        allImports.push(...run.imports);
        const checking = performance.now();
        const where = `iteration ${iter} (seed ${seed}, killed ${delay} ms after the first ack)`;
        const after = await checkAfterKill(dir, run, allImports, highest, where);
        time.checks += performance.now() - checking;
        acks += run.acked.length + run.imports.length;
        highest = after.highest;
        maxTemps = Math.max(maxTemps, after.temps);
        maxBlobTemps = Math.max(maxBlobTemps, after.blobTemps);
      }
    } finally {
      for (const w of ready) {
        w.child.kill('SIGKILL');
        await exited(w.child);
      }
    }

    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `kill test: ${ITERATIONS} iterations in ${seconds.toFixed(1)} s (${((seconds * 1000) / ITERATIONS).toFixed(0)} ms each: ` +
        `${(time.startup / ITERATIONS).toFixed(0)} ms from go to the first ack, ${(time.checks / ITERATIONS).toFixed(0)} ms of checks), ` +
        `${acks} acknowledged commits of which ${allImports.length} imports, highest value v${highest}, ` +
        `up to ${maxTemps - 1} temp file(s) left by killed compactions (plus the decoy), ${maxBlobTemps} by killed blob writes, seed ${seed}`,
    );
    expect(allImports.length, 'no import was acknowledged: the test did not exercise blob writes').toBeGreaterThan(ITERATIONS / 2);
    const final = await verifyNotebook(dir);
    expect(final.counts.sources).toBeGreaterThanOrEqual(allImports.length);
    // Blob writes the kills interrupted left temp files; the next writer to open removes every one
    // older than its open (after a second's margin for the kernel's coarse timestamps).
    await new Promise((r) => setTimeout(r, 1100));
    await (await NotebookStore.open(dir)).close();
    expect(blobTemps(dir)).toEqual([]);
  });
});
