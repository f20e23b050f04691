/**
 * verify's checks of what the schema cannot see: every blob a source needs is there and still
 * hashes to its name, events point at notes and sources that exist; counts that cannot be read
 * are not shown as 0. Through the library and through the CLI's exit codes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyNotebook } from '../../../../main/core/verify/verify';
import { openTempNotebook } from '../../../helpers/temp-notebook';
import { builtCli, runCli } from '../store/store-kit';

type Nb = Awaited<ReturnType<typeof openTempNotebook>>;
let nb: Nb | undefined;
afterEach(async () => nb?.dispose());

const TEXT = 'On 4 October fighters clashed with police near Kunduz airport.';

/** A notebook with one imported source (its text blob and its original file blob), a note and an event citing both. */
async function notebook(): Promise<Nb & { sourceId: string; noteId: string; eventId: string; textHash: string; fileHash: string }> {
  nb = await openTempNotebook();
  const { source } = await nb.services.sources.importFile({ fileName: 'kunduz.txt', data: Buffer.from(`Kunduz\r\n\r\n${TEXT}\r\n`) /* CRLF: the text blob (LF) differs from the original file */ });
  const note = await nb.services.notes.create({ title: 'Kunduz airport', body: `Clash [@${source.id}].` });
  const event = await nb.services.events.create({
    title: 'Clash near Kunduz airport',
    date: '2021-10-04',
    datePrecision: 'day',
    location: { name: 'Kunduz', lat: 36.7, lng: 68.9, precision: 'near' },
    eventType: 'Battles',
    subEventType: 'Armed clash',
    sourceIds: [source.id],
    noteIds: [note.id],
  });
  return { ...nb, sourceId: source.id, noteId: note.id, eventId: event.id, textHash: source.textHash, fileHash: source.original!.sha256 };
}

const cli = (dir: string, ...args: string[]) => runCli(dir, ['verify', ...args]);

describe('verify', () => {
  beforeAll(() => void builtCli());

  it('a sound notebook: ok, exit 0, everything counted', async () => {
    const n = await notebook();
    expect(n.textHash).not.toBe(n.fileHash);
    await n.store.close();
    const report = await verifyNotebook(n.dir);
    expect(report.findings.filter((f) => f.level !== 'info')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ notes: 1, sources: 1, events: 1, blobs: 2, backups: 1 });
    const r = cli(n.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('1 note, 1 source, 1 event, 2 blobs, 1 backup');
    expect(r.stdout.trim().endsWith('OK')).toBe(true);
  });

  it.each([
    ['text', 'textHash'],
    ['original file', 'fileHash'],
  ] as const)('BLOB_MISSING: the source\'s %s blob deleted → error naming the source, exit 1', async (what, key) => {
    const n = await notebook();
    await n.store.close();
    rmSync(n.store.blobs.pathOf(n[key]));
    const report = await verifyNotebook(n.dir);
    expect(report.ok).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ level: 'error', code: 'BLOB_MISSING', itemId: n.sourceId, message: expect.stringContaining(`its ${what} blob ${n[key]} is missing`) }),
    );
    expect(report.counts.blobs).toBe(1);
    const r = cli(n.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error: Source "Kunduz" (${n.sourceId}): its ${what} blob`);
    expect(r.stdout.trim().endsWith('FAILED')).toBe(true);
  });

  it.each([
    ['text', 'textHash'],
    ['original file', 'fileHash'],
  ] as const)('BLOB_DAMAGED: the source\'s %s blob no longer hashes to its name → error, exit 1', async (what, key) => {
    const n = await notebook();
    await n.store.close();
    writeFileSync(n.store.blobs.pathOf(n[key]), 'tampered');
    const report = await verifyNotebook(n.dir);
    expect(report.ok).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ level: 'error', code: 'BLOB_DAMAGED', itemId: n.sourceId, message: expect.stringContaining(`its ${what} blob ${n[key]} is damaged`) }),
    );
    const json = cli(n.dir, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, findings: [expect.objectContaining({ code: 'BLOB_DAMAGED' })] });
  });

  it('DANGLING_SOURCE and DANGLING_NOTE: an event pointing at a deleted source and note → errors naming the event, exit 1', async () => {
    const n = await notebook();
    // Past the services (which refuse or clean up such deletes), as a hand-edited or buggy file would be.
    await n.store.commit([
      { op: 'del', c: 'sources', id: n.sourceId },
      { op: 'del', c: 'notes', id: n.noteId },
    ]);
    await n.store.close();
    const report = await verifyNotebook(n.dir);
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', code: 'DANGLING_SOURCE', itemId: n.eventId, message: expect.stringContaining(`links to a missing source ${n.sourceId}`) }),
        expect.objectContaining({ level: 'error', code: 'DANGLING_NOTE', itemId: n.eventId, message: expect.stringContaining(`links to a missing note ${n.noteId}`) }),
        expect.objectContaining({ level: 'info', code: 'ORPHAN_BLOBS' }), // the deleted source's blobs
      ]),
    );
    const r = cli(n.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`links to a missing source ${n.sourceId}`);
    expect(r.stdout).toContain(`links to a missing note ${n.noteId}`);
  });

  it('warnings alone pass, and fail only with --strict (exit 1)', async () => {
    const n = await notebook();
    await n.services.notes.create({ title: 'Loose ends', body: 'See [[Nowhere]].' });
    await n.store.close();
    const report = await verifyNotebook(n.dir);
    expect(report.ok).toBe(true);
    expect(report.findings).toContainEqual(expect.objectContaining({ level: 'warning', code: 'UNRESOLVED_LINK' }));
    expect(cli(n.dir).code).toBe(0);
    const strict = cli(n.dir, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout.trim().endsWith('FAILED')).toBe(true);
  });

  it('a notebook that cannot be opened: blobs and backups still counted, notes/sources/events not shown as 0', async () => {
    const n = await notebook();
    await n.store.close();
    writeFileSync(n.store.paths.snapshot, Buffer.alloc(32));
    const report = await verifyNotebook(n.dir);
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ level: 'error', code: 'CORRUPT', message: expect.stringContaining('backups/notebook-') });
    expect(report.counts).toEqual({ notes: null, sources: null, events: null, blobs: 2, backups: 1 });
    const r = cli(n.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 blobs, 1 backup, notes, sources and events not counted (unreadable)');
    expect(r.stdout).not.toMatch(/\b0 (notes|backups)\b/);
  });
});
