/**
 * A damaged notebook is never opened as something else, never "repaired" silently and never
 * replaced by an empty one: open stops with an error that names the file and the backup to
 * restore, touches nothing, and `restore` brings the notebook back.
 */
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrontierError } from '../../../../shared/ipc/errors';
import { parseJournal } from '../../../../main/core/store/journal-format';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { openOrCreateNotebook } from '../../../../main/core/store/open-or-create';
import { restoreNotebook } from '../../../../main/core/store/restore';
import { verifyNotebook } from '../../../../main/core/verify/verify';
import { builtCli, encodeForJournal, noteId, putNote, readTree, removeTempDirs, runCli, tempDir } from './store-kit';

afterAll(removeTempDirs);

const bodies = async (dir: string) => {
  const store = await NotebookStore.open(dir);
  try {
    return Object.fromEntries([...store.all('notes')].map((n) => [n.id, n.body]));
  } finally {
    await store.close();
  }
};

const ALL = { [noteId(1)]: 'alpha', [noteId(2)]: 'beta', [noteId(3)]: 'gamma' };

/**
 * notes 1 and 2 in notebook.json, with a backup of that state taken by backupNow (as `frontier
 * backup` does); note 3 only in the journal. The newest good backup is returned.
 */
async function backedUpNotebook() {
  const dir = tempDir();
  await (await NotebookStore.create(dir, { title: 'Damaged' })).close();
  const store = await NotebookStore.open(dir);
  await store.commit([putNote(1, 'alpha'), putNote(2, 'beta')]);
  const backup = await store.backupNow();
  await store.commit([putNote(3, 'gamma')]);
  await store.close();
  return { dir, snapshot: join(dir, 'notebook.json'), journal: join(dir, 'journal.ndjson'), backup: backup.path };
}

async function openError(dir: string): Promise<FrontierError> {
  const err = await NotebookStore.open(dir).then(
    async (s) => {
      await s.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(err, 'open did not reject with a FrontierError').toBeInstanceOf(FrontierError);
  return err as FrontierError;
}

const damages: Array<[string, (file: string) => void, 'CORRUPT' | 'TOO_NEW', string]> = [
  ['truncated to half its bytes', (f) => truncateSync(f, statSync(f).size >> 1), 'CORRUPT', 'is not valid JSON'],
  ['NUL-filled (same size, all zeros)', (f) => writeFileSync(f, Buffer.alloc(statSync(f).size)), 'CORRUPT', 'holds only NUL bytes'],
  ['deleted (backups and journal present)', (f) => unlinkSync(f), 'CORRUPT', 'is missing'],
  ['garbage', (f) => writeFileSync(f, 'ÿ\u0001{{ this is not "json" ]]'), 'CORRUPT', 'is not valid JSON'],
  [
    'valid JSON that fails the schema',
    (f) => {
      const doc = JSON.parse(readFileSync(f, 'utf8')) as { notes: Array<{ id: string }> };
      doc.notes[0]!.id = 'not-an-id';
      writeFileSync(f, JSON.stringify(doc));
    },
    'CORRUPT',
    'fails the notebook schema at notes.0.id',
  ],
  [
    'from a newer Frontier (schemaVersion 99)',
    (f) => writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, 'utf8')), schemaVersion: 99 })),
    'TOO_NEW',
    'newer Frontier',
  ],
];

describe.each(damages)('notebook.json %s', (_what, damage, code, reason) => {
  it(`open rejects with ${code}, names the file and the newest good backup, and changes nothing`, async () => {
    const { dir, snapshot, backup } = await backedUpNotebook();
    damage(snapshot);
    const before = readTree(dir, { withLock: true });

    const err = await openError(dir);
    expect(err.code).toBe(code);
    expect(err.message).toContain(snapshot);
    expect(err.message).toContain(reason);
    expect(err.message).toContain(backup);
    expect(err.details).toMatchObject({ file: snapshot, backup });
    expect(readTree(dir, { withLock: true })).toEqual(before); // no lock left behind either

    // The desktop app's first-run path must not take a damaged notebook for an empty folder.
    await expect(openOrCreateNotebook(dir)).rejects.toMatchObject({ code });
    expect(readTree(dir, { withLock: true })).toEqual(before);
    // verify reports it (as an error) without changing anything.
    const report = await verifyNotebook(dir);
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ level: 'error', code });
    expect(readTree(dir, { withLock: true })).toEqual(before);
  });

  it('restoreNotebook brings back the backup and re-applies the journal', async () => {
    const { dir, snapshot, backup } = await backedUpNotebook();
    damage(snapshot);
    const damaged = existsSync(snapshot) ? readFileSync(snapshot) : undefined;

    const report = await restoreNotebook(dir);
    expect(report.restoredFrom!.path).toBe(backup);
    expect(report.replacedWasHealthy).toBe(false);
    expect(report.journalRecordsKept).toBe(1);
    if (damaged) {
      // The damaged file is set aside, not deleted.
      expect(report.setAside).toHaveLength(1);
      expect(readFileSync(report.setAside[0]!)).toEqual(damaged);
    }
    expect(readFileSync(snapshot)).toEqual(readFileSync(backup));
    expect(await bodies(dir)).toEqual(ALL);
  });

  it('`frontier restore` (the CLI) brings it back too', async () => {
    builtCli();
    const { dir, snapshot, backup } = await backedUpNotebook();
    damage(snapshot);

    const failed = runCli(dir, ['note', 'list']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(snapshot);
    expect(failed.stderr).toContain(backup);

    const restored = runCli(dir, ['restore']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${backup}`);
    const list = runCli(dir, ['note', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ id: string }>).map((n) => n.id).sort()).toEqual(Object.keys(ALL).sort());
    expect(await bodies(dir)).toEqual(ALL);
  });
});

/**
 * A young notebook: made by `frontier init`, two notes added one command each, never compacted and
 * never backed up by hand — so the notes are only in the journal. Its backup is the one `init` took.
 */
describe.each(damages.slice(0, 3))('a young notebook whose notebook.json is %s', (_what, damage, code, reason) => {
  const youngNotebook = () => {
    builtCli();
    const dir = tempDir();
    expect(runCli(dir, ['init', '--title', 'Young']).code).toBe(0);
    for (const title of ['First', 'Second']) {
      const added = runCli(dir, ['note', 'add', '--title', title, '--body', `${title} body`]);
      expect(added.code, added.stderr).toBe(0);
    }
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups, 'init takes the first backup').toHaveLength(1);
    expect(parseJournal(readFileSync(join(dir, 'journal.ndjson'))).records.map((r) => r.seq)).toEqual([1, 2]);
    return { dir, snapshot: join(dir, 'notebook.json'), backup: join(dir, 'backups', backups[0]!) };
  };
  const titles = (dir: string) => {
    const list = runCli(dir, ['note', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    return (JSON.parse(list.stdout) as Array<{ title: string }>).map((n) => n.title).sort();
  };

  it('the error names the file and the backup; `frontier restore` brings back every note; `frontier verify` passes', () => {
    const { dir, snapshot, backup } = youngNotebook();
    damage(snapshot);

    const failed = runCli(dir, ['note', 'list']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(snapshot);
    expect(failed.stderr).toContain(reason);
    expect(failed.stderr).toContain(backup);
    const verifyFailed = runCli(dir, ['verify']);
    expect(verifyFailed.code).toBe(1);
    expect(verifyFailed.stdout).toContain(`error: ${snapshot}`);
    expect(JSON.parse(runCli(dir, ['verify', '--json']).stdout)).toMatchObject({ ok: false, findings: [{ level: 'error', code }] });

    const restored = runCli(dir, ['restore']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${backup}`);
    expect(restored.stdout).toContain('2 later change(s) from the journal are kept and re-applied');
    expect(restored.stdout).not.toContain('Lost');

    const verified = runCli(dir, ['verify']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toContain('2 notes');
    expect(titles(dir)).toEqual(['First', 'Second']);
    expect(runCli(dir, ['info', '--json']).stdout).toContain('"title": "Young"');
  });
});

describe('a notebook made before init took a backup', () => {
  it('gets its first backup on the next writable open, so a later damage is restorable', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Old' })).close();
    for (const name of readdirSync(join(dir, 'backups'))) unlinkSync(join(dir, 'backups', name)); // as an older Frontier left it
    const store = await NotebookStore.open(dir);
    await store.commit([putNote(1, 'alpha')]);
    await store.commit([putNote(2, 'beta')]);
    await store.close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);

    writeFileSync(join(dir, 'notebook.json'), Buffer.alloc(64));
    const report = await restoreNotebook(dir);
    expect(report.journalRecordsKept).toBe(2);
    expect(report.lostChanges).toBeUndefined();
    expect(await bodies(dir)).toEqual({ [noteId(1)]: 'alpha', [noteId(2)]: 'beta' });
    expect((await verifyNotebook(dir)).ok).toBe(true);
  });

  it('a read-only open (verify) still changes nothing', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Old' })).close();
    for (const name of readdirSync(join(dir, 'backups'))) unlinkSync(join(dir, 'backups', name));
    const before = readTree(dir, { withLock: true });
    expect((await verifyNotebook(dir)).ok).toBe(true);
    expect(readTree(dir, { withLock: true })).toEqual(before);
  });
});

describe('restore after a compaction', () => {
  /** Notes 1 and 2 absorbed into notebook.json (seq 2) by a compaction, note 3 in the journal. */
  async function compacted() {
    const dir = tempDir();
    const store = await NotebookStore.create(dir, { title: 'Compacted' });
    await store.commit([putNote(1, 'alpha')]);
    await store.commit([putNote(2, 'beta')]);
    await store.compact();
    await store.commit([putNote(3, 'gamma')]);
    await store.close();
    return dir;
  }

  it('brings back everything: the compaction kept the generation it wrote in backups/ before trimming the journal', async () => {
    const dir = await compacted();
    unlinkSync(join(dir, 'notebook.json'));
    const report = await restoreNotebook(dir);
    expect(report.restoredFrom!.seq).toBe(2);
    expect(report.journalRecordsKept).toBe(1);
    expect(report.lostChanges).toBeUndefined();
    expect(await bodies(dir)).toEqual({ [noteId(1)]: 'alpha', [noteId(2)]: 'beta', [noteId(3)]: 'gamma' });
  });

  it('says which changes are lost when only an older backup is good, instead of claiming the journal re-applies everything', async () => {
    const dir = await compacted();
    const newest = readdirSync(join(dir, 'backups')).find((n) => n.endsWith('-s2.json'))!;
    writeFileSync(join(dir, 'backups', newest), Buffer.alloc(100));
    unlinkSync(join(dir, 'notebook.json'));

    const report = await restoreNotebook(dir);
    expect(report.restoredFrom!.seq).toBe(0);
    expect(report.journalRecordsKept).toBe(1);
    expect(report.lostChanges).toEqual({ from: 1, to: 2 });
    expect(await bodies(dir)).toEqual({ [noteId(3)]: 'gamma' });
  });
});

describe('restore after a rollback', () => {
  it('a later restore starts from the rolled-back generation, not from the newer backups of the abandoned history', async () => {
    const tick = () => new Promise((r) => setTimeout(r, 3)); // backup names carry the millisecond
    const dir = tempDir();
    const store = await NotebookStore.create(dir, { title: 'Rollback' });
    await store.commit([putNote(1, 'alpha')]);
    await store.compact(); // backup s1
    await tick();
    await store.commit([putNote(2, 'beta')]);
    await store.compact(); // backup s2
    await store.close();
    await tick();
    const s1 = readdirSync(join(dir, 'backups')).find((n) => n.endsWith('-s1.json'))!;
    const rollback = await restoreNotebook(dir, { backup: s1 });
    expect(rollback.replacedWasHealthy).toBe(true);
    await tick();

    const after = await NotebookStore.open(dir);
    await after.commit([putNote(3, 'gamma')]); // seq 2 again, in the new history
    await after.close();
    unlinkSync(join(dir, 'notebook.json'));

    const report = await restoreNotebook(dir);
    expect(report.restoredFrom!.seq).toBe(1);
    expect(report.journalRecordsKept).toBe(1);
    expect(await bodies(dir)).toEqual({ [noteId(1)]: 'alpha', [noteId(3)]: 'gamma' });
  });
});

describe('a damaged backup', () => {
  it('is skipped: the error names the newest backup that is good', async () => {
    const { dir, snapshot, backup } = await backedUpNotebook();
    const backups = join(dir, 'backups');
    const older = readdirSync(backups).map((n) => join(backups, n)).find((p) => p !== backup)!;
    expect(older).toBeDefined();
    writeFileSync(backup, Buffer.alloc(statSync(backup).size));
    unlinkSync(snapshot);

    const err = await openError(dir);
    expect(err.message).toContain(older);
    expect(err.message).not.toContain(backup);
  });
});

describe('the journal', () => {
  /** Three records, one note each, on top of an empty notebook.json (as the CLI leaves it). */
  async function journalled() {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Journal' })).close();
    const store = await NotebookStore.open(dir);
    for (const [k, body] of [[1, 'one'], [2, 'two'], [3, 'three']] as const) await store.commit([putNote(k, body)]);
    await store.close();
    const journal = join(dir, 'journal.ndjson');
    const bytes = readFileSync(journal);
    expect(parseJournal(bytes).records).toHaveLength(3);
    return { dir, journal, bytes };
  }

  it('with a damaged middle record: open rejects CORRUPT naming the journal and the line, and changes nothing', async () => {
    const { dir, journal, bytes } = await journalled();
    const line2 = bytes.indexOf(0x0a) + 1;
    const damaged = Buffer.from(bytes);
    damaged[line2 + 20]! ^= 0x01; // one flipped bit inside record 2's JSON
    writeFileSync(journal, damaged);
    const before = readTree(dir, { withLock: true });

    const err = await openError(dir);
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toContain(journal);
    expect(err.message).toContain('line 2');
    expect(readTree(dir, { withLock: true })).toEqual(before);
    expect((await verifyNotebook(dir)).findings[0]).toMatchObject({ level: 'error', code: 'CORRUPT' });
  });

  it('with a damaged middle record: `frontier restore`, as the error says, keeps the intact records', async () => {
    const { dir, journal, bytes } = await journalled();
    const damaged = Buffer.from(bytes);
    damaged[bytes.indexOf(0x0a) + 21]! ^= 0x01;
    writeFileSync(journal, damaged);
    const snapshotBefore = readFileSync(join(dir, 'notebook.json'));

    const restored = runCli(dir, ['restore']);
    expect(restored.code, restored.stderr).toBe(0);
    // notebook.json was healthy: it is kept, and the damaged journal is set aside, not deleted.
    expect(readFileSync(join(dir, 'notebook.json'))).toEqual(snapshotBefore);
    const aside = readdirSync(dir).filter((n) => n.startsWith('journal.ndjson.replaced-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!))).toEqual(damaged);
    const notes = await bodies(dir);
    expect(notes[noteId(1)]).toBe('one');
    expect(notes[noteId(3)]).toBe('three');
    expect(notes[noteId(2)]).toBeUndefined();
  });

  it.each([
    ['half a record', (rec: Buffer) => rec.subarray(0, rec.length >> 1)],
    ['trailing NUL bytes', () => Buffer.alloc(4096)],
    ['half a record and NUL bytes', (rec: Buffer) => Buffer.concat([rec.subarray(0, 40), Buffer.alloc(100)])],
  ])('with a torn tail (%s): opens with the complete records and cuts the torn bytes', async (_what, tail) => {
    const { dir, journal, bytes } = await journalled();
    const torn = Buffer.concat([bytes, tail(encodeForJournal(4, putNote(4, 'four')))]);
    writeFileSync(journal, torn);

    // Read-only (verify) leaves the file alone …
    const report = await verifyNotebook(dir);
    expect(report.ok).toBe(true);
    expect(report.counts.notes).toBe(3);
    expect(readFileSync(journal)).toEqual(torn);

    // … a writable open cuts the tail, so the next append follows the last whole record.
    const store = await NotebookStore.open(dir);
    expect([...store.all('notes')].map((n) => n.body)).toEqual(['one', 'two', 'three']);
    expect(readFileSync(journal)).toEqual(bytes);
    await store.commit([putNote(4, 'four, for real')]);
    await store.close();
    const parsed = parseJournal(readFileSync(journal));
    expect(parsed.tornBytes).toBe(0);
    expect(parsed.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect((await bodies(dir))[noteId(4)]).toBe('four, for real');
  });
});

describe('a folder that holds no notebook', () => {
  let empty: string;
  beforeAll(() => {
    empty = tempDir();
  });

  it('empty: open rejects NOT_A_NOTEBOOK and the folder stays empty', async () => {
    const err = await openError(empty);
    expect(err.code).toBe('NOT_A_NOTEBOOK');
    expect(err.message).toContain(empty);
    expect(readdirSync(empty)).toEqual([]);
    await expect(NotebookStore.open(empty, { readOnly: true })).rejects.toMatchObject({ code: 'NOT_A_NOTEBOOK' });
    expect(readdirSync(empty)).toEqual([]);
  });

  it('empty: `frontier note add` fails and creates nothing', () => {
    const r = runCli(empty, ['note', 'add', '--title', 'Lost', '--body', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no notebook');
    expect(readdirSync(empty)).toEqual([]);
  });

  it('missing: open rejects NOT_A_NOTEBOOK and does not create the folder', async () => {
    const missing = join(empty, 'not-here');
    const err = await openError(missing);
    expect(err.code).toBe('NOT_A_NOTEBOOK');
    expect(existsSync(missing)).toBe(false);
    const r = runCli(missing, ['note', 'add', '--title', 'Lost']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no notebook');
  });

  it('openOrCreateNotebook creates a notebook only in an empty folder', async () => {
    const dir = tempDir();
    const store = await openOrCreateNotebook(dir);
    await store.commit([putNote(1, 'first run')]);
    await store.close();
    expect((await bodies(dir))[noteId(1)]).toBe('first run');

    const other = tempDir();
    writeFileSync(join(other, 'thesis.docx'), 'not mine');
    await expect(openOrCreateNotebook(other)).rejects.toMatchObject({ code: 'NOT_A_NOTEBOOK' });
    expect(readdirSync(other)).toEqual(['thesis.docx']);
  });
});
