/**
 * `npm run bench`: how open, save, compaction and memory grow with notebook size (ARCHITECTURE §4:
 * "measure how save and open time grow with notebook size and keep the curve flat").
 *
 * For each size a fixture is generated in one child process and measured in another, fresh one,
 * so that memory figures are the store's own. Prints a table and one PASS/MISS line per target;
 * exits 0 either way (a benchmark reports, tests assert). `--sizes 100,1000` runs other sizes.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { FixtureStats } from './generate-notebook';
import { fmtBytes, fmtInt, fmtMs, median, percentile, renderTable, runScript } from './measure';
import type { BenchResult } from './store-bench';

const ROOT = resolve(import.meta.dirname, '../..');
const GENERATOR = resolve(import.meta.dirname, 'generate-notebook.ts');
const BENCH = resolve(import.meta.dirname, 'store-bench.ts');

const TARGET_SAVE_RATIO = 3;
const TARGET_OPEN_MS = 1000;

interface SizeRun {
  fixture: FixtureStats;
  bench: BenchResult;
}

async function runSize(base: string, notes: number): Promise<SizeRun> {
  const dir = join(base, `notebook-${notes}`);
  const started = performance.now();
  process.stdout.write(`  ${fmtInt(notes).padStart(6)} notes: generating…`);
  const fixture = await runScript<FixtureStats>(GENERATOR, ['--notes', String(notes), '--out', dir], ROOT);
  process.stdout.write(` ${fmtMs(fixture.generateMs)} (+ ${fmtMs(fixture.flushMs)} to flush, ${fmtMs(fixture.validateMs)} to validate); measuring…`);
  try {
    const bench = await runScript<BenchResult>(BENCH, ['--notes', String(notes), '--dir', dir], ROOT);
    process.stdout.write(` done in ${fmtMs(performance.now() - started)}\n`);
    return { fixture, bench };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Open time not in the separately measured parts; '–' when noise makes the parts add up to more. */
function restOfOpen(b: BenchResult): number {
  const rest = median(b.openMs) - b.openParts.readMs - b.openParts.jsonParseMs - b.openParts.schemaMs;
  return rest >= 0 ? rest : NaN;
}

function report(runs: SizeRun[]): void {
  const col = (f: (r: SizeRun) => string) => runs.map(f);
  const header = ['', ...runs.map((r) => `${fmtInt(r.bench.notes)} notes`)];
  const rows: string[][] = [
    ['sources / events', ...col((r) => `${fmtInt(r.fixture.sources)} / ${fmtInt(r.fixture.events)}`)],
    ['notebook.json', ...col((r) => fmtBytes(r.fixture.snapshotBytes))],
    ['blobs (source texts)', ...col((r) => `${fmtInt(r.fixture.blobCount)} · ${fmtBytes(r.fixture.blobBytes)}`)],
    ['avg note body', ...col((r) => fmtBytes(r.fixture.avgNoteBodyBytes))],
    ['open, first in process', ...col((r) => fmtMs(r.bench.openFirstMs))],
    [`open, median of ${runs[0]?.bench.openMs.length ?? 0}`, ...col((r) => fmtMs(median(r.bench.openMs)))],
    ['  read notebook.json', ...col((r) => fmtMs(r.bench.openParts.readMs))],
    ['  UTF-8 decode + JSON.parse', ...col((r) => fmtMs(r.bench.openParts.jsonParseMs))],
    ['  schema check (zod)', ...col((r) => fmtMs(r.bench.openParts.schemaMs))],
    ['  ≈ rest (GC, lock, journal, maps)', ...col((r) => fmtMs(restOfOpen(r.bench)))],
    ['open with a full journal, median of 3', ...col((r) => fmtMs(median(r.bench.openWithJournalMs)))],
    ['  journal replayed', ...col((r) => `${fmtInt(r.bench.journalRecordsAtOpen)} rec · ${fmtBytes(r.bench.journalBytesAtOpen)}`)],
    ['  journal read + checksum + JSON.parse', ...col((r) => fmtMs(r.bench.journalParts.parseMs))],
    ['  journal schema check (zod)', ...col((r) => fmtMs(r.bench.journalParts.validateMs))],
    [`save one note, median (n=${runs[0]?.bench.saveMs.length ?? 0})`, ...col((r) => fmtMs(r.bench.saveMedianMs))],
    ['save one note, p95', ...col((r) => fmtMs(r.bench.saveP95Ms))],
    ['  journal record', ...col((r) => fmtBytes(r.bench.avgRecordBytes))],
    ['  of which write + fdatasync, median', ...col((r) => fmtMs(median(r.bench.saveDiskMs)))],
    ['  of which CPU (validate, encode), median', ...col((r) => fmtMs(median(r.bench.saveCpuMs)))],
    ['  of which CPU, p95', ...col((r) => fmtMs(percentile(r.bench.saveCpuMs, 95)))],
    ['compaction, median of 3', ...col((r) => fmtMs(r.bench.compactMedianMs))],
    ['  of which write + fsync, median', ...col((r) => fmtMs(median(r.bench.compactDiskMs)))],
    ['  longest event-loop stall', ...col((r) => fmtMs(r.bench.compactMaxStallMs))],
    ['  saves between auto-compactions', ...col((r) => `≈ ${fmtInt(r.bench.savesPerAutoCompaction)}`)],
    ['save during a compaction, median', ...col((r) => fmtMs(median(r.bench.saveDuringCompactionMs)))],
    ['RSS before open', ...col((r) => fmtBytes(r.bench.memory.baseline.rss))],
    ['RSS after open', ...col((r) => fmtBytes(r.bench.memory.afterOpen.rss))],
    ['heap used after open', ...col((r) => fmtBytes(r.bench.memory.afterOpen.heapUsed))],
    ['heap used after open + GC', ...col((r) => fmtBytes(r.bench.memory.afterOpenGc.heapUsed))],
    ['peak RSS, up to the first open', ...col((r) => fmtBytes(r.bench.memory.peakRssFirstOpen))],
    ['peak RSS, whole child run', ...col((r) => fmtBytes(r.bench.memory.peakRss))],
  ];
  console.log(`\n${renderTable(header, rows)}\n`);
  for (const r of runs) if (r.bench.autoCompactionDuringEdits) console.log(`note: an automatic compaction ran during the ${fmtInt(r.bench.notes)}-note save series.`);

  const small = runs.find((r) => r.bench.notes === 100);
  const large = runs.find((r) => r.bench.notes === 10_000);
  if (small && large) {
    const ratio = large.bench.saveMedianMs / small.bench.saveMedianMs;
    const p95Ratio = large.bench.saveP95Ms / small.bench.saveP95Ms;
    const cpuRatio = median(large.bench.saveCpuMs) / median(small.bench.saveCpuMs);
    console.log(
      `${ratio <= TARGET_SAVE_RATIO ? 'PASS' : 'MISS'}  save@10,000 / save@100 = ${ratio.toFixed(2)}× (median ${fmtMs(large.bench.saveMedianMs)} / ${fmtMs(small.bench.saveMedianMs)}), target at most ${TARGET_SAVE_RATIO}×` +
        `\n      p95 ratio ${p95Ratio.toFixed(2)}×; CPU-part ratio ${cpuRatio.toFixed(2)}× (the rest is write + fdatasync, which other processes' I/O makes noisy)`,
    );
  } else console.log('----  save ratio target needs the 100 and 10,000 sizes');
  if (large) {
    const open = median(large.bench.openMs);
    console.log(`${open < TARGET_OPEN_MS ? 'PASS' : 'MISS'}  open@10,000 = ${fmtMs(open)} (median of ${large.bench.openMs.length}; first ${fmtMs(large.bench.openFirstMs)}), target under ${fmtMs(TARGET_OPEN_MS)}`);
  } else console.log('----  open target needs the 10,000 size');
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: tsx test/bench/run.ts [--sizes 100,1000,10000]');
  process.exit(2);
}

console.log(`Frontier store benchmark — Node ${process.version}, ${process.platform}, ${cpus().length} CPUs; fixtures in ${tmpdir()} (page cache warm)`);
const base = await mkdtemp(join(tmpdir(), 'frontier-bench-'));
process.once('SIGINT', () => {
  rmSync(base, { recursive: true, force: true }); // the children got the SIGINT too
  process.exit(130);
});
const runs: SizeRun[] = [];
try {
  for (const n of sizes) runs.push(await runSize(base, n));
} finally {
  await rm(base, { recursive: true, force: true });
}
report(runs);
